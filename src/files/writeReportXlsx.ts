import type ExcelJS from 'exceljs';
import type { CellLink, ColumnType, ConditionalRule, Report, ReportColumn, ReportSheet, ReportTable, ReportValue } from '../engine/types';
import { LINE_HEIGHT_POINTS, MARK_ROWS, sheetLayout, textLines, wrappedLines, type TablePlace } from '../engine/report/layout';
import { quoteSheetName } from '../engine/parse/values';
import { highlightCondition, SEVERITY_COLOURS } from '../engine/report/highlight';
import { addCharts, type ChartPart } from './xlsxChart';
import { writeFileAtomic } from './atomicWrite';
import { deflateStoredZip } from './zipDeflate';

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
  // Loaded here, not at start-up: --help and --json alone never pay for exceljs (0.2 s).
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
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
  // Stored, then deflated once by Node's zlib (zipDeflate.ts): jszip's JavaScript deflate took a third of the write.
  const stored = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  await writeFileAtomic(outPath, await deflateStoredZip(charts.length ? await addCharts(stored, charts) : stored));
}

/** The chart of a sheet, placed right of its table, over the table's own category and value cells. */
function chartPart(sheet: ReportSheet, sheetName: string, sheetIndex: number, ws: ExcelJS.Worksheet): ChartPart | undefined {
  const { chart, rows, columns } = sheet.table;
  if (!chart || rows.length === 0) return undefined;
  const { main } = sheetLayout(sheet);
  return {
    sheetIndex,
    sheetName,
    type: chart.type,
    title: chart.title,
    categoryRange: { col: ws.getColumn(chart.categoryColumn + 1).letter, firstRow: main.firstDataRow, lastRow: main.lastDataRow },
    valueRange: { col: ws.getColumn(chart.valueColumn + 1).letter, firstRow: main.firstDataRow, lastRow: main.lastDataRow },
    categories: rows.map((r) => String(r[chart.categoryColumn] ?? '')),
    values: rows.map((r) => Number(r[chart.valueColumn] ?? 0)),
    anchor: { col: columns.length + 1, row: main.headerRow - 1 },
  };
}

type LinkTarget = (link: CellLink) => string | undefined;

function writeSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet, target: LinkTarget): void {
  const layout = sheetLayout(sheet);
  const widths = sheetColumnWidths(sheet);
  // Each preamble line spans the table's width and wraps there: a long line left to spill would widen the printed
  // page and shrink every table on it.
  const span = widths.reduce((a, b) => a + b, 0);
  // Row 1 says whose sheet this is, as the add-in's marker does, so both writers lay rows out alike (layout.ts).
  const mark = ws.getCell(1, 1);
  mark.value = `School Resource Review: ${sheet.name}. Running the review again replaces this sheet; the team's notes on Flags are kept.`;
  mark.font = { size: 8, color: { argb: 'FF808080' } };
  sheet.preamble.forEach((line, i) => {
    const rowNumber = MARK_ROWS + i + 1;
    const cell = ws.getCell(rowNumber, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
    if (widths.length > 1) ws.mergeCells(rowNumber, 1, rowNumber, widths.length);
    const lines = textLines(line, i === 0 ? span * 0.75 : span);
    if (lines > 1 || i === 0) ws.getRow(rowNumber).height = lines * (i === 0 ? 20 : LINE_HEIGHT_POINTS);
  });
  writeTable(ws, sheet.table, layout.main, target);
  (sheet.moreTables ?? []).forEach((sub, i) => {
    const place = layout.more[i];
    const title = ws.getCell(place.titleRow, 1);
    title.value = sub.title;
    title.font = { bold: true, size: 12 };
    writeTable(ws, sub.table, place, target);
  });
  widths.forEach((width, c) => {
    ws.getColumn(c + 1).width = width;
  });

  // Only the header is frozen: the preamble scrolls away rather than holding half the window.
  const { main } = layout;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: main.headerRow, topLeftCell: `A${main.firstDataRow}`, activeCell: `A${main.firstDataRow}` }];
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    // 0 = as many pages tall as the rows need: one page wide, never shrunk to one unreadable page.
    fitToHeight: 0,
    // The header repeats on every printed page; not on a sheet of several tables, where it would head the wrong one.
    ...(sheet.moreTables?.length ? {} : { printTitlesRow: `${main.headerRow}:${main.headerRow}` }),
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&L&A&RPage &P of &N' };
}

