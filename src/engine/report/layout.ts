import type { ColumnType, ReportColumn, ReportSheet, ReportTable } from '../types';

// Where each part of a result sheet goes, decided once for both writers (the .xlsx writer and the office-js
// writer), so a link to "the third flag" or "the Summary's findings" lands on the same row whichever wrote it.
// Row 1 is the writer's mark: the add-in's ownership marker (bridge/ownership.ts), the command line's note that the
// sheet is the review's. The preamble starts on row 2.

/** Rows above the preamble that the writer uses to mark the sheet as the review's own. */
export const MARK_ROWS = 1;

export interface TablePlace {
  /** 1-based sheet row of the table's title line (sub-tables only; 0 for the main table, which has the preamble). */
  titleRow: number;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 1-based sheet row of the first data row; an empty table keeps one blank data row (an Excel table needs one). */
  firstDataRow: number;
  /** 1-based sheet row of the last data row. */
  lastDataRow: number;
  /** 1-based sheet row where a chart placed above the table starts (CHART_ABOVE_ROWS rows above the header). */
  chartRow?: number;
}

/** A chart above its table is as wide as a landscape page's printable width, and 20 default rows tall. */
export const CHART_WIDTH_POINTS = 700;
export const CHART_HEIGHT_POINTS = 300;
/** Rows kept for a chart above its table: its height in default rows, and a blank row under it. */
export const CHART_ABOVE_ROWS = 21;

/** Whether a table's chart sits above it: only a table with rows is charted, and only it takes the room. */
function chartRowsAbove(table: ReportTable): number {
  return table.chart?.place === 'above' && table.rows.length > 0 ? CHART_ABOVE_ROWS : 0;
}

/**
 * The mark on row 1, the preamble from row 2, then the main table one blank row below the preamble; each further
 * table one blank row below the last, under its title. A chart placed above its table takes CHART_ABOVE_ROWS rows
 * between the preamble (or the title) and the header.
 */
export function sheetLayout(sheet: ReportSheet): { main: TablePlace; more: TablePlace[] } {
  const mainChart = chartRowsAbove(sheet.table);
  const headerRow = MARK_ROWS + sheet.preamble.length + 2 + mainChart;
  const main = place(0, headerRow, sheet.table.rows.length);
  if (mainChart) main.chartRow = headerRow - mainChart;
  const more: TablePlace[] = [];
  let end = main.lastDataRow;
  for (const sub of sheet.moreTables ?? []) {
    const titleRow = end + 2;
    const chart = chartRowsAbove(sub.table);
    const next = place(titleRow, titleRow + 1 + chart, sub.table.rows.length);
    if (chart) next.chartRow = titleRow + 1;
    more.push(next);
    end = next.lastDataRow;
  }
  return { main, more };
}

function place(titleRow: number, headerRow: number, rows: number): TablePlace {
  return { titleRow, headerRow, firstDataRow: headerRow + 1, lastDataRow: headerRow + Math.max(rows, 1) };
}

/**
 * Characters of running text per unit of column width: a width unit is one '0' of the default font, and text
 * averages narrower letters. Measured on the rendered case studies (LibreOffice, DejaVu Sans): 60 units held
 * 75-80 characters; the lower figure keeps a row from being cut.
 */
const CHARACTERS_PER_WIDTH_UNIT = 1.2;
/** Points per line of 11-point text: Excel's default row height. */
const LINE_HEIGHT_POINTS = 15;
/** A wrapped row grows to show its whole text, up to this many lines; past it the cell scrolls (Excel's own limit is 409 points). */
const MAX_LINES = 24;

/**
 * Lines a row needs to show its wrapped cells whole, estimated by words per column width (a width unit is about one
 * character). Writers set the row height from it: Excel on the web and LibreOffice do not grow a row for wrapped
 * text that a program wrote, so without it the text overlaps the next row or is cut.
 */
export function wrappedLines(table: ReportTable, rowIndex: number): number {
  let lines = 1;
  const row = table.rows[rowIndex];
  table.columns.forEach((column, c) => {
    if (!cellWraps(column, table.cellTypes?.[rowIndex]?.[c])) return;
    const value = row?.[c];
    if (typeof value !== 'string' || value.length === 0) return;
    lines = Math.max(lines, textLines(value, column.width ?? 10));
  });
  return Math.min(lines, MAX_LINES);
}

/**
 * The height in points both writers give data row `rowIndex` of the table, undefined for one line (Excel's default
 * height). Every table is measured, not only one with wrapping columns: words in a column of numbers wrap too.
 */
export function dataRowHeight(table: ReportTable, rowIndex: number): number | undefined {
  const lines = wrappedLines(table, rowIndex);
  return lines > 1 ? lines * LINE_HEIGHT_POINTS : undefined;
}

