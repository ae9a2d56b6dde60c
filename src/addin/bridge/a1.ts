// A1 addresses for the office-js bridge and the Excel fake: zero-based indexes in, Excel's letters out.

import { columnFromLetter, columnLetter, quoteSheetName } from '../../engine/parse/values';

export { columnFromLetter, columnLetter, quoteSheetName };

export interface CellPosition {
  row: number;
  col: number;
}

export interface RangeBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A1 address of zero-based sheet indexes (the engine's cellAddress takes a grid and its origin instead). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(box: RangeBox): string {
  const first = cellAddress(box.row, box.col);
  if (box.rows === 1 && box.cols === 1) return first;
  return `${first}:${cellAddress(box.row + box.rows - 1, box.col + box.cols - 1)}`;
}

/** "B3", "B3:D9", "5:9" (whole rows), "C:C" (whole columns); a "Sheet!" prefix is dropped. */
export function parseRangeAddress(address: string, maxRows = 1048576, maxCols = 16384): RangeBox {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = local.replace(/\$/g, '').split(':');
  const start = parseEnd(a, maxRows, maxCols, 'start');
  const end = parseEnd(b, maxRows, maxCols, 'end');
  if (!start || !end) throw new Error(`Not a range address: ${address}`);
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return { row, col, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

// The patterns below admit only 1-3 letters, so columnFromLetter never returns null here.
function parseEnd(part: string, maxRows: number, maxCols: number, side: 'start' | 'end'): CellPosition | null {
  const cell = /^([A-Za-z]{1,3})(\d+)$/.exec(part);
  if (cell) return { col: columnFromLetter(cell[1])!, row: Number(cell[2]) - 1 };
  if (/^\d+$/.test(part)) return { row: Number(part) - 1, col: side === 'start' ? 0 : maxCols - 1 };
  if (/^[A-Za-z]{1,3}$/.test(part)) return { col: columnFromLetter(part)!, row: side === 'start' ? 0 : maxRows - 1 };
  return null;
}
