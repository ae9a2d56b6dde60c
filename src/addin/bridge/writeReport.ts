// Renders the engine's Report as the add-in's own sheets, all or nothing: everything is written into new sheets
// under temporary names; only when all of it has synced are the previous result sheets deleted and the new ones
// renamed, in one final sync. A failure deletes the half-written sheets and leaves the workbook as it was.
//
// Which sheets are "previous result sheets" is decided by the ownership marker each sheet carries (ownership.ts),
// never by sheet ids in workbook settings. Sheets left unfinished by an interrupted run are removed; a result
// sheet the user renamed is kept as theirs (its notes were read before the run) and the user is told.
// The user's own sheets are never written to; a user sheet or table that has a result name keeps it.
//
// Writes are queued as steps and sent in syncs of about `budgetBytes`. Excel on the web refuses a request over
// 5 MB with RequestPayloadSizeLimitExceeded ("Resource limits and performance optimization for Office Add-ins",
// which also warns that about 10,000 range writes can pass it); the refused steps are then split and sent again.
import type { ConditionalRule, ReportSheet, ReportTable } from '../../engine/types';
import { highlightCondition, SEVERITY_COLOURS } from '../../engine/report/highlight';
import { FLAG_ID_HEADER, FLAGS_SHEET } from '../../engine/report/flagsSheet';
import { CHART_HEIGHT_POINTS, CHART_WIDTH_POINTS, cellWraps, dataRowHeight, headerRowHeight, preambleRowHeight, sheetColumnWidths, sheetLayout, TITLE_FONT_POINTS, type TablePlace } from '../../engine/report/layout';
import { formulaText, reportCellResolver, type CellResolver } from '../../engine/report/formula';
import { INPUT_STYLE } from '../../engine/report/inputStyle';
import { cleanSheetName, cleanTableName, reviewSuffix, uniqueSheetName, uniqueTableName } from '../../engine/report/names';
import { formulaNumberFormat, NUMBER_FORMATS } from '../../engine/report/numberFormats';
import { cellAddress, quoteSheetName } from './a1';
import type { BridgeCapabilities } from './capabilities';
import { capCellText, toCellInput } from './cellText';
import { BridgeError, excelErrorCode, explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import {
  isKeptByUser,
  isOutgoingResult,
  MARKER_PROPERTY,
  MARKER_ROW,
  markerPropertyValue,
  markerText,
  probeOwnership,
  releasedText,
  type Marker,
  type SheetOwnership,
} from './ownership';
import { RESULT_SHEETS_SETTING, serializeRegistry, type OwnedSheet } from './registry';
import type { ProgressCallback, WriteOutcome } from './types';

export interface WriteOptions {
  /** Request bytes per sync; Excel on the web refuses requests over 5 MB. */
  budgetBytes?: number;
}

const DEFAULT_BUDGET_BYTES = 1_500_000;
/** Bytes office-js adds per queued command (object path, action name), on top of the data. */
const COMMAND_BYTES = 120;
/** A hyperlink command: object path, cell address, sheet name and range, text to display, screen tip. */
const LINK_BYTES = COMMAND_BYTES + 160;
const MAX_FROZEN_ROWS = 8;

interface SheetLayout {
  report: ReportSheet;
  finalName: string;
  tempName: string;
  finalTableName: string;
  tempTableName: string;
  /** Zero-based sheet row of the table header. */
  headerRow: number;
  cols: number;
}

/** The proxies of one sheet being written; a step sent again after a refused sync replaces them. */
interface SheetState {
  layout: SheetLayout;
  sheet?: Excel.Worksheet;
  table?: Excel.Table;
}

/** Commands to queue, their estimated request bytes, and how to cut them in two if Excel refuses them. */
interface Step {
  bytes: number;
  queue: () => void;
  split?: () => Step[];
}

/** Queues steps and syncs whenever the request would pass the budget: syncs grow with data size only. */
class Batcher {
  private steps: Step[] = [];
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number,
    /** Queued before every sync: the suspend calls last only until the next sync, so each sync needs its own. */
    readonly beforeEachSync: () => void,
  ) {}

  add(step: Step): void {
    this.steps.push(step);
    this.bytes += step.bytes;
  }

  async flushIfFull(): Promise<void> {
    if (this.bytes >= this.budget) await this.flush();
  }

  async flush(): Promise<void> {
    const steps = this.steps;
    this.steps = [];
    this.bytes = 0;
    if (steps.length > 0) await this.send(steps);
  }

  private async send(steps: Step[]): Promise<void> {
    this.beforeEachSync();
    steps.forEach((step) => step.queue());
    try {
      await this.context.sync();
    } catch (error) {
      // Excel refuses the whole request, so nothing of it was applied: send it again in halves.
      if (excelErrorCode(error) !== 'RequestPayloadSizeLimitExceeded') throw error;
      const middle = Math.ceil(steps.length / 2);
      const parts = steps.length > 1 ? [steps.slice(0, middle), steps.slice(middle)] : (steps[0].split?.() ?? []).map((step) => [step]);
      if (parts.length < 2) throw error;
      for (const part of parts) await this.send(part);
    }
  }
}