/**
 * Whether a cell's text wraps within its column, for both writers and the row heights alike: findings, levers,
 * sources and notes (a wrapping or notes column), and words in a column of numbers ("not in this workbook"), which
 * right-aligned on one line would be cut at the column's left edge. `cellType` is the cell's own type, if it has one.
 */
export function cellWraps(column: ReportColumn, cellType?: ColumnType): boolean {
  if (column.wrap || column.type === 'notes') return true;
  return !isTextType(column.type) && cellType !== undefined && isTextType(cellType);
}

/** Text, not a number: the types whose cells hold words. */
export function isTextType(type: ColumnType): boolean {
  return type === 'text' || type === 'notes';
}

/** Lines a text wraps to in a cell (or merged cells) of this width. */
export function textLines(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * CHARACTERS_PER_WIDTH_UNIT));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/)) {
      if (word.length === 0) continue;
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? Math.ceil(word.length / perLine) - 1 : Math.ceil(word.length / perLine);
        used = word.length % perLine || perLine;
      }
    }
  }
  return lines;
}

/**
 * A column's width: as asked, and wide enough for the header's longest word (with room for the bold face), so no
 * header word is cut ("Unique stude…"). A header of several words wraps onto more lines instead of widening the
 * column (headerLines gives the header row's height): a wide header used to widen the printed page.
 */
export function columnWidth(column: ReportColumn): number {
  const longestWord = Math.max(...column.header.split(/\s+/).map((w) => w.length));
  // Bold letters run about a tenth wider than a width unit's '0'; one unit more for the cell's margins.
  return Math.max(column.width ?? 10, Math.ceil(longestWord * 1.1) + 1);
}

/** Column widths serve every table of the sheet: the widest a column asks for in any of them. */
export function sheetColumnWidths(sheet: ReportSheet): number[] {
  const widths: number[] = [];
  for (const table of [sheet.table, ...(sheet.moreTables ?? []).map((m) => m.table)]) {
    table.columns.forEach((column, c) => {
      widths[c] = Math.max(widths[c] ?? 0, columnWidth(column));
    });
  }
  return widths;
}

/** Lines the header row needs for every header to show whole at its column's width (bold text runs wider). */
export function headerLines(columns: readonly ReportColumn[], widths: readonly number[]): number {
  let lines = 1;
  columns.forEach((column, c) => {
    lines = Math.max(lines, textLines(column.header, (widths[c] ?? columnWidth(column)) * BOLD_WIDTH_FACTOR));
  });
  return Math.min(lines, MAX_LINES);
}

/** The header row's height in points when a header wraps to several lines; undefined for one line. */
export function headerRowHeight(columns: readonly ReportColumn[], widths: readonly number[]): number | undefined {
  const lines = headerLines(columns, widths);
  return lines > 1 ? lines * LINE_HEIGHT_POINTS : undefined;
}

/** Bold text takes about a tenth more width than regular. */
const BOLD_WIDTH_FACTOR = 0.9;

/** Excel's highest row: "Excel specifications and limits" (support.microsoft.com), row height 409 points. */
export const MAX_ROW_HEIGHT_POINTS = 409;

/** The preamble's first line is the sheet's title, in bold of this size (both writers' title style). */
export const TITLE_FONT_POINTS = 14;
/** Points per line of the title: Excel's own row height for 14-point text. */
const TITLE_LINE_HEIGHT_POINTS = 18.75;
/**
 * The share of a width the title's letters get, against 11-point text: measured on the rendered case studies
 * (LibreOffice, DejaVu Sans Bold 14 pt), the Flags page's 176 units held 146-151 title characters a line, 0.85 a unit,
 * where 11-point text holds 1.25-1.33; 0.65 of the width (0.78 a unit) keeps the same margin as the text's 1.2. The
 * size alone (11/14) with BOLD_WIDTH_FACTOR gave 0.71, and the Flags title's third line was cut in print.
 */
const TITLE_WIDTH_FACTOR = 0.65;

/**
 * The height of preamble row `index` (0 = the title) across `span` width units, so its wrapped text shows whole:
 * Excel on the web and LibreOffice do not grow a row for text a program wrote. Undefined leaves one line of 11-point
 * text at the default height.
 */
export function preambleRowHeight(line: string, index: number, span: number): number | undefined {
  // 24 title lines would be 450 points, past the highest row Excel holds; the add-in's request would be refused.
  if (index === 0) return Math.min(Math.min(textLines(line, span * TITLE_WIDTH_FACTOR), MAX_LINES) * TITLE_LINE_HEIGHT_POINTS, MAX_ROW_HEIGHT_POINTS);
  const lines = Math.min(textLines(line, span), MAX_LINES);
  return lines > 1 ? lines * LINE_HEIGHT_POINTS : undefined;
}
