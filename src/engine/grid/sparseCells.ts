import type { CellArea, CellValue, SheetGrid } from '../types';

// A sheet given as the cells that hold data (what a file reader sees) → a SheetGrid whose dense block costs memory in
// proportion to those cells. A workbook of a few KB can hold A1 and XFD1048576: a dense grid spanning both would be
// 17 billion cells. The block is the densest run of rows and columns; cells far from it are kept aside, as
// outlyingCells, for the Data Check to name.

export interface SparseCell {
  /** Zero-based sheet row and column. */
  row: number;
  col: number;
  value: CellValue;
  /** Number format; 'General' when absent. */
  format?: string;
}

/** Blank rows a block of data may hold inside it; a longer run of blank rows ends the block. */
export const MAX_BLANK_ROWS_INSIDE = 100;
/** Blank columns a block of data may hold inside it. */
export const MAX_BLANK_COLUMNS_INSIDE = 26;
/** A dense block up to this many cells is always allowed (a district schedule is well under it per data cell). */
export const MIN_GRID_CELLS = 1 << 20;
/** Beyond MIN_GRID_CELLS, a block may hold at most this many cells per cell with data. */
export const GRID_CELLS_PER_DATA_CELL = 16;

interface Run {
  first: number;
  last: number;
  weight: number;
}

/**
 * The run of positions (rows or columns) holding the most cells, where consecutive used positions are at most
 * maxGap blank positions apart. Ties go to the first run: headers sit at the top and on the left.
 */
function heaviestRun(counts: Map<number, number>, maxGap: number): Run {
  const positions = [...counts.keys()].sort((a, b) => a - b);
  let best: Run | null = null;
  let current: Run = { first: positions[0], last: positions[0], weight: 0 };
  for (const position of positions) {
    if (position - current.last - 1 > maxGap) {
      if (!best || current.weight > best.weight) best = current;
      current = { first: position, last: position, weight: 0 };
    }
    current.last = position;
    current.weight += counts.get(position) ?? 0;
  }
  if (!best || current.weight > best.weight) best = current;
  return best;
}

/**
 * Cells per row, or per column among the cells in rows first..last. Indexed loops with no callback or copy: a
 * 100,000-row sheet has 900,000 cells, and a for-of or filter over them allocates per cell until optimised.
 */
function countBy(cells: readonly SparseCell[], by: 'row' | 'col', first = 0, last = Infinity): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell.row < first || cell.row > last) continue;
    const key = by === 'row' ? cell.row : cell.col;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function gridFromCells(name: string, cells: readonly SparseCell[], merges?: CellArea[]): SheetGrid {
  const withMerges = (grid: SheetGrid): SheetGrid => (merges && merges.length > 0 ? { ...grid, merges } : grid);
  if (cells.length === 0) return withMerges({ name, rows: [], originRow: 0, originCol: 0 });

  const rowRun = heaviestRun(countBy(cells, 'row'), MAX_BLANK_ROWS_INSIDE);
  const columnCounts = countBy(cells, 'col', rowRun.first, rowRun.last);
  const colRun = heaviestRun(columnCounts, MAX_BLANK_COLUMNS_INSIDE);
  const top = rowRun.first;
  const left = colRun.first;
  const width = colRun.last - left + 1;
  let inBlock = 0;
  for (const [col, count] of columnCounts) if (col >= left && col <= colRun.last) inBlock += count;
  // Scattered cells (one every 100 rows and 26 columns) could still make a sparse block: keep its top rows, where
  // the headers are, and set the rest aside.
  const allowedCells = Math.max(MIN_GRID_CELLS, GRID_CELLS_PER_DATA_CELL * inBlock);
  const height = Math.min(rowRun.last - top + 1, Math.max(1, Math.floor(allowedCells / width)));
  const bottom = top + height - 1;
  const right = colRun.last;

  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill('General'));
  const outlyingCells: { row: number; col: number; value: CellValue }[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell.row < top || cell.row > bottom || cell.col < left || cell.col > right) {
      outlyingCells.push({ row: cell.row, col: cell.col, value: cell.value });
      continue;
    }
    rows[cell.row - top][cell.col - left] = cell.value;
    numberFormats[cell.row - top][cell.col - left] = cell.format ?? 'General';
  }
  const grid: SheetGrid = { name, rows, originRow: top, originCol: left, numberFormats };
  if (outlyingCells.length > 0) grid.outlyingCells = outlyingCells;
  return withMerges(grid);
}
