import type ExcelJS from 'exceljs';
import type { CellLink, ColumnType, ConditionalRule, Report, ReportSheet, ReportTable, ReportValue } from '../engine/types';
import {
  CHART_HEIGHT_POINTS,
  CHART_WIDTH_POINTS,
  headerLines,
  LINE_HEIGHT_POINTS,
  MARK_ROWS,
  sheetColumnWidths,
  sheetLayout,
  textLines,
  wrappedLines,
  type TablePlace,
} from '../engine/report/layout';
import { quoteSheetName } from '../engine/parse/values';
import { highlightCondition, SEVERITY_COLOURS } from '../engine/report/highlight';
import { formulaText, reportCellResolver, type CellResolver } from '../engine/report/formula';
import { INPUT_STYLE } from '../engine/report/inputStyle';
import { groupColours } from '../engine/report/chartColours';
import { formulaNumberFormat, NUMBER_FORMATS } from '../engine/report/numberFormats';
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
  const resolve = reportCellResolver(report, sheetNames);
  report.sheets.forEach((sheet, i) => {
    const ws = workbook.addWorksheet(sheetNames[i]);
    writeSheet(ws, sheet, target, { resolve, sheetName: sheetNames[i] });
    charts.push(...sheetCharts(sheet, sheetNames[i], i + 1, ws));
  });
  // Added after the report's sheets so the charts keep the sheet numbers they were given above.
  workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' }).getCell('A1').value = MARKER_TEXT;
  // Stored, then deflated once by Node's zlib (zipDeflate.ts): jszip's JavaScript deflate took a third of the write.
  const stored = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  await writeFileAtomic(outPath, await deflateStoredZip(charts.length ? await addCharts(stored, charts) : stored));
}

/** The charts of a sheet's tables: above a table where the report places them so, else right of it. */
function sheetCharts(sheet: ReportSheet, sheetName: string, sheetIndex: number, ws: ExcelJS.Worksheet): ChartPart[] {
  const layout = sheetLayout(sheet);
  const tables = [{ table: sheet.table, place: layout.main }, ...(sheet.moreTables ?? []).map((m, i) => ({ table: m.table, place: layout.more[i] }))];
  return tables.flatMap(({ table, place }) => {
    const part = chartPart(table, place, sheetName, sheetIndex, ws);
    return part ? [part] : [];
  });
}

/** A table's chart over its own category and value cells. */
/** Each bar's colour, by its row's group word (the same colours the engine named in the chart's title). */
function pointColours(rows: ReportValue[][], column: number): string[] {
  const colours = groupColours(rows.map((r) => r[column]));
  return rows.map((r) => colours.get(String(r[column] ?? ''))!.hex);
}

function chartPart(table: ReportTable, place: TablePlace, sheetName: string, sheetIndex: number, ws: ExcelJS.Worksheet): ChartPart | undefined {
  const { chart, rows, columns } = table;
  if (!chart || rows.length === 0) return undefined;
  const column = (c: number) => ({ col: ws.getColumn(c + 1).letter, firstRow: place.firstDataRow, lastRow: place.lastDataRow });
  const numbers = (c: number) => rows.map((r) => (typeof r[c] === 'number' && Number.isFinite(r[c]) ? (r[c] as number) : null));
  const part: ChartPart = {
    sheetIndex,
    sheetName,
    type: chart.type,
    title: chart.title,
    categoryRange: column(chart.categoryColumn),
    valueRange: column(chart.valueColumn),
    categories: rows.map((r) => String(r[chart.categoryColumn] ?? '')),
    values: numbers(chart.valueColumn),
    valueIsMoney: columns[chart.valueColumn]?.type === 'currency',
    ...(chart.colourByColumn !== undefined ? { pointColours: pointColours(rows, chart.colourByColumn) } : {}),
    anchor: place.chartRow !== undefined ? { col: 0, row: place.chartRow - 1 } : { col: columns.length + 1, row: place.headerRow - 1 },
    // Above its table the chart fills exactly the rows the layout keeps for it, whatever its type.
    ...(place.chartRow !== undefined ? { size: { width: CHART_WIDTH_POINTS, height: CHART_HEIGHT_POINTS } } : {}),
  };
  if (chart.type !== 'column' && chart.type !== 'stackedColumn') return part;
  const series = (c: number, line: boolean) => ({ name: columns[c].header, nameRow: place.headerRow, range: column(c), values: numbers(c), line });
  return {
    ...part,
    series: [
      series(chart.valueColumn, false),
      ...(chart.moreValueColumns ?? []).map((c) => series(c, false)),
      ...(chart.lineColumns ?? []).map((c) => series(c, true)),
    ],
    categoryAxisTitle: chart.categoryAxisTitle,
    valueAxisTitle: chart.valueAxisTitle,
  };
}

type LinkTarget = (link: CellLink) => string | undefined;

