import { END, OPEN, TEXT, XmlScanner } from './xlsxRead/xmlScanner';
import { workbookRelationships } from './xlsxRead/relationships';
import { readSharedStrings } from './xlsxRead/sharedStrings';
import { ZipPackage } from './xlsxRead/zipEntries';
import { columnFromLetter } from '../engine/parse/values';

/**
 * Reads single parts of an .xlsx package (the workbook's sheet list, one sheet's cells, the shared strings it
 * uses) without loading the whole workbook. Used on an earlier output: to recognise it as ours and to read the
 * team's notes. Reading only these parts also works on a file another program re-saved with drawings, styles
 * or parts that a whole-workbook reader chokes on, and costs memory in proportion to the sheet read. Tags are
 * matched by their local name, so a writer's namespace prefixes ("x:c") change nothing.
 */

export interface SheetEntry {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  /** Path of the sheet's XML inside the package, e.g. "xl/worksheets/sheet7.xml". */
  part: string;
}

/** One cell's text as a program reading the file would show it (numbers and booleans as written). */
export interface PartCell {
  row: number;
  col: number;
  text: string;
}

/** The package's directory; parts are inflated only when read. Throws when the bytes are not a zip package. */
export function openXlsx(bytes: Buffer): ZipPackage {
  return new ZipPackage(bytes);
}

/** The workbook's sheets in order, with their state and XML part. */
export function listSheets(zip: ZipPackage): SheetEntry[] {
  const workbook = zip.textOf('xl/workbook.xml');
  if (workbook === undefined) throw new Error('no xl/workbook.xml: not an .xlsx workbook');
  const relationships = workbookRelationships(zip);
  const sheets: SheetEntry[] = [];
  const scanner = new XmlScanner(workbook, true);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN || !scanner.isLocal('sheet')) continue;
    const relId = scanner.attrLocal('id');
    const rel = relId ? relationships.get(relId) : undefined;
    if (!rel?.target) continue;
    sheets.push({ name: scanner.attr('name') ?? '', state: scanner.attr('state') ?? 'visible', part: rel.path });
  }
  return sheets;
}

/**
 * Every non-empty cell of one sheet, in row order, with shared strings resolved (the table is read once per
 * package, on the first sheet that uses it).
 */
export function readSheetCells(zip: ZipPackage, part: string): PartCell[] {
  const xml = zip.textOf(part);
  if (xml === undefined) throw new Error(`no ${part} in the package`);
  const cells: PartCell[] = [];
  let row = 0;
  let col = 0;
  let cell: { row: number; col: number; type: string; value: string } | undefined;
  let inValue = false;
  let inPhonetic = false;
  const scanner = new XmlScanner(xml, true);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === TEXT) {
      if (inValue && cell) cell.value += scanner.text();
    } else if (token === OPEN) {
      if (scanner.isLocal('row')) {
        const r = scanner.attr('r');
        row = r ? Number(r) : row + 1;
        col = 0;
      } else if (scanner.isLocal('c')) {
        const r = scanner.attr('r');
        const ref = r ? decodeRef(r) : undefined;
        if (ref) [row, col] = [ref.row, ref.col];
        else col += 1;
        cell = { row, col, type: scanner.attr('t') ?? 'n', value: '' };
      } else if (scanner.isLocal('rPh')) inPhonetic = true;
      else if ((scanner.isLocal('v') || scanner.isLocal('t')) && cell && !inPhonetic) inValue = true;
    } else {
      if (scanner.isLocal('v') || scanner.isLocal('t')) inValue = false;
      else if (scanner.isLocal('rPh')) inPhonetic = false;
      else if (scanner.isLocal('c') && cell) {
        if (cell.value !== '') cells.push({ row: cell.row, col: cell.col, text: cellText(cell.type, cell.value, zip) });
        cell = undefined;
      }
    }
  }
  return cells;
}

/**
 * Whether the sheet may hold a row with every one of `titles` (trimmed cell texts), judged from its raw XML without
 * reading its cells: each title must appear as a shared-string cell or, in a sheet with inline or formula text, as
 * text between tags. A false answer is certain, so a search for a renamed sheet's header row can pass over the
 * review's large sheets (a 100,000-section Class Size sheet is 50 MB of XML) at the cost of a text search.
 */
export function sheetMayHoldRow(zip: ZipPackage, part: string, titles: readonly string[]): boolean {
  const xml = zip.textOf(part);
  if (xml === undefined) return false;
  const strings = sharedStrings(zip);
  const textCells = xml.includes('inlineStr') || xml.includes('t="str"') || xml.includes("t='str'");
  return titles.every((title) => {
    for (let i = 0; i < strings.length; i++) {
      if (strings[i].trim() === title && holdsSharedStringCell(xml, i)) return true;
    }
    return textCells && new RegExp(`>\\s*(?:<!\\[CDATA\\[\\s*)?${escapeRegExp(escapeXml(title))}\\s*(?:\\]\\]>\\s*)?<`).test(xml);
  });
}

/** Whether some cell of type "s" holds shared string `index` (<c … t="s"><v>index</v>). */
function holdsSharedStringCell(xml: string, index: number): boolean {
  const needle = `>${index}<`;
  for (let at = xml.indexOf(needle); at >= 0; at = xml.indexOf(needle, at + 1)) {
    const valueTag = xml.lastIndexOf('<', at);
    const cellTag = xml.lastIndexOf('<', valueTag - 1);
    if (cellTag < 0) continue;
    const tag = xml.slice(cellTag, valueTag);
    if (/^<(?:[\w.-]+:)?c\s/.test(tag) && /\st\s*=\s*["']s["']/.test(tag)) return true;
  }
  return false;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cellText(type: string, value: string, zip: ZipPackage): string {
  if (type === 's') return sharedStrings(zip)[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return value;
}

const stringTables = new WeakMap<ZipPackage, string[]>();

/**
 * The package's shared strings, read once per package by the input reader's own reader (xlsxRead/sharedStrings.ts),
 * so both read "_xHHHH_" and rich text alike. Lenient: an earlier output another program saved is read, not refused.
 */
function sharedStrings(zip: ZipPackage): string[] {
  let strings = stringTables.get(zip);
  if (!strings) {
    strings = readSharedStrings(zip.textOf('xl/sharedStrings.xml') ?? '', { lenient: true });
    stringTables.set(zip, strings);
  }
  return strings;
}

/** "K12" → { row: 12, col: 11 } (one-based). */
function decodeRef(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!match) return undefined;
  // columnFromLetter counts from 0; a PartCell's column from 1.
  return { row: Number(match[2]), col: columnFromLetter(match[1])! + 1 };
}
