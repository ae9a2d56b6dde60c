// The What If sheet's input cells in the add-in: read before a run, so the engine keeps what the principal typed
// beside the new baseline (review()'s whatIfInputs, as the command line does from its earlier output, and as the
// team's notes are kept), and written from the pane's What if step.
//
// The What If sheet is found by its marker (never by a stored sheet id), its levers table by its header row ("Id"
// beside "Your value", wherever the principal moved it), and each lever by its id. A What If sheet the principal
// renamed is theirs now: its values fill in only where the current one has nothing the principal typed (blank, or
// left at its start), and the pane never writes into it.
// Loaded on demand (officeBridge.ts), so none of this is in the pane's first download.
import type { TypedInput, TypedWhatIfInput } from '../../engine/whatIf';
import { principalInputs } from '../../engine/whatIf/keptInputs';
import { INPUT_HEADER, LEVER_ID_HEADER, START_HEADER, WHAT_IF_SHEET } from '../../engine/whatIf/whatIfSheet';
import type { BridgeCapabilities } from './capabilities';
import { readBoxes, type ChunkedReadOptions } from './chunkedRead';
import { BridgeError, explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import { isReplaceable } from './ownership';
import { surveySheets } from './sheetSurvey';
import { readReportCopies } from './reportCopies';
import type { InputsWritten } from './types';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

interface FoundHeader {
  row: number;
  idCol: number;
  inputCol: number;
  /** The review's start values beside the inputs ("Meets practice at"); -1 if the principal removed the column. */
  startCol: number;
}

/** The levers table's rows: from below its header down to its first empty row (the tables below repeat the ids). */
function leverRows(values: unknown[][], header: FoundHeader): { line: unknown[]; index: number }[] {
  const rows: { line: unknown[]; index: number }[] = [];
  for (let index = header.row + 1; index < values.length; index++) {
    const line = values[index];
    if (line.every((cell) => text(cell) === '')) break;
    rows.push({ line, index });
  }
  return rows;
}

function findHeader(values: unknown[][]): FoundHeader | null {
  const row = values.findIndex((line) => line.some((cell) => text(cell) === LEVER_ID_HEADER) && line.some((cell) => text(cell) === INPUT_HEADER));
  if (row < 0) return null;
  const header = values[row].map(text);
  return { row, idCol: header.indexOf(LEVER_ID_HEADER), inputCol: header.indexOf(INPUT_HEADER), startCol: header.indexOf(START_HEADER) };
}

/** A cell as the engine's rule takes it: a number as Excel holds it, anything else as its trimmed text; undefined when empty. */
function cellInput(value: unknown): TypedInput | undefined {
  if (typeof value === 'number') return value;
  const typed = text(value);
  return typed === '' ? undefined : typed;
}

/**
 * Each lever's "Your value" cell in the levers table, by lever id, with its "Meets practice at" cell beside it, as
 * Excel holds them (a number, or the text); a lever whose cell is empty gives nothing, and the first row of an id
 * counts. The table ends at its first empty row: the tables below it repeat the lever ids. What the cells mean (a
 * number, a word, a value left at its start) is the engine's to decide (whatIf/keptInputs.ts), by the same rule as
 * for the command line, which reads its earlier output the same way (files/readPreviousNotes.ts).
 */
export function whatIfInputsFromValues(values: unknown[][]): Record<string, TypedWhatIfInput> {
  // No prototype: an id is the user's text, so "__proto__" is a key like any other and `in` sees own keys only.
  const inputs: Record<string, TypedWhatIfInput> = Object.create(null);
  const header = findHeader(values);
  if (!header) return inputs;
  for (const { line } of leverRows(values, header)) {
    const id = text(line[header.idCol]);
    const value = cellInput(line[header.inputCol]);
    if (!id || id in inputs || value === undefined) continue;
    const start = header.startCol >= 0 ? cellInput(line[header.startCol]) : undefined;
    inputs[id] = start === undefined ? { value } : { value, start };
  }
  return inputs;
}

export async function readWhatIfInputs(
  excel: ExcelHost,
  capabilities: Pick<BridgeCapabilities, 'customProperties'>,
  options: Pick<ChunkedReadOptions, 'budgetBytes'> = {},
): Promise<Record<string, TypedWhatIfInput>> {
  try {
    // Only what the principal typed, so a renamed copy fills in a lever our sheet left at its start (reportCopies.ts).
    const typed = (values: unknown[][]) => principalInputs(whatIfInputsFromValues(values));
    return await excel.run((context) => readReportCopies(context, capabilities.customProperties, WHAT_IF_SHEET, typed, options));
  } catch (error) {
    throw explainExcelError(error, 'reading the values typed on the What If sheet');
  }
}

/**
 * Writes the pane's numbers into the "Your value" cells of OUR What If sheet (finished, under the name we gave it), by
 * lever id, one cell each and nothing else. A renamed What If sheet, and every other sheet, is left alone.
 */
export async function writeWhatIfInputs(
  excel: ExcelHost,
  capabilities: Pick<BridgeCapabilities, 'customProperties'>,
  inputs: Record<string, number>,
  options: Pick<ChunkedReadOptions, 'budgetBytes'> = {},
): Promise<InputsWritten> {
  try {
    return await excel.run(async (context) => {
      const ours = (await surveySheets(context, capabilities.customProperties)).find(
        ({ owner, used }) => owner.marker?.report === WHAT_IF_SHEET && isReplaceable(owner) && used !== null,
      );
      if (!ours)
        throw new BridgeError(
          `There is no "${WHAT_IF_SHEET}" sheet from the review in this workbook (it was removed or renamed). Run the review to write it, then write your values again.`,
          'ItemNotFound',
        );
      const used = ours.used!;
      const [{ values }] = await readBoxes(context, [{ sheetId: ours.owner.id, ...used }], { budgetBytes: options.budgetBytes });
      const header = findHeader(values);
      if (!header)
        throw new BridgeError(
          `The "${ours.owner.name}" sheet no longer has its "${LEVER_ID_HEADER}" and "${INPUT_HEADER}" headers, so the add-in cannot tell which cell is which. Run the review again to rewrite it.`,
          'InvalidOperation',
        );
      const rowOf = new Map<string, number>();
      for (const { line, index } of leverRows(values, header)) {
        const id = text(line[header.idCol]);
        if (id && !rowOf.has(id)) rowOf.set(id, index);
      }
      const sheet = context.workbook.worksheets.getItem(ours.owner.id);
      const written: string[] = [];
      const missing: string[] = [];
      for (const [id, value] of Object.entries(inputs)) {
        const r = rowOf.get(id);
        if (r === undefined || !Number.isFinite(value)) {
          missing.push(id);
          continue;
        }
        // One cell at a time: only the input cells change, never a formula or a label between them.
        sheet.getRangeByIndexes(used.row + r, used.col + header.inputCol, 1, 1).values = [[value]];
        written.push(id);
      }
      await context.sync();
      return { sheet: ours.owner.name, written, missing };
    });
  } catch (error) {
    throw explainExcelError(error, `writing your values into the ${WHAT_IF_SHEET} sheet`);
  }
}
