import type { CellArea, CellValue } from '../../engine/types';
import type { SparseCell } from '../../engine/grid/sparseCells';
import type { CellStyles } from './numberFormats';
import { decodeText, END, OPEN, TEXT, unescapeText, XmlScanner } from './xmlScanner';

// One worksheet's cells and merged areas, read from its XML the way exceljs 4.4 reads them (CellXform, RowXform,
// Row.model, Worksheet._parseMergeCells) and then reduced as the review's cellValue() reduced exceljs's values:
// formulas as their cached result, dates back to Excel serials, rich text as its text, errors as { error }, and only
// the top-left cell of a merged area. The exceljs path is kept as a test oracle (test/support/exceljsGrids.ts) and
// the two are compared on every workbook the tests hold. Where exceljs misread the file, this reads what the file
// says, and the oracle is corrected for exactly that: a formula's cached 0 or FALSE is its value (exceljs: empty), and
// one never calculated is reported as missing; entities are decoded once (exceljs decoded "str" text twice);
// an empty shared string is empty text (exceljs: "[object Object]"); an ISO date cell (t="d") is a date (exceljs: its
// year).

export interface SheetContext {
  /** The shared strings by index; undefined when the package has no sharedStrings part. */
  sharedStrings: string[] | undefined;
  styles: CellStyles;
  date1904: boolean;
}

export interface WorksheetCells {
  cells: SparseCell[];
  merges: CellArea[];
  /** Formula cells with no calculated value (never calculated: written by a program), zero-based, in sheet order. */
  notCalculated: readonly { row: number; col: number }[];
}

/** finishCell's answer for a formula with no cached result: missing, not empty and not zero. */
const NOT_CALCULATED = Symbol('formula with no calculated value');

/** A row's cells, zero-based; a null value is a styled empty cell (exceljs's Null type), which still replaces. */
interface ParsedRow {
  number: number;
  cells: SparseCell[];
}

const NONE = 0;
const FORMULA = 1;
const VALUE = 2;

