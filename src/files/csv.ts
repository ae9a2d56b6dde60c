import type { CellValue, DataCheckItem, SheetGrid } from '../engine/types';
import { columnLetter } from '../engine/parse/values';

/**
 * CSV as schools' systems and Excel write it: comma, semicolon or tab separated (detected, or named by Excel's
 * "sep=;" first line), UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode Text"), or an older
 * Windows export in Windows-1252. Pure: bytes or text in, rows out, so the CLI and tests read CSV the same way.
 */

export type CsvDelimiter = ',' | ';' | '\t';
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface CsvProblem {
  kind: 'unbalanced-quote';
  /** One-based line of the file where the problem starts. */
  line: number;
  /** Zero-based row and column of the cell in the rows returned. */
  row: number;
  col: number;
}

export interface CsvText {
  rows: CellValue[][];
  delimiter: CsvDelimiter;
  problems: CsvProblem[];
}

/** The text of a CSV file's bytes and the encoding it was read in. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // UTF-16 without a mark: ASCII text has a zero in every other byte (the high byte of each character).
  const utf16 = zeroBytesAt(bytes);
  if (utf16 === 'odd') return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (utf16 === 'even') return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the usual other encoding of Excel's "CSV (Comma delimited)" on Windows in the West.
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * CSV text → rows of cells. Plain decimal numbers become numbers, as Excel does when it opens a CSV; text such
 * as "0805", "$1,234" or "8:05" stays text so the engine's parsers can read it with its context. In a
 * semicolon-separated file (the form of countries that write a decimal comma) "12,5" is the number 12.5.
 * A quote that opens a field and never closes is kept as a character and reported at its line, so the rest of
 * the file is still read instead of vanishing into one field.
 */
export function readCsvText(text: string): CsvText {
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let delimiter: CsvDelimiter;
  const sep = /^sep=([,;\t])[ \t]*(\r\n|\n|\r|$)/i.exec(src);
  if (sep) {
    delimiter = sep[1] as CsvDelimiter;
    src = src.slice(sep[0].length);
  } else delimiter = detectDelimiter(src);
  const { rows, problems } = parseRecords(src, delimiter);
  return { rows, delimiter, problems };
}

/** Rows only, for callers that need no report of problems. */
export function parseCsv(text: string): CellValue[][] {
  return readCsvText(text).rows;
}

/** A CSV file as a sheet named after it, with the Data Check items its reading raised. */
export function csvSheet(bytes: Uint8Array, sheet: string, fileName: string): { grid: SheetGrid; dataCheck: DataCheckItem[] } {
  const { text, encoding } = decodeCsv(bytes);
  const { rows, problems } = readCsvText(text);
  const dataCheck: DataCheckItem[] = [];
  if (encoding === 'windows-1252') {
    dataCheck.push({
      severity: 'warning',
      sheet,
      cell: '',
      code: 'csv-encoding',
      message:
        `${fileName} is not UTF-8 text, so it was read as Windows-1252 (Western European). If letters such as ` +
        'é or ñ look wrong, save the file again as "CSV UTF-8" and review it again.',
    });
  }
  for (const problem of problems) {
    dataCheck.push({
      severity: 'error',
      sheet,
      cell: `${columnLetter(problem.col)}${problem.row + 1}`,
      code: 'csv-unbalanced-quote',
      message:
        `${fileName} line ${problem.line}: a quote opens this field and is never closed. The quote was read as a ` +
        'character and the field ends at the end of its line; check the line and close or remove the quote.',
    });
  }
  return { grid: { name: sheet, rows, originRow: 0, originCol: 0 }, dataCheck };
}

const CANDIDATES: CsvDelimiter[] = [',', ';', '\t'];
const SAMPLE_LINES = 50;
// More repairs than this and the file is not CSV as we know it; the rest of its quotes are read as characters.
const MAX_REPAIRS = 100;

/**
 * The delimiter that splits the first lines most consistently: for each candidate, the commonest non-zero count
 * per line (outside quotes), and how many lines have it. Title rows with no delimiter do not count against it.
 */
