import type { CellLink, DetectedTable, ReportSheet, SourceRef } from '../types';
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
    // A section on rows 5 and 680 links to row 5, not to the 676 rows between that are not its own.
    const run = ref.runs?.[0] ?? ref;
    return { sheet: ref.sheet, range: `A${run.firstRow}:${last}${Math.max(run.firstRow, run.lastRow)}` };
  };
}

interface RowRun {
  firstRow: number;
  lastRow: number;
}

/**
 * The rows behind several references on the first sheet they name, as runs in sheet order: rows next to each other
 * join one run, rows apart stay apart (a teacher's sections on rows 5–9 and 680 are two runs, not 5–680).
 */
export function rowRunsOf(refs: SourceRef[]): RowRun[] {
  const sheet = refs[0]?.sheet;
  return mergeRuns(refs.filter((r) => r.sheet === sheet && !r.cell));
}

/**
 * Where a link to several references goes: a cell holds one link, so to the first rows named (the first run on the
 * first sheet named), or to the first reference when it is a single cell.
 */
export function firstRunOf(refs: SourceRef[]): SourceRef | undefined {
  if (refs.length === 0 || refs[0].cell) return refs[0];
  const [first] = rowRunsOf(refs);
  return { sheet: refs[0].sheet, firstRow: first.firstRow, lastRow: first.lastRow };
}

function mergeRuns(refs: SourceRef[]): RowRun[] {
  const runs: RowRun[] = [];
  for (const ref of refs) {
    if (ref.runs) for (const run of ref.runs) runs.push({ firstRow: run.firstRow, lastRow: run.lastRow });
    else runs.push({ firstRow: ref.firstRow, lastRow: Math.max(ref.firstRow, ref.lastRow) });
  }
  runs.sort((a, b) => a.firstRow - b.firstRow);
  const merged: RowRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && run.firstRow <= last.lastRow + 1) last.lastRow = Math.max(last.lastRow, run.lastRow);
    else merged.push(run);
  }
  return merged;
}

/**
 * How a set of row references reads in a cell, per sheet: "Sections rows 5–9, 680 (+2 more)", "Budget row 3",
 * "Budget F12". Rows next to each other read as one run; only the first few runs are named.
 */
export function describeRefs(refs: SourceRef[]): string {
  const shown = 6;
  const bySheet = new Map<string, { cells: string[]; refs: SourceRef[] }>();
  for (const ref of refs) {
    let entry = bySheet.get(ref.sheet);
    if (!entry) bySheet.set(ref.sheet, (entry = { cells: [], refs: [] }));
    if (ref.cell) entry.cells.push(ref.cell);
    else entry.refs.push(ref);
  }
  return [...bySheet]
    .map(([sheet, { cells, refs: rows }]) => {
      const runs = mergeRuns(rows);
      const labels = [
        ...cells.slice(0, shown),
        ...runs.slice(0, Math.max(0, shown - cells.length)).map((r) => (r.firstRow === r.lastRow ? `${r.firstRow}` : `${r.firstRow}–${r.lastRow}`)),
      ];
      const more = cells.length + runs.length - labels.length;
      const word = runs.length === 0 ? '' : runs.length === 1 && runs[0].firstRow === runs[0].lastRow && cells.length === 0 ? ' row' : ' rows';
      return `${sheet}${word} ${labels.join(', ')}${more ? ` (+${more} more)` : ''}`;
    })
    .join('; ');
}

/**
 * Excel allows at most 65,530 hyperlinks on a worksheet ("Excel specifications and limits": Hyperlinks in a worksheet,
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3);
 * past it Excel repairs the file or drops links. A district's Class Size has a link on each of 100,000 sections.
 */
export const EXCEL_LINKS_PER_SHEET = 65_530;

/**
 * A sheet with at most `limit` links, decided here once for both writers: every table of the sheet together, the
 * first links in sheet order (the main table, then each table below it; row by row, left to right) are kept, the rest
 * dropped, and a preamble line says so. A sheet within the limit is returned as it is. Changes the sheet in place.
 */
export function limitSheetLinks(sheet: ReportSheet, limit = EXCEL_LINKS_PER_SHEET): ReportSheet {
  const tables = [sheet.table, ...(sheet.moreTables ?? []).map((more) => more.table)];
  // At most one link per cell: a sheet with fewer cells than the limit needs no counting.
  if (tables.reduce((cells, t) => cells + (t.links ? t.rows.length * t.columns.length : 0), 0) <= limit) return sheet;
  let kept = 0;
  let firstDropped: { header: string } | undefined;
  for (const table of tables) {
    const links = table.links;
    if (!links) continue;
    // Object.keys gives integer keys in ascending order, so rows (and columns within a row) go in sheet order.
    for (const row of Object.keys(links)) {
      const rowLinks = links[Number(row)];
      if (!rowLinks) continue;
      for (const column of Object.keys(rowLinks)) {
        if (kept < limit) {
          kept++;
          continue;
        }
        firstDropped ??= { header: table.columns[Number(column)]?.header ?? '' };
        delete rowLinks[Number(column)];
      }
    }
  }
  if (firstDropped) sheet.preamble.push(linkLimitNote(limit, firstDropped.header));
  return sheet;
}

/** The preamble line of a sheet whose links stop at the limit. */
export function linkLimitNote(limit: number, namingColumn: string): string {
  const count = limit.toLocaleString('en-US');
  return `Rows past the ${count}${ordinalSuffix(limit)} are not linked: Excel allows ${count} links on a sheet; the ${namingColumn} column still names them.`;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
