import type { CellValue, DetectedTable, SheetGrid } from '../types';
import { cellAddress } from './values';
import { isBlankRow, isSubtotalRow } from '../detect/extent';

/** One data row of a detected table, with field access and cell addresses for messages. */
export interface TableRow {
  /** 1-based sheet row. */
  rowNumber: number;
  /** Value of a mapped field in this row (null when the field is not mapped or the cell is blank). */
  get(field: string): CellValue;
  /** A1 address of a field's cell in this row, e.g. "D14" ('' when the field is not mapped). */
  cell(field: string): string;
  /** Number format of a field's cell when the reader supplied formats. */
  format(field: string): string | undefined;
}

/**
 * The data rows of a detected table (already bounded by detection), blank and subtotal rows left out. The rows are views
 * over the grid: nothing is copied, so reading a district-sized sheet stays cheap.
 */
export function readTableRows(grid: SheetGrid, table: DetectedTable): TableRow[] {
  const colOf = new Map(table.columns.map((c) => [c.field, c.col]));
  const rows: TableRow[] = [];
  const first = table.firstDataRow - 1 - grid.originRow;
  const last = table.lastDataRow - 1 - grid.originRow;
  for (let r = Math.max(first, 0); r <= last && r < grid.rows.length; r++) {
    const values = grid.rows[r];
    if (isBlankRow(values) || isSubtotalRow(values)) continue;
    const formats = grid.numberFormats?.[r];
    const gridRow = r;
    rows.push({
      rowNumber: grid.originRow + r + 1,
      get(field) {
        const col = colOf.get(field);
        if (col === undefined) return null;
        const value = values[col];
        return value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;
      },
      cell(field) {
        const col = colOf.get(field);
        return col === undefined ? '' : cellAddress(grid, gridRow, col);
      },
      format(field) {
        const col = colOf.get(field);
        return col === undefined ? undefined : formats?.[col];
      },
    });
  }
  return rows;
}

/** Blank and subtotal rows inside a table's data: skipped by readTableRows, counted in the sheet's skipped rows. */
export function countSkippedRows(grid: SheetGrid, table: DetectedTable): number {
  let skipped = 0;
  const first = table.firstDataRow - 1 - grid.originRow;
  const last = table.lastDataRow - 1 - grid.originRow;
  for (let r = Math.max(first, 0); r <= last && r < grid.rows.length; r++) {
    if (isBlankRow(grid.rows[r]) || isSubtotalRow(grid.rows[r])) skipped++;
  }
  return skipped;
}