export async function writeReport(
  excel: ExcelHost,
  capabilities: BridgeCapabilities,
  report: { sheets: ReportSheet[]; banner?: string },
  onProgress?: ProgressCallback,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const progress = onProgress ?? (() => undefined);
  // What to delete if the run fails: by id once Excel has told us the id, else by temporary name.
  const created: SheetState[] = [];
  try {
    return await excel.run(async (context) => {
      // Progress counts rows (plus one per sheet), so a 100,000-row sheet moves the bar as its blocks go in.
      const total = report.sheets.reduce((sum, s) => sum + s.table.rows.length + 1, 0);
      let done = 0;
      progress({ stage: 'writing', done, total, message: 'Preparing the result sheets' });
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/id');
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();

      const sheetList = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
      const ownership = probeOwnership(context, sheetList, capabilities.customProperties);
      const sheetTables = sheetList.map((s) => {
        const collection = worksheets.getItem(s.id).tables;
        collection.load('items/name');
        return collection;
      });
      await context.sync();

      const owners = ownership();
      // Replaced at the commit: finished result sheets under their own name, and debris of interrupted runs.
      const outgoing = owners.filter(isOutgoingResult);
      const renamed = owners.filter(isKeptByUser);
      const outgoingIds = new Set(outgoing.map((o) => o.id));
      const ownTableNames = new Set(sheetList.flatMap((s, i) => (outgoingIds.has(s.id) ? sheetTables[i].items.map((t) => t.name.toLowerCase()) : [])));
      const layouts = planLayouts(
        report.sheets,
        sheetList.map((s) => ({ name: s.name, owned: outgoingIds.has(s.id) })),
        tables.items.map((t) => ({ name: t.name, owned: ownTableNames.has(t.name.toLowerCase()) })),
      );
      const writtenNames = new Map(layouts.map((l) => [l.report.name, l.finalName]));

      const application = context.workbook.application;
      const beforeEachSync = () => {
        if (capabilities.suspendScreenUpdating) application.suspendScreenUpdatingUntilNextSync();
        if (capabilities.suspendCalculation) application.suspendApiCalculationUntilNextSync();
      };
      const batcher = new Batcher(context, budget, beforeEachSync);
      const skipped = new Set<string>();
      const states: SheetState[] = [];
      for (const [index, layout] of layouts.entries()) {
        const state: SheetState = { layout };
        created.push(state);
        await writeSheet(context, state, writtenNames, capabilities, batcher, skipped, (rows) => {
          done += rows;
          progress({ stage: 'writing', done, total, message: `Writing ${layout.finalName} (sheet ${index + 1} of ${layouts.length})` });
        });
        states.push(state);
        done += 1;
        progress({ stage: 'writing', done, total, message: `Wrote ${layout.finalName}` });
      }
      // Formulas go in once every sheet exists, under its temporary name: a reference to a sheet not yet added would
      // read as a link to another workbook. Renaming at the commit updates them, as Excel does for every formula.
      const resolveCell = reportCellResolver({ sheets: layouts.map((l) => l.report) }, layouts.map((l) => l.tempName));
      for (const state of states) queueFormulasAndInputs(state, resolveCell, batcher);
      await batcher.flush();
      // A previous result sheet the user deleted meanwhile needs no deleting; asking Excel to would fail the commit.
      const stillThere = outgoing.map((o) => worksheets.getItemOrNullObject(o.id));
      const keptSheets = renamed.map((o) => {
        const sheet = worksheets.getItemOrNullObject(o.id);
        sheet.load('name');
        sheet.protection.load('protected');
        return { owner: o, sheet };
      });
      // And every new sheet must still be there: failing here leaves the old results untouched.
      states.forEach(({ sheet }) => sheet?.load('name'));
      beforeEachSync();
      await context.sync();

      // Commit: only now do the previous result sheets go, and the new ones take their names and final markers.
      stillThere.filter((sheet) => !sheet.isNullObject).forEach((sheet) => sheet.delete());
      const notices = keptSheets.filter(({ sheet }) => !sheet.isNullObject).map(({ owner, sheet }) => releaseRenamed(sheet, owner, capabilities));
      const registry: OwnedSheet[] = states.map((state) => {
        const { layout } = state;
        const sheet = state.sheet as Excel.Worksheet;
        sheet.name = layout.finalName;
        (state.table as Excel.Table).name = layout.finalTableName;
        writeMarker(sheet, { report: layout.report.name, state: 'done', name: layout.finalName }, capabilities, report.banner);
        return ownedEntry(layout, sheet.id);
      });
      // A record for people reading the workbook's settings; the add-in never trusts it to decide what is its own.
      context.workbook.settings.add(RESULT_SHEETS_SETTING, serializeRegistry(registry));
      const summary = states.find((s) => s.layout.report.name === 'Summary') ?? states[0];
      summary?.sheet?.activate();
      beforeEachSync();
      await context.sync();
      created.length = 0;
      return {
        sheets: layouts.map((l) => ({ report: l.report.name, written: l.finalName })),
        skipped: [...skipped],
        notices,
      };
    });
  } catch (error) {
    const explained = explainExcelError(error, 'writing the result sheets');
    await deleteHalfWritten(excel, created.map((state) => idOrName(state)), explained.message);
    throw explained;
  }
}

