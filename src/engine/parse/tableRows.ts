import type { CellValue, DetectedTable, SheetGrid } from '../types';
import { cellAddress, cellText, isBlank, PLAUSIBLE_BY_FIELD } from './values';
import { isBlankRow, isSubtotalRow, recordedSkippedRows } from '../detect/extent';
import { TABLE_DEFS } from '../detect/tableDefs';

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

/** How a table's fields are found in a grid row: one column each, or parts joined ("Last Name | First Name"). */
interface FieldColumns {
  colOf: Map<string, number>;
  /** Fields without a column whose value the table itself gives: a day-per-sheet schedule's days. */
  constants: Map<string, string>;
  /** Joined fields without a column of their own → their parts' columns, in joining order, and the separator. */
  joins: Map<string, { cols: number[]; separator: string }>;
  /**
   * How get() reads each field, worked out once per table: a parser asks for some twenty fields of each of a
   * district's 150,000 rows, most of them not mapped, and each ask is then one lookup.
   */
  access: Map<string, FieldAccess>;
}

/** One field's reading: its column (-1 when it has none), else its joined parts, else the table's constant. */
export interface FieldAccess {
  col: number;
  /** Whether the field holds people's names (normalised for comparison). */
  name: boolean;
  joined?: { cols: number[]; separator: string };
  constant?: string;
}

function fieldColumns(table: DetectedTable): FieldColumns {
  const colOf = new Map(table.columns.map((c) => [c.field, c.col]));
  const joins = new Map<string, { cols: number[]; separator: string }>();
  const def = TABLE_DEFS.find((d) => d.kind === table.kind);
  for (const joined of def?.joinedFields ?? []) {
    const cols = joined.parts.flatMap((part) => (colOf.has(part) ? [colOf.get(part)!] : []));
    if (!colOf.has(joined.field) && colOf.has(joined.parts[0])) joins.set(joined.field, { cols, separator: joined.separator });
  }
  const constants = new Map<string, string>();
  if (table.sheetDay !== undefined && !colOf.has('days')) constants.set('days', table.sheetDay);
  const access = new Map<string, FieldAccess>();
  for (const [field, col] of colOf) access.set(field, { col, name: NAME_FIELDS.has(field) });
  for (const [field, joined] of joins) if (!access.has(field)) access.set(field, { col: -1, name: false, joined });
  for (const [field, constant] of constants) if (!access.has(field)) access.set(field, { col: -1, name: false, constant });
  return { colOf, joins, constants, access };
}


/**
 * Fields holding people's names, compared across rows and sheets (a teacher's sections, the roster's name). Only
 * these are normalised: a district schedule asks for millions of other cells, which are compared as written.
 */
const NAME_FIELDS = new Set(['teacher', 'coTeacher', 'name', 'teacherLast', 'teacherFirst', 'lastName', 'firstName']);

/**
 * Text as the engine compares it: Unicode NFC, so "Núñez" typed with a combining accent and with a precomposed ñ is
 * one teacher. ASCII text is already NFC and is returned as is (the common case, kept cheap).
 */
function canonicalText(text: string): string {
  // A loop over the characters rather than a regex: this runs for every name cell of a district's rows.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return text.normalize('NFC');
  return text;
}

/**
 * A view over one grid row: nothing is copied, so reading a district-sized sheet stays cheap. A cursor (see
 * indexTableRows) is one view moved from row to row.
 */
class GridRow implements TableRow {
  constructor(
    private readonly grid: SheetGrid,
    private readonly fields: FieldColumns,
    public gridRow: number,
    public rowNumber: number,
  ) {}

  get(field: string): CellValue {
    return this.value(this.fields.access.get(field));
  }

  /** The value of a field already looked up (TableField.access): what get() returns. */
  value(access: FieldAccess | undefined): CellValue {
    if (access === undefined) return null;
    if (access.col < 0) return access.joined ? this.joined(access.joined.cols, access.joined.separator) : (access.constant ?? null);
    const value = this.grid.rows[this.gridRow][access.col];
    if (value === undefined || (typeof value === 'string' && isBlank(value))) return null;
    return typeof value === 'string' && access.name ? canonicalText(value) : value;
  }

  /** The parts' texts joined ("Núñez, Ana"); null when the first part is blank, so a lone first name is no one. */
  private joined(cols: number[], separator: string): CellValue {
    const row = this.grid.rows[this.gridRow];
    const texts = cols.map((col) => canonicalText(cellText(row[col] ?? null)));
    if (texts[0] === '') return null;
    return texts.filter((t) => t !== '').join(separator);
  }

