import { promises as fs } from 'node:fs';
import type { TypedFormulaInput } from '../engine/compare/formulaInputs';
import { FORMULA_ID_HEADER, FORMULA_SHEET, FORMULA_START_HEADER, FORMULA_VALUE_HEADER } from '../engine/compare/mapReport';
import { columnLetter } from '../engine/parse/values';
import { cellsByRow, firstTableIn, headerRowWith } from './tableByHeader';
import { listSheets, openXlsx, type PartCell } from './xlsxParts';

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
 * values; each row is read by its id, never by its address. The search is tableByHeader.ts's, as for the notes.
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
    const zip = openXlsx(bytes);
    const found = firstTableIn(zip, listSheets(zip), FORMULA_SHEET, [FORMULA_VALUE_HEADER, FORMULA_ID_HEADER], inputsInCells);
    return found.table && found.sheet !== undefined ? { sheet: found.sheet, typed: found.table } : undefined;
  } catch (err) {
    throw new Error(
      `${outPath}: the values typed in this earlier map's ${FORMULA_SHEET} sheet could not be read (${(err as Error).message}); ` +
        'it is left as it is. Note the values elsewhere and move the file away, or choose another --out.',
    );
  }
}

/**
 * The inputs under the first row holding the Value and Input id headers, down to its first row without an id: each
 * cell's text as the file holds it (a number cell's text is its number). What the text means (a number, a word, a
 * value left at its start) is the engine's to decide, once (compare/formulaInputs.ts keptFormulaInputs, by the What
 * If's rule in whatIf/typedNumber.ts), as for the What If's inputs (readPreviousNotes.ts whatIfInputsInCells).
 */
function inputsInCells(cells: PartCell[]): Record<string, TypedFormulaInput> | undefined {
  const byRow = cellsByRow(cells);
  const header = headerRowWith(byRow, [FORMULA_VALUE_HEADER, FORMULA_ID_HEADER]);
  if (!header) return undefined;
  const [valueCol, idCol] = header.columns;
  const startCol = header.columnOf(FORMULA_START_HEADER);
  // No prototype: an id is the user's text, and "__proto__" or "constructor" must be an input like any other.
  const typed: Record<string, TypedFormulaInput> = Object.create(null);
  for (let r = header.row + 1; byRow.get(r)?.get(idCol); r++) {
    const row = byRow.get(r)!;
    const id = row.get(idCol)!;
    const value = row.get(valueCol) ?? '';
    // An id on two rows (a row the principal copied): the first that holds a value, as the What If's reader takes it.
    const known = typed[id];
    if (known !== undefined && (known.value !== '' || value === '')) continue;
    const start = startCol === undefined ? undefined : row.get(startCol);
    // PartCell columns and rows count from 1; columnLetter from 0.
    typed[id] = { value, ...(start === undefined ? {} : { start }), cell: `${columnLetter(valueCol - 1)}${r}` };
  }
  return typed;
}