/** The marker cell (every host) and, where ExcelApi 1.12 has them, the custom property. */
function writeMarker(sheet: Excel.Worksheet, marker: Marker, capabilities: BridgeCapabilities, banner?: string): void {
  sheet.getRangeByIndexes(MARKER_ROW, 0, 1, 1).values = [[toCellInput(markerText(marker, banner))]];
  if (capabilities.customProperties) sheet.customProperties.add(MARKER_PROPERTY, markerPropertyValue(marker));
}

/**
 * A result sheet the user renamed is theirs now: it stays, with everything typed there, and its marker becomes a
 * "kept" one (ownership.ts) so later runs leave it alone and never read it as school data (add() overwrites the key:
 * Excel.WorksheetCustomPropertyCollection.add, learn.microsoft.com). On a protected sheet the marker cannot change; the sheet is kept all the same.
 */
function releaseRenamed(sheet: Excel.Worksheet, owner: SheetOwnership, capabilities: BridgeCapabilities): string {
  const report = owner.marker?.report ?? 'results';
  if (!sheet.protection.protected) {
    if (owner.markerRow !== null) sheet.getRangeByIndexes(owner.markerRow, 0, 1, 1).values = [[toCellInput(releasedText(report))]];
    if (capabilities.customProperties) sheet.customProperties.add(MARKER_PROPERTY, markerPropertyValue({ report, state: 'kept' }));
  }
  const notes = report === FLAGS_SHEET ? ` Its team notes were carried into the new ${FLAGS_SHEET} sheet.` : '';
  return `"${sheet.name}" held the review's ${report} and was renamed, so it is kept as your own sheet with everything typed there; the review no longer replaces it.${notes}`;
}

function ownedEntry(layout: SheetLayout, id: string): OwnedSheet {
  const columns = layout.report.table.columns;
  const notesColumn = layout.report.keepsNotes ? columns.findIndex((c) => c.type === 'notes') : -1;
  // Notes are keyed by the flag's id, wherever its column is (last, on the Flags sheet).
  const keyColumn = Math.max(0, columns.findIndex((c) => c.header === FLAG_ID_HEADER));
  return {
    id,
    name: layout.finalName,
    report: layout.report.name,
    headerRow: layout.headerRow,
    ...(notesColumn >= 0 ? { keyColumn, notesColumn, keyHeader: columns[keyColumn].header, notesHeader: columns[notesColumn].header } : {}),
  };
}

/** Rows per values block before its size is measured: keeps one step's preparation small. */
const MAX_BLOCK_ROWS = 5000;

