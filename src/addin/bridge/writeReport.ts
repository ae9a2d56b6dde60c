// Renders the engine's Report as the add-in's own sheets, all or nothing: everything is written into new sheets
// under temporary names; only when all of it has synced are the previous result sheets deleted and the new ones
// renamed, in one final sync. A failure deletes the half-written sheets and leaves the workbook as it was.
// The user's own sheets are never written to; a user sheet or table that has a result name keeps it.
import type { ColumnType, ConditionalRule, ReportSheet } from '../../engine/types';
import { highlightCondition, SEVERITY_COLOURS } from '../../engine/report/highlight';
import { FLAG_ID_HEADER } from '../../engine/report/flagsSheet';
import { cellAddress, quoteSheetName, rangeAddress } from './a1';
import type { BridgeCapabilities } from './capabilities';
import { toCellInput } from './cellText';
import { BridgeError, explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import { parseRegistry, RESULT_SHEETS_SETTING, serializeRegistry, type OwnedSheet } from './registry';
import type { ProgressCallback, WriteOutcome } from './types';

export interface WriteOptions {
  /** Request bytes per sync; Excel on the web refuses requests over 5 MB. */
  budgetBytes?: number;
}

const DEFAULT_BUDGET_BYTES = 1_500_000;
/** Bytes office-js adds per queued command (object path, action name), on top of the data. */
const COMMAND_BYTES = 120;
/** A hyperlink command: object path, cell address, sheet name and range, screen tip. */
const LINK_BYTES = COMMAND_BYTES + 160;
const MAX_SHEET_NAME = 31;
const MAX_FROZEN_ROWS = 8;

const NUMBER_FORMATS: Record<ColumnType, string> = {
  text: '@',
  notes: '@',
  integer: '#,##0',
  number: '#,##0.0',
  currency: '$#,##0',
  percent: '0.0%',
  minutes: '#,##0',
};


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

/** Queues commands and syncs whenever the request would pass the budget: syncs grow with data size only. */
class Batcher {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number,
    private readonly suspendCalculation: boolean,
  ) {
    this.begin();
  }

  add(bytes: number): void {
    this.bytes += bytes;
  }

  async flushIfFull(): Promise<void> {
    if (this.bytes >= this.budget) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    await this.context.sync();
    this.begin();
  }

  private begin(): void {
    this.bytes = 0;
    if (this.suspendCalculation) this.context.workbook.application.suspendApiCalculationUntilNextSync();
  }
}

export async function writeReport(
  excel: ExcelHost,
  capabilities: BridgeCapabilities,
  report: { sheets: ReportSheet[] },
  onProgress?: ProgressCallback,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const progress = onProgress ?? (() => undefined);
  // What to delete if the run fails: by id once Excel has told us the id, else by temporary name.
  const created: { tempName: string; sheet: Excel.Worksheet }[] = [];
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
      const registrySetting = context.workbook.settings.getItemOrNullObject(RESULT_SHEETS_SETTING);
      registrySetting.load('value');
      await context.sync();

      const existingIds = new Set(worksheets.items.map((s) => s.id));
      const previous = parseRegistry(registrySetting.isNullObject ? null : registrySetting.value).filter((s) => existingIds.has(s.id));
      const previousIds = new Set(previous.map((s) => s.id));
      const previousTables = previous.map((s) => {
        const sheetTables = worksheets.getItem(s.id).tables;
        sheetTables.load('items/name');
        return sheetTables;
      });
      await context.sync();

      const ownTableNames = new Set(previousTables.flatMap((t) => t.items.map((table) => table.name.toLowerCase())));
      const layouts = planLayouts(
        report.sheets,
        worksheets.items.map((s) => ({ name: s.name, owned: previousIds.has(s.id) })),
        tables.items.map((t) => ({ name: t.name, owned: ownTableNames.has(t.name.toLowerCase()) })),
      );
      const writtenNames = new Map(layouts.map((l) => [l.report.name, l.finalName]));

      // Called once: repeated calls make Excel's window flicker.
      if (capabilities.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      const batcher = new Batcher(context, budget, capabilities.suspendCalculation);
      const skipped = new Set<string>();
      const written: { layout: SheetLayout; sheet: Excel.Worksheet; table: Excel.Table }[] = [];
      for (const [index, layout] of layouts.entries()) {
        const sheet = worksheets.add(layout.tempName);
        sheet.load('id');
        created.push({ tempName: layout.tempName, sheet });
        const table = await writeSheet(sheet, layout, writtenNames, capabilities, batcher, skipped, (rows) => {
          done += rows;
          progress({ stage: 'writing', done, total, message: `Writing ${layout.finalName} (sheet ${index + 1} of ${layouts.length})` });
        });
        written.push({ layout, sheet, table });
        done += 1;
        progress({ stage: 'writing', done, total, message: `Wrote ${layout.finalName}` });
      }
      await batcher.flush();
      // A previous result sheet the user deleted meanwhile needs no deleting; asking Excel to would fail the commit.
      const stillThere = previous.map((s) => worksheets.getItemOrNullObject(s.id));
      // And every new sheet must still be there: failing here leaves the old results untouched.
      written.forEach(({ sheet }) => sheet.load('name'));
      await context.sync();

      // Commit: only now do the previous result sheets go, and the new ones take their names.
      stillThere.filter((sheet) => !sheet.isNullObject).forEach((sheet) => sheet.delete());
      const registry: OwnedSheet[] = written.map(({ layout, sheet, table }) => {
        sheet.name = layout.finalName;
        table.name = layout.finalTableName;
        return ownedEntry(layout, sheet.id);
      });
      context.workbook.settings.add(RESULT_SHEETS_SETTING, serializeRegistry(registry));
      const summary = written.find((w) => w.layout.report.name === 'Summary') ?? written[0];
      summary?.sheet.activate();
      await context.sync();
      created.length = 0;
      return {
        sheets: layouts.map((l) => ({ report: l.report.name, written: l.finalName })),
        skipped: [...skipped],
      };
    });
  } catch (error) {
    const explained = explainExcelError(error, 'writing the result sheets');
    await deleteHalfWritten(excel, created.map(({ tempName, sheet }) => idOrName(sheet, tempName)));
    throw explained;
  }
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