  cell(field: string): string {
    const col = this.fields.colOf.get(field) ?? this.fields.joins.get(field)?.cols[0];
    return col === undefined ? '' : cellAddress(this.grid, this.gridRow, col);
  }

  format(field: string): string | undefined {
    const col = this.fields.colOf.get(field);
    return col === undefined ? undefined : this.grid.numberFormats?.[this.gridRow]?.[col];
  }

  /** Points this view at another grid row (zero-based). */
  moveTo(gridRow: number): void {
    this.gridRow = gridRow;
    this.rowNumber = this.grid.originRow + gridRow + 1;
  }
}

/** A field of a table looked up once, for reading on every row through a cursor (TableRowIndex). */
export interface TableField {
  readonly field: string;
  /** undefined when the table gives the field no value (get() is null on every row). */
  readonly access: FieldAccess | undefined;
  /** Whether the field's numbers have bounds (PLAUSIBLE_BY_FIELD): else its text needs no check. */
  readonly bounded: boolean;
}

/** A row view that can be moved from row to row, and read by a field looked up once. */
export interface TableCursor extends TableRow {
  /** The zero-based grid row it is at. */
  readonly gridRow: number;
  moveTo(gridRow: number): void;
  value(access: FieldAccess | undefined): CellValue;
}

/**
 * A table's data rows by zero-based grid row, with no object per row: a district's 150,000 rows are read through one
 * cursor, and a row is made a TableRow of its own (rowAt) only where one is kept, for a message.
 */
export interface TableRowIndex {
  /** Zero-based grid rows of the data rows, in sheet order (blank and subtotal rows left out). */
  gridRows: number[];
  cursor(): TableCursor;
  rowAt(gridRow: number): TableRow;
  /** The row at a 1-based sheet row number (TableRow.rowNumber). */
  rowAtNumber(rowNumber: number): TableRow;
  field(field: string): TableField;
}

/** The data rows of a detected table (already bounded by detection), blank and subtotal rows left out, by grid row. */
export function indexTableRows(grid: SheetGrid, table: DetectedTable): TableRowIndex {
  const fields = fieldColumns(table);
  return {
    gridRows: dataGridRows(grid, table),
    cursor: () => new GridRow(grid, fields, 0, grid.originRow + 1),
    rowAt: (gridRow) => new GridRow(grid, fields, gridRow, grid.originRow + gridRow + 1),
    rowAtNumber: (rowNumber) => new GridRow(grid, fields, rowNumber - grid.originRow - 1, rowNumber),
    field: (field) => ({ field, access: fields.access.get(field), bounded: PLAUSIBLE_BY_FIELD.has(field) }),
  };
}

/**
 * Whether the table gives a field a value on its rows (a column, joined parts, or the sheet's day): else get() is null.
 * Asked of a field already looked up (TableRowIndex.field), so the table's columns are not worked out again.
 */
export function mapsField(field: TableField): boolean {
  return field.access !== undefined;
}

/**
 * Whether one of the table's columns is mapped to the field: a cell a Data Check item can point at. Narrower than
 * mapsField, which is also true when the field's value comes from joined parts or the sheet's day.
 */
export function hasColumn(table: Pick<DetectedTable, 'columns'>, field: string): boolean {
  return table.columns.some((c) => c.field === field);
}

const skippedByTable = new WeakMap<DetectedTable, number>();

/** The data rows of a detected table (already bounded by detection), blank and subtotal rows left out. */
export function readTableRows(grid: SheetGrid, table: DetectedTable): TableRow[] {
  const fields = fieldColumns(table);
  return dataGridRows(grid, table).map((r) => new GridRow(grid, fields, r, grid.originRow + r + 1));
}

function dataGridRows(grid: SheetGrid, table: DetectedTable): number[] {
  const rows: number[] = [];
  let skipped = 0;
  const first = table.firstDataRow - 1 - grid.originRow;
  const last = table.lastDataRow - 1 - grid.originRow;
  // Detection already told blank and subtotal rows apart: walk its list rather than scan every cell again.
  const known = recordedSkippedRows(table, grid);
  let next = 0;
  for (let r = Math.max(first, 0); r <= last && r < grid.rows.length; r++) {
    if (known) {
      while (next < known.length && known[next] < r) next++;
      if (known[next] === r) {
        skipped++;
        continue;
      }
    } else if (isBlankRow(grid.rows[r]) || isSubtotalRow(grid.rows[r])) {
      skipped++;
      continue;
    }
    rows.push(r);
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
