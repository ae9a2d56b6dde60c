import type JSZip from 'jszip';
import type { SaxesTagPlain } from 'saxes';

/**
 * Reads single parts of an .xlsx package (the workbook's sheet list, one sheet's cells, the shared strings it
 * uses) without loading the whole workbook. Used on an earlier output: to recognise it as ours and to read the
 * team's notes. Reading only these parts also works on a file another program re-saved with drawings, styles
 * or parts that a whole-workbook reader chokes on, and costs memory in proportion to the sheet read.
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

export async function openXlsx(bytes: Buffer): Promise<JSZip> {
  // jszip and saxes are loaded on use, like exceljs: only a run that reads an earlier output needs them.
  return (await import('jszip')).default.loadAsync(bytes);
}

/** The workbook's sheets in order, with their state and XML part. */
export async function listSheets(zip: JSZip): Promise<SheetEntry[]> {
  const workbook = await partText(zip, 'xl/workbook.xml');
  if (workbook === undefined) throw new Error('no xl/workbook.xml: not an .xlsx workbook');
  const rels = (await partText(zip, 'xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  await parseXml(rels, {
    open: (tag) => {
      if (localName(tag.name) === 'Relationship') targets.set(tag.attributes.Id, tag.attributes.Target);
    },
  });
  const sheets: SheetEntry[] = [];
  await parseXml(workbook, {
    open: (tag) => {
      if (localName(tag.name) !== 'sheet') return;
      const relId = Object.entries(tag.attributes).find(([key]) => localName(key) === 'id')?.[1];
      const target = relId ? targets.get(relId) : undefined;
      if (!target) return;
      sheets.push({ name: tag.attributes.name ?? '', state: tag.attributes.state ?? 'visible', part: partPath(target) });
    },
  });
  return sheets;
}

/**
 * Every non-empty cell of one sheet, in row order, with shared strings resolved. Only the strings this sheet
 * uses are kept from the shared-string table.
 */
export async function readSheetCells(zip: JSZip, part: string): Promise<PartCell[]> {
  const xml = await partText(zip, part);
  if (xml === undefined) throw new Error(`no ${part} in the package`);
  const raw: { row: number; col: number; type: string; value: string }[] = [];
  let row = 0;
  let col = 0;
  let cell: { row: number; col: number; type: string; value: string } | undefined;
  let inValue = false;
  let inPhonetic = false;
  await parseXml(xml, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === 'row') {
        row = tag.attributes.r ? Number(tag.attributes.r) : row + 1;
        col = 0;
      } else if (name === 'c') {
        const ref = tag.attributes.r ? decodeRef(tag.attributes.r) : undefined;
        if (ref) [row, col] = [ref.row, ref.col];
        else col += 1;
        cell = { row, col, type: tag.attributes.t ?? 'n', value: '' };
      } else if (name === 'rPh') inPhonetic = true;
      else if ((name === 'v' || name === 't') && cell && !inPhonetic) inValue = true;
    },
    text: (text) => {
      if (inValue && cell) cell.value += text;
    },
    close: (tagName) => {
      const name = localName(tagName);
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell) {
        if (cell.value !== '') raw.push(cell);
        cell = undefined;
      }
    },
  });
  const wanted = new Set(raw.filter((c) => c.type === 's').map((c) => Number(c.value)));
  const strings = wanted.size ? await sharedStrings(zip, wanted) : new Map<number, string>();
  return raw.map((c) => ({ row: c.row, col: c.col, text: cellText(c.type, c.value, strings) }));
}

function cellText(type: string, value: string, strings: Map<number, string>): string {
  if (type === 's') return strings.get(Number(value)) ?? '';
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return value;
}

/** The shared strings at the given indices (rich-text runs joined, phonetic guides left out). */
async function sharedStrings(zip: JSZip, wanted: Set<number>): Promise<Map<number, string>> {
  const xml = (await partText(zip, 'xl/sharedStrings.xml')) ?? '';
  const strings = new Map<number, string>();
  let index = -1;
  let current = '';
  let inText = false;
  let inPhonetic = false;
  await parseXml(xml, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === 'si') {
        index += 1;
        current = '';
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inText = true;
    },
    text: (text) => {
      if (inText && wanted.has(index)) current += text;
    },
    close: (tagName) => {
      const name = localName(tagName);
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && wanted.has(index)) strings.set(index, current);
    },
  });
  return strings;
}

async function partText(zip: JSZip, part: string): Promise<string | undefined> {
  // Part names are case-insensitive in OPC; some writers change their case.
  const file = zip.file(part) ?? zip.file(new RegExp(`^${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0];
  return file ? file.async('string') : undefined;
}

/** A relationship target ("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml") → its part path. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const resolved: string[] = [];
  for (const p of parts) {
    if (p === '..') resolved.pop();
    else if (p !== '.' && p !== '') resolved.push(p);
  }
  return resolved.join('/');
}

/** "K12" → { row: 12, col: 11 } (one-based). */
function decodeRef(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

interface XmlHandlers {
  open?: (tag: SaxesTagPlain) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

async function parseXml(xml: string, handlers: XmlHandlers): Promise<void> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser();
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(tag.name));
  parser.write(xml).close();
}
