import type { CellLink, DataCheckItem, ReportSheet, ReportValue } from '../types';

/** What was read, skipped or could not be understood, each with a link to the cell or rows concerned. */
export function dataCheckSheet(items: DataCheckItem[]): ReportSheet {
  const links: Record<number, Record<number, CellLink>> = {};
  const rows: ReportValue[][] = items.map((item, i) => {
    const range = linkRange(item.cell);
    if (item.sheet && range) links[i] = { 2: { sheet: item.sheet, range } };
    return [item.severity, item.sheet, item.cell, item.message, item.code];
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
        { header: 'Message', type: 'text', width: 80 },
        { header: 'Code', type: 'text', width: 20 },
      ],
      rows,
      links,
      conditionalFormats: [
        { column: 0, operator: 'equal', value: 'error', severity: 'critical' },
        { column: 0, operator: 'equal', value: 'warning', severity: 'warning' },
      ],
    },
  };
}

/** "D14" and "A5:K9" link as they are; a row range "5:9" becomes A5:A9 so every reader accepts it. */
function linkRange(cell: string): string | undefined {
  if (/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(cell)) return cell;
  const rows = /^(\d+):(\d+)$/.exec(cell);
  if (rows) return `A${rows[1]}:A${rows[2]}`;
  return undefined;
}
