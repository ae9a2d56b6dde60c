// Report values become Excel cell input. Excel parses a string assigned to Range.values as if it were typed:
// "=…", "+…", "-…" and "@…" turn into formulas, "00123" into a number, "TRUE" into a boolean, "Mar 3" and
// "3:30" into dates and times. A leading apostrophe is Excel's text prefix: the cell keeps the rest as text and
// the apostrophe is not part of the value. Guessing which strings Excel would reinterpret is a losing game
// (its date parsing follows the user's locale), so every non-empty string is written with the prefix.
import type { CellError, CellValue, ReportValue } from '../../engine/types';

/** Excel's limit on the characters in one cell ("Excel specifications and limits": 32,767). */
export const MAX_CELL_CHARS = 32_767;
const CUT_MARK = ' … (cut: Excel holds 32,767 characters in a cell)';

/** Text that fits a cell. The engine keeps its cells short; this is the last guard, so a write never fails on it. */
export function capCellText(text: string): string {
  return text.length <= MAX_CELL_CHARS ? text : text.slice(0, MAX_CELL_CHARS - CUT_MARK.length) + CUT_MARK;
}

/**
 * The cell input that makes Excel store exactly this value: numbers and booleans as such, text as text. The
 * apostrophe is Excel's text prefix only in a cell that is not yet formatted as Text: the writers enter values
 * into General cells and apply the Text format (@) afterwards.
 */
export function toCellInput(value: ReportValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  return value === '' ? '' : `'${capCellText(value)}`;
}

const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#BUSY!', '#CONNECT!', '#UNKNOWN!']);

/** A value as office-js returns it in Range.values, made into the engine's CellValue. */
export function fromCellOutput(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  if (EXCEL_ERRORS.has(text)) return { error: text } satisfies CellError;
  return text;
}
