import { promises as fs } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import * as path from 'node:path';

/**
 * Looks at an input's bytes before a reader does, so a file the tool cannot read gets a message that names it
 * and says what to do, instead of a reader's internal error: an old .xls, an .ods, a password-protected
 * workbook, an empty or cut-off file, a text file named .xlsx, or one too big for the memory there is.
 */
export async function inspectInput(file: string, kind: 'xlsx' | 'csv'): Promise<void> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) throw new Error(`${file}: no such file (expected an .xlsx workbook or .csv files)`);
  if (!stat.isFile()) throw new Error(`${file}: is not a file (expected an .xlsx workbook or .csv files)`);
  if (stat.size === 0) throw new Error(`${file}: is empty (0 bytes). Export or copy it again from where it came from.`);
  const handle = await fs.open(file, 'r');
  try {
    await inspectBytes(file, kind, stat.size, handle);
  } finally {
    await handle.close();
  }
}

async function inspectBytes(file: string, kind: 'xlsx' | 'csv', size: number, handle: fs.FileHandle): Promise<void> {
  const head = await readAt(handle, 0, HEAD_BYTES);
  const format = sniff(head);
  if (kind === 'csv') {
    if (format === 'zip' || format === 'ole') {
      throw new Error(`${file}: is a spreadsheet workbook named .csv, not CSV text; give it its own extension (.xlsx) and review that.`);
    }
    if (size > heapLimit() / CSV_MEMORY_FACTOR) throw tooBig(file, size);
    return;
  }
  if (format === 'ole') {
    throw new Error(
      head.includes(ENCRYPTION_INFO) || (await holdsEncryptionInfo(file))
        ? `${file}: is password-protected (encrypted), so its sheets cannot be read. Open it in Excel and save it as .xlsx without a password.`
        : `${file}: is an Excel 97-2003 workbook (.xls), which this tool cannot read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).`,
    );
  }
  if (format === 'zip') {
    if (head.includes(ODS_MIMETYPE)) {
      throw new Error(`${file}: is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as .xlsx.`);
    }
    const tail = await readAt(handle, Math.max(0, size - TAIL_BYTES), TAIL_BYTES);
    const unpacked = await unpackedSize(handle, tail, size);
    if (unpacked === undefined) {
      throw new Error(`${file}: is damaged or incomplete (the .xlsx package is cut off, as when a copy or download stops early). Copy or export it again.`);
    }
    if (unpacked > heapLimit() / XLSX_MEMORY_FACTOR) throw tooBig(file, unpacked);
    return;
  }
  const ext = path.extname(file).toLowerCase();
  if (format === 'text' && (ext === '.xlsx' || ext === '.xlsm')) {
    throw new Error(`${file}: is plain text, not an .xlsx workbook. If it is CSV, give it the .csv extension and review that.`);
  }
  if (ext === '.xls' || ext === '.ods') {
    throw new Error(`${file}: is not a workbook this tool can read. Open it in Excel or LibreOffice and save it as .xlsx.`);
  }
}

/** The message for a file too big for this process's memory; also used when a reader runs out of memory. */
export function tooBig(file: string, bytes?: number): Error {
  const size = bytes === undefined ? '' : ` (${Math.ceil(bytes / 2 ** 20).toLocaleString('en-US')} MB of sheet data)`;
  return new Error(
    `${file}: is too big to review in the memory available${size}. Save a copy that holds only the schedule, ` +
      'budget, staff and enrollment sheets and review that, or give Node more memory: ' +
      'NODE_OPTIONS=--max-old-space-size=8192 resource-review …',
  );
}

/**
 * True for the errors a reader throws when memory or a string/array/buffer limit runs out, also when a reader
 * wrapped them in an error of its own (the original message is kept inside).
 */
export function isOutOfMemory(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as NodeJS.ErrnoException).code;
  return (
    code === 'ERR_FS_FILE_TOO_LARGE' ||
    code === 'ERR_STRING_TOO_LONG' ||
    /allocation failed|invalid (string|array|typed array) length|out of memory|Cannot create a string longer/i.test(err.message)
  );
}

const HEAD_BYTES = 4096;
// The end-of-central-directory record is 22 bytes plus a comment of up to 65,535 bytes.
const TAIL_BYTES = 22 + 65_535;
// Heap needed per byte read, measured on the generated 1,000-school district: exceljs loaded its 73 MB of
// unpacked XML within 700 MB of heap but not within 500 MB (7-10x); a 12.5 MB schedule CSV became 60-80 MB of
// grids (6x). The factors leave room for the grids and the review after reading; the check stops only files
// that cannot fit, before V8 dies of it with an uncatchable error.
const XLSX_MEMORY_FACTOR = 12;
const CSV_MEMORY_FACTOR = 10;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
// An encrypted .xlsx is an OLE compound file holding an "EncryptionInfo" stream (MS-OFFCRYPTO 2.3.4), named in
// UTF-16LE in the file's directory.
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
// An .ods package starts with an uncompressed "mimetype" entry (OpenDocument 1.2, part 3, 3.3).
const ODS_MIMETYPE = Buffer.from('application/vnd.oasis.opendocument.spreadsheet', 'latin1');

function sniff(head: Buffer): 'ole' | 'zip' | 'text' | 'other' {
  if (head.subarray(0, 8).equals(OLE_MAGIC)) return 'ole';
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'zip';
  // Text: no NUL bytes and few control characters other than tab, CR and LF (UTF-16 text has NULs: not "text").
  const controls = [...head].filter((b) => b < 0x20 && b !== 9 && b !== 10 && b !== 13).length;
  return controls <= head.length / 100 && !head.includes(0) ? 'text' : 'other';
}

/** The directory of an OLE file may sit anywhere; read it whole only for an OLE file, which is rare. */
async function holdsEncryptionInfo(file: string): Promise<boolean> {
  return (await fs.readFile(file)).includes(ENCRYPTION_INFO);
}

/**
 * The sum of the uncompressed sizes in a zip's central directory (APPNOTE 4.3.12, 4.3.16), or undefined when the
 * directory is missing or does not fit in the file: the package was cut off.
 */
async function unpackedSize(handle: fs.FileHandle, tail: Buffer, fileSize: number): Promise<number | undefined> {
  const eocd = tail.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
  if (eocd < 0 || eocd + 22 > tail.length) return undefined;
  const entries = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  // Zip64 (over 65,535 entries or 4 GB): far bigger than any school's workbook could need.
  if (entries === 0xffff || dirOffset === 0xffffffff) return Number.MAX_SAFE_INTEGER;
  if (dirOffset + dirSize > fileSize - (tail.length - eocd)) return undefined;
  const dir = await readAt(handle, dirOffset, dirSize);
  let total = 0;
  let at = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== 0x02014b50) return undefined;
    total += dir.readUInt32LE(at + 24);
    at += 46 + dir.readUInt16LE(at + 28) + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
  }
  return total;
}

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

function heapLimit(): number {
  return getHeapStatistics().heap_size_limit;
}
