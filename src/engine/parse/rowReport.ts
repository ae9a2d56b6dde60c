import type { CellValue, DataCheckItem } from '../types';
import type { TableCursor, TableField, TableRow } from './tableRows';
import { implausibleReason, isCellError, plausibility } from './values';

// Data-check items about single cells, worded the same way for every sheet.

export interface SheetParse {
  sheet: string;
  dataCheck: DataCheckItem[];
  rowsRead: number;
  rowsSkipped: number;
}

export function newSheetParse(sheet: string): SheetParse {
  return { sheet, dataCheck: [], rowsRead: 0, rowsSkipped: 0 };
}

/**
 * Show a cell's value in a message as the user typed it. A true/false cell is TRUE or FALSE, as Excel shows it: the
 * add-in reads a CSV's TRUE from Excel as a boolean where the command line reads it as text, and both must say "TRUE".
 */
export function quoteCell(value: CellValue): string {
  if (value === null) return '(blank)';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? '"TRUE"' : '"FALSE"';
  return `"${String(value)}"`;
}

export function reportCell(
  parse: SheetParse,
  row: TableRow,
  field: string,
  code: string,
  reason: string,
  severity: DataCheckItem['severity'] = 'warning',
): void {
  const cell = row.cell(field);
  parse.dataCheck.push({
    severity,
    sheet: parse.sheet,
    cell,
    code,
    message: `Sheet "${parse.sheet}" cell ${cell}: ${quoteCell(row.get(field))} ${reason}`,
  });
}

export function skipRow(parse: SheetParse, row: TableRow, reason: string): void {
  parse.rowsSkipped++;
  parse.dataCheck.push({
    severity: 'warning',
    sheet: parse.sheet,
    cell: `${row.rowNumber}:${row.rowNumber}`,
    code: 'row-skipped',
    message: `Sheet "${parse.sheet}" row ${row.rowNumber} was skipped: ${reason}`,
  });
}

/**
 * The value of a field with Excel error values (#N/A, #REF!) reported and read as blank, so one broken formula
 * does not stop the row from being analysed.
 */
export function readField(parse: SheetParse, row: TableRow, field: string): CellValue {
  return checkedValue(parse, row, field, row.get(field));
}

/**
 * readField through a cursor and a field looked up once (a district's rows read some twelve fields each). Text in a
 * field without numeric bounds is returned at once: readField would find nothing to say about it.
 */
export function readTableField(parse: SheetParse, cursor: TableCursor, field: TableField): CellValue {
  const value = cursor.value(field.access);
  if (typeof value === 'string' && !field.bounded) return value;
  return checkedValue(parse, cursor, field.field, value);
}

function checkedValue(parse: SheetParse, row: TableRow, field: string, value: CellValue): CellValue {
  if (isCellError(value)) {
    reportCell(parse, row, field, 'excel-error', 'is an Excel error value; the cell was read as blank');
    return null;
  }
  if (value === null || typeof value === 'boolean') return value;
  // Every parser reads numbers through here, so no implausible number (9e307 minutes, -1 FTE) reaches a result.
  const fits = plausibility(field, value);
  if (fits === 'implausible') {
    reportCell(parse, row, field, 'implausible-number', implausibleReason(field), 'error');
    return null;
  }
  if (fits === 'adjustment') {
    reportCell(parse, row, field, 'negative-amount', 'is negative: counted as a ledger adjustment (a credit or transfer out) that lowers the total', 'info');
  }
  return value;
}
