import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellArea, CellValue, SheetGrid, WorkbookGrids } from '../../src/engine/types';
import { gridFromCells, type SparseCell } from '../../src/engine/grid/sparseCells';

// The review's former .xlsx reader, exceljs's whole object model reduced to grids, kept as the test oracle for
// src/files/xlsxRead (test/files/xlsxReader.test.ts): the new reader must give exactly these grids. Where exceljs
// misread the file, and the review's reader now reads what the file says, the oracle is corrected here, each
// correction aimed at exactly that defect and no wider:
// 1. Entities decoded twice: exceljs's utils.xmlDecode, applied only to "str" cells (formula text results) and sheet
//    names after the XML parser had decoded them once, is made the identity while the oracle reads.
// 2. An empty shared string (<si/>): exceljs kept it as an empty object, {}, which read as "[object Object]"; the
//    oracle reads that object, and only an object with no properties at all, as empty text.

// exceljs's own utility module, the one object its cell and sheet parsers call xmlDecode on.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljsUtils = require('exceljs/lib/utils/utils') as { xmlDecode: (text: string) => string };

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const EXCEL_EPOCH_OFFSET = 25569; // days from 1899-12-30 (Excel's day 0) to 1970-01-01
const DATE1904_OFFSET = 1462;

export async function exceljsGrids(filePath: string): Promise<WorkbookGrids> {
  const workbook = new ExcelJS.Workbook();
  const xmlDecode = exceljsUtils.xmlDecode;
  exceljsUtils.xmlDecode = (text) => text;
  try {
    await workbook.xlsx.readFile(filePath);
  } finally {
    exceljsUtils.xmlDecode = xmlDecode;
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  return {
    name: path.basename(filePath, path.extname(filePath)),
    sheets: workbook.worksheets.map((ws) => sheetGrid(ws, date1904)),
  };
}

function sheetGrid(ws: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  const cells: SparseCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell, date1904);
      if (value !== null) cells.push({ row: rowNumber - 1, col: colNumber - 1, value, format: cell.numFmt || 'General' });
    });
  });
  return gridFromCells(ws.name, cells, mergedAreas(ws));
}

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

function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
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
    if (Object.keys(v).length === 0) return '';
  }
  return String(value);
}

function excelSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET - (date1904 ? DATE1904_OFFSET : 0);
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}