async function writeSheet(
  context: Excel.RequestContext,
  state: SheetState,
  writtenNames: Map<string, string>,
  capabilities: BridgeCapabilities,
  batcher: Batcher,
  skipped: Set<string>,
  onRowsWritten: (rows: number) => void,
): Promise<void> {
  const { layout } = state;
  const { report, headerRow, cols } = layout;
  const { table: spec } = report;
  const rows = spec.rows;
  const sheetOf = () => state.sheet as Excel.Worksheet;

  // The sheet is marked unfinished from its first sync, so a run that stops here leaves a sheet the next run removes.
  const head = [report.preamble.map((line) => [toCellInput(line)]), [spec.columns.map((c) => toCellInput(c.header))]];
  // The preamble as the .xlsx writer lays it out (writeReportXlsx.ts): each line merged across the sheet's columns
  // and wrapped there, top-aligned, the first line the title, each row as high as its wrapped text (layout.ts).
  // A long line left in column A would run off to the right over empty cells.
  const widths = sheetColumnWidths(report);
  const span = widths.reduce((a, b) => a + b, 0);
  const preambleHeights = report.preamble.map((line, i) => preambleRowHeight(line, i, span));
  batcher.add({
    bytes: COMMAND_BYTES * (10 + preambleHeights.length) + JSON.stringify(head).length,
    queue: () => {
      const sheet = context.workbook.worksheets.add(layout.tempName);
      sheet.load('id');
      state.sheet = sheet;
      writeMarker(sheet, { report: report.name, state: 'unfinished' }, capabilities);
      const [preamble, header] = head;
      if (preamble.length > 0) {
        const firstRow = MARKER_ROW + 1;
        sheet.getRangeByIndexes(firstRow, 0, preamble.length, 1).values = preamble;
        const block = sheet.getRangeByIndexes(firstRow, 0, preamble.length, widths.length);
        // merge(true): each row its own merged area, in one command (Range.merge, ExcelApi 1.2).
        if (widths.length > 1) block.merge(true);
        block.format.wrapText = true;
        block.format.verticalAlignment = 'Top';
        const title = sheet.getRangeByIndexes(firstRow, 0, 1, 1).format.font;
        title.bold = true;
        title.size = TITLE_FONT_POINTS;
        preambleHeights.forEach((height, i) => {
          if (height !== undefined) sheet.getRangeByIndexes(firstRow + i, 0, 1, 1).format.rowHeight = height;
        });
      }
      sheet.getRangeByIndexes(headerRow, 0, 1, cols).values = header;
    },
  });

  const formats = spec.columns.map((c) => NUMBER_FORMATS[c.type]);
  const firstDataRow = headerRow + 1;
  // Blocks are cut by the rows' measured size, not an estimate: one long finding cannot push a sync past the limit.
  const blockBudget = batcher.budget / 2;
  const formatBytesPerRow = formats.reduce((sum, f) => sum + f.length + 6, 0);
  const rowBytes = (index: number, inputs: unknown[]) =>
    JSON.stringify(inputs).length + formatBytesPerRow + Object.keys(spec.links?.[index] ?? {}).length * LINK_BYTES;
  let start = 0;
  while (start < rows.length) {
    const values: (string | number | boolean)[][] = [];
    let blockBytes = 0;
    while (start + values.length < rows.length && values.length < MAX_BLOCK_ROWS && (values.length === 0 || blockBytes < blockBudget)) {
      const index = start + values.length;
      const inputs = spec.columns.map((_, c) => toCellInput(rows[index][c] ?? null));
      values.push(inputs);
      blockBytes += rowBytes(index, inputs);
    }
    batcher.add(rowsStep(sheetOf, spec, formats, values, start, firstDataRow, writtenNames, blockBytes + COMMAND_BYTES * (cols + 1)));
    await batcher.flushIfFull();
    start += values.length;
    onRowsWritten(values.length);
  }

  const lastRow = firstDataRow + Math.max(rows.length, 1) - 1;
  batcher.add({
    bytes: COMMAND_BYTES * (5 + 2 * spec.columns.length),
    queue: () => {
      const sheet = sheetOf();
      // tables.add takes the Range itself: a bare address would be read on the active sheet (TableCollection.add).
      const table = sheet.tables.add(sheet.getRangeByIndexes(headerRow, 0, lastRow - headerRow + 1, cols), true);
      table.name = layout.tempTableName;
      table.style = 'TableStyleMedium2';
      state.table = table;
      // The widths both writers give (report/layout.ts): every table of the sheet fits, no header word is cut.
      widths.forEach((width, c) => {
        sheet.getRangeByIndexes(headerRow, c, 1, 1).format.columnWidth = Math.round(width * 7);
      });
      wrapTable(sheet, spec, headerRow, firstDataRow, widths);
    },
  });

  if (spec.conditionalFormats?.length && rows.length > 0) {
    if (!capabilities.conditionalFormats) skipped.add('Colour highlighting (conditional formats) is not supported by this Excel.');
    else
      spec.conditionalFormats.forEach((rule) =>
        batcher.add({
          bytes: COMMAND_BYTES * 4,
          queue: () => {
            // A custom formula, not a cellValue rule: Excel compares an empty cell as 0, so "less than 90" would colour
            // every blank (a collaboration block of unknown length). The formula is relative to the range's first cell.
            const format = sheetOf().getRangeByIndexes(firstDataRow, rule.column, rows.length, 1).conditionalFormats.add('Custom');
            format.custom.format.fill.color = SEVERITY_COLOURS[rule.severity].fill;
            format.custom.format.font.color = SEVERITY_COLOURS[rule.severity].font;
            format.custom.rule.formula = highlightFormula(rule, cellAddress(firstDataRow, rule.column));
          },
        }),
      );
  }

  addChart(sheetOf, spec, sheetLayout(report).main, capabilities, batcher, skipped);

  writeSubTables(state, widths, capabilities, batcher, skipped, writtenNames);

  // A long preamble would freeze half the window; then the header scrolls away instead.
  if (headerRow + 1 <= MAX_FROZEN_ROWS) batcher.add({ bytes: COMMAND_BYTES, queue: () => sheetOf().freezePanes.freezeRows(headerRow + 1) });
  addPrintSetup(sheetOf, layout, capabilities, batcher, skipped);
  await batcher.flushIfFull();
}