export function readWorksheetCells(xml: string, context: SheetContext): WorksheetCells {
  const scanner = new XmlScanner(xml);
  const rows: ParsedRow[] = [];
  const mergeRefs: string[] = [];
  let rowsInOrder = true;
  let lastRow = 0;

  let inSheetData = false;
  let inMergeCells = false;
  const notCalculated = new Set<SparseCell>();
  let row: ParsedRow | undefined;
  let rowCellsInOrder = true;
  let previousCol: number | undefined;

  // The cell being read. Like exceljs's one CellXform, `node` is not reset between cells.
  let inCell = false;
  let refAt = -1;
  let refStart = 0;
  let refEnd = 0;
  let ref: string | undefined;
  let styleId: number | undefined;
  let type: string | undefined;
  let formula = '';
  let shareType: string | undefined;
  /** A <v> element was in the cell, even an empty one (a formula's empty text result). */
  let valueElement = false;
  // The value's text: one chunk is kept as its range in the XML (read in place when plain digits), more are joined.
  let value: string | undefined;
  let valueStart = -1;
  let valueEnd = -1;
  let runs: (string | undefined)[] | undefined;
  let node = NONE;
  // Inside a rich-text run (<r>): its text parts, whether in its <t>, whether in its font (<rPr>).
  let inRun = false;
  let runText: string | undefined;
  let inRunText = false;
  let inRunFont = false;
  let runParts: string[] = [];

  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === TEXT) {
      if (!inCell) continue;
      if (inRun) {
        if (inRunText) runParts.push(scanner.text());
      } else if (node === FORMULA) formula += scanner.text();
      else if (node === VALUE) {
        // Text after rich-text runs goes onto the runs array's "text" property in exceljs: it is lost.
        if (runs !== undefined) continue;
        if (valueStart < 0 && value === undefined) {
          valueStart = scanner.textStart;
          valueEnd = scanner.textEnd;
        } else {
          value = (value ?? textOf(xml, valueStart, valueEnd)) + scanner.text();
          valueStart = -1;
        }
      }
      continue;
    }
    if (token === OPEN) {
      if (inCell) {
        if (inRun) {
          if (inRunFont) continue;
          if (scanner.is('t')) {
            inRunText = true;
            runParts = [];
          } else if (scanner.is('rPr')) inRunFont = true;
          else if (scanner.is('r')) runText = undefined;
        } else if (scanner.is('v')) {
          node = VALUE;
          valueElement = true;
        } else if (scanner.is('t')) node = VALUE;
        else if (scanner.is('f')) {
          node = FORMULA;
          shareType = scanner.attr('t');
        } else if (scanner.is('r')) {
          inRun = true;
          runText = undefined;
          inRunText = false;
          inRunFont = false;
        }
      } else if (row !== undefined) {
        if (scanner.is('c')) {
          inCell = true;
          refAt = scanner.attrAt('r');
          if (refAt >= 0) {
            refStart = scanner.attrStart(refAt);
            refEnd = scanner.attrEnd(refAt);
            ref = hasReference(xml, refStart, refEnd) ? scanner.attrValue(refAt) : undefined;
          }
          const sAt = scanner.attrAt('s');
          if (sAt < 0) styleId = undefined;
          else {
            styleId = digitsValue(xml, scanner.attrStart(sAt), scanner.attrEnd(sAt));
            if (styleId < 0) styleId = parseInt(scanner.attrValue(sAt), 10);
          }
          const tAt = scanner.attrAt('t');
          type = tAt < 0 ? undefined : scanner.attrValue(tAt);
          formula = '';
          shareType = undefined;
          valueElement = false;
          value = undefined;
          valueStart = -1;
          runs = undefined;
        }
      } else if (inSheetData) {
        if (scanner.is('row')) {
          row = { number: parseInt(scanner.attr('r') ?? '', 10), cells: [] };
          rowCellsInOrder = true;
          previousCol = undefined;
        }
      } else if (inMergeCells) {
        if (scanner.is('mergeCell')) {
          const area = scanner.attr('ref');
          if (area !== undefined) mergeRefs.push(area);
        }
      } else if (scanner.is('sheetData')) inSheetData = true;
      else if (scanner.is('mergeCells')) inMergeCells = true;
      continue;
    }
    // CLOSE
    if (inCell) {
      if (inRun) {
        if (inRunFont) {
          if (scanner.is('rPr')) inRunFont = false;
        } else if (scanner.is('t')) {
          if (inRunText) runText = unescapeText(runParts);
          inRunText = false;
        } else if (scanner.is('r')) {
          if (value !== undefined || valueStart >= 0) throw new TypeError("Cannot create property 'richText' on string");
          (runs ??= []).push(runText);
          inRun = false;
          node = NONE;
        }
      } else if (scanner.is('c')) {
        inCell = false;
        const finished = finishCell(xml, styleId, type, formula, shareType, valueElement, value, valueStart, valueEnd, runs, context);
        if (finished === undefined) continue; // no value and no style: exceljs does not even create it
        const cellValue = finished === NOT_CALCULATED ? null : finished;
        let col: number;
        if (refAt >= 0) col = ref === undefined ? decodeColumn(xml, refStart, refEnd) : decodeColumn(ref, 0, ref.length);
        else if (previousCol !== undefined) col = previousCol + 1; // <c> without r: the next column
        else throw new Error(`a cell without a reference (r) opens row ${row!.number}`);
        previousCol = col;
        const cells = row!.cells;
        if (cells.length > 0 && cells[cells.length - 1].col >= col - 1) rowCellsInOrder = false;
        let format = context.styles.formatOf(styleId ?? 0) || 'General';
        // An ISO date in a General cell gets a date format, so it is read as the date it is, not as a count.
        if (type === 'd' && !formula && !shareType && typeof cellValue === 'number' && format === 'General') {
          format = Number.isInteger(cellValue) ? ISO_DATE_FORMAT : ISO_DATE_TIME_FORMAT;
        }
        const cell: SparseCell = { row: row!.number - 1, col: col - 1, value: cellValue, format };
        cells.push(cell);
        if (finished === NOT_CALCULATED) notCalculated.add(cell);
      } else if (scanner.is('f') || scanner.is('v') || scanner.is('is') || scanner.is('t')) node = NONE;
    } else if (row !== undefined) {
      if (scanner.is('row')) {
        if (!(row.number >= 1)) {
          // exceljs: a row without a number fails (Row.model "Invalid row number in model"); row 0 is never listed.
          if (Number.isNaN(row.number)) throw new Error('Invalid row number in model');
        } else {
          if (!rowCellsInOrder) row.cells = lastCellOfEachColumn(row.cells);
          if (row.number <= lastRow) rowsInOrder = false;
          lastRow = row.number;
          rows.push(row);
        }
        row = undefined;
      }
    } else if (inSheetData) {
      if (scanner.is('sheetData')) inSheetData = false;
    } else if (inMergeCells) {
      if (scanner.is('mergeCells')) inMergeCells = false;
    } else if (scanner.is('worksheet')) break;
  }

  const ordered = rowsInOrder ? rows : lastOfEachRow(rows);
  const merges = mergedAreas(mergeRefs);
  const missing: SparseCell[] = [];
  const cells = sparseCells(ordered, merges, notCalculated.size > 0 ? { of: notCalculated, found: missing } : undefined);
  return { cells, merges, notCalculated: missing };
}

