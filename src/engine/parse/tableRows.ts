import type { CellValue, DetectedTable, SheetGrid } from '../types';

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

// OWNER: schedule-parsing helper. Iterates the data rows of a detected table (already bounded by detection).
export function readTableRows(grid: SheetGrid, table: DetectedTable): TableRow[] {
  void grid;
  void table;
  throw new Error('readTableRows: not implemented yet');
}
