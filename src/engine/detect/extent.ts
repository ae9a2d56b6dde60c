import type { CellValue, SheetGrid } from '../types';
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
  return !row || row.every(isBlank);
}

/** Cheap test first: this runs on every text cell of every row. */
function mayBeTotalLabel(value: CellValue): value is string {
  return typeof value === 'string' && value.length >= 5 && (value.includes('otal') || value.includes('OTAL'));
}

function labelMatching(row: readonly CellValue[], pattern: RegExp): string | undefined {
  for (const value of row) {
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
    const labelled = row.some(mayBeTotalLabel);
    const label = labelled ? totalsLabel(row) : undefined;
    if (label !== undefined) return extent({ gridRow: r, reason: 'totals', label });
    for (const blank of pendingBlanks) blankGridRows.push(blank);
    pendingBlanks.length = 0;
    if (labelled && isSubtotalRow(row)) subtotalGridRows.push(r);
    last = r;
  }
  return extent();
}
