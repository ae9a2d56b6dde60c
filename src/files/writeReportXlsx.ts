import type { CellLink, ColumnType, Report, ReportSheet, ReportTable } from '../engine/types';
import { cellWraps, dataRowHeight, isTextType, headerRowHeight, MARK_ROWS, preambleRowHeight, sheetColumnWidths, sheetLayout, TITLE_FONT_POINTS, type TablePlace } from '../engine/report/layout';
import { quoteSheetName } from '../engine/parse/values';
import { bannerText } from '../engine/report/banner';
import { highlightCondition, SEVERITY_COLOURS } from '../engine/report/highlight';
import { formulaText, reportCellResolver, type CellResolver } from '../engine/report/formula';
import { INPUT_STYLE } from '../engine/report/inputStyle';
import { cleanTableName, uniqueSheetNames, uniqueTableName } from '../engine/report/names';
import { formulaNumberFormat, NUMBER_FORMATS } from '../engine/report/numberFormats';
import { chartFiles, type ChartPart } from './xlsxChart';
import { writeFileAtomic, type AtomicWriteOptions } from './atomicWrite';
import { StreamedPart, zipEntries, zipEntry, type ZipEntry, type ZipPart } from './zipDeflate';
import { packageFiles, type SheetEntry } from './xlsxWrite/package';
import { sheetCharts } from './xlsxWrite/reportCharts';
import { SharedStrings } from './xlsxWrite/sharedStrings';
import { letter, SheetXml } from './xlsxWrite/sheetXml';
import { type CellStyle, type FontStyle, StyleSheet } from './xlsxWrite/styles';
import { tableXml } from './xlsxWrite/tableXml';
import { relationshipsXml } from './xlsxWrite/xml';

export interface WriteReportOptions {
  /**
   * Where a link to the user's own sheet points, as a hyperlink target (e.g. "school.xlsx#'Sections'!A5:K9"),
   * because the results go to a separate workbook; undefined leaves the cell without a link.
   */
  sourceLink?: (link: CellLink) => string | undefined;
  /** Passed to writeFileAtomic: the last check before the new workbook replaces the file at the output path. */
  beforeReplace?: AtomicWriteOptions['beforeReplace'];
}

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
 *
 * The SpreadsheetML is written here, straight from the report (xlsxWrite/): exceljs built a cell object for each of a
 * 100,000-section review's million cells and then rendered them, most of the run and a third of it collecting garbage.
 */
export async function writeReportXlsx(report: Report, outPath: string, options: WriteReportOptions = {}): Promise<void> {
  const sheetNames = writtenSheetNames(report);
  const internal = new Map(report.sheets.map((s, i) => [s.name, sheetNames[i]]));
  const target: LinkTarget = (link) => {
    const own = internal.get(link.sheet);
    // The range's top-left cell: the link lands on the row without selecting a block the reader might type over.
    if (own !== undefined) return { location: `${quoteSheetName(own)}!${link.range.split(':')[0]}` };
    const external = options.sourceLink?.(link);
    return external === undefined ? undefined : { target: external };
  };
  const charts: ChartPart[] = report.sheets.flatMap((sheet, i) => sheetCharts(sheet, sheetNames[i], i + 1));
  const drawn = chartFiles(charts);

  const book: Book = { strings: new SharedStrings(), styles: new StyleSheet(), tables: [], resolve: reportCellResolver(report, sheetNames) };
  const parts: Promise<ZipEntry>[] = [];
  const entries: SheetEntry[] = [];
  report.sheets.forEach((sheet, i) => {
    const { printTitleRow } = writeSheet(sheet, bannerText(report, sheet.name), i + 1, sheetNames[i], target, book, drawn.drawingBySheet.get(i + 1), parts);
    entries.push({ name: sheetNames[i], printTitleRow });
  });
  // After the report's sheets, so the charts keep the sheet numbers they were given above.
  const markerPart = new StreamedPart(`xl/worksheets/sheet${report.sheets.length + 1}.xml`);
  const marker = new SheetXml(book.strings, (xml) => markerPart.write(xml), { lastRow: 1, lastColumn: 0, widths: [], frozenRows: 0, printed: false });
  marker.row(1, marker.cell('A1', 0, MARKER_TEXT));
  marker.end();
  parts.push(markerPart.end());
  entries.push({ name: MARKER_SHEET, state: 'veryHidden' });

  const tables = book.tables.map((t) => `xl/tables/table${t.id}.xml`);
  const meta = packageFiles({ sheets: entries, tables, charts: drawn.charts, drawings: drawn.drawings, creator: 'School Resource Review', modified: new Date() });
  const rest: ZipPart[] = [
    ...book.tables.map((t, k) => ({ name: tables[k], data: tableXml(t) })),
    ...drawn.files,
    { name: 'xl/styles.xml', data: book.styles.xml() },
    { name: 'xl/sharedStrings.xml', data: book.strings.xml() },
  ];
  // [Content_Types].xml first, as Office writes it (some readers sniff the first entry).
  const written = await Promise.all([...meta.map(zipEntry), ...parts, ...rest.map(zipEntry)]);
  await writeFileAtomic(outPath, zipEntries(written), { beforeReplace: options.beforeReplace });
}

