import { promises as fs } from 'node:fs';
import { FLAG_ID_HEADER, FLAGS_SHEET, NOTES_HEADER } from '../engine/report/flagsSheet';
import { MARKER_SHEET, MARKER_TEXT } from './writeReportXlsx';
import { INPUT_HEADER, LEVER_ID_HEADER, START_HEADER, WHAT_IF_SHEET } from '../engine/whatIf/whatIfSheet';
import { principalInputs, type TypedWhatIfInput } from '../engine/whatIf/keptInputs';
import { listSheets, openXlsx, readSheetCells, type PartCell, type SheetEntry } from './xlsxParts';
import { cellsByRow, firstTableIn, headerRowWith } from './tableByHeader';
import type { ZipPackage } from './xlsxRead/zipEntries';

/** What an existing file at an output path is, read from the few parts that tell. */
export interface EarlierOutput {
  /** True when the file carries this tool's marker (see writeReportXlsx): only then may a run replace it. */
  ours: boolean;
  /** The team's notes by flag id, from its Flags table (empty when it is not ours). */
  notes: Record<string, string>;
  /** What the principal typed into the What If sheet's inputs, by lever id, each with its start (empty when none or not ours). */
  whatIfInputs: Record<string, TypedWhatIfInput>;
  /** True when the file is not a readable .xlsx package at all (damaged, cut off, or another kind of file). */
  unreadable?: boolean;
}

/**
 * Looks at the file at an output path before a run replaces it: is it an earlier output of this tool, and which
 * notes and What If inputs did the team type in it. Reads only the sheet list, the marker sheet and the sheets holding
 * the Flags and What If tables (found by name, or by header row: tableByHeader.ts), so a file that Excel, LibreOffice
 * or another library re-saved still gives them. Undefined when there is no file.
 * Throws with the file's name when the file is ours but its notes cannot be read, so the run keeps the file.
 */
export async function readEarlierOutput(outPath: string): Promise<EarlierOutput | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(outPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${outPath}: the existing file could not be read (${(err as Error).message})`);
  }
  let zip: ZipPackage;
  let sheets: SheetEntry[];
  try {
    zip = openXlsx(bytes);
    sheets = listSheets(zip);
  } catch {
    // Not a workbook at all (or a damaged one): not recognisably ours.
    return { ours: false, notes: {}, whatIfInputs: {}, unreadable: true };
  }
  const marker = sheets.find((s) => s.name === MARKER_SHEET);
  let ours = false;
  if (marker) {
    let cells: PartCell[] = [];
    try {
      cells = readSheetCells(zip, marker.part);
    } catch {
      // A damaged marker sheet: not recognisably ours.
    }
    ours = cells.some((c) => c.row === 1 && c.col === 1 && c.text === MARKER_TEXT);
  }
  if (!ours) return { ours, notes: {}, whatIfInputs: {} };
  try {
    return { ours, notes: notesOf(zip, sheets), whatIfInputs: whatIfInputsOf(zip, sheets) };
  } catch (err) {
    throw new Error(
      `${outPath}: the team's notes in this earlier output could not be read (${(err as Error).message}); ` +
        'it is left as it is. Copy the notes elsewhere and move the file away, or choose another --out.',
    );
  }
}

/** The team's notes by flag id in an earlier output; none when there is no earlier output or it is not ours. */
export async function readPreviousNotes(outPath: string): Promise<Record<string, string>> {
  return (await readEarlierOutput(outPath))?.notes ?? {};
}

/**
 * The Flags sheet's notes. The sheet is found by its name, or (renamed by the user) by the header row the other
 * sheets do not have; the header row by its content, so rows inserted or deleted above it change nothing.
 */
function notesOf(zip: ZipPackage, sheets: SheetEntry[]): Record<string, string> {
  const found = firstTableIn(zip, sheets, FLAGS_SHEET, [FLAG_ID_HEADER, NOTES_HEADER], notesInCells);
  // A Flags sheet whose header row was deleted may still hold notes that can no longer be matched to flags.
  if (!found.table && found.named) throw new Error(`its ${FLAGS_SHEET} sheet has no header row with "${FLAG_ID_HEADER}" and "${NOTES_HEADER}"`);
  return found.table ?? {};
}

/**
 * The What If sheet's inputs: the sheet by its name, or (renamed) by its levers table's header row ("Id" beside
 * "Your value"), as the notes are found. A sheet with no such row gives none: the levers start where practice is met.
 */
function whatIfInputsOf(zip: ZipPackage, sheets: SheetEntry[]): Record<string, TypedWhatIfInput> {
  // Only what the principal typed (the engine's rule): an output whose levers all sit at their starts holds nothing to lose.
  return principalInputs(firstTableIn(zip, sheets, WHAT_IF_SHEET, [LEVER_ID_HEADER, INPUT_HEADER], whatIfInputsInCells).table ?? {});
}

/**
 * Each lever's "Your value" cell from the rows of the table under the first row holding both "Id" and "Your value",
 * down to its first empty row, by lever id, with its "Meets practice at" cell beside it: each cell's text as the file
 * holds it (a number cell's text is its number); a lever whose cell is empty gives nothing, and the first row of an
 * id counts. What the cells mean (a number, a word, a value left at its start) is the engine's to decide
 * (whatIf/keptInputs.ts), by the same rule as for the add-in's reader (addin/bridge/whatIfInputs.ts).
 */
export function whatIfInputsInCells(cells: PartCell[]): Record<string, TypedWhatIfInput> | undefined {
  const byRow = cellsByRow(cells);
  const header = headerRowWith(byRow, [LEVER_ID_HEADER, INPUT_HEADER]);
  if (!header) return undefined;
  const [idCol, inputCol] = header.columns;
  const startCol = header.columnOf(START_HEADER);
  // No prototype: an id is the user's text, so "__proto__" is a key like any other and `in` sees own keys only.
  const inputs: Record<string, TypedWhatIfInput> = Object.create(null);
  for (let r = header.row + 1; byRow.has(r); r++) {
    const row = byRow.get(r)!;
    const id = row.get(idCol);
    const value = row.get(inputCol);
    if (!id || value === undefined || value === '' || id in inputs) continue;
    const start = startCol === undefined ? undefined : row.get(startCol);
    inputs[id] = start === undefined || start === '' ? { value } : { value, start };
  }
  return inputs;
}

/** Notes from every row below the first row holding both the Id and Team notes headers; undefined: no such row. */
export function notesInCells(cells: PartCell[]): Record<string, string> | undefined {
  const byRow = cellsByRow(cells);
  const header = headerRowWith(byRow, [FLAG_ID_HEADER, NOTES_HEADER]);
  if (!header) return undefined;
  const [idCol, notesCol] = header.columns;
  const notes: Record<string, string> = {};
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    if (r <= header.row) continue;
    const id = byRow.get(r)!.get(idCol);
    const note = byRow.get(r)!.get(notesCol);
    if (id && note) notes[id] = note;
  }
  return notes;
}
