// The principal's own input cells (the What If sheet's levers): kept across re-runs, and written from the pane.
//
// Kept as team notes are (teamNotes.ts): before a run writes, the previous sheet of the same report is found by its
// marker (never by a stored sheet id), its header row by its content (the principal may insert rows above it), and
// every row below it gives a key (the first column: a lever's id) and the numbers typed in the input columns. Those
// numbers go into the new report's input cells; the results are formulas over them, so they follow in Excel.
// A renamed copy is the principal's own sheet now; its inputs fill in only where the current sheet has none.
//
// Only what the principal typed is kept. The cell starts at the engine's value (a lever at the recommended practice),
// and that value moves when the school's figures move; a start value carried as if typed would freeze the lever at
// last term's figures. So the engine's own values are remembered in a workbook setting at each run, and a cell still
// holding its run's engine value is not kept. The setting decides no ownership and names no sheet: at worst (a
// workbook edited elsewhere) a typed number equal to the engine's is taken as untouched, and follows the engine.
//
// Written from the pane into OUR sheet only (a finished result sheet under the name we gave it): the input cells of
// the rows whose key the pane names, and nothing else on the sheet.
import type { Report } from '../../engine/types';
import { cellAddress } from './a1';
import type { BridgeCapabilities } from './capabilities';
import { readBoxes, type ChunkedReadOptions, type ReadBox } from './chunkedRead';
import { BridgeError, explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import { inputColumnsOf, type InputColumns, type InputsWritten } from './inputColumns';
import { isRenamedByUser, isReplaceable, surveySheets } from './ownership';

export { inputColumnsOf, type InputColumns, type InputsWritten };

/** What a sheet's cells hold for its input columns: by key, by input header, the number typed there. */
export type KeptInputs = Record<string, Record<string, number>>;

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

interface FoundHeader {
  row: number;
  keyCol: number;
  inputCols: number[];
}

function findHeader(values: unknown[][], columns: InputColumns): FoundHeader | null {
  const row = values.findIndex((line) => line.some((cell) => text(cell) === columns.keyHeader) && columns.inputHeaders.every((h) => line.some((cell) => text(cell) === h)));
  if (row < 0) return null;
  const header = values[row].map(text);
  return { row, keyCol: header.indexOf(columns.keyHeader), inputCols: columns.inputHeaders.map((h) => header.indexOf(h)) };
}

/**
 * The numbers in a sheet's input cells, by key. A cell left empty keeps nothing (the lever starts where the engine
 * starts it); a cell holding something that is not a number is named in `notices` and keeps nothing either, so a
 * formula over it never reads text. `origin` is the sheet row and column of values[0][0], for the notice's address.
 */
export function inputsFromValues(
  values: unknown[][],
  columns: InputColumns,
  sheetName: string,
  origin: { row: number; col: number } = { row: 0, col: 0 },
): { inputs: KeptInputs; notices: string[] } {
  const inputs: KeptInputs = {};
  const notices: string[] = [];
  const header = findHeader(values, columns);
  if (!header) return { inputs, notices };
  values.slice(header.row + 1).forEach((line, i) => {
    const key = text(line[header.keyCol]);
    if (!key || key in inputs) return;
    const kept: Record<string, number> = {};
    header.inputCols.forEach((col, j) => {
      const value = line[col];
      if (typeof value === 'number' && Number.isFinite(value)) kept[columns.inputHeaders[j]] = value;
      else if (text(value) !== '') {
        const address = cellAddress(origin.row + header.row + 1 + i, origin.col + col);
        notices.push(
          `On "${sheetName}", ${address} (${columns.inputHeaders[j]} for "${key}") holds "${text(value)}", not a number, so that lever starts again at the review's value.`,
        );
      }
    });
    if (Object.keys(kept).length > 0) inputs[key] = kept;
  });
  return { inputs, notices };
}

/** The report with the kept numbers in its input cells; everything else as the engine wrote it. */
export function withKeptInputs(report: Report, kept: Record<string, KeptInputs>): Report {
  return {
    sheets: report.sheets.map((sheet) => {
      const columns = inputColumnsOf(sheet);
      const byKey = kept[sheet.name];
      if (!columns || !byKey) return sheet;
      const headers = sheet.table.columns.map((c) => c.header);
      const rows = sheet.table.rows.map((row) => {
        const typed = byKey[text(row[0])];
        if (!typed) return row;
        const next = [...row];
        for (const [header, value] of Object.entries(typed)) next[headers.indexOf(header)] = value;
        return next;
      });
      return { ...sheet, table: { ...sheet.table, rows } };
    }),
  };
}

/** The input cells' values as the engine wrote them in the last run, by report sheet, by key, by header. */
export const ENGINE_INPUTS_SETTING = 'SchoolResourceReview.engineInputs';

/** The report's own input values (before anything typed is carried into them), for the setting above. */
export function engineInputsOf(report: Report): Record<string, KeptInputs> {
  const record: Record<string, KeptInputs> = {};
  for (const sheet of report.sheets) {
    const columns = inputColumnsOf(sheet);
    if (!columns) continue;
    const headers = sheet.table.columns.map((c) => c.header);
    const byKey: KeptInputs = {};
    for (const row of sheet.table.rows) {
      const values: Record<string, number> = {};
      for (const header of columns.inputHeaders) {
        const value = row[headers.indexOf(header)];
        if (typeof value === 'number') values[header] = value;
      }
      if (text(row[0])) byKey[text(row[0])] = values;
    }
    record[sheet.name] = byKey;
  }
  return record;
}

function parseEngineInputs(value: unknown): Record<string, KeptInputs> {
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, KeptInputs>) : {};
  } catch {
    return {};
  }
}

