import type { CellArea, CellValue, SheetGrid } from '../types';
import { isBlank } from '../parse/values';

// Merged cells as a reader of the sheet means them: Excel and both readers give a merged area's value in its
// top-left cell only, but a teacher merged down three rows teaches all three. The engine reads every grid through
// here, so detection and parsing see the same values.

const filledGrids = new WeakMap<SheetGrid, SheetGrid>();

/** A merged area a reader could really send: whole, non-negative numbers, top-left before bottom-right. */
export function isUsableArea(area: CellArea | null | undefined): area is CellArea {
  if (!area) return false;
  const { top, left, bottom, right } = area;
  return [top, left, bottom, right].every((n) => Number.isInteger(n) && n >= 0) && bottom >= top && right >= left;
}

/**
 * The grid with each merged area's top-left value (and number format) in every blank cell of the area that lies
 * inside the grid. The caller's grid is not changed: only the rows a merge touches are copied. Work is bounded by
 * the grid's size, since merged areas are clipped to it and Excel's merges never overlap (overlapping ones, which
 * only a hostile reader could send, stop being filled once the grid's size is spent).
 */
export function withMergesFilled(grid: SheetGrid): SheetGrid {
  if (!grid.merges || grid.merges.length === 0 || grid.rows.length === 0) return grid;
  const known = filledGrids.get(grid);
  if (known) return known;

  const height = grid.rows.length;
  const width = grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
  let budget = height * width;
  const rows = grid.rows.slice();
  const formats = grid.numberFormats?.slice();
  const copied = new Set<number>();
  const copyRow = (r: number) => {
    if (copied.has(r)) return;
    copied.add(r);
    rows[r] = rows[r].slice();
    if (formats?.[r]) formats[r] = formats[r].slice();
  };

  for (const area of grid.merges) {
    if (!isUsableArea(area)) continue;
    const r0 = area.top - grid.originRow;
    const c0 = area.left - grid.originCol;
    // The value lives in the top-left cell; when that cell is outside the grid it holds no data.
    if (r0 < 0 || c0 < 0 || r0 >= height || c0 >= width) continue;
    const value: CellValue = grid.rows[r0][c0] ?? null;
    if (isBlank(value)) continue;
    const format = grid.numberFormats?.[r0]?.[c0];
    const r1 = Math.min(area.bottom - grid.originRow, height - 1);
    const c1 = Math.min(area.right - grid.originCol, width - 1);
    for (let r = r0; r <= r1 && budget > 0; r++) {
      copyRow(r);
      for (let c = c0; c <= c1 && budget > 0; c++, budget--) {
        if (!isBlank(rows[r][c] ?? null)) continue;
        rows[r][c] = value;
        if (format !== undefined && formats?.[r]) formats[r][c] = format;
      }
    }
  }
  const filled: SheetGrid = { ...grid, rows, ...(formats ? { numberFormats: formats } : {}) };
  filledGrids.set(grid, filled);
  // A grid already filled is returned as is when asked again.
  filledGrids.set(filled, filled);
  return filled;
}