/** How a sheet's formulas name cells: every table's place, and the name this sheet was written under. */
interface FormulaPlace {
  resolve: CellResolver;
  sheetName: string;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet, target: LinkTarget, formulas: FormulaPlace): void {
  const layout = sheetLayout(sheet);
  const widths = sheetColumnWidths(sheet);
  // Each preamble line spans the table's width and wraps there: a long line left to spill would widen the printed
  // page and shrink every table on it.
  const span = widths.reduce((a, b) => a + b, 0);
  // Row 1 says whose sheet this is, as the add-in's marker does, so both writers lay rows out alike (layout.ts).
  const mark = ws.getCell(1, 1);
  mark.value = `School Resource Review: ${sheet.name}. Running the review again replaces this sheet; the team's notes on Flags are kept.`;
  mark.font = font({ size: 8, color: { argb: 'FF808080' } });
  sheet.preamble.forEach((line, i) => {
    const rowNumber = MARK_ROWS + i + 1;
    const cell = ws.getCell(rowNumber, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = font({ bold: true, size: 14 });
    if (widths.length > 1) ws.mergeCells(rowNumber, 1, rowNumber, widths.length);
    const lines = textLines(line, i === 0 ? span * 0.75 : span);
    if (lines > 1 || i === 0) ws.getRow(rowNumber).height = lines * (i === 0 ? 20 : LINE_HEIGHT_POINTS);
  });
  writeTable(ws, sheet.table, layout.main, target, widths, formulas);
  (sheet.moreTables ?? []).forEach((sub, i) => {
    const place = layout.more[i];
    // A table under a chart starts a printed page, so no chart is cut in two by a page break.
    if (place.chartRow !== undefined) ws.getRow(place.titleRow - 1).addPageBreak();
    const title = ws.getCell(place.titleRow, 1);
    title.value = sub.title;
    title.font = font({ bold: true, size: 12 });
    writeTable(ws, sub.table, place, target, widths, formulas);
  });
  widths.forEach((width, c) => {
    // exceljs leaves out a width of 9, its own default, and Excel and LibreOffice then draw their default (8.43).
    ws.getColumn(c + 1).width = width === EXCELJS_DEFAULT_WIDTH ? width + 0.01 : width;
  });

  // Only the header is frozen: the preamble scrolls away rather than holding half the window. Not under a chart placed
  // above the table (the Charts sheet): freezing it with the header would hold the whole window.
  const { main } = layout;
  if (main.chartRow === undefined) {
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: main.headerRow, topLeftCell: `A${main.firstDataRow}`, activeCell: `A${main.firstDataRow}` }];
  }
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

function writeTable(
  ws: ExcelJS.Worksheet,
  table: ReportTable,
  place: TablePlace,
  target: LinkTarget,
  widths: number[],
  formulas: FormulaPlace,
): void {
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
    header.font = font({ bold: true, color: { argb: 'FFFFFFFF' } });
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
    const muted: Partial<ExcelJS.Font> | undefined = column.muted ? font({ size: 8, color: { argb: 'FF808080' } }) : undefined;
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
          ...(muted ? { font: muted } : {}),
          ...(column.input ? INPUT_CELL_STYLE : {}),
        };
        styles.set(type, style);
      }
      return style;
    };
    for (let r = 0; r < table.rows.length; r++) {
      ws.getCell(firstDataRow + r, c + 1).style = styleOf(table.cellTypes?.[r]?.[c] ?? column.type);
    }
  });

  // Live formulas, with the engine's own value cached so a reader that does not recalculate still shows it.
  for (const [r, byColumn] of Object.entries(table.formulas ?? {})) {
    for (const [c, expr] of Object.entries(byColumn)) {
      const cell = ws.getCell(firstDataRow + Number(r), Number(c) + 1);
      const result = rows[Number(r)]?.[Number(c)];
      const formula = formulaText(expr, formulas.resolve, formulas.sheetName).slice(1);
      // Not Text (@): a formula entered later into a Text cell would stay the text of the formula (as the add-in's).
      const type = table.cellTypes?.[Number(r)]?.[Number(c)] ?? table.columns[Number(c)].type;
      if (TEXT_TYPES.has(type)) cell.numFmt = formulaNumberFormat(type);
      cell.value = result === null || result === undefined ? { formula } : { formula, result: toCellValue(result) as number | string | boolean };
    }
  }

  // A header of several words wraps within its column; the row grows for it (LibreOffice does not grow it itself).
  const headLines = headerLines(table.columns, widths);
  if (headLines > 1) ws.getRow(headerRow).height = headLines * LINE_HEIGHT_POINTS;

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

/** The principal's input cells look like Excel's "Input" cell style and stay unlocked if the sheet is protected. */
const INPUT_EDGE = { style: 'thin' as const, color: { argb: argb(INPUT_STYLE.border) } };
const INPUT_CELL_STYLE: Partial<ExcelJS.Style> = {
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(INPUT_STYLE.fill) } },
  font: font({ color: { argb: argb(INPUT_STYLE.font) } }),
  border: { top: INPUT_EDGE, left: INPUT_EDGE, bottom: INPUT_EDGE, right: INPUT_EDGE },
  protection: { locked: false },
};

/** exceljs's DEFAULT_COLUMN_WIDTH: a column of this width is written without one. */
const EXCELJS_DEFAULT_WIDTH = 9;

/**
 * A cell font in the workbook's own face: exceljs replaces a cell's whole font, so a font without a name (a bold
 * header, a link) fell back to LibreOffice's default serif face beside the Calibri (Carlito) of every other cell.
 */
function font(style: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> {
  return { name: 'Calibri', family: 2, size: 11, ...style };
}

const LINK_FONT: Partial<ExcelJS.Font> = font({ color: { argb: 'FF0563C1' }, underline: true });
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
