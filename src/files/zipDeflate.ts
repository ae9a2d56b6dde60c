import * as zlib from 'node:zlib';
import { createDeflateRaw, deflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import { CENTRAL_HEADER, DEFLATED, END_OF_CENTRAL_DIRECTORY, LOCAL_HEADER, STORED } from './zipFormat';

// A zip package written directly from its parts, each deflated by Node's own zlib on libuv's thread pool, with its
// CRC-32 from zlib too. A large part (a 100,000-section sheet is 50 MB of XML) is deflated as it is written, chunk by
// chunk, on another core while the next rows are made, and is never held whole. exceljs and jszip compressed in
// JavaScript (pako), a third of the time spent writing such a review.

const deflateRawAsync = promisify(deflateRaw);

/**
 * CRC-32 of bytes, continuing from `value` (the CRC of the bytes before them). zlib.crc32 came in Node 20.15 and
 * package.json allows any Node 20: before it, every run would review the school and then fail on writing the file.
 */
const crc32: (data: Buffer, value?: number) => number = typeof zlib.crc32 === 'function' ? zlib.crc32 : tableCrc32;

/** The zip format's CRC-32 (reflected polynomial 0xEDB88320), a byte at a time from a 256-entry table. */
let crcTable: Int32Array | undefined;
function tableCrc32(data: Buffer, value = 0): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** "Version needed to extract" 2.0: deflate. */
const DEFLATE_VERSION = 20;
/** General purpose flag bit 11: the file name is UTF-8. */
const UTF8_NAMES = 0x0800;
/** 1980-01-01 00:00 in MS-DOS date and time: a fixed stamp, so the same parts always make the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Sizes and offsets of a plain zip are 32-bit; a package beyond that would need zip64, which no review reaches. */
const ZIP32_LIMIT = 0xffffffff;
/** Text gathered before it is encoded and handed to zlib: large enough to keep zlib busy, small enough to stay young. */
const CHUNK_CHARS = 1 << 18;

export interface ZipPart {
  name: string;
  data: string | Buffer;
}

/** A part ready for the package: its compressed bytes, and the size and CRC of its uncompressed ones. */
export interface ZipEntry {
  name: string;
  method: typeof STORED | typeof DEFLATED;
  crc: number;
  size: number;
  data: Buffer;
}

/** A whole part, deflated on the thread pool. */
export async function zipEntry(part: ZipPart): Promise<ZipEntry> {
  const body = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
  // An empty part stays stored: deflate would give it a two-byte body.
  if (!body.length) return { name: part.name, method: STORED, crc: 0, size: 0, data: body };
  return { name: part.name, method: DEFLATED, crc: crc32(body) >>> 0, size: body.length, data: await deflateRawAsync(body) };
}

/** A part written piece by piece and deflated as it goes. */
export class StreamedPart {
  private pending: string[] = [];
  private pendingChars = 0;
  private crc = 0;
  private size = 0;
  private readonly compressed: Buffer[] = [];
  private readonly deflate = createDeflateRaw();
  private readonly done: Promise<void>;

  constructor(readonly name: string) {
    this.deflate.on('data', (chunk: Buffer) => this.compressed.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.deflate.on('end', resolve);
      this.deflate.on('error', reject);
    });
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CHUNK_CHARS) this.flush();
  }

  async end(): Promise<ZipEntry> {
    this.flush();
    this.deflate.end();
    await this.done;
    return { name: this.name, method: DEFLATED, crc: this.crc >>> 0, size: this.size, data: Buffer.concat(this.compressed) };
  }

  private flush(): void {
    if (!this.pendingChars) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (this.size > ZIP32_LIMIT) throw new Error(`the workbook is too large for a zip package (part ${this.name})`);
    this.deflate.write(bytes);
  }
}

/** The entries as a zip (no zip64, no comment, no data descriptors), in the order given. */
export function zipEntries(entries: readonly ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    if (entry.size > ZIP32_LIMIT || offset > ZIP32_LIMIT) throw new Error(`the workbook is too large for a zip package (part ${entry.name})`);
    // The fields a local header and its central directory record share, from "version needed" to the name's length.
    const shared = Buffer.alloc(26);
    shared.writeUInt16LE(DEFLATE_VERSION, 0);
    shared.writeUInt16LE(UTF8_NAMES, 2);
    shared.writeUInt16LE(entry.method, 4);
    shared.writeUInt16LE(DOS_TIME, 6);
    shared.writeUInt16LE(DOS_DATE, 8);
    shared.writeUInt32LE(entry.crc, 10);
    shared.writeUInt32LE(entry.data.length, 14);
    shared.writeUInt32LE(entry.size, 18);
    shared.writeUInt16LE(name.length, 22);
    shared.writeUInt16LE(0, 24); // extra field length

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    shared.copy(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(DEFLATE_VERSION, 4); // version made by
    shared.copy(central, 6);
    // comment length, disk number, internal and external attributes stay 0
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  if (offset + centralSize > ZIP32_LIMIT) throw new Error('the workbook is too large for a zip package');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...centrals, end]);
}
