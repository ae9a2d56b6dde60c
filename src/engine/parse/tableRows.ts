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

/** A view over one grid row: nothing is copied, so reading a district-sized sheet stays cheap. */
class GridRow implements TableRow {
  constructor(
    private readonly grid: SheetGrid,
    private readonly colOf: Map<string, number>,
    private readonly gridRow: number,
    readonly rowNumber: number,
  ) {}

  get(field: string): CellValue {
    const col = this.colOf.get(field);
    if (col === undefined) return null;
    const value = this.grid.rows[this.gridRow][col];
    return value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;
  }

  cell(field: string): string {
    const col = this.colOf.get(field);
    return col === undefined ? '' : cellAddress(this.grid, this.gridRow, col);
  }

  format(field: string): string | undefined {
    const col = this.colOf.get(field);
    return col === undefined ? undefined : this.grid.numberFormats?.[this.gridRow]?.[col];
  }
}

const skippedByTable = new WeakMap<DetectedTable, number>();

/** The data rows of a detected table (already bounded by detection), blank and subtotal rows left out. */
export function readTableRows(grid: SheetGrid, table: DetectedTable): TableRow[] {
  const colOf = new Map(table.columns.map((c) => [c.field, c.col]));
  const rows: TableRow[] = [];
  let skipped = 0;
  const first = table.firstDataRow - 1 - grid.originRow;
  const last = table.lastDataRow - 1 - grid.originRow;
  for (let r = Math.max(first, 0); r <= last && r < grid.rows.length; r++) {
    const values = grid.rows[r];
    if (isBlankRow(values) || isSubtotalRow(values)) skipped++;
    else rows.push(new GridRow(grid, colOf, r, grid.originRow + r + 1));
  }
  skippedByTable.set(table, skipped);
  return rows;
}

/** Blank and subtotal rows inside a table's data: skipped by readTableRows, counted in the sheet's skipped rows. */
export function countSkippedRows(grid: SheetGrid, table: DetectedTable): number {
  const known = skippedByTable.get(table);
  if (known !== undefined) return known;
  let skipped = 0;
  const first = table.firstDataRow - 1 - grid.originRow;
  const last = table.lastDataRow - 1 - grid.originRow;
  for (let r = Math.max(first, 0); r <= last && r < grid.rows.length; r++) {
    if (isBlankRow(grid.rows[r]) || isSubtotalRow(grid.rows[r])) skipped++;
  }
  return skipped;
}