async function writeSheet(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  writtenNames: Map<string, string>,
  capabilities: BridgeCapabilities,
  batcher: Batcher,
  skipped: Set<string>,
  onRowsWritten: (rows: number) => void,
): Promise<Excel.Table> {
  const { report, headerRow, cols } = layout;
  const { table: spec } = report;
  const rows = spec.rows;
  batcher.add(COMMAND_BYTES * 2);

  if (report.preamble.length > 0) {
    const lines = report.preamble.map((line) => [toCellInput(line)]);
    sheet.getRangeByIndexes(0, 0, lines.length, 1).values = lines;
    batcher.add(COMMAND_BYTES + JSON.stringify(lines).length);
  }
  const header = [spec.columns.map((c) => toCellInput(c.header))];
  sheet.getRangeByIndexes(headerRow, 0, 1, cols).values = header;
  batcher.add(COMMAND_BYTES + JSON.stringify(header).length);

  const formats = spec.columns.map((c) => NUMBER_FORMATS[c.type]);
  const firstDataRow = headerRow + 1;
  // Blocks are cut by the rows' measured size, not an estimate: one long finding cannot push a sync past the limit.
  const blockBudget = batcher.budget / 2;
  const formatBytesPerRow = formats.reduce((sum, f) => sum + f.length + 6, 0);
  let start = 0;
  while (start < rows.length) {
    const values: (string | number | boolean)[][] = [];
    let blockBytes = 0;
    while (start + values.length < rows.length && (values.length === 0 || blockBytes < blockBudget)) {
      const index = start + values.length;
      const inputs = spec.columns.map((_, c) => toCellInput(rows[index][c] ?? null));
      values.push(inputs);
      blockBytes += JSON.stringify(inputs).length + formatBytesPerRow + Object.keys(spec.links?.[index] ?? {}).length * LINK_BYTES;
    }
    const top = firstDataRow + start;
    // Formats first, so text columns are Text before their values land.
    formats.forEach((format, c) => {
      sheet.getRangeByIndexes(top, c, values.length, 1).numberFormat = values.map((_, i) => {
        const cellType = spec.cellTypes?.[start + i]?.[c];
        return [cellType ? NUMBER_FORMATS[cellType] : format];
      });
    });
    sheet.getRangeByIndexes(top, 0, values.length, cols).values = values;
    writeLinks(sheet, spec.links, start, values.length, firstDataRow, writtenNames);
    batcher.add(blockBytes + COMMAND_BYTES * (cols + 1));
    await batcher.flushIfFull();
    start += values.length;
    onRowsWritten(values.length);
  }

  const lastRow = firstDataRow + Math.max(rows.length, 1) - 1;
  const table = sheet.tables.add(rangeAddress({ row: headerRow, col: 0, rows: lastRow - headerRow + 1, cols }), true);
  table.name = layout.tempTableName;
  table.style = 'TableStyleMedium2';
  batcher.add(COMMAND_BYTES * 3);

  spec.columns.forEach((column, c) => {
    if (!column.width) return;
    sheet.getRangeByIndexes(headerRow, c, 1, 1).format.columnWidth = Math.round(column.width * 7);
    batcher.add(COMMAND_BYTES);
  });

  if (spec.conditionalFormats?.length && rows.length > 0) {
    if (!capabilities.conditionalFormats) skipped.add('Colour highlighting (conditional formats) is not supported by this Excel.');
    else
      spec.conditionalFormats.forEach((rule) => {
        // A custom formula, not a cellValue rule: Excel compares an empty cell as 0, so "less than 90" would colour
        // every blank (a collaboration block of unknown length). The formula is relative to the range's first cell.
        const format = sheet.getRangeByIndexes(firstDataRow, rule.column, rows.length, 1).conditionalFormats.add('Custom');
        format.custom.format.fill.color = SEVERITY_COLOURS[rule.severity].fill;
        format.custom.format.font.color = SEVERITY_COLOURS[rule.severity].font;
        format.custom.rule.formula = highlightFormula(rule, cellAddress(firstDataRow, rule.column));
        batcher.add(COMMAND_BYTES * 4);
      });
  }

  if (spec.chart && rows.length > 0) {
    if (!capabilities.charts) skipped.add('Charts are not supported by this Excel.');
    else {
      const { chart: chartSpec } = spec;
      const valueRange = sheet.getRangeByIndexes(headerRow, chartSpec.valueColumn, rows.length + 1, 1);
      const chart = sheet.charts.add(chartSpec.type === 'pie' ? 'Pie' : 'BarClustered', valueRange, 'Columns');
      chart.title.text = chartSpec.title;
      chart.series.getItemAt(0).setXAxisValues(sheet.getRangeByIndexes(firstDataRow, chartSpec.categoryColumn, rows.length, 1));
      chart.setPosition(cellAddress(headerRow, cols + 1), cellAddress(headerRow + 18, cols + 9));
      batcher.add(COMMAND_BYTES * 6);
    }
  }

  // A long preamble would freeze half the window; then the header scrolls away instead.
  if (headerRow + 1 <= MAX_FROZEN_ROWS) {
    sheet.freezePanes.freezeRows(headerRow + 1);
    batcher.add(COMMAND_BYTES);
  }
  await batcher.flushIfFull();
  return table;
}