/**
 * The names writeReportXlsx gives the report's sheets, in order (engine/report/names.ts: Excel's rules, unique). The
 * one list of them, for the writer and for a run that must tell its own sheets from a user's in the earlier output
 * (cli/keepUserSheets.ts): a sheet the writer renamed would otherwise read as the user's, and be kept as such.
 */
export function writtenSheetNames(report: Pick<Report, 'sheets'>): string[] {
  return uniqueSheetNames(report.sheets.map((s) => s.name));
}

/** What the sheets share: the text, the styles, the tables (numbered across the workbook), and formula references. */
interface Book {
  strings: SharedStrings;
  styles: StyleSheet;
  tables: { id: number; name: string; ref: string; columns: string[] }[];
  resolve: CellResolver;
}

type LinkTarget = (link: CellLink) => { location: string } | { target: string } | undefined;

/**
 * Writes report sheet n as xl/worksheets/sheet{n}.xml (and its relationships), adding the parts' promises to `parts`;
 * returns the row repeated on each printed page, if any.
 */
function writeSheet(
  sheet: ReportSheet,
  banner: string,
  n: number,
  sheetName: string,
  target: LinkTarget,
  book: Book,
  drawing: { relId: string; target: string } | undefined,
  parts: Promise<ZipEntry>[],
): { printTitleRow?: number } {
  const layout = sheetLayout(sheet);
  const widths = sheetColumnWidths(sheet);
  const lastColumn = widths.length - 1;
  const { styles } = book;
  const { main, more } = layout;
  const part = new StreamedPart(`xl/worksheets/sheet${n}.xml`);
  const ws = new SheetXml(book.strings, (xml) => part.write(xml), {
    lastRow: Math.max(MARK_ROWS + sheet.preamble.length, main.lastDataRow, ...more.map((m) => m.lastDataRow)),
    lastColumn,
    widths,
    // Only the header is frozen: the preamble scrolls away rather than holding half the window. Not under a chart
    // placed above the table (the Charts sheet): freezing it with the header would hold the whole window.
    frozenRows: main.chartRow === undefined ? main.headerRow : 0,
    printed: true,
  });
  // Each preamble line spans the table's width and wraps there: a long line left to spill would widen the printed
  // page and shrink every table on it.
  const span = widths.reduce((a, b) => a + b, 0);
  // Row 1 says whose sheet this is and what the next run does to it (the report's banner), as the add-in's marker
  // does, so both writers lay rows out alike (layout.ts).
  ws.row(1, ws.cell('A1', styles.xf(MARK_STYLE), banner));
  sheet.preamble.forEach((line, i) => {
    const rowNumber = MARK_ROWS + i + 1;
    const style = styles.xf(i === 0 ? PREAMBLE_TITLE_STYLE : PREAMBLE_STYLE);
    // The merged cells carry the first cell's style too, as Excel gives them when it merges.
    let cells = ws.cell(`A${rowNumber}`, style, line);
    for (let c = 1; c <= lastColumn; c++) cells += ws.cell(`${letter(c)}${rowNumber}`, style, null);
    if (widths.length > 1) ws.merge(`A${rowNumber}:${letter(lastColumn)}${rowNumber}`);
    ws.row(rowNumber, cells, preambleRowHeight(line, i, span));
  });
  writeTable(ws, sheet.table, layout.main, target, widths, sheetName, book);
  (sheet.moreTables ?? []).forEach((sub, i) => {
    const place = more[i];
    // A table under a chart starts a printed page, so no chart is cut in two by a page break.
    if (place.chartRow !== undefined) ws.pageBreakAfter(place.titleRow - 1);
    ws.row(place.titleRow, ws.cell(`A${place.titleRow}`, styles.xf(TITLE_STYLE), sub.title));
    writeTable(ws, sub.table, place, target, widths, sheetName, book);
  });
  if (drawing) ws.drawing(drawing);
  const rels = ws.end();
  parts.push(part.end());
  if (rels.length) parts.push(zipEntry({ name: `xl/worksheets/_rels/sheet${n}.xml.rels`, data: relationshipsXml(rels) }));
  // The header repeats on every printed page; not on a sheet of several tables, where it would head the wrong one.
  return sheet.moreTables?.length ? {} : { printTitleRow: main.headerRow };
}