/**
 * The cell's value as exceljs's CellXform.parseClose and reconcile make it, reduced as cellValue() reduced it; null
 * for a styled cell without a value; undefined for a cell with neither (exceljs's "Merge" type, which it skips);
 * NOT_CALCULATED for a formula without a <v>. A formula's cached result is its value, 0 and FALSE too (exceljs kept
 * only a truthy result, so a formula total of 0 read as empty).
 */
function finishCell(
  xml: string,
  styleId: number | undefined,
  type: string | undefined,
  formula: string,
  shareType: string | undefined,
  valueElement: boolean,
  joined: string | undefined,
  valueStart: number,
  valueEnd: number,
  runs: (string | undefined)[] | undefined,
  context: SheetContext,
): CellValue | typeof NOT_CALCULATED | undefined {
  const hasValue = valueStart >= 0 || joined !== undefined || runs !== undefined;
  // exceljs keeps rich-text runs as an object: as a text it is "[object Object]".
  const text = (): string => (runs !== undefined ? '[object Object]' : (joined ?? textOf(xml, valueStart, valueEnd)));
  if (formula || shareType) {
    // An empty <v/> is a calculated empty text; no <v> at all means the formula was never calculated.
    if (!hasValue) return valueElement ? null : NOT_CALCULATED;
    let result: CellValue;
    if (type === 'str') {
      if (runs !== undefined) throw new TypeError('model.value.replace is not a function');
      // The XML parser decoded its entities once, which is all they are: exceljs decoded them again.
      result = text();
    } else if (type === 'b') result = parseInt(text(), 10) !== 0;
    else if (type === 'e') result = { error: text() };
    else result = parseFloat(text());
    return context.styles.isDate(styleId ?? 0) ? dateSerial(result, context.date1904) : result;
  }
  if (hasValue) {
    switch (type) {
      case 's': {
        let index = runs === undefined && joined === undefined ? digitsValue(xml, valueStart, valueEnd) : -1;
        if (index < 0) index = parseInt(text(), 10);
        // exceljs read the index itself as the cell's value ("Smith" became 2): a figure nobody wrote. The sheet is
        // unreadable instead, and the caller names it.
        if (context.sharedStrings === undefined) throw new Error(`a text cell refers to shared string ${index}, but the workbook has no shared strings part`);
        const shared = context.sharedStrings[index];
        if (shared === undefined) throw new TypeError(`shared string ${index} is not in the table (reading 'richText')`);
        return shared;
      }
      case 'str':
        if (runs !== undefined) throw new TypeError('model.value.replace is not a function');
        return text();
      case 'inlineStr':
        return runs === undefined ? text() : runs.join('');
      case 'b':
        return parseInt(text(), 10) !== 0;
      case 'e':
        return { error: text() };
      case 'd':
        // An ISO 8601 date (Excel's strict format, some exporters): the serial a date-formatted number would hold.
        // Text that is no such date stays text, for the column's own reading to report.
        return isoDateSerial(text(), context.date1904) ?? text();
      default: {
        let number = runs === undefined && joined === undefined ? digitsValue(xml, valueStart, valueEnd) : -1;
        if (number < 0) number = parseFloat(text());
        return context.styles.isDate(styleId ?? 0) ? dateSerial(number, context.date1904) : number;
      }
    }
  }
  // exceljs tests the style id for truth: s="0" is no style, and the cell is skipped like one without s.
  return styleId ? null : undefined;
}

