// A1 addresses for the office-js bridge and the Excel fake: zero-based indexes in, Excel's letters out.

import { columnLetter, quoteSheetName } from '../../engine/parse/values';

export { columnLetter, quoteSheetName };

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

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

function parseEnd(part: string, maxRows: number, maxCols: number, side: 'start' | 'end'): CellPosition | null {
  const cell = /^([A-Za-z]{1,3})(\d+)$/.exec(part);
  if (cell) return { col: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
  if (/^\d+$/.test(part)) return { row: Number(part) - 1, col: side === 'start' ? 0 : maxCols - 1 };
  if (/^[A-Za-z]{1,3}$/.test(part)) return { col: columnIndex(part), row: side === 'start' ? 0 : maxRows - 1 };
  return null;
}