function writeTable(ws: SheetXml, table: ReportTable, place: TablePlace, target: LinkTarget, widths: number[], sheetName: string, book: Book): void {
  const { headerRow, firstDataRow } = place;
  const { columns, rows } = table;
  const { styles } = book;
  const lastColumn = columns.length - 1;
  // An Excel table needs at least one data row; an empty result keeps one blank row.
  const dataRows = Math.max(rows.length, 1);
  book.tables.push({
    id: book.tables.length + 1,
    // Unique among the book's tables (engine/report/names.ts): Excel repairs a workbook whose tables share a name by
    // deleting one. Formulas do not use the names: they reach cells through the layout (report/formula.ts).
    name: uniqueTableName(cleanTableName(table.name, String(book.tables.length + 1)), new Set(book.tables.map((t) => t.name.toLowerCase()))),
    ref: `A${headerRow}:${letter(lastColumn)}${headerRow + dataRows}`,
    columns: columns.map((c) => c.header),
  });
  ws.table(`../tables/table${book.tables.length}.xml`);

  // A header of several words wraps within its column; the row grows for it (LibreOffice does not grow it itself).
  // The header carries its own style: LibreOffice and printouts do not draw Excel's table style.
  const header = styles.xf(HEADER_STYLE);
  ws.row(headerRow, columns.map((c, i) => ws.cell(`${letter(i)}${headerRow}`, header, c.header)).join(''), headerRowHeight(columns, widths));

  const looks = columns.map((column) => new ColumnLooks(column, styles));
  for (let r = 0; r < rows.length; r++) {
    const rowNumber = firstDataRow + r;
    const values = rows[r];
    const types = table.cellTypes?.[r];
    const formulas = table.formulas?.[r];
    const links = table.links?.[r];
    let cells = '';
    for (let c = 0; c <= lastColumn; c++) {
      const ref = `${letter(c)}${rowNumber}`;
      const type = types?.[c] ?? columns[c].type;
      const value = values[c] ?? null;
      const link = links?.[c];
      const href = link && value !== '' && value !== null ? target(link) : undefined;
      if (link && href) {
        cells += ws.cell(ref, looks[c].linked(type), String(value));
        ws.hyperlink(ref, href, `${link.sheet}!${link.range}`);
        continue;
      }
      const formula = formulas?.[c];
      // Live formulas, with the engine's own value cached so a reader that does not recalculate still shows it.
      cells += formula
        ? ws.formulaCell(ref, looks[c].formula(type), formulaText(formula, book.resolve, sheetName).slice(1), value)
        : ws.cell(ref, looks[c].plain(type), value);
    }
    ws.row(rowNumber, cells, dataRowHeight(table, r));
  }

  (table.conditionalFormats ?? []).forEach((rule) => {
    const column = letter(rule.column);
    const colours = SEVERITY_COLOURS[rule.severity];
    // An expression rule, not cellIs, so blanks are never coloured (see highlightCondition).
    ws.conditionalFormat({
      sqref: `${column}${firstDataRow}:${column}${firstDataRow + dataRows - 1}`,
      formula: highlightCondition(rule, `${column}${firstDataRow}`),
      dxfId: styles.dxf({ fill: argb(colours.fill), font: argb(colours.font) }),
    });
  });
}

