import { MARKER_SHEET } from './writeReportXlsx';
import { readSheetCells, sheetMayHoldRow, type PartCell, type SheetEntry } from './xlsxParts';
import type { ZipPackage } from './xlsxRead/zipEntries';

// A table in an earlier output, found by its header row rather than by where it sat: the team's notes and What If
// inputs (readPreviousNotes.ts) and a district map's formula inputs (previousMap.ts) are each read through these, so a
// renamed sheet or moved rows are found alike in both kinds of output.

/**
 * The first table `read` finds, looking first in the sheet named `name` (any case), then in every other sheet but the
 * marker: a user may rename a sheet, so its header row (holding `titles`) is what identifies it. Another sheet is read
 * only when its XML may hold that row (sheetMayHoldRow), so a search that finds nothing (an earlier output without a
 * What If sheet) costs a text search of each sheet, not a read of its cells. `named`: whether that sheet exists;
 * `sheet`: the name of the sheet the table was found on.
 */
export function firstTableIn<T>(
  zip: ZipPackage,
  sheets: SheetEntry[],
  name: string,
  titles: readonly string[],
  read: (cells: PartCell[]) => T | undefined,
): { table: T | undefined; named: boolean; sheet?: string } {
  const named = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const others = sheets.filter((s) => s !== named && s.name !== MARKER_SHEET);
  for (const sheet of named ? [named, ...others] : others) {
    if (sheet !== named && !sheetMayHoldRow(zip, sheet.part, titles)) continue;
    const table = read(readSheetCells(zip, sheet.part));
    if (table) return { table, named: named !== undefined, sheet: sheet.name };
  }
  return { table: undefined, named: named !== undefined };
}

/**
 * The first row (top down) holding every one of `titles`, with their columns in that order; `columnOf` finds any other
 * header in it. Found by content, so a user's moved or inserted rows and columns change nothing.
 */
export function headerRowWith(
  byRow: Map<number, Map<number, string>>,
  titles: readonly string[],
): { row: number; columns: number[]; columnOf: (title: string) => number | undefined } | undefined {
  const row = [...byRow.keys()].sort((a, b) => a - b).find((r) => {
    const texts = [...byRow.get(r)!.values()];
    return titles.every((t) => texts.includes(t));
  });
  if (row === undefined) return undefined;
  const header = [...byRow.get(row)!.entries()];
  const columnOf = (title: string) => header.find(([, text]) => text === title)?.[0];
  return { row, columns: titles.map((t) => columnOf(t)!), columnOf };
}

/** Each row's cells by column, their text trimmed (PartCell rows and columns count from 1). */
export function cellsByRow(cells: PartCell[]): Map<number, Map<number, string>> {
  const byRow = new Map<number, Map<number, string>>();
  for (const cell of cells) {
    if (!byRow.has(cell.row)) byRow.set(cell.row, new Map());
    byRow.get(cell.row)!.set(cell.col, cell.text.trim());
  }
  return byRow;
}