function detectDelimiter(src: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number[]>(CANDIDATES.map((d) => [d, []]));
  let current = new Map<CsvDelimiter, number>();
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < src.length && lines < SAMPLE_LINES; i++) {
    const ch = src[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      for (const d of CANDIDATES) counts.get(d)!.push(current.get(d) ?? 0);
      current = new Map();
      lines++;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) current.set(ch, (current.get(ch) ?? 0) + 1);
  }
  for (const d of CANDIDATES) counts.get(d)!.push(current.get(d) ?? 0);
  let best: { delimiter: CsvDelimiter; lines: number; fields: number } = { delimiter: ',', lines: 0, fields: 0 };
  for (const d of CANDIDATES) {
    const tally = new Map<number, number>();
    for (const n of counts.get(d)!) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [fields, lineCount] of tally) {
      if (lineCount > best.lines || (lineCount === best.lines && fields > best.fields)) best = { delimiter: d, lines: lineCount, fields };
    }
  }
  return best.delimiter;
}

function parseRecords(src: string, delimiter: CsvDelimiter): { rows: CellValue[][]; problems: CsvProblem[] } {
  const rows: CellValue[][] = [];
  const problems: CsvProblem[] = [];
  // The row being read: its first `cols` cells, in an array reused from row to row. Each row is kept as an
  // exact-size copy (a district has 150,000; an array grown by push keeps room for 16 cells).
  const row: CellValue[] = [];
  let cols = 0;
  // The field being read: its text so far, or, once an unquoted field has been read whole in one scan, its value
  // (`value`, with `valued` set), typed straight from the source.
  let field = '';
  let value: CellValue = null;
  let valued = false;
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  // Where the open quoted field began, to come back to if it never closes. No field or row ends inside quotes, so
  // the row in progress is still the one the field opened in.
  let openedAt = 0;
  let openedLine = 1;
  let openedRows = 0;
  let openedCols = 0;
  const literalQuotes = new Set<number>();
  const delimiterCode = delimiter.charCodeAt(0);
  const typed = cellTyper(delimiter);
  const length = src.length;
  // One loop with no inner functions: state that a closure shares lives in a heap context, and this loop touches it
  // for each of a district's 1.35 million cells.
  for (let i = 0; ; i++) {
    let stray = false;
    if (i >= length) {
      if (!quoted) break;
      // End of file inside quotes: the quote was never closed.
      stray = true;
    } else {
      const code = src.charCodeAt(i);
      if (quoted) {
        if (code === QUOTE) {
          const next = src.charCodeAt(i + 1);
          if (next === QUOTE) {
            field += '"';
            i++;
          } else if (i + 1 < length && next !== delimiterCode && next !== LF && next !== CR && /[\r\n]/.test(field)) {
            // A "closing" quote lines later with text right after it: the field's opening quote was a stray one
            // that swallowed whole lines up to the next quoted field.
            stray = true;
          } else quoted = false;
        } else {
          // The run of characters up to the next quote, in one piece: a district file has millions of characters.
          let end = i;
          for (let c = src.charCodeAt(end); end < length && c !== QUOTE; c = src.charCodeAt(++end)) {
            if (c === LF || (c === CR && src.charCodeAt(end + 1) !== LF)) line++;
          }
          field += src.slice(i, end);
          i = end - 1;
        }
      } else if (code === delimiterCode || code === LF || code === CR) {
        row[cols] = valued ? value : wasQuoted ? field : typed(field, cols);
        cols++;
        field = '';
        valued = false;
        wasQuoted = false;
        if (code !== delimiterCode) {
          if (code === CR && src.charCodeAt(i + 1) === LF) i++;
          rows.push(row.slice(0, cols));
          cols = 0;
          line++;
        }
      } else if (code === QUOTE && field === '' && !wasQuoted && !literalQuotes.has(i)) {
        quoted = true;
        wasQuoted = true;
        openedAt = i;
        openedLine = line;
        openedRows = rows.length;
        openedCols = cols;
      } else {
        // The rest of the field up to the next delimiter or line break, scanned once (a quote inside it is a
        // character: it does not open the field).
        let end = i + 1;
        let hash = code;
        for (let c = src.charCodeAt(end); end < length && c !== delimiterCode && c !== LF && c !== CR; c = src.charCodeAt(++end)) {
          hash = (Math.imul(hash, 31) + c) | 0;
        }
        if (wasQuoted) field += src.slice(i, end); // Text after a closing quote ("a"b): the field stays text.
        else {
          // The whole field (a scan starts a field unless it follows a quote): its value found in place among its
          // column's texts (a school, a teacher, a day pattern), with no copy of its text made unless it is new.
          value = typed.valueAt(src, i, end, hash, cols);
          valued = true;
        }
        i = end - 1;
      }
    }
    if (stray) {
      // Read the quote that opened the current field as a character, report it, and go on from there.
      problems.push({ kind: 'unbalanced-quote', line: openedLine, row: openedRows, col: openedCols });
      if (literalQuotes.size < MAX_REPAIRS) literalQuotes.add(openedAt);
      else for (let j = openedAt; j < length; j++) if (src.charCodeAt(j) === QUOTE) literalQuotes.add(j);
      rows.length = openedRows;
      cols = openedCols;
      line = openedLine;
      field = '';
      valued = false;
      quoted = false;
      wasQuoted = false;
      i = openedAt - 1;
    }
  }
  if (field !== '' || valued || cols > 0 || wasQuoted) {
    row[cols] = valued ? value : wasQuoted ? field : typed(field, cols);
    rows.push(row.slice(0, cols + 1));
  }
  return { rows, problems };
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Distinct cell texts remembered per file; past this many, the rest are typed one by one. */
const MAX_REMEMBERED_CELLS = 65536;
/** Cells a column is watched for before deciding whether remembering its texts pays. */
const COLUMN_TRIAL = 1024;

interface CellTyper {
  /** typeCell for the text of a cell in a (zero-based) column of the file. */
  (raw: string, col: number): CellValue;
  /**
   * The value of src[start, end), a whole unquoted cell of the column, found among the texts the column has had when
   * it has had this one (no copy of the text is made), else typed from a copy. hash: textHash of the text.
   */
  valueAt(src: string, start: number, end: number, hash: number, col: number): CellValue;
}

/** The hash valueAt is given, worked out as the reader scans a cell's characters. */
function textHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** What a column's cells have been so far, for typing the next one. */
interface ColumnMemory {
  previousText?: string;
  /** textHash of previousText, so a cell that differs from it is told apart without comparing characters. */
  previousHash: number;
  previousValue: CellValue;
  /**
   * The column's distinct texts and their values, in an open-addressed table of entry numbers + 1 (0: free); null
   * once the column proved to be ids, each text new.
   */
  slots: Int32Array | null;
  hashes: number[];
  texts: string[];
  values: CellValue[];
  seen: number;
  distinct: number;
}

/**
 * typeCell remembered per column and distinct text: a schedule repeats the same teachers, courses, days and periods
 * on thousands of rows, so each is typed once and every row holds the one string (less memory, and the engine's
 * caches keyed by cell text find it already hashed). A cell's text is looked up in the source itself, by a hash the
 * reader computes as it scans, so a repeated cell costs no copy. A column of ids (section IDs: every text new) stops
 * being remembered after its trial, since each lookup would miss.
 */
function cellTyper(delimiter: CsvDelimiter): CellTyper {
  const columns: ColumnMemory[] = [];
  let remembered = 0;
  const columnAt = (col: number): ColumnMemory => {
    while (columns.length <= col) {
      columns.push({ previousText: undefined, previousHash: 0, previousValue: null, slots: new Int32Array(64), hashes: [], texts: [], values: [], seen: 0, distinct: 0 });
    }
    return columns[col];
  };
  /**
   * The entry of a text the column remembers, found by its hash, -1 when none: equal to `text`, or when text is
   * null, to src[start, start + length) (two loops rather than a callback: this runs for every cell).
   */
  const entryOf = (column: ColumnMemory, hash: number, text: string | null): number => {
    const slots = column.slots;
    if (slots === null) return -1;
    const mask = slots.length - 1;
    for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const entry = slots[slot] - 1;
      if (column.hashes[entry] !== hash) continue;
      const known = column.texts[entry];
      if (text === null ? known.length === length && sameTextAt(src, start, known) : known === text) return entry;
    }
    return -1;
  };
  const remember = (column: ColumnMemory, hash: number, text: string, value: CellValue): void => {
    let slots = column.slots!;
    if ((column.texts.length + 1) * 2 > slots.length) {
      slots = column.slots = new Int32Array(slots.length * 2);
      for (let entry = 0; entry < column.texts.length; entry++) place(slots, column.hashes[entry], entry);
    }
    place(slots, hash, column.texts.length);
    column.hashes.push(hash);
    column.texts.push(text);
    column.values.push(value);
    remembered++;
  };

  // The cell valueAt is looking for.
  let src = '';
  let start = 0;
  let length = 0;

  /** The value of a text the column has not had just before, nor remembers: typed, and remembered if that pays. */
  const learn = (column: ColumnMemory, hash: number, raw: string): CellValue => {
    const value = typeCell(raw, delimiter);
    if (column.slots !== null) {
      column.distinct++;
      if (column.seen >= COLUMN_TRIAL && column.distinct * 4 > column.seen * 3) {
        remembered -= column.texts.length;
        column.slots = null;
        column.hashes = [];
        column.texts = [];
        column.values = [];
      } else if (remembered < MAX_REMEMBERED_CELLS) remember(column, hash, raw, value);
    }
    return value;
  };

  const typed = (raw: string, col: number): CellValue => {
    const column = columns[col] ?? columnAt(col);
    column.seen++;
    if (raw === column.previousText) return column.previousValue;
    const hash = textHash(raw);
    const entry = entryOf(column, hash, raw);
    const value = entry >= 0 ? column.values[entry] : learn(column, hash, raw);
    column.previousText = raw;
    column.previousHash = hash;
    column.previousValue = value;
    return value;
  };
  typed.valueAt = (source: string, from: number, to: number, hash: number, col: number): CellValue => {
    const column = columns[col] ?? columnAt(col);
    column.seen++;
    src = source;
    start = from;
    length = to - from;
    const previous = column.previousText;
    if (previous !== undefined && column.previousHash === hash && previous.length === length && sameTextAt(source, from, previous)) {
      return column.previousValue;
    }
    const entry = entryOf(column, hash, null);
    let value: CellValue;
    if (entry >= 0) {
      column.previousText = column.texts[entry];
      value = column.values[entry];
    } else {
      const raw = source.slice(from, to);
      value = learn(column, hash, raw);
      column.previousText = raw;
    }
    column.previousHash = hash;
    column.previousValue = value;
    return value;
  };
  return typed;
}

