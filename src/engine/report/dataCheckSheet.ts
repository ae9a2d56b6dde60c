import { colourByWord } from './highlight';
import type { CellLink, DataCheckItem, ReportSheet, ReportValue } from '../types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * What was read, skipped or could not be understood, each with a link to the cell or rows concerned: errors
 * first, then warnings, then notes, each kept in the order the review found them (sheet by sheet, row by row).
 */
export function dataCheckSheet(items: DataCheckItem[]): ReportSheet {
  const links: Record<number, Record<number, CellLink>> = {};
  const sorted = items
    .map((item, found) => ({ item, found }))
    .sort((a, b) => SEVERITY_ORDER[a.item.severity] - SEVERITY_ORDER[b.item.severity] || a.found - b.found)
    .map(({ item }) => item);
  const rows: ReportValue[][] = sorted.map((item, i) => {
    const range = linkRange(item.cell);
    if (item.sheet && range) links[i] = { 2: { sheet: item.sheet, range } };
    return [item.severity, item.sheet, cellText(item.cell), item.message, item.code];
  });
  return {
    name: 'Data Check',
    preamble: ['What the review could not read or found suspicious in your sheets. Follow a cell to see it.'],
    table: {
      name: 'srr_DataCheck',
      columns: [
        { header: 'Severity', type: 'text', width: 9 },
        { header: 'Sheet', type: 'text', width: 20 },
        { header: 'Cell', type: 'text', width: 10 },
        { header: 'Message', type: 'text', width: 80, wrap: true },
        { header: 'Code', type: 'text', width: 20 },
      ],
      rows,
      links,
      conditionalFormats: colourByWord(0, [
        ['error', 'critical'],
        ['warning', 'warning'],
        ['info', 'info'],
      ]),
    },
  };
}

/** How a place reads to a principal: "D14", "row 37", "rows 5–9"; a cell range stays as Excel writes it. */
export function cellText(cell: string): string {
  const rows = /^(\d+):(\d+)$/.exec(cell);
  if (!rows) return cell;
  return rows[1] === rows[2] ? `row ${rows[1]}` : `rows ${rows[1]}–${rows[2]}`;
}

/** "D14" and "A5:K9" link as they are; a row range "5:9" becomes A5:A9 so every reader accepts it. */
function linkRange(cell: string): string | undefined {
  if (/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(cell)) return cell;
  const rows = /^(\d+):(\d+)$/.exec(cell);
  if (rows) return `A${rows[1]}:A${rows[2]}`;
  return undefined;
}
