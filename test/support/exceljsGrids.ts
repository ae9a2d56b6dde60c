import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellArea, CellValue, DataCheckItem, SheetGrid, WorkbookGrids } from '../../src/engine/types';
import { gridFromCells, type SparseCell } from '../../src/engine/grid/sparseCells';
import { notCalculatedItems } from '../../src/files/xlsxRead/readXlsx';

// The review's former .xlsx reader, exceljs's whole object model reduced to grids, kept as the test oracle for
// src/files/xlsxRead (test/files/xlsxReader.test.ts): the new reader must give exactly these grids. Where exceljs
// misread the file, and the review's reader now reads what the file says, the oracle is corrected here, each
// correction aimed at exactly that defect and no wider:
// 1. Entities decoded twice: exceljs's utils.xmlDecode, applied only to "str" cells (formula text results) and sheet
//    names after the XML parser had decoded them once, is made the identity while the oracle reads.
// 2. An empty shared string (<si/>): exceljs kept it as an empty object, {}, which read as "[object Object]"; the
//    oracle reads that object, and only an object with no properties at all, as empty text.
// 3. An ISO date cell (t="d", not a formula): exceljs parseFloat-ed its text, "2024-01-02" → 2024. While the oracle
//    reads, such a cell whose text is a real calendar date (JavaScript's own Date parsing, in UTC) becomes exceljs's
//    Date value, and any other text stays text; a General cell holding such a date is given the format "yyyy-mm-dd"
//    (whole days) or "yyyy-mm-dd hh:mm:ss".

// 4. Formula results: exceljs's cell value kept a result only when truthy (FormulaValue._copyModel), so a cached 0 or
//    FALSE read as empty. The oracle takes the result from the cell's model, where exceljs kept it, and marks a
//    formula cell with no <v> element at all (never calculated) while it reads; each such cell is expected on the
//    Data Check (the reader's own items for those cells) and read as empty.

// exceljs's own utility module, the one object its cell and sheet parsers call xmlDecode on.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljsUtils = require('exceljs/lib/utils/utils') as { xmlDecode: (text: string) => string };

interface CellXformModel {
  type?: number;
  value?: unknown;
  result?: unknown;
  formula?: string;
  shareType?: string;
}
interface CellXformThis {
  t?: string;
  model: CellXformModel;
  /** Set by the oracle: a <v> element opened in the cell (correction 4). */
  oracleValueElement?: boolean;
}
interface CellXformMethods {
  parseOpen(this: CellXformThis, node: { name: string }): boolean;
  parseClose(this: CellXformThis, name: string): boolean;
  reconcile(this: CellXformThis, model: CellXformModel, options: unknown): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as { prototype: CellXformMethods };
const DATE_TYPE = ExcelJS.ValueType.Date as number;
const STRING_TYPE = ExcelJS.ValueType.String as number;
const FORMULA_TYPE = ExcelJS.ValueType.Formula as number;

/** The result the oracle gives a formula cell never calculated (correction 4): an object no file can produce. */
const NOT_CALCULATED = Object.freeze({ oracleNotCalculated: true });

/** exceljs's cell parser with corrections 3 and 4, for the length of one read. */
async function withCorrectedCellXform<T>(read: () => Promise<T>): Promise<T> {
  const proto = CellXform.prototype;
  const original: CellXformMethods = { parseOpen: proto.parseOpen, parseClose: proto.parseClose, reconcile: proto.reconcile };
  proto.parseOpen = function (node) {
    if (node.name === 'c') this.oracleValueElement = false;
    else if (node.name === 'v') this.oracleValueElement = true;
    return original.parseOpen.call(this, node);
  };
  proto.parseClose = function (name) {
    const { model } = this;
    const isoText = name === 'c' && this.t === 'd' && !model.formula && !model.shareType ? model.value : undefined;
    const handled = original.parseClose.call(this, name);
    if (typeof isoText === 'string') {
      const date = isoDate(isoText);
      model.type = date ? DATE_TYPE : STRING_TYPE;
      model.value = date ?? isoText;
    }
    if (name === 'c' && model.type === FORMULA_TYPE && !this.oracleValueElement) model.result = NOT_CALCULATED;
    return handled;
  };
  // Hidden from reconcile, which would turn a date-formatted cell's result into a Date.
  proto.reconcile = function (model, options) {
    if (model.result !== NOT_CALCULATED) return original.reconcile.call(this, model, options);
    model.result = undefined;
    original.reconcile.call(this, model, options);
    model.result = NOT_CALCULATED;
  };
  try {
    return await read();
  } finally {
    Object.assign(proto, original);
  }
}

function isoDate(text: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):\d{2}(?::\d{2}(?:[.]\d+)?)?)?Z?$/.exec(text.trim());
  if (!m) return undefined;
  const plain = m[0].replace(/Z$/, '');
  const date = new Date(m[2] === undefined ? plain : `${plain}Z`);
  // JavaScript rolls 30 February over to 1 March and hour 24 over to the next day: neither is what the cell names.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 13) === `${m[1]}T${m[2] ?? '00'}` ? date : undefined;
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const EXCEL_EPOCH_OFFSET = 25569; // days from 1899-12-30 (Excel's day 0) to 1970-01-01
const DATE1904_OFFSET = 1462;

export async function exceljsGrids(filePath: string): Promise<WorkbookGrids> {
  const workbook = new ExcelJS.Workbook();
  const xmlDecode = exceljsUtils.xmlDecode;
  exceljsUtils.xmlDecode = (text) => text;
  try {
    await withCorrectedCellXform(() => workbook.xlsx.readFile(filePath));
  } finally {
    exceljsUtils.xmlDecode = xmlDecode;
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const dataCheck: DataCheckItem[] = [];
  const sheets = workbook.worksheets.map((ws) => {
    const { grid, notCalculated } = sheetGrid(ws, date1904);
    dataCheck.push(...notCalculatedItems(path.basename(filePath), ws.name, notCalculated, (address) => address));
    return grid;
  });
  return { name: path.basename(filePath, path.extname(filePath)), sheets, ...(dataCheck.length ? { dataCheck } : {}) };
}

function sheetGrid(ws: ExcelJS.Worksheet, date1904: boolean): { grid: SheetGrid; notCalculated: string[] } {
  const cells: SparseCell[] = [];
  const notCalculated: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.master === cell && cell.type === ExcelJS.ValueType.Formula && cell.result === (NOT_CALCULATED as unknown)) {
        notCalculated.push(cell.address);
        return;
      }
      const value = cellValue(cell, date1904);
      if (value !== null) cells.push({ row: rowNumber - 1, col: colNumber - 1, value, format: isoDateFormat(cell.numFmt || 'General', cell.value) });
    });
  });
  return { grid: gridFromCells(ws.name, cells, mergedAreas(ws)), notCalculated };
}

/** A General cell holding a Date (only a t="d" cell can: a number is a Date by its date format) gets an ISO format. */
function isoDateFormat(format: string, value: ExcelJS.CellValue): string {
  if (format !== 'General' || !(value instanceof Date)) return format;
  return value.getTime() % MS_PER_DAY === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
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
  // The result as exceljs parsed it, 0 and FALSE too (correction 4).
  if (cell.type === ExcelJS.ValueType.Formula) return plainValue(cell.result, date1904);
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