/** Excel's header/footer codes: &A the sheet's name, &P the page, &N the number of pages. */
const FOOTER_LEFT = '&A';
const FOOTER_RIGHT = 'Page &P of &N';

/**
 * The print setup the .xlsx writer gives every result sheet (writeReportXlsx.ts), so a principal prints the same
 * pages from either writer: landscape, one page wide and as many tall as the rows need, the table's header row on
 * every page (not on a sheet of several tables, where it would head the wrong one), and the sheet's name and
 * "Page n of N" in the footer. Worksheet.pageLayout is ExcelApi 1.9; without it the sheets print as Excel's
 * defaults and the pane says so.
 */
function addPrintSetup(
  sheetOf: () => Excel.Worksheet,
  layout: SheetLayout,
  capabilities: BridgeCapabilities,
  batcher: Batcher,
  skipped: Set<string>,
): void {
  if (!capabilities.pageLayout) {
    skipped.add('Print setup (landscape, one page wide, the header row on every page, page numbers) is not supported by this Excel.');
    return;
  }
  const titleRow = layout.headerRow + 1;
  const repeatHeader = !layout.report.moreTables?.length;
  batcher.add({
    bytes: COMMAND_BYTES * 5,
    queue: () => {
      const { pageLayout } = sheetOf();
      pageLayout.orientation = 'Landscape';
      // One page wide; verticalFitToPages 0 leaves the height free ("as many pages as needed", as the file format's
      // fitToHeight="0" that the .xlsx writer sets), so a long sheet is never shrunk onto one unreadable page.
      pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (repeatHeader) pageLayout.setPrintTitleRows(`$${titleRow}:$${titleRow}`);
      const footer = pageLayout.headersFooters.defaultForAllPages;
      footer.leftFooter = FOOTER_LEFT;
      footer.rightFooter = FOOTER_RIGHT;
    },
  });
}

/**
 * The short tables below the main one (the Summary's findings that matter most), where the shared layout puts them
 * (report/layout.ts), so a link into them or below them lands where the .xlsx writer puts it too. They are plain
 * ranges with a bold header rather than Excel tables: each is a handful of rows that needs no filter, and one table
 * per sheet keeps the commit's renaming of temporary tables simple.
 */
function writeSubTables(
  state: SheetState,
  /** The sheet's column widths (sheetColumnWidths), as its main table was given them. */
  widths: readonly number[],
  capabilities: BridgeCapabilities,
  batcher: Batcher,
  skipped: Set<string>,
  writtenNames: Map<string, string>,
): void {
  const { report } = state.layout;
  const places = sheetLayout(report).more;
  const sheetOf = () => state.sheet as Excel.Worksheet;
  (report.moreTables ?? []).forEach((sub, i) => {
    const place = places[i];
    // Zero-based sheet rows, from the layout's one-based ones.
    const titleRow = place.titleRow - 1;
    const headerRow = place.headerRow - 1;
    const firstDataRow = place.firstDataRow - 1;
    const { table } = sub;
    const cols = Math.max(1, table.columns.length);
    const head = [[toCellInput(sub.title)], table.columns.map((c) => toCellInput(c.header))];
    batcher.add({
      bytes: COMMAND_BYTES * (6 + cols) + JSON.stringify(head).length,
      queue: () => {
        const sheet = sheetOf();
        const title = sheet.getRangeByIndexes(titleRow, 0, 1, 1);
        title.values = [head[0]];
        title.format.font.bold = true;
        const header = sheet.getRangeByIndexes(headerRow, 0, 1, cols);
        header.values = [head[1]];
        header.format.font.bold = true;
        wrapTable(sheet, table, headerRow, firstDataRow, widths);
      },
    });
    if (table.rows.length === 0) return;
    const formats = table.columns.map((c) => NUMBER_FORMATS[c.type]);
    const values = table.rows.map((row) => table.columns.map((_, c) => toCellInput(row[c] ?? null)));
    batcher.add(rowsStep(sheetOf, table, formats, values, 0, firstDataRow, writtenNames, COMMAND_BYTES * 3 + JSON.stringify(values).length));
    addChart(sheetOf, table, place, capabilities, batcher, skipped);
    if (!table.conditionalFormats?.length) return;
    if (!capabilities.conditionalFormats) {
      skipped.add('Colour highlighting (conditional formats) is not supported by this Excel.');
      return;
    }
    for (const rule of table.conditionalFormats) {
      batcher.add({
        bytes: COMMAND_BYTES * 4,
        queue: () => {
          const format = sheetOf().getRangeByIndexes(firstDataRow, rule.column, table.rows.length, 1).conditionalFormats.add('Custom');
          format.custom.format.fill.color = SEVERITY_COLOURS[rule.severity].fill;
          format.custom.format.font.color = SEVERITY_COLOURS[rule.severity].font;
          format.custom.rule.formula = highlightFormula(rule, cellAddress(firstDataRow, rule.column));
        },
      });
    }
  });
}