function writeLinks(
  sheet: Excel.Worksheet,
  links: ReportSheet['table']['links'],
  start: number,
  count: number,
  firstDataRow: number,
  writtenNames: Map<string, string>,
): void {
  if (!links) return;
  for (let i = start; i < start + count; i++) {
    const rowLinks = links[i];
    if (!rowLinks) continue;
    for (const [col, link] of Object.entries(rowLinks)) {
      const target = writtenNames.get(link.sheet) ?? link.sheet;
      const documentReference = `${quoteSheetName(target)}!${link.range}`;
      sheet.getRangeByIndexes(firstDataRow + i, Number(col), 1, 1).hyperlink = { documentReference, screenTip: `Go to ${target} ${link.range}` };
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
    const finalName = uniqueSheetName(cleanSheetName(report.name), takenSheetNames);
    takenSheetNames.add(finalName.toLowerCase());
    const tempName = uniqueSheetName(`srr new ${index + 1}`, allSheetNames);
    allSheetNames.add(tempName.toLowerCase());
    const finalTableName = uniqueTableName(cleanTableName(report.table.name, index), takenTableNames);
    takenTableNames.add(finalTableName.toLowerCase());
    const tempTableName = uniqueTableName(`srrNew${index + 1}_${finalTableName}`, new Set([...allTableNames, ...takenTableNames]));
    allTableNames.add(tempTableName.toLowerCase());
    const headerRow = report.preamble.length > 0 ? report.preamble.length + 1 : 0;
    return { report, finalName, tempName, finalTableName, tempTableName, headerRow, cols: Math.max(1, report.table.columns.length) };
  });
}

function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Results').slice(0, MAX_SHEET_NAME).trim();
}

export function uniqueSheetName(base: string, taken: Set<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (review)' : ` (review ${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function cleanTableName(name: string, index: number): string {
  let cleaned = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(cleaned) || /^[A-Za-z]{1,3}\d+$/.test(cleaned)) cleaned = `srr_${cleaned || index + 1}`;
  return cleaned.slice(0, 200);
}

function uniqueTableName(base: string, taken: Set<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`.toLowerCase())) return `${base}_${n}`;
}

function idOrName(sheet: Excel.Worksheet, tempName: string): string {
  try {
    return sheet.id;
  } catch {
    // Not loaded: the failure came before Excel created the sheet or reported its id.
    return tempName;
  }
}

async function deleteHalfWritten(excel: ExcelHost, idsOrNames: string[]): Promise<void> {
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
      'Writing the results failed, and the unfinished result sheets could not be removed. Delete the sheets named "srr new …" by hand.',
      'CleanupFailed',
      { cause: cleanupError },
    );
  }
}
