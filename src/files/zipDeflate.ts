import { deflateRaw } from 'node:zlib';
import { promisify } from 'node:util';

// exceljs and jszip compress in JavaScript (pako): for a 100,000-section review that was a third of the time spent
// writing. They are asked for an uncompressed (stored) package instead, and this compresses it with Node's own
// zlib, part by part on libuv's thread pool, reusing the CRC-32 each stored entry already carries.

const deflateRawAsync = promisify(deflateRaw);

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** "Version needed to extract" 2.0: deflate. */
const DEFLATE_VERSION = 20;

interface StoredEntry {
  /** The central directory record, copied and patched for the compressed entry. */
  central: Buffer;
  name: Buffer;
  data: Buffer;
}

/**
 * A stored (uncompressed) zip, as jszip writes it with compression 'STORE', rewritten with every part deflated.
 * Only what jszip writes is read: no zip64, no archive comment, no data descriptors.
 */
export async function deflateStoredZip(zip: Buffer): Promise<Buffer> {
  const entries = storedEntries(zip);
  // An empty entry (jszip writes the folders as entries) stays stored: deflate would give it a two-byte body.
  const compressed = await Promise.all(entries.map((e) => (e.data.length ? deflateRawAsync(e.data) : undefined)));
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const data = compressed[i] ?? entry.data;
    const central = Buffer.from(entry.central);
    // Sizes and CRC are known, so no data descriptor follows the data (general purpose flag bit 3 off).
    central.writeUInt16LE(central.readUInt16LE(8) & ~0x0008, 8);
    if (compressed[i]) {
      central.writeUInt16LE(DEFLATE_VERSION, 6);
      central.writeUInt16LE(DEFLATED, 10);
    }
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(offset, 42);
    // The local header repeats the central record's version, flags, method, time, date, CRC and sizes.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    central.copy(local, 4, 6, 30); // version needed … file name length (the extra field length is written next)
    local.writeUInt16LE(0, 28);
    chunks.push(local, entry.name, data);
    offset += local.length + entry.name.length + data.length;
    centrals.push(central);
  });
  const centralStart = offset;
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([...chunks, ...centrals, end]);
}

function storedEntries(zip: Buffer): StoredEntry[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || zip.readUInt32LE(endAt) !== END_OF_CENTRAL_DIRECTORY) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const entries: StoredEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`zip central directory entry ${i} is damaged`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    if (method !== STORED) throw new Error(`zip entry ${i} is already compressed (method ${method})`);
    const recordLength = 46 + nameLength + extraLength + commentLength;
    // Only the name is kept from the variable part: jszip's extra fields (unix permissions) are optional.
    const central = Buffer.alloc(46 + nameLength);
    zip.copy(central, 0, at, at + 46 + nameLength);
    central.writeUInt16LE(0, 30);
    central.writeUInt16LE(0, 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    entries.push({ central, name, data: zip.subarray(dataAt, dataAt + size) });
    at += recordLength;
  }
  return entries;
}
