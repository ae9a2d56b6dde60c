import ExcelJS from 'exceljs';
import type { CellLink, ColumnType, ConditionalRule, Report, ReportSheet, ReportValue } from '../engine/types';
import { quoteSheetName } from '../engine/parse/values';
import { highlightCondition, SEVERITY_COLOURS } from '../engine/report/highlight';
import { addCharts, type ChartPart } from './xlsxChart';
import { writeFileAtomic } from './atomicWrite';

export interface WriteReportOptions {
  /**
   * Where a link to the user's own sheet points, as a hyperlink target (e.g. "school.xlsx#'Sections'!A5:K9"),
   * because the results go to a separate workbook; undefined leaves the cell without a link.
   */
  sourceLink?: (link: CellLink) => string | undefined;
}

const NUMBER_FORMATS: Record<ColumnType, string> = {
  text: '@',
  notes: '@',
  integer: '#,##0',
  number: 'General',
  currency: '"$"#,##0',
  percent: '0.0%',
  minutes: '#,##0" min"',
};


const MAX_SHEET_NAME = 31;

/**
 * Every output carries this marker: a very hidden sheet whose A1 holds MARKER_TEXT. The command line overwrites
 * an existing file only when it finds the marker, so a file that merely has an output's name is never lost.
 * A hidden sheet survives a re-save by Excel and LibreOffice.
 */
export const MARKER_SHEET = 'srr_output';
export const MARKER_TEXT = 'School Resource Review output (resource-review). This workbook may be replaced by the next run.';

/**
 * Renders the report as a new workbook of real Excel tables: one sheet per report sheet, preamble lines above a
 * frozen header row, number formats by column type, highlighted flagged values and links to the rows behind them.
 * Text is always written as text: a value such as "=HYPERLINK(…)" from the user's data never becomes a formula.
 */
export async function writeReportXlsx(report: Report, outPath: string, options: WriteReportOptions = {}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'School Resource Review';
  workbook.created = new Date(0);
  const sheetNames = uniqueSheetNames(report.sheets.map((s) => s.name));
  const internal = new Map(report.sheets.map((s, i) => [s.name, sheetNames[i]]));
  const target = (link: CellLink): string | undefined => {
    const own = internal.get(link.sheet);
    // exceljs only writes an in-workbook link for a single cell, so link to the range's top-left cell.
    if (own !== undefined) return `${quoteSheetName(own)}!${link.range.split(':')[0]}`;
    return options.sourceLink?.(link);
  };
  const charts: ChartPart[] = [];
  report.sheets.forEach((sheet, i) => {
    const ws = workbook.addWorksheet(sheetNames[i]);
    writeSheet(ws, sheet, target);
    const chart = chartPart(sheet, sheetNames[i], i + 1, ws);
    if (chart) charts.push(chart);
  });
  // Added after the report's sheets so the charts keep the sheet numbers they were given above.
  workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' }).getCell('A1').value = MARKER_TEXT;
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  await writeFileAtomic(outPath, charts.length ? await addCharts(written, charts) : written);
}

/** The chart of a sheet, placed right of its table, over the table's own category and value cells. */
function chartPart(sheet: ReportSheet, sheetName: string, sheetIndex: number, ws: ExcelJS.Worksheet): ChartPart | undefined {
  const { chart, rows, columns } = sheet.table;
  if (!chart || rows.length === 0) return undefined;
  const firstRow = sheet.preamble.length + 3;
  const lastRow = firstRow + rows.length - 1;
  return {
    sheetIndex,
    sheetName,
    type: chart.type,
    title: chart.title,
    categoryRange: { col: ws.getColumn(chart.categoryColumn + 1).letter, firstRow, lastRow },
    valueRange: { col: ws.getColumn(chart.valueColumn + 1).letter, firstRow, lastRow },
    categories: rows.map((r) => String(r[chart.categoryColumn] ?? '')),
    values: rows.map((r) => Number(r[chart.valueColumn] ?? 0)),
    anchor: { col: columns.length + 1, row: sheet.preamble.length + 1 },
  };
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet, target: (link: CellLink) => string | undefined): void {
  const { table } = sheet;
  sheet.preamble.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  const headerRow = sheet.preamble.length + 2;
  const firstDataRow = headerRow + 1;
  // An Excel table needs at least one data row; an empty result keeps one blank row.
  const rows: ReportValue[][] = table.rows.length ? table.rows : [table.columns.map(() => null)];

  ws.addTable({
    name: table.name,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((row) => row.map(toCellValue)),
  });

  table.columns.forEach((column, c) => {
    const col = ws.getColumn(c + 1);
    col.width = column.width ?? Math.max(10, column.header.length + 2);
    for (let r = 0; r < rows.length; r++) {
      const cell = ws.getCell(firstDataRow + r, c + 1);
      cell.numFmt = NUMBER_FORMATS[table.cellTypes?.[r]?.[c] ?? column.type];
      if (column.type === 'notes') cell.alignment = { wrapText: true, vertical: 'top' };
    }
  });

  for (const [r, byColumn] of Object.entries(table.links ?? {})) {
    for (const [c, link] of Object.entries(byColumn)) {
      const href = target(link);
      const value = rows[Number(r)]?.[Number(c)];
      if (!href || value === null || value === undefined || value === '') continue;
      const cell = ws.getCell(firstDataRow + Number(r), Number(c) + 1);
      cell.value = { text: String(value), hyperlink: href, tooltip: `${link.sheet}!${link.range}` };
      cell.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
  }

  (table.conditionalFormats ?? []).forEach((rule, priority) => {
    const letter = ws.getColumn(rule.column + 1).letter;
    ws.addConditionalFormatting({
      ref: `${letter}${firstDataRow}:${letter}${firstDataRow + rows.length - 1}`,
      rules: [highlightRule(rule, `${letter}${firstDataRow}`, priority + 1)],
    });
  });

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${firstDataRow}`, activeCell: `A${firstDataRow}` }];
}

/** An expression rule, not cellIs, so blanks are never coloured (see highlightCondition). */
function highlightRule(rule: ConditionalRule, firstCell: string, priority: number): ExcelJS.ConditionalFormattingRule {
  const colours = SEVERITY_COLOURS[rule.severity];
  return {
    type: 'expression',
    formulae: [highlightCondition(rule, firstCell)],
    priority,
    style: {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(colours.fill) } },
      font: { color: { argb: argb(colours.font) } },
    },
  };
}

/** "#9C0006" → "FF9C0006": exceljs wants an opaque ARGB hex. */
function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

function toCellValue(value: ReportValue): ExcelJS.CellValue {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique ignoring case. */
function uniqueSheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, MAX_SHEET_NAME) || 'Sheet';
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
