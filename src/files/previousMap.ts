import { promises as fs } from 'node:fs';
import type { TypedFormulaInput } from '../engine/compare/formulaInputs';
import { FORMULA_ID_HEADER, FORMULA_SHEET, FORMULA_START_HEADER, FORMULA_VALUE_HEADER } from '../engine/compare/mapReport';
import { columnLetter } from '../engine/parse/values';
import { MARKER_SHEET } from './writeReportXlsx';
import { listSheets, openXlsx, readSheetCells, type PartCell, type SheetEntry } from './xlsxParts';

/** What an earlier district map holds in its Weighted formula inputs. */
export interface PreviousMapInputs {
  /** The sheet the inputs were found on (its name as the user left it: it may have been renamed). */
  sheet: string;
  /** Each input cell by its id, with the starting value beside it and its address. */
  typed: Record<string, TypedFormulaInput>;
}

/**
 * The Weighted formula inputs of an earlier map at `outPath`, already checked to be this tool's output
 * (checkOutput): undefined when there is no file or it holds no inputs table (an earlier single review, a map from
 * before the inputs had ids). The table is found by its header row ("Value", "Starting value", "Input id"), looking
 * first in the sheet named Weighted formula, then in the others, so a renamed sheet or moved rows still give their
 * values; each row is read by its id, never by its address. Uses only the public part readers of xlsxParts.ts.
 * Throws with the file's name when the file cannot be read, so the run keeps it rather than lose what was typed.
 */
export async function readPreviousMapInputs(outPath: string): Promise<PreviousMapInputs | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(outPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${outPath}: the earlier map could not be read (${(err as Error).message})`);
  }
  try {
    const zip = await openXlsx(bytes);
    const sheets = await listSheets(zip);
    const named = sheets.find((s) => s.name.toLowerCase() === FORMULA_SHEET.toLowerCase());
    const others = sheets.filter((s): s is SheetEntry => s !== named && s.name !== MARKER_SHEET);
    for (const sheet of named ? [named, ...others] : others) {
      const typed = inputsInCells(await readSheetCells(zip, sheet.part));
      if (typed) return { sheet: sheet.name, typed };
    }
    return undefined;
  } catch (err) {
    throw new Error(
      `${outPath}: the values typed in this earlier map's ${FORMULA_SHEET} sheet could not be read (${(err as Error).message}); ` +
        'it is left as it is. Note the values elsewhere and move the file away, or choose another --out.',
    );
  }
}

/** The inputs under the first row holding the three headers, down to its first row without an id. */
export function inputsInCells(cells: readonly PartCell[]): Record<string, TypedFormulaInput> | undefined {
  const byRow = new Map<number, Map<number, string>>();
  for (const cell of cells) {
    if (!byRow.has(cell.row)) byRow.set(cell.row, new Map());
    byRow.get(cell.row)!.set(cell.col, cell.text.trim());
  }
  const titles = [FORMULA_VALUE_HEADER, FORMULA_ID_HEADER];
  const headerRow = [...byRow.keys()].sort((a, b) => a - b).find((r) => titles.every((t) => [...byRow.get(r)!.values()].includes(t)));
  if (headerRow === undefined) return undefined;
  const columnOf = (title: string) => [...byRow.get(headerRow)!.entries()].find(([, text]) => text === title)?.[0];
  const [valueCol, idCol, startCol] = [columnOf(FORMULA_VALUE_HEADER)!, columnOf(FORMULA_ID_HEADER)!, columnOf(FORMULA_START_HEADER)];
  const typed: Record<string, TypedFormulaInput> = {};
  for (let r = headerRow + 1; byRow.get(r)?.get(idCol); r++) {
    const row = byRow.get(r)!;
    const value = row.get(valueCol) ?? '';
    const start = startCol === undefined ? undefined : row.get(startCol);
    // PartCell columns and rows count from 1; columnLetter from 0.
    typed[row.get(idCol)!] = { value: asTyped(value), ...(start === undefined ? {} : { start: asTyped(start) }), cell: `${columnLetter(valueCol - 1)}${r}` };
  }
  return typed;
}

/** Whether two readings of a map's inputs hold the same value under each id (where each sits does not matter). */
export function sameTypedValues(a: Readonly<Record<string, TypedFormulaInput>> = {}, b: Readonly<Record<string, TypedFormulaInput>> = {}): boolean {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => Object.hasOwn(b, id) && a[id].value === b[id].value);
}

/** A number as a number, anything else as the text typed. */
function asTyped(text: string): number | string {
  const number = Number(text);
  return text !== '' && Number.isFinite(number) ? number : text;
}
