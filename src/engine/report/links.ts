import type { CellLink, DetectedTable, SourceRef } from '../types';
import { columnLetter } from '../parse/values';

/**
 * Links to the user's rows span the columns the review read from that sheet, so following a flag selects the
 * whole rows behind it rather than only their first cell.
 */
export function sourceLinker(tables: DetectedTable[]): (ref: SourceRef) => CellLink {
  const lastColumnBySheet = new Map<string, number>();
  for (const table of tables) {
    const widest = Math.max(0, ...table.columns.map((c) => c.col));
    lastColumnBySheet.set(table.sheet, Math.max(widest, lastColumnBySheet.get(table.sheet) ?? 0));
  }
  return (ref) => {
    if (ref.cell) return { sheet: ref.sheet, range: ref.cell };
    const last = columnLetter(lastColumnBySheet.get(ref.sheet) ?? 0);
    return { sheet: ref.sheet, range: `A${ref.firstRow}:${last}${Math.max(ref.firstRow, ref.lastRow)}` };
  };
}

/** One range covering several row references on the first sheet they name (a cell link holds one range). */
export function spanOfRefs(refs: SourceRef[]): SourceRef | undefined {
  if (refs.length === 0) return undefined;
  const sheet = refs[0].sheet;
  let firstRow = Infinity;
  let lastRow = -Infinity;
  let count = 0;
  // A loop, not Math.min(...rows): a district-wide flag can carry more rows than the call stack holds arguments.
  for (const ref of refs) {
    if (ref.sheet !== sheet) continue;
    firstRow = Math.min(firstRow, ref.firstRow);
    lastRow = Math.max(lastRow, ref.lastRow);
    count++;
  }
  if (count === 1) return refs[0];
  return { sheet, firstRow, lastRow };
}

/** How a set of row references reads in a cell, e.g. "Sections 5–9, 14 (+2 more)". */
export function describeRefs(refs: SourceRef[]): string {
  const shown = 6;
  const bySheet = new Map<string, { labels: string[]; more: number }>();
  let lastSheet: string | undefined;
  let entry = { labels: [] as string[], more: 0 };
  for (const ref of refs) {
    // Rows come in runs on one sheet, so the map is consulted only when the sheet changes.
    if (ref.sheet !== lastSheet) {
      lastSheet = ref.sheet;
      const known = bySheet.get(ref.sheet);
      if (known) entry = known;
      else bySheet.set(ref.sheet, (entry = { labels: [], more: 0 }));
    }
    // Only the first few labels are built: a district-wide flag can name tens of thousands of rows.
    if (entry.labels.length < shown) {
      entry.labels.push(ref.cell ?? (ref.firstRow === ref.lastRow ? `${ref.firstRow}` : `${ref.firstRow}–${ref.lastRow}`));
    } else entry.more++;
  }
  return [...bySheet]
    .map(([sheet, { labels, more }]) => `${sheet} ${labels.join(', ')}${more ? ` (+${more} more)` : ''}`)
    .join('; ');
}
