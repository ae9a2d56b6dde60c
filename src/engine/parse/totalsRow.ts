import type { DetectedTable, SheetGrid } from '../types';
import { isBlankRow, totalsLabel } from '../detect/extent';

// A sheet's own totals row ("Total", "Total Enrollment") sits just under its table, where detection stopped reading:
// budgets and enrollment profiles check their lines against it rather than count it.

/** The zero-based grid row of the totals row detection stopped at, or null when the table is not closed by one. */
export function totalsRowBelow(grid: SheetGrid, table: DetectedTable): number | null {
  const last = table.lastDataRow - 1 - grid.originRow;
  // Detection stops at two blank rows, so a totals row it stopped at is at most one blank row below the data.
  for (let r = last + 1; r <= last + 2 && r < grid.rows.length; r++) {
    if (isBlankRow(grid.rows[r])) continue;
    return totalsLabel(grid.rows[r]) !== undefined ? r : null;
  }
  return null;
}
