import type { Flag } from '../types';

// What the levers add up to, counting each dollar once: a lever whose money another flag's lever already counts
// (Lever.countedIn) is left out, so the cover for the same teams is never added twice.

export interface LeverTotals {
  /** New money if every lever were taken. */
  cost: number;
  /** Money the levers release. */
  freed: number;
  /** Levers left out because another lever counts their money. */
  shared: number;
  /** Levers whose cost cannot be priced (no average teacher cost, no minutes). */
  unpriced: number;
}

export function isCountedElsewhere(flag: Flag): boolean {
  return flag.lever?.countedIn !== undefined && flag.lever.countedIn !== flag.id;
}

export function leverTotals(flags: readonly Flag[]): LeverTotals {
  const totals: LeverTotals = { cost: 0, freed: 0, shared: 0, unpriced: 0 };
  for (const flag of flags) {
    const lever = flag.lever;
    if (!lever) continue;
    if (isCountedElsewhere(flag)) {
      totals.shared++;
      continue;
    }
    if (lever.cost === null) totals.unpriced++;
    else totals.cost += lever.cost;
    totals.freed += lever.freed ?? 0;
  }
  return totals;
}
