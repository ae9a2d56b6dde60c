import { inflateRawSync } from 'node:zlib';
import { CENTRAL_HEADER, DEFLATED, END_OF_CENTRAL_DIRECTORY, LOCAL_HEADER, STORED } from '../zipFormat';

// The parts of a zip package, read from its central directory and inflated one at a time by Node's own zlib (native,
// several times faster than jszip's JavaScript inflate, and nothing of the package is held but the bytes themselves).

const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipPackage {
  /** Part names as stored, a leading "/" removed, in the order of the central directory. */
  readonly names: string[] = [];
  private readonly entries = new Map<string, Entry>();
  /** Stored names by their lower case, made on the first name not found as given. */
  private byLowerCase: Map<string, string> | undefined;

  /** Throws when the bytes are not a zip package (no end record, a cut-off directory). */
  constructor(private readonly bytes: Buffer) {
    const end = findEndRecord(bytes);
    let count = bytes.readUInt16LE(end + 10);
    let offset = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || offset === 0xffffffff) [count, offset] = zip64Directory(bytes, end);
    for (let i = 0; i < count; i++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_HEADER) {
        throw new Error('the zip directory is damaged or cut off');
      }
      const flags = bytes.readUInt16LE(offset + 8);
      const method = bytes.readUInt16LE(offset + 10);
      let compressedSize = bytes.readUInt32LE(offset + 20);
      let size = bytes.readUInt32LE(offset + 24);
      const nameLength = bytes.readUInt16LE(offset + 28);
      const extraLength = bytes.readUInt16LE(offset + 30);
      const commentLength = bytes.readUInt16LE(offset + 32);
      let localOffset = bytes.readUInt32LE(offset + 42);
      let name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
      if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
        ({ size, compressedSize, localOffset } = zip64Sizes(bytes, offset + 46 + nameLength, extraLength, { size, compressedSize, localOffset }));
      }
      if (name.startsWith('/')) name = name.slice(1);
      if (!name.endsWith('/')) {
        if (!this.entries.has(name)) this.names.push(name);
        this.entries.set(name, { method, flags, compressedSize, size, localOffset });
      }
      offset += 46 + nameLength + extraLength + commentLength;
    }
  }

  /**
   * The part's name as stored, found ignoring case when not as given (OPC part names are case-insensitive, and Excel
   * reads "xl/SharedStrings.xml" some export systems write); undefined when the package has no such part.
   */
  nameOf(name: string): string | undefined {
    if (this.entries.has(name)) return name;
    if (!this.byLowerCase) {
      this.byLowerCase = new Map();
      for (const stored of this.names) if (!this.byLowerCase.has(stored.toLowerCase())) this.byLowerCase.set(stored.toLowerCase(), stored);
    }
    return this.byLowerCase.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.nameOf(name) !== undefined;
  }

  /** The part's bytes, inflated; undefined when the package has no such part. */
  bytesOf(name: string): Buffer | undefined {
    const stored = this.nameOf(name);
    const entry = stored === undefined ? undefined : this.entries.get(stored);
    if (!entry) return undefined;
    if (entry.flags & 1) throw new Error(`${name} is encrypted`);
    const local = entry.localOffset;
    if (local + 30 > this.bytes.length || this.bytes.readUInt32LE(local) !== LOCAL_HEADER) {
      throw new Error(`${name}: the zip entry is damaged or cut off`);
    }
    const start = local + 30 + this.bytes.readUInt16LE(local + 26) + this.bytes.readUInt16LE(local + 28);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new Error(`${name}: the zip entry is cut off`);
    if (entry.method === STORED) return data;
    if (entry.method !== DEFLATED) throw new Error(`${name}: unsupported compression method ${entry.method}`);
    try {
      // No further than the declared size: the input check (cli/inspectInput.ts) judges from the declared sizes what
      // fits in memory, so a part that inflates past its size would run the process out of it.
      return inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw err;
      throw new Error(`${name}: the zip entry holds more than the ${entry.size} bytes the package declares (damaged)`);
    }
  }

  /** The part as text (UTF-8, as exceljs decodes it); undefined when there is no such part. */
  textOf(name: string): string | undefined {
    return this.bytesOf(name)?.toString('utf8');
  }
}

function findEndRecord(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - MAX_END_SEARCH);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw new Error('not a zip package (no end of central directory)');
}

function zip64Directory(bytes: Buffer, end: number): [number, number] {
  const locator = end - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new Error('the zip64 directory is missing');
  const record = Number(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END) throw new Error('the zip64 directory is damaged');
  return [Number(bytes.readBigUInt64LE(record + 32)), Number(bytes.readBigUInt64LE(record + 48))];
}

/** Sizes and offset a zip64 "extra field" (id 1) carries in place of the 32-bit fields set to 0xffffffff. */
function zip64Sizes(
  bytes: Buffer,
  extraStart: number,
  extraLength: number,
  fields: { size: number; compressedSize: number; localOffset: number },
): { size: number; compressedSize: number; localOffset: number } {
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = bytes.readUInt16LE(at);
    const length = bytes.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = () => {
        const value = Number(bytes.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      const size = fields.size === 0xffffffff ? next() : fields.size;
      const compressedSize = fields.compressedSize === 0xffffffff ? next() : fields.compressedSize;
      const localOffset = fields.localOffset === 0xffffffff ? next() : fields.localOffset;
      return { size, compressedSize, localOffset };
    }
    at += 4 + length;
  }
  throw new Error('a zip64 entry has no zip64 sizes');
}
