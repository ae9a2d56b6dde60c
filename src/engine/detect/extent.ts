import type { CellValue, DetectedTable, SheetGrid } from '../types';
import { isBlank, normaliseHeader } from '../parse/values';

// Where a table's data ends: at a totals row, or at a gap of two or more blank rows. Subtotal rows inside grouped
// data ("Subtotal", "Subtotal English") and single blank rows are skipped, not read, and reading goes on.

export interface DataExtent {
  /** Zero-based grid rows of the first and last data row; last < first when the table has no data. */
  firstGridRow: number;
  lastGridRow: number;
  /** Single blank rows inside the data, skipped (zero-based grid rows). */
  blankGridRows: number[];
  /** Subtotal rows inside the data, skipped (zero-based grid rows). */
  subtotalGridRows: number[];
  /** Why reading stopped before the end of the sheet, if it did. */
  stop?: { gridRow: number; reason: 'totals' | 'gap'; label?: string };
}

// "Total" alone or followed by a scope ("Total for Grade 9"); not a course such as "Total Fitness".
const TOTALS = /^(grand totals?( .*)?|totals?( (for|of|all|school|budget|students|enrollment|enrolment)\b.*)?)$/;
const SUBTOTAL = /^sub ?totals?( .*)?$/;

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    // A hole in a sparse row is skipped, as every() skips it; an undefined actually stored is not blank.
    if (value === undefined ? c in row : !isBlank(value)) return false;
  }
  return true;
}

/**
 * Cheap test first: this runs on every text cell of every row. Whether the text holds "otal" or "OTAL" (and has 5+
 * characters), comparing character codes (two includes() or a startsWith() per "o" cost more on a district's 1.35
 * million cells). The text is read as Horspool's search reads it: the character where a match would end decides how
 * far the next possible match is ("Mathematics 10" is decided in 3 reads, not 11), for a third of the district's
 * extent scan (issue 12).
 */
export function mayBeTotalLabel(value: CellValue): value is string {
  if (typeof value !== 'string' || value.length < 5) return false;
  for (let end = 3; end < value.length; ) {
    const c = value.charCodeAt(end);
    if (c === 0x6c) {
      if (value.charCodeAt(end - 3) === 0x6f && value.charCodeAt(end - 2) === 0x74 && value.charCodeAt(end - 1) === 0x61) return true; // "ota"
      end += 4;
    } else if (c === 0x4c) {
      if (value.charCodeAt(end - 3) === 0x4f && value.charCodeAt(end - 2) === 0x54 && value.charCodeAt(end - 1) === 0x41) return true; // "OTA"
      end += 4;
    } else if (c === 0x61 || c === 0x41) end += 1; // "a": a match could end 1 further
    else if (c === 0x74 || c === 0x54) end += 2; // "t"
    else if (c === 0x6f || c === 0x4f) end += 3; // "o"
    else end += 4; // in neither word: no match overlaps it
  }
  return false;
}

/** Whether any cell of the row could be a totals or subtotal label (plain loop: no iterator or callback per row). */
function hasTotalLabel(row: readonly CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) if (mayBeTotalLabel(row[c])) return true;
  return false;
}

function labelMatching(row: readonly CellValue[], pattern: RegExp): string | undefined {
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (!mayBeTotalLabel(value)) continue;
    const norm = normaliseHeader(value);
    if (norm.length <= 40 && pattern.test(norm)) return value.trim();
  }
  return undefined;
}

/** The text of the row's totals label ("Grand Total"), or undefined when the row is not a totals row. */
export function totalsLabel(row: readonly CellValue[]): string | undefined {
  return labelMatching(row, TOTALS);
}

/** Whether a row is a subtotal inside grouped data: skipped, so its money or seats are not counted twice. */
export function isSubtotalRow(row: readonly CellValue[]): boolean {
  return labelMatching(row, SUBTOTAL) !== undefined;
}

export function findDataExtent(grid: SheetGrid, headerGridRow: number): DataExtent {
  const first = headerGridRow + 1;
  let last = headerGridRow;
  const pendingBlanks: number[] = [];
  const blankGridRows: number[] = [];
  const subtotalGridRows: number[] = [];
  const extent = (stop?: DataExtent['stop']): DataExtent => ({ firstGridRow: first, lastGridRow: last, blankGridRows, subtotalGridRows, stop });
  for (let r = first; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (isBlankRow(row)) {
      pendingBlanks.push(r);
      if (pendingBlanks.length >= 2) {
        const more = grid.rows.slice(r + 1).some((next) => !isBlankRow(next));
        return extent(more ? { gridRow: pendingBlanks[0], reason: 'gap' } : undefined);
      }
      continue;
    }
    // Most rows have no cell that could be a totals or subtotal label: one cheap scan rules both out.
    const labelled = hasTotalLabel(row);
    const label = labelled ? totalsLabel(row) : undefined;
    if (label !== undefined) return extent({ gridRow: r, reason: 'totals', label });
    // Guarded: most rows follow no blank, and setting an array's length is a call into V8's runtime (150,000 rows).
    if (pendingBlanks.length > 0) {
      for (const blank of pendingBlanks) blankGridRows.push(blank);
      pendingBlanks.length = 0;
    }
    if (labelled && isSubtotalRow(row)) subtotalGridRows.push(r);
    last = r;
  }
  return extent();
}

/** What detection found between a table's header and its end, kept so reading the table need not scan it again. */
interface RecordedExtent {
  grid: SheetGrid;
  firstDataRow: number;
  lastDataRow: number;
  /** Zero-based grid rows inside the data that are blank or subtotals, ascending. */
  skipped: number[];
}

const extentOf = new WeakMap<DetectedTable, RecordedExtent>();

/** Remembers, for readTableRows, which rows of a detected table its extent skips. */
export function recordExtent(table: DetectedTable, grid: SheetGrid, extent: DataExtent): void {
  const skipped = [...extent.blankGridRows, ...extent.subtotalGridRows].sort((a, b) => a - b);
  extentOf.set(table, { grid, firstDataRow: table.firstDataRow, lastDataRow: table.lastDataRow, skipped });
}

/**
 * The blank and subtotal rows (zero-based grid rows, ascending) inside a table's data as detection found them;
 * undefined when the table or grid is not the one detected (a table made or changed elsewhere is scanned instead).
 */
export function recordedSkippedRows(table: DetectedTable, grid: SheetGrid): readonly number[] | undefined {
  const known = extentOf.get(table);
  if (!known || known.grid !== grid || known.firstDataRow !== table.firstDataRow || known.lastDataRow !== table.lastDataRow) return undefined;
  return known.skipped;
}