/** Whether an attribute's raw value holds a reference (&…;) or white space to normalise. */
function hasReference(xml: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === 38 || c === 9 || c === 10 || c === 13) return true;
  }
  return false;
}

function textOf(xml: string, start: number, end: number): string {
  return decodeText(xml.slice(start, end));
}

/**
 * Plain digits (at most 15, so exact) read in place, as parseInt and parseFloat read them; -1 for anything else
 * (signs, decimals, exponents, spaces, entities), which the caller reads from the text.
 */
function digitsValue(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const EXCEL_EPOCH_OFFSET = 25569; // days from 1899-12-30 (Excel's day 0) to 1970-01-01
const DATE1904_OFFSET = 1462;

/**
 * A number in a date format, as exceljs turned it into a Date (utils.excelToDate, whole milliseconds) and the review
 * turned that back into a serial: the same arithmetic, so the same last bit. Anything else (an error result, a text)
 * coerces as exceljs's subtraction coerces it.
 */
function dateSerial(value: CellValue, date1904: boolean): number {
  const coerced = typeof value === 'object' && value !== null ? NaN : Number(value);
  const time = new Date(Math.round((coerced - EXCEL_EPOCH_OFFSET + (date1904 ? DATE1904_OFFSET : 0)) * MS_PER_DAY)).getTime();
  return serialOf(time, date1904);
}

/** A time (milliseconds since 1970, UTC) → its Excel serial in the workbook's date system, to whole milliseconds. */
function serialOf(time: number, date1904: boolean): number {
  const serial = time / MS_PER_DAY + EXCEL_EPOCH_OFFSET - (date1904 ? DATE1904_OFFSET : 0);
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

const ISO_DATE_FORMAT = 'yyyy-mm-dd';
const ISO_DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.](\d+))?)?)?Z?$/;

/**
 * "2024-01-02" or "2024-01-02T08:05:00" (a trailing Z allowed, no other zone: Excel's times have none) → its Excel
 * serial in the workbook's date system; undefined for anything else, a day the month does not have included. Day 0
 * is 1899-12-30, so serials from 1900-03-01 on are Excel's (Excel counts a 29 February 1900 that never was).
 */
function isoDateSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part)));
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const time = Date.UTC(year!, month! - 1, day!, hour, minute, second, ms);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return serialOf(time, date1904);
}