/**
 * The principal's input cells and the live formulas of every table on the sheet. The "Input" style goes on first,
 * because a style overwrites a cell's formatting (Excel.BuiltInStyle: "A style overwrites formatting"), and the
 * column's number format again after it. A formula cell takes a number format that is not Text: entered into a cell
 * formatted as Text, a formula would be kept as the text of the formula.
 */
function queueFormulasAndInputs(state: SheetState, resolve: CellResolver, batcher: Batcher): void {
  const { report } = state.layout;
  const places = sheetLayout(report);
  const sheetOf = () => state.sheet as Excel.Worksheet;
  const tables = [{ table: report.table, place: places.main }, ...(report.moreTables ?? []).map((m, i) => ({ table: m.table, place: places.more[i] }))];
  for (const { table, place } of tables) {
    const firstDataRow = place.firstDataRow - 1;
    const rowCount = table.rows.length;
    table.columns.forEach((column, c) => {
      if (!column.input || rowCount === 0) return;
      const formats = table.rows.map((_, r) => [NUMBER_FORMATS[table.cellTypes?.[r]?.[c] ?? column.type]]);
      batcher.add({
        bytes: COMMAND_BYTES * 2 + JSON.stringify(formats).length,
        queue: () => {
          const range = sheetOf().getRangeByIndexes(firstDataRow, c, rowCount, 1);
          range.style = INPUT_STYLE.name;
          range.numberFormat = formats;
        },
      });
    });
    for (const [r, byColumn] of Object.entries(table.formulas ?? {})) {
      for (const [c, expr] of Object.entries(byColumn)) {
        const text = formulaText(expr, resolve, state.layout.tempName);
        const type = table.cellTypes?.[Number(r)]?.[Number(c)] ?? table.columns[Number(c)].type;
        const format = formulaNumberFormat(type);
        batcher.add({
          bytes: COMMAND_BYTES * 2 + text.length + format.length,
          queue: () => {
            const cell = sheetOf().getRangeByIndexes(firstDataRow + Number(r), Number(c), 1, 1);
            cell.numberFormat = [[format]];
            cell.formulas = [[text]];
          },
        });
      }
    }
  }
}

/**
 * A table's chart, where the shared layout puts it: above the table across the page (place.chartRow), or right of
 * it. A column chart names each series by its column's header and draws reference columns (the 100 and 150 loads,
 * the 90-minute block) as lines on the same axes. All of it is ExcelApi 1.7 (charts.add 1.1; series.add, setValues,
 * setXAxisValues and a series' chartType 1.7), the charts capability.
 */
function addChart(
  sheetOf: () => Excel.Worksheet,
  table: ReportTable,
  place: TablePlace,
  capabilities: BridgeCapabilities,
  batcher: Batcher,
  skipped: Set<string>,
): void {
  const { chart: spec, rows, columns } = table;
  if (!spec || rows.length === 0) return;
  if (!capabilities.charts) {
    skipped.add('Charts are not supported by this Excel.');
    return;
  }
  // Zero-based sheet rows, from the layout's one-based ones.
  const headerRow = place.headerRow - 1;
  const firstDataRow = place.firstDataRow - 1;
  const column = spec.type === 'column' || spec.type === 'stackedColumn';
  const added = column ? [...(spec.moreValueColumns ?? []), ...(spec.lineColumns ?? [])] : [];
  batcher.add({
    bytes: COMMAND_BYTES * (8 + 4 * added.length),
    queue: () => {
      const sheet = sheetOf();
      const cells = (c: number) => sheet.getRangeByIndexes(firstDataRow, c, rows.length, 1);
      const categories = cells(spec.categoryColumn);
      const type = { pie: 'Pie', bar: 'BarClustered', column: 'ColumnClustered', stackedColumn: 'ColumnStacked' } as const;
      const chart = sheet.charts.add(type[spec.type], sheet.getRangeByIndexes(headerRow, spec.valueColumn, rows.length + 1, 1), 'Columns');
      chart.title.text = spec.title;
      const first = chart.series.getItemAt(0);
      first.setXAxisValues(categories);
      if (column) {
        first.name = columns[spec.valueColumn].header;
        for (const c of added) {
          const series = chart.series.add(columns[c].header);
          if (spec.lineColumns?.includes(c)) series.chartType = 'Line';
          series.setValues(cells(c));
          series.setXAxisValues(categories);
        }
        if (spec.categoryAxisTitle) chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
        if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
        chart.legend.position = 'Bottom';
      }
      if (place.chartRow !== undefined) {
        chart.setPosition(cellAddress(place.chartRow - 1, 0));
        chart.width = CHART_WIDTH_POINTS;
        chart.height = CHART_HEIGHT_POINTS;
      } else {
        const cols = Math.max(1, columns.length);
        chart.setPosition(cellAddress(headerRow, cols + 1), cellAddress(headerRow + 18, cols + 9));
      }
    },
  });
}