/**
 * Whether src holds text at start (its length already checked). A loop over the characters, not startsWith(): cells are
 * a few characters long, and the built-in's call cost more than the comparison on a district's 1.35 million cells.
 */
function sameTextAt(src: string, start: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (src.charCodeAt(start + k) !== text.charCodeAt(k)) return false;
  return true;
}

function place(slots: Int32Array, hash: number, entry: number): void {
  const mask = slots.length - 1;
  let slot = hash & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  slots[slot] = entry + 1;
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const DECIMAL_COMMA = /^-?(0|[1-9]\d*),\d+$/;

function typeCell(raw: string, delimiter: CsvDelimiter): CellValue {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  // Both number forms start with a minus or a digit: most text is ruled out without a regex.
  const first = trimmed.charCodeAt(0);
  if (first !== 0x2d && (first < 0x30 || first > 0x39)) return raw;
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  if (delimiter === ';' && DECIMAL_COMMA.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return raw;
}

// Bytes 0x80-0x9F of Windows-1252 (WHATWG Encoding, index-windows-1252); the rest are Latin-1. Decoded by hand:
// Node 20's TextDecoder('windows-1252') turns these bytes into C1 control characters (checked: 0x80 → U+0080).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]);
  }
  return text;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Where the zero bytes of the first few hundred bytes fall: at odd offsets (UTF-16LE), even (UTF-16BE), or not. */
function zeroBytesAt(bytes: Uint8Array): 'odd' | 'even' | 'none' {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 2) return 'none';
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  if (odd > n / 4 && even === 0) return 'odd';
  if (even > n / 4 && odd === 0) return 'even';
  return 'none';
}