/** exceljs's colCache.decodeAddress, for the column: upper-case letters before the digits, at most XFD. */
function decodeColumn(text: string, start: number, end: number): number {
  let col = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!hasRow && c >= 65 && c <= 90) {
      hasCol = true;
      col = col * 26 + c - 64;
    } else if (c >= 48 && c <= 57) hasRow = true;
    else if (hasRow && hasCol && c !== 36) break;
  }
  if (hasCol && col > 16384) throw new Error(`Out of bounds. Invalid column letter in ${text.slice(start, end)}`);
  if (!hasCol || !hasRow) throw new Error(`Invalid Address: ${text.slice(start, end)}`);
  return col;
}

/** "B2:C4" (or one cell) → a zero-based area; exceljs refuses overlapping areas. */
function mergedAreas(refs: string[]): CellArea[] {
  const areas: CellArea[] = [];
  for (const ref of refs) {
    const [from, to = from] = ref.split(':');
    const a = decodeAddress(from);
    const b = decodeAddress(to);
    const area = {
      top: Math.min(a.row, b.row) - 1,
      left: Math.min(a.col, b.col) - 1,
      bottom: Math.max(a.row, b.row) - 1,
      right: Math.max(a.col, b.col) - 1,
    };
    for (const other of areas) {
      if (other.top <= area.bottom && area.top <= other.bottom && other.left <= area.right && area.left <= other.right) {
        throw new Error('Cannot merge already merged cells');
      }
    }
    areas.push(area);
  }
  return areas;
}

function decodeAddress(ref: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
  if (!match) throw new Error(`Invalid merged area: ${ref}`);
  let col = 0;
  for (let i = 0; i < match[1].length; i++) col = col * 26 + match[1].charCodeAt(i) - 64;
  return { row: Number(match[2]), col };
}

/** A row's cells when a column repeats or goes back: the last cell given for a column, in column order. */
function lastCellOfEachColumn(cells: SparseCell[]): SparseCell[] {
  const byCol = new Map<number, SparseCell>();
  for (const cell of cells) byCol.set(cell.col, cell);
  return [...byCol.values()].sort((a, b) => a.col - b.col);
}

/** Rows out of order or repeated: exceljs keeps the last row given for a number, and lists them by number. */
function lastOfEachRow(rows: ParsedRow[]): ParsedRow[] {
  const byNumber = new Map<number, ParsedRow>();
  for (const row of rows) byNumber.set(row.number, row);
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/**
 * The cells with a value, leaving out every cell of a merged area but its top-left one. Of the empty cells, those in
 * `missing.of` that the sheet keeps (not replaced by a later cell, not hidden under a merge) go to `missing.found`.
 */
function sparseCells(rows: ParsedRow[], merges: CellArea[], missing?: { of: Set<SparseCell>; found: SparseCell[] }): SparseCell[] {
  const mergesByRow = merges.length === 0 ? undefined : mergesOfRows(rows, merges);
  const cells: SparseCell[] = [];
  for (const row of rows) {
    const r = row.number - 1;
    const covering = mergesByRow?.get(r);
    for (const cell of row.cells) {
      if (cell.value === null && !missing?.of.has(cell)) continue;
      const c = cell.col;
      if (covering && covering.some((m) => m.left <= c && c <= m.right && (m.top !== r || m.left !== c))) continue;
      if (cell.value === null) missing!.found.push(cell);
      else cells.push(cell);
    }
  }
  return cells;
}

/** The merged areas over each row that holds cells: work bounded by the rows present, not by the areas' height. */
function mergesOfRows(rows: ParsedRow[], merges: CellArea[]): Map<number, CellArea[]> {
  const rowIndices = rows.map((row) => row.number - 1);
  const byRow = new Map<number, CellArea[]>();
  for (const merge of merges) {
    // The first row at or below the area's top (rows are in order).
    let lo = 0;
    let hi = rowIndices.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rowIndices[mid] < merge.top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < rowIndices.length && rowIndices[i] <= merge.bottom; i++) {
      const list = byRow.get(rowIndices[i]);
      if (list) list.push(merge);
      else byRow.set(rowIndices[i], [merge]);
    }
  }
  return byRow;
}