/** A column's cell styles by cell type, made once per type: plain, as a link, and holding a formula. */
class ColumnLooks {
  private readonly plainStyles = new Map<ColumnType, number>();
  private readonly linkStyles = new Map<ColumnType, number>();
  private readonly formulaStyles = new Map<ColumnType, number>();
  private readonly alignment: CellStyle['alignment'];

  constructor(
    private readonly column: ReportTable['columns'][number],
    private readonly styles: StyleSheet,
  ) {
    // Numbers keep a space on their right, so "149" never runs into the text of the next column.
    this.alignment = cellWraps(column) ? WRAP_TOP : isTextType(column.type) ? TOP : RIGHT_INDENTED;
  }

  plain(type: ColumnType): number {
    return this.lookup(this.plainStyles, type, (s) => s);
  }

  /** The link's own font over the cell's style. */
  linked(type: ColumnType): number {
    return this.lookup(this.linkStyles, type, (s) => ({ ...s, font: LINK_FONT }));
  }

  /** Not Text (@): a formula entered later into a Text cell would stay the text of the formula (as the add-in's). */
  formula(type: ColumnType): number {
    return this.lookup(this.formulaStyles, type, (s) => (isTextType(type) ? { ...s, numFmt: formulaNumberFormat(type) } : s));
  }

  private lookup(cache: Map<ColumnType, number>, type: ColumnType, variant: (style: CellStyle) => CellStyle): number {
    let xf = cache.get(type);
    if (xf === undefined) {
      xf = this.styles.xf(variant(this.style(type)));
      cache.set(type, xf);
    }
    return xf;
  }

  private style(type: ColumnType): CellStyle {
    const { column } = this;
    return {
      numFmt: NUMBER_FORMATS[type],
      // Words in a column of numbers ("not in this workbook", "counted in Common planning") wrap from the left:
      // right-aligned, they would be cut at the column's left edge.
      alignment: cellWraps(column, type) ? WRAP_TOP : this.alignment,
      ...(column.muted ? { font: MUTED_FONT } : {}),
      ...(column.input ? INPUT_CELL_STYLE : {}),
    };
  }
}

const WRAP_TOP: CellStyle['alignment'] = { wrapText: true, vertical: 'top' };
const TOP: CellStyle['alignment'] = { vertical: 'top' };
const RIGHT_INDENTED: CellStyle['alignment'] = { vertical: 'top', horizontal: 'right', indent: 1 };

const GREY = 'FF808080';
const MUTED_FONT: FontStyle = { size: 8, color: GREY };
const MARK_STYLE: CellStyle = { font: MUTED_FONT };
const PREAMBLE_TITLE_STYLE: CellStyle = { font: { bold: true, size: TITLE_FONT_POINTS }, alignment: WRAP_TOP };
const PREAMBLE_STYLE: CellStyle = { alignment: WRAP_TOP };
const TITLE_STYLE: CellStyle = { font: { bold: true, size: 12 } };
/** Dark blue with white text: readable printed in grey, and the same as the add-in's header. */
const HEADER_STYLE: CellStyle = {
  font: { bold: true, color: 'FFFFFFFF' },
  fill: 'FF1F4E78',
  border: { bottom: 'FF1F3864' },
  alignment: WRAP_TOP,
};
const LINK_FONT: FontStyle = { color: 'FF0563C1', underline: true };

/** The principal's input cells look like Excel's "Input" cell style and stay unlocked if the sheet is protected. */
const INPUT_EDGE = argb(INPUT_STYLE.border);
const INPUT_CELL_STYLE: CellStyle = {
  fill: argb(INPUT_STYLE.fill),
  font: { color: argb(INPUT_STYLE.font) },
  border: { top: INPUT_EDGE, left: INPUT_EDGE, bottom: INPUT_EDGE, right: INPUT_EDGE },
  unlocked: true,
};

/** "#9C0006" → "FF9C0006": SpreadsheetML writes an opaque ARGB hex. */
function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}
