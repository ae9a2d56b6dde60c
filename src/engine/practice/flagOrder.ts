import type { Flag, Severity } from '../types';

// The order flags are listed in, everywhere (JSON, Flags sheet, Summary, pane): by measure, the measure with the most
// severe finding first, so a school-wide finding and the teams or departments that are its rows stay together.

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Within a measure: the flag whose lever others are counted in first (the school-wide finding), then by severity and id. */
export function orderFlags(flags: readonly Flag[]): Flag[] {
  const worst = new Map<string, number>();
  for (const f of flags) worst.set(f.measure, Math.min(worst.get(f.measure) ?? 2, SEVERITY_ORDER[f.severity]));
  const owners = new Set(flags.map((f) => f.lever?.countedIn).filter((id): id is string => id !== undefined));
  const rank = (f: Flag) => (owners.has(f.id) ? 0 : 1);
  return [...flags].sort(
    (a, b) =>
      worst.get(a.measure)! - worst.get(b.measure)! ||
      a.measure.localeCompare(b.measure) ||
      rank(a) - rank(b) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.id.localeCompare(b.id),
  );
}