function writeTable(ws: ExcelJS.Worksheet, table: ReportTable, place: TablePlace, target: LinkTarget): void {
  const { headerRow, firstDataRow } = place;
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
    // The header carries its own style: LibreOffice and printouts do not draw Excel's table style.
    const header = ws.getCell(headerRow, c + 1);
    header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    header.border = { bottom: { style: 'thin', color: { argb: 'FF1F3864' } } };
    header.alignment = { wrapText: true, vertical: 'top' };
    // Numbers keep a space on their right, so "149" never runs into the text of the next column.
    const alignment: Partial<ExcelJS.Alignment> =
      column.type === 'notes' || column.wrap
        ? { wrapText: true, vertical: 'top' }
        : TEXT_TYPES.has(column.type)
          ? { vertical: 'top' }
          : { vertical: 'top', horizontal: 'right', indent: 1 };
    const font: Partial<ExcelJS.Font> | undefined = column.muted ? { size: 8, color: { argb: 'FF808080' } } : undefined;
    // One style object per cell type, shared by the column's cells: exceljs files a style it has seen by identity,
    // where a style per cell cost a serialisation each (2.4 s of a 100,000-section review).
    const styles = new Map<ColumnType, Partial<ExcelJS.Style>>();
    const styleOf = (type: ColumnType): Partial<ExcelJS.Style> => {
      let style = styles.get(type);
      if (!style) {
        style = {
          numFmt: NUMBER_FORMATS[type],
          // Words in a column of numbers ("not in this workbook", "counted in Common planning") wrap from the left:
          // right-aligned, they would be cut at the column's left edge.
          alignment: TEXT_TYPES.has(type) && !TEXT_TYPES.has(column.type) ? { wrapText: true, vertical: 'top' } : alignment,
          ...(font ? { font } : {}),
        };
        styles.set(type, style);
      }
      return style;
    };
    for (let r = 0; r < table.rows.length; r++) {
      ws.getCell(firstDataRow + r, c + 1).style = styleOf(table.cellTypes?.[r]?.[c] ?? column.type);
    }
  });

  if (table.columns.some((c) => c.wrap || c.type === 'notes')) {
    for (let r = 0; r < table.rows.length; r++) {
      const lines = wrappedLines(table, r);
      if (lines > 1) ws.getRow(firstDataRow + r).height = lines * LINE_HEIGHT_POINTS;
    }
  }

  for (const [r, byColumn] of Object.entries(table.links ?? {})) {
    for (const [c, link] of Object.entries(byColumn)) {
      const href = target(link);
      const value = rows[Number(r)]?.[Number(c)];
      if (!href || value === null || value === undefined || value === '') continue;
      const cell = ws.getCell(firstDataRow + Number(r), Number(c) + 1);
      cell.value = { text: String(value), hyperlink: href, tooltip: `${link.sheet}!${link.range}` };
      // A copy: the cell's style is shared with its column (above), which keeps its own font.
      cell.style = linkStyle(cell.style);
    }
  }

  (table.conditionalFormats ?? []).forEach((rule, priority) => {
    const letter = ws.getColumn(rule.column + 1).letter;
    ws.addConditionalFormatting({
      ref: `${letter}${firstDataRow}:${letter}${firstDataRow + rows.length - 1}`,
      rules: [highlightRule(rule, `${letter}${firstDataRow}`, priority + 1)],
    });
  });
}

const TEXT_TYPES = new Set<ColumnType>(['text', 'notes']);

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };
/** The linked version of each shared cell style, made once per style so linked cells share it too. */
const linkStyles = new WeakMap<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
function linkStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  let linked = linkStyles.get(style);
  if (!linked) {
    linked = { ...style, font: LINK_FONT };
    linkStyles.set(style, linked);
  }
  return linked;
}

/** Dark blue with white text: readable printed in grey, and the same as the add-in's header. */
const HEADER_FILL = 'FF1F4E78';

/** Column widths serve every table of the sheet: the widest a column asks for in any of them. */
function sheetColumnWidths(sheet: ReportSheet): number[] {
  const widths: number[] = [];
  for (const table of [sheet.table, ...(sheet.moreTables ?? []).map((m) => m.table)]) {
    table.columns.forEach((column, c) => {
      widths[c] = Math.max(widths[c] ?? 0, columnWidth(column));
    });
  }
  return widths;
}

/** Wide enough for the asked width and for the header's longest word, so no header is cut ("Unique stude…"). */
function columnWidth(column: ReportColumn): number {
  const longestWord = Math.max(...column.header.split(/\s+/).map((w) => w.length));
  return Math.max(column.width ?? 10, longestWord + 3, column.wrap ? 0 : Math.min(column.header.length + 3, 40));
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
