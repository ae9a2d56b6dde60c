import type { CellValue, SheetGrid } from '../types';
import { isBlank, normaliseHeader } from '../parse/values';

// Where a table's data ends: at a totals row, or at a gap of two or more blank rows.

export interface DataExtent {
  /** Zero-based grid rows of the first and last data row; last < first when the table has no data. */
  firstGridRow: number;
  lastGridRow: number;
  /** Single blank rows inside the data, skipped (zero-based grid rows). */
  blankGridRows: number[];
  /** Why reading stopped before the end of the sheet, if it did. */
  stop?: { gridRow: number; reason: 'totals' | 'gap'; label?: string };
}

// "Total" alone or followed by a scope ("Total for Grade 9"); not a course such as "Total Fitness".
const TOTALS = /^(grand totals?( .*)?|sub ?totals?( .*)?|totals?( (for|of|all|school|budget|students|enrollment|enrolment)\b.*)?)$/;

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every(isBlank);
}

/** The text of the row's totals label ("Grand Total"), or undefined when the row is not a totals row. */
export function totalsLabel(row: readonly CellValue[]): string | undefined {
  for (const value of row) {
    if (typeof value !== 'string' || !/total/i.test(value)) continue;
    const norm = normaliseHeader(value);
    if (norm.length <= 40 && TOTALS.test(norm)) return value.trim();
  }
  return undefined;
}

export function findDataExtent(grid: SheetGrid, headerGridRow: number): DataExtent {
  const first = headerGridRow + 1;
  let last = headerGridRow;
  const pendingBlanks: number[] = [];
  const blankGridRows: number[] = [];
  for (let r = first; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (isBlankRow(row)) {
      pendingBlanks.push(r);
      if (pendingBlanks.length >= 2) {
        const more = grid.rows.slice(r + 1).some((next) => !isBlankRow(next));
        return { firstGridRow: first, lastGridRow: last, blankGridRows, stop: more ? { gridRow: pendingBlanks[0], reason: 'gap' } : undefined };
      }
      continue;
    }
    const label = totalsLabel(row);
    if (label !== undefined) {
      return { firstGridRow: first, lastGridRow: last, blankGridRows, stop: { gridRow: r, reason: 'totals', label } };
    }
    blankGridRows.push(...pendingBlanks);
    pendingBlanks.length = 0;
    last = r;
  }
  return { firstGridRow: first, lastGridRow: last, blankGridRows };
}
