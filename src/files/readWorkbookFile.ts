import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import type { CellArea, CellValue, DataCheckItem, SheetGrid, WorkbookGrids } from '../engine/types';
import { gridFromCells, type SparseCell } from '../engine/grid/sparseCells';
import { csvSheet } from './csv';

/** A file the review cannot use; the message names the file and what was expected. */
export class UnusableInputError extends Error {}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const EXCEL_EPOCH_OFFSET = 25569; // days from 1899-12-30 (Excel's day 0) to 1970-01-01
const DATE1904_OFFSET = 1462;

/** Reads an .xlsx workbook or a .csv file (one sheet named after the file) into grids. Never writes to it. */
export async function readWorkbookFile(filePath: string): Promise<WorkbookGrids> {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.csv') return readCsvFiles([filePath]);
  if (ext !== '.xlsx' && ext !== '.xlsm') {
    throw new UnusableInputError(`${filePath}: expected an .xlsx workbook or .csv files, not "${ext || 'no extension'}"`);
  }
  await assertReadable(filePath);
  // Loaded here, not at start-up: CSV input and --help never pay for exceljs (0.2 s).
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.readFile(filePath);
  } catch (err) {
    throw new UnusableInputError(`${filePath}: could not be read as an .xlsx workbook (${(err as Error).message})`);
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  return {
    name: path.basename(filePath, path.extname(filePath)),
    sheets: workbook.worksheets.map((ws) => sheetGrid(ws, date1904)),
  };
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

function sheetGrid(ws: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  // Only the cells that hold data are visited and kept: eachRow/eachCell skip empty ones, and gridFromCells keeps
  // its dense block in proportion to them (a sheet holding A1 and XFD1048576 is two cells, not a dense sheet).
  const cells: SparseCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell, date1904);
      if (value !== null) cells.push({ row: rowNumber - 1, col: colNumber - 1, value, format: cell.numFmt || 'General' });
    });
  });
  return gridFromCells(ws.name, cells, mergedAreas(ws));
}

/**
 * The sheet's merged areas, zero-based. ExcelJS has no public accessor: its worksheet keeps them in `_merges`, keyed by
 * the top-left address, each with a 1-based `model` {top, left, bottom, right} (exceljs issues #1501 and #2729).
 */
function mergedAreas(ws: ExcelJS.Worksheet): CellArea[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model?: Partial<CellArea> }> })._merges ?? {};
  const areas: CellArea[] = [];
  for (const { model } of Object.values(merges)) {
    if (!model) continue;
    const { top, left, bottom, right } = model;
    if ([top, left, bottom, right].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 1)) {
      areas.push({ top: top! - 1, left: left! - 1, bottom: bottom! - 1, right: right! - 1 });
    }
  }
  return areas;
}

/**
 * One cell as the engine expects it, like office-js gives values: formulas as their cached result, dates and
 * times as Excel serials, rich text as its text, and merged cells only in their top-left cell (the engine spreads
 * the value over the merged area, for this reader and office-js alike).
 */
function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  // A cell merged into another has that top-left cell as its master (ExcelJS's ValueType.Merge).
  if (cell.master !== cell) return null;
  return plainValue(cell.value, date1904);
}

function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value, date1904);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('error' in v) return { error: String(v.error) };
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((run) => run.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result, date1904);
    if ('hyperlink' in v) return plainValue(v.text, date1904);
    if ('text' in v) return plainValue(v.text, date1904);
  }
  return String(value);
}

function excelSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET - (date1904 ? DATE1904_OFFSET : 0);
  // exceljs rounds to whole milliseconds; undo the float noise so 8:05 reads back as exactly 485/1440.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}
