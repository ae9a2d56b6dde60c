import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { DataCheckItem, SheetGrid, WorkbookGrids } from '../engine/types';
import { csvSheet } from './csv';

/** A file the review cannot use; the message names the file and what was expected. */
export class UnusableInputError extends Error {}

/** Reads an .xlsx workbook or a .csv file (one sheet named after the file) into grids. Never writes to it. */
export async function readWorkbookFile(filePath: string): Promise<WorkbookGrids> {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.csv') return readCsvFiles([filePath]);
  if (ext !== '.xlsx' && ext !== '.xlsm') {
    throw new UnusableInputError(`${filePath}: expected an .xlsx workbook or .csv files, not "${ext || 'no extension'}"`);
  }
  await assertReadable(filePath);
  // Loaded here, not at the top: a run on CSV files never needs the .xlsx reader and its zip and XML modules.
  const { readXlsxGrids } = await import('./xlsxRead/readXlsx');
  let read: { sheets: SheetGrid[]; dataCheck: DataCheckItem[] };
  try {
    read = readXlsxGrids(await fs.readFile(filePath), path.basename(filePath));
  } catch (err) {
    throw new UnusableInputError(`${filePath}: could not be read as an .xlsx workbook (${(err as Error).message})`);
  }
  const { sheets, dataCheck } = read;
  return { name: path.basename(filePath, path.extname(filePath)), sheets, ...(dataCheck.length ? { dataCheck } : {}) };
}

/** Several CSV files as one workbook: each file is a sheet named after it. */
export async function readCsvFiles(filePaths: string[]): Promise<WorkbookGrids> {
  const sheets: SheetGrid[] = [];
  const dataCheck: DataCheckItem[] = [];
  for (const filePath of filePaths) {
    await assertReadable(filePath);
    const read = csvSheet(await fs.readFile(filePath), path.basename(filePath, path.extname(filePath)), path.basename(filePath));
    sheets.push(read.grid);
    dataCheck.push(...read.dataCheck);
  }
  const name = filePaths.length === 1 ? sheets[0].name : path.basename(path.dirname(path.resolve(filePaths[0])));
  return { name, sheets, ...(dataCheck.length ? { dataCheck } : {}) };
}

async function assertReadable(filePath: string): Promise<void> {
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) throw new UnusableInputError(`${filePath}: is not a file`);
  } catch (err) {
    if (err instanceof UnusableInputError) throw err;
    throw new UnusableInputError(`${filePath}: no such file (expected an .xlsx workbook or .csv files)`);
  }
}