/** Leaves out the numbers that are still what the engine wrote there. */
function typedOnly(inputs: KeptInputs, engine: KeptInputs | undefined): KeptInputs {
  const typed: KeptInputs = {};
  for (const [key, values] of Object.entries(inputs)) {
    const kept = Object.fromEntries(Object.entries(values).filter(([header, value]) => engine?.[key]?.[header] !== value));
    if (Object.keys(kept).length > 0) typed[key] = kept;
  }
  return typed;
}

export interface CarriedInputs {
  report: Report;
  /** By report sheet, by key: the number now in the first input column, for the pane to start from. */
  kept: Record<string, Record<string, number>>;
  notices: string[];
}

/**
 * Reads the inputs typed on the previous sheets of every report sheet that keeps them, and puts them into the report.
 * A report with no such sheet costs no request at all.
 */
export async function carryInputs(
  excel: ExcelHost,
  capabilities: Pick<BridgeCapabilities, 'customProperties'>,
  report: Report,
  options: Pick<ChunkedReadOptions, 'budgetBytes'> = {},
): Promise<CarriedInputs> {
  const wanted = report.sheets.map(inputColumnsOf).filter((c): c is InputColumns => c !== null);
  if (wanted.length === 0) return { report, kept: {}, notices: [] };
  let found: { columns: InputColumns; name: string; values: unknown[][]; origin: { row: number; col: number } }[];
  let engine: Record<string, KeptInputs> = {};
  try {
    found = await excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(ENGINE_INPUTS_SETTING);
      setting.load('value');
      await context.sync();
      engine = setting.isNullObject ? {} : parseEngineInputs(setting.value);
      const surveyed = await surveySheets(context, capabilities.customProperties);
      // The current sheet first, so what is typed there wins over a renamed copy.
      const sources = wanted.flatMap((columns) =>
        surveyed
          .filter(({ owner, used }) => owner.marker?.report === columns.report && owner.marker.state === 'done' && used !== null)
          .sort((a, b) => Number(isRenamedByUser(a.owner)) - Number(isRenamedByUser(b.owner)))
          .map(({ owner, used }) => ({ columns, name: owner.name, box: { sheetId: owner.id, ...used! } as ReadBox })),
      );
      const contents = await readBoxes(context, sources.map((s) => s.box), { budgetBytes: options.budgetBytes });
      return sources.map((s, i) => ({ columns: s.columns, name: s.name, values: contents[i].values, origin: { row: s.box.row, col: s.box.col } }));
    });
  } catch (error) {
    throw explainExcelError(error, 'reading the What If inputs you typed');
  }
  const kept: Record<string, KeptInputs> = {};
  const notices: string[] = [];
  for (const source of found) {
    const read = inputsFromValues(source.values, source.columns, source.name, source.origin);
    notices.push(...read.notices);
    const sheetKept = (kept[source.columns.report] ??= {});
    for (const [key, values] of Object.entries(typedOnly(read.inputs, engine[source.columns.report]))) if (!(key in sheetKept)) sheetKept[key] = values;
  }
  const firstInput: Record<string, Record<string, number>> = {};
  for (const columns of wanted) {
    const first = columns.inputHeaders[0];
    const entries = Object.entries(kept[columns.report] ?? {}).filter(([, values]) => first in values);
    if (entries.length > 0) firstInput[columns.report] = Object.fromEntries(entries.map(([key, values]) => [key, values[first]]));
  }
  return { report: withKeptInputs(report, kept), kept: firstInput, notices };
}

