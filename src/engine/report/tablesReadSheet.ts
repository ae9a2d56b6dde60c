import type { CellLink, ReportSheet, ReportValue, ReviewResult } from '../types';

const TABLE_NAMES: Record<string, string> = {
  schedule: 'Master schedule',
  bell: 'Bell schedule',
  staff: 'Staff roster',
  enrollment: 'Enrollment',
  students: 'Student roster',
  budget: 'Budget',
};

/**
 * What the review read from where: each table found, its header row, the rows read and skipped, and which column
 * became which field. The technical record a coach checks when a figure surprises; the Summary keeps only a line.
 */
export function tablesReadSheet(result: ReviewResult): ReportSheet {
  const links: Record<number, Record<number, CellLink>> = {};
  const statsBySheet = new Map(result.sheetStats.map((s) => [`${s.kind}|${s.sheet}`, s]));
  const rows: ReportValue[][] = result.tables.map((table, i) => {
    links[i] = { 1: { sheet: table.sheet, range: `A${table.headerRow}` } };
    const stats = statsBySheet.get(`${table.kind}|${table.sheet}`);
    const columns = table.columns.map((c) => `${c.field} = "${c.header}" (${c.letter})`).join(', ');
    return [
      TABLE_NAMES[table.kind] ?? table.kind,
      table.sheet,
      table.headerRow,
      table.lastDataRow >= table.firstDataRow ? `${table.firstDataRow}–${table.lastDataRow}` : 'none',
      stats?.rowsRead ?? null,
      stats?.rowsSkipped ?? null,
      table.how === 'mapping' ? 'chosen in the settings' : `found (${Math.round(table.confidence * 100)}% match)`,
      columns,
    ];
  });
  return {
    name: 'Tables Read',
    preamble: ['The tables the review read, and which of their columns it used. Follow a sheet name to its header row.'],
    table: {
      name: 'srr_TablesRead',
      columns: [
        { header: 'Table', type: 'text', width: 16 },
        { header: 'Sheet', type: 'text', width: 20 },
        { header: 'Header row', type: 'integer', width: 11 },
        { header: 'Data rows', type: 'text', width: 12 },
        { header: 'Rows read', type: 'integer', width: 11 },
        { header: 'Rows skipped', type: 'integer', width: 13 },
        { header: 'How', type: 'text', width: 22 },
        { header: 'Columns used', type: 'text', width: 80, wrap: true },
      ],
      rows,
      links,
    },
  };
}