/**
 * One block of rows: values first, into cells still in the General format, so the apostrophe that keeps text as
 * text is taken as Excel's text prefix; only then the Text format (@), so what the team types later stays text.
 * In a cell already formatted as Text, Excel stores what is entered as it is, apostrophe included ("Text format:
 * the content is displayed exactly as you type it"), which is why the order matters. Then the links.
 */
function rowsStep(
  sheetOf: () => Excel.Worksheet,
  spec: ReportSheet['table'],
  formats: string[],
  values: (string | number | boolean)[][],
  start: number,
  firstDataRow: number,
  writtenNames: Map<string, string>,
  bytes: number,
): Step {
  const heights = heightRuns(spec, start, values.length);
  return {
    bytes: bytes + COMMAND_BYTES * heights.length,
    queue: () => {
      const sheet = sheetOf();
      const top = firstDataRow + start;
      // Excel on the web does not grow a row for wrapped text an add-in wrote (layout.ts wrappedLines): set it, one
      // command per run of rows of one height.
      for (const run of heights) sheet.getRangeByIndexes(top + run.first, 0, run.count, 1).format.rowHeight = run.points;
      sheet.getRangeByIndexes(top, 0, values.length, formats.length).values = values;
      sheet.getRangeByIndexes(top, 0, values.length, formats.length).numberFormat = values.map((_, i) =>
        formats.map((format, c) => {
          const cellType = spec.cellTypes?.[start + i]?.[c];
          return cellType ? NUMBER_FORMATS[cellType] : format;
        }),
      );
      writeLinks(sheet, spec, values, start, firstDataRow, writtenNames);
    },
    split:
      values.length > 1
        ? () => {
            const half = Math.ceil(values.length / 2);
            return [
              rowsStep(sheetOf, spec, formats, values.slice(0, half), start, firstDataRow, writtenNames, bytes / 2),
              rowsStep(sheetOf, spec, formats, values.slice(half), start + half, firstDataRow, writtenNames, bytes / 2),
            ];
          }
        : undefined,
  };
}

/** Rows start..start+count-1 of the table that need more than one line, as runs of one height (offsets from start). */
function heightRuns(table: ReportTable, start: number, count: number): { first: number; count: number; points: number }[] {
  const runs: { first: number; count: number; points: number }[] = [];
  for (let i = 0; i < count; i++) {
    const points = dataRowHeight(table, start + i);
    if (points === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last.points === points && last.first + last.count === i) last.count++;
    else runs.push({ first: i, count: 1, points });
  }
  return runs;
}

/**
 * Wrapping and alignment for every table of a sheet, the main one and those below it alike: a header of several words
 * wraps within its column rather than running under the next one, in a header row as high as its wrapped words
 * (layout.ts headerRowHeight, as the .xlsx writer makes it), and so do the columns that wrap (wrapColumns). The data
 * rows' heights go in with their values (rowsStep).
 */
function wrapTable(sheet: Excel.Worksheet, table: ReportTable, headerRow: number, firstDataRow: number, widths: readonly number[]): void {
  const columns = Math.max(1, table.columns.length);
  sheet.getRangeByIndexes(headerRow, 0, 1, columns).format.wrapText = true;
  // Top-aligned, header and rows, as the .xlsx writer aligns them: in a row made tall for a wrapped finding, Excel's
  // default (bottom) would leave the other cells of the row at its foot, far from the text they belong with.
  sheet.getRangeByIndexes(headerRow, 0, firstDataRow - headerRow + table.rows.length, columns).format.verticalAlignment = 'Top';
  const points = headerRowHeight(table.columns, widths);
  if (points !== undefined) sheet.getRangeByIndexes(headerRow, 0, 1, 1).format.rowHeight = points;
  wrapColumns(sheet, table, firstDataRow, table.rows.length);
}

/**
 * Findings, levers, sources and notes wrap within their column instead of running under the next one, and so do
 * words in a column of numbers ("not in this workbook"), whose rows dataRowHeight makes high enough for them. The
 * whole column, one command: a number does not wrap, and Excel aligns text left and numbers right by itself.
 */
