// What the What If step shows, worked out from the engine's What If: the inputs as the principal types them, which
// of them are numbers the engine can take, and how a result reads. The arithmetic itself is the engine's alone
// (evaluateWhatIf, in the worker); nothing here computes a result.
import type { ColumnType, ReportSheet } from '../../../engine/types';
import type { WhatIf, WhatIfLever, WhatIfOptionSet, WhatIfResult } from '../../../engine/whatIf';
import { INPUT_COLUMN, LEVER_ID_COLUMN } from '../../../engine/whatIf/whatIfSheet';
import { typedNumber } from '../../../engine/whatIf/typedNumber';

/** What is in each lever's box, as typed (text, so "2" on the way to "22" is not a lever at 2 for a moment too long). */
export type Drafts = Record<string, string>;

/**
 * The values in the What If sheet's input cells as this run wrote them, by lever id: the engine's starting values, and
 * what the principal typed last time where the engine kept it. The boxes start from these, so the pane and the sheet agree.
 */
export function sheetInputs(sheet: ReportSheet | null): Record<string, number> {
  const inputs: Record<string, number> = {};
  for (const row of sheet?.table.rows ?? []) {
    const id = row[LEVER_ID_COLUMN];
    const value = row[INPUT_COLUMN];
    if (typeof id === 'string' && typeof value === 'number') inputs[id] = value;
  }
  return inputs;
}

/** The engine's starting values (each meets recommended practice), with the numbers the principal kept on the sheet. */
export function startDrafts(whatIf: WhatIf, kept: Record<string, number> = {}): Drafts {
  return Object.fromEntries(whatIf.levers.map((lever) => [lever.id, String(kept[lever.id] ?? lever.start)]));
}

export function recommendedDrafts(whatIf: WhatIf): Drafts {
  return startDrafts(whatIf);
}

/** An option set fills every lever: its own values, and the recommended start for a lever it leaves alone. */
export function optionDrafts(whatIf: WhatIf, inputs: Record<string, number>): Drafts {
  return startDrafts(whatIf, inputs);
}

/** Whether a value lies within the lever's range: the one range test, for refusing a value and for saying one kept. */
function inRange(lever: WhatIfLever, value: number): boolean {
  return value >= lever.min && value <= lever.max;
}

/** What one box holds, read once per change: the number to use, why it cannot be used, or what to say about it. */
export interface DraftReading {
  /** The number the engine takes; null while the box holds something it cannot. */
  value: number | null;
  /**
   * Why the typed value cannot be used (the box's error), or null when it can. A number outside the lever's range is
   * refused as it is typed, except the value kept on the What If sheet (`kept`): the sheet takes any number, and this
   * run may have worked the range out afresh, so that value is used and outsideRange says so.
   */
  problem: string | null;
  /**
   * For the sheet's kept value outside the lever's range: what the box says about it (the one place the pane says it,
   * beside the value it is about, where the principal changes it); otherwise null.
   */
  outsideRange: string | null;
}

export function readDraft(lever: WhatIfLever, draft: string | undefined, kept?: number): DraftReading {
  const trimmed = (draft ?? '').trim();
  if (trimmed === '') return refused(`Type a number from ${rangeText(lever)}.`);
  // The engine's one rule for what a typed text means, as for the sheet's cells: "0x10" or "1,200" is not a number here either.
  const value = typedNumber(trimmed);
  if (value === null) return refused(`“${trimmed}” is not a number.`);
  if (inRange(lever, value)) return { value, problem: null, outsideRange: null };
  if (value !== kept) return refused(`Type a number from ${rangeText(lever)}.`);
  return {
    value,
    problem: null,
    outsideRange: `${formatValue(value, lever.unit)}, kept on the What If sheet, is outside this lever’s range of ${rangeText(lever)}: the results use it.`,
  };
}

function refused(problem: string): DraftReading {
  return { value: null, problem, outsideRange: null };
}

function rangeText(lever: WhatIfLever): string {
  return `${formatValue(lever.min, lever.unit)} to ${formatValue(lever.max, lever.unit)}`;
}

/**
 * Every lever's box read once (readDraft), by lever id, and the numbers to evaluate: null while any box holds
 * something the engine cannot take.
 */
export function readDrafts(
  whatIf: WhatIf,
  drafts: Drafts,
  kept: Record<string, number> = {},
): { readings: Record<string, DraftReading>; inputs: Record<string, number> | null } {
  const readings: Record<string, DraftReading> = {};
  let inputs: Record<string, number> | null = {};
  for (const lever of whatIf.levers) {
    const reading = readDraft(lever, drafts[lever.id], kept[lever.id]);
    readings[lever.id] = reading;
    if (reading.value === null) inputs = null;
    else if (inputs) inputs[lever.id] = reading.value;
  }
  return { readings, inputs };
}

/** Whether the boxes hold exactly these values (an option set, or the recommended starts). */
export function sameInputs(whatIf: WhatIf, drafts: Drafts, target: Drafts): boolean {
  return whatIf.levers.every((lever) => {
    const value = typedNumber(drafts[lever.id]);
    return value !== null && value === typedNumber(target[lever.id]);
  });
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const tenths = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A figure as the sheet shows it (the writers' number formats); money without its sign, which the words give. */
export function formatValue(value: number | null, unit: ColumnType): string {
  if (value === null) return 'not in this workbook';
  switch (unit) {
    case 'currency':
      return `$${whole.format(Math.abs(value))}`;
    case 'percent':
      return `${tenths.format(value * 100)}%`;
    case 'integer':
      return whole.format(value);
    case 'minutes':
      return `${whole.format(value)} min`;
    default:
      return tenths.format(value);
  }
}

export type MoneyWay = 'cost' | 'freed' | 'short' | 'none';

/** Whether a result is new money (red), money freed (green), a budget gone short (red), or neither. */
export function moneyWay(result: Pick<WhatIfResult, 'unit' | 'value' | 'sense'>): MoneyWay {
  // The engine says what the sign means (WhatIfResult.sense), as the result's own formula defines it.
  const sense = result.sense ?? null;
  if (result.unit !== 'currency' || !sense || result.value === null || Math.round(result.value) === 0) return 'none';
  if (sense === 'left') return result.value < 0 ? 'short' : 'none';
  const positive = result.value > 0;
  return (sense === 'cost') === positive ? 'cost' : 'freed';
}

/** A result as it is read out: "$168,000 cost", "$93,333 freed", "$12,000 short", "280". */
export function resultText(result: Pick<WhatIfResult, 'unit' | 'value' | 'sense'>): string {
  const way = moneyWay(result);
  const shown = formatValue(result.value, result.unit);
  if (way !== 'none') return `${shown} ${way}`;
  return result.unit === 'currency' && result.value !== null && result.value < 0 ? `−${shown}` : shown;
}

/** An option set's net effect, as its button says it, read from its own net result as the engine signed it. */
export function netText(set: Pick<WhatIfOptionSet, 'results'>): string {
  const net = set.results.find((r) => r.id === 'netCost');
  if (!net || net.value === null) return 'net cost not in this workbook';
  const way = moneyWay(net);
  const shown = formatValue(net.value, net.unit);
  return way === 'none' ? 'no net cost' : way === 'freed' ? `frees ${shown} net` : `net cost ${shown}`;
}