/**
 * Remembers the engine's own input values of the report just written (see ENGINE_INPUTS_SETTING). The sheets are
 * written by then, so a failure here is said, not thrown: the run itself succeeded.
 */
export async function rememberEngineInputs(excel: ExcelHost, report: Report): Promise<string[]> {
  const record = engineInputsOf(report);
  if (Object.keys(record).length === 0) return [];
  try {
    await excel.run(async (context) => {
      context.workbook.settings.add(ENGINE_INPUTS_SETTING, JSON.stringify(record));
      await context.sync();
    });
    return [];
  } catch (error) {
    const { message } = explainExcelError(error, "remembering the What If sheet's starting values");
    return [`${message} The next run keeps every What If value as if you had typed it, even those you left as they were.`];
  }
}

/**
 * Writes numbers into the first input column of OUR sheet of that report, by key, and nothing else. A sheet the
 * principal renamed is theirs and is left alone; so is every other sheet.
 */
export async function writeInputs(
  excel: ExcelHost,
  capabilities: Pick<BridgeCapabilities, 'customProperties'>,
  columns: InputColumns,
  inputs: Record<string, number>,
  options: Pick<ChunkedReadOptions, 'budgetBytes'> = {},
): Promise<InputsWritten> {
  try {
    return await excel.run(async (context) => {
      const ours = (await surveySheets(context, capabilities.customProperties)).find(
        ({ owner, used }) => owner.marker?.report === columns.report && isReplaceable(owner) && used !== null,
      );
      if (!ours)
        throw new BridgeError(
          `There is no "${columns.report}" sheet from the review in this workbook (it was removed or renamed). Run the review to write it, then write your choices again.`,
          'ItemNotFound',
        );
      const used = ours.used!;
      const [{ values }] = await readBoxes(context, [{ sheetId: ours.owner.id, ...used }], { budgetBytes: options.budgetBytes });
      const header = findHeader(values, columns);
      if (!header)
        throw new BridgeError(
          `The "${ours.owner.name}" sheet no longer has its "${columns.keyHeader}" and "${columns.inputHeaders[0]}" headers, so the add-in cannot tell which cell is which. Run the review again to rewrite it.`,
          'InvalidOperation',
        );
      const rowOf = new Map<string, number>();
      values.forEach((line, r) => {
        const key = text(line[header.keyCol]);
        if (r > header.row && key && !rowOf.has(key)) rowOf.set(key, r);
      });
      const sheet = context.workbook.worksheets.getItem(ours.owner.id);
      const written: string[] = [];
      const missing: string[] = [];
      for (const [key, value] of Object.entries(inputs)) {
        const r = rowOf.get(key);
        if (r === undefined || !Number.isFinite(value)) {
          missing.push(key);
          continue;
        }
        // One cell at a time: only the input cells change, never a formula or a label between them.
        sheet.getRangeByIndexes(used.row + r, used.col + header.inputCols[0], 1, 1).values = [[value]];
        written.push(key);
      }
      await context.sync();
      return { sheet: ours.owner.name, written, missing };
    });
  } catch (error) {
    throw explainExcelError(error, `writing your choices into the ${columns.report} sheet`);
  }
}