function wrapColumns(sheet: Excel.Worksheet, table: ReportTable, firstDataRow: number, rowCount: number): void {
  if (rowCount === 0) return;
  table.columns.forEach((column, c) => {
    const wraps = cellWraps(column) || Object.values(table.cellTypes ?? {}).some((types) => cellWraps(column, types[c]));
    if (wraps) sheet.getRangeByIndexes(firstDataRow, c, rowCount, 1).format.wrapText = true;
  });
}

function writeLinks(
  sheet: Excel.Worksheet,
  spec: ReportSheet['table'],
  values: (string | number | boolean)[][],
  start: number,
  firstDataRow: number,
  writtenNames: Map<string, string>,
): void {
  const links = spec.links;
  if (!links) return;
  for (let i = start; i < start + values.length; i++) {
    const rowLinks = links[i];
    if (!rowLinks) continue;
    for (const [col, link] of Object.entries(rowLinks)) {
      const target = writtenNames.get(link.sheet) ?? link.sheet;
      const documentReference = `${quoteSheetName(target)}!${link.range}`;
      // textToDisplay is what the cell shows (RangeHyperlink.textToDisplay): the cell's own text, said explicitly so
      // no host falls back to showing the reference. A number keeps its value (and its number format) instead.
      const shown = spec.rows[i][Number(col)];
      const textToDisplay = typeof shown === 'number' ? undefined : capCellText(shown ? String(shown) : `${target}!${link.range}`);
      sheet.getRangeByIndexes(firstDataRow + i, Number(col), 1, 1).hyperlink = {
        documentReference,
        ...(textToDisplay === undefined ? {} : { textToDisplay }),
        screenTip: `Go to ${target} ${link.range}`,
      };
    }
  }
}

/** The rule as a formula that is true only for a value that is there: blanks never match. */
export function highlightFormula(rule: ConditionalRule, firstCell: string): string {
  return `=${highlightCondition(rule, firstCell)}`;
}

// ───────────────────────────── Names ─────────────────────────────

interface ExistingName {
  name: string;
  owned: boolean;
}

export function planLayouts(sheets: ReportSheet[], existingSheets: ExistingName[], existingTables: ExistingName[]): SheetLayout[] {
  const takenSheetNames = new Set(existingSheets.filter((s) => !s.owned).map((s) => s.name.toLowerCase()));
  const allSheetNames = new Set(existingSheets.map((s) => s.name.toLowerCase()));
  const takenTableNames = new Set(existingTables.filter((t) => !t.owned).map((t) => t.name.toLowerCase()));
  const allTableNames = new Set(existingTables.map((t) => t.name.toLowerCase()));
  return sheets.map((report, index) => {
    const finalName = uniqueSheetName(cleanSheetName(report.name), takenSheetNames, reviewSuffix);
    takenSheetNames.add(finalName.toLowerCase());
    const tempName = uniqueSheetName(`srr new ${index + 1}`, allSheetNames, reviewSuffix);
    allSheetNames.add(tempName.toLowerCase());
    const finalTableName = uniqueTableName(cleanTableName(report.table.name, String(index + 1)), takenTableNames);
    takenTableNames.add(finalTableName.toLowerCase());
    const tempTableName = uniqueTableName(`srrNew${index + 1}_${finalTableName}`, new Set([...allTableNames, ...takenTableNames]));
    allTableNames.add(tempTableName.toLowerCase());
    // Row 0 holds the ownership marker, then the preamble, a blank row, and the table's header.
    // Zero-based here; the shared layout counts rows from 1 and puts the marker on its first row (MARKER_ROW).
    const headerRow = sheetLayout(report).main.headerRow - 1;
    return { report, finalName, tempName, finalTableName, tempTableName, headerRow, cols: Math.max(1, report.table.columns.length) };
  });
}

function idOrName(state: SheetState): string {
  try {
    return state.sheet ? state.sheet.id : state.layout.tempName;
  } catch {
    // Not loaded: the failure came before Excel created the sheet or reported its id.
    return state.layout.tempName;
  }
}

async function deleteHalfWritten(excel: ExcelHost, idsOrNames: string[], explainedFailure: string): Promise<void> {
  if (idsOrNames.length === 0) return;
  try {
    await excel.run(async (context) => {
      const candidates = idsOrNames.map((key) => context.workbook.worksheets.getItemOrNullObject(key));
      await context.sync();
      candidates.filter((sheet) => !sheet.isNullObject).forEach((sheet) => sheet.delete());
      await context.sync();
    });
  } catch (cleanupError) {
    throw new BridgeError(
      `${explainedFailure} The unfinished result sheets ("srr new …") could not be removed now; the next run removes them, or delete them by hand.`,
      'CleanupFailed',
      { cause: cleanupError },
    );
  }
}
