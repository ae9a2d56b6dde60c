/**
 * The --json output, written in chunks as it is serialised: a district's result is over 100 MB as JSON, and
 * building it as one string (then a buffer) cost 15% of the run and doubled the peak memory (issue 12).
 *
 * The text is exactly JSON.stringify(value) (compact) or JSON.stringify(value, null, 2) (--pretty). Objects holding
 * a large array, or a short list of such objects, are walked here key by key; a large array is serialised by
 * JSON.stringify a slice at a time, its brackets stripped, since one native call per slice is several times faster
 * than a step here per element; everything else is serialised by JSON.stringify whole, re-indented to its depth.
 *
 * Each piece of text is encoded as UTF-8 straight into the chunk being filled: joining the pieces into a chunk of
 * text first, then encoding that, copied the district's 78 MB twice more and left a string and a buffer per chunk
 * for the garbage collector (about 10% of the writing, measured).
 */

/** Where the UTF-8 chunks go; a promise means "wait before writing more" (a full pipe). */
export type JsonSink = (chunk: Uint8Array) => void | Promise<void>;

/**
 * The bytes a chunk holds at most. Each chunk is a buffer of its own, handed to the sink and never written again,
 * since a stream may still hold it after write() returns.
 */
const CHUNK_BYTES = 256 * 1024;
/** The most UTF-8 bytes one UTF-16 code unit takes (a surrogate pair, two units, takes four). */
const MAX_BYTES_PER_UNIT = 3;
/** The text a slice of a large array aims at: small beside a chunk, large enough that native calls dominate. */
const SLICE_CHARS = 16 * 1024;
/** An array at least this long is serialised in slices; an object holding one is walked key by key. */
const WALK_LENGTH = 64;

export async function writeJson(value: unknown, pretty: boolean, sink: JsonSink, walkLength = WALK_LENGTH): Promise<void> {
  const out = new JsonChunks(sink, pretty ? '  ' : '', walkLength);
  await out.value(value, '\n');
  out.push('\n');
  await out.flush();
}

/**
 * Gathers the text of JSON.stringify(value, null, indent) into chunks for the sink. `newline` is the line break and
 * indentation of the value's depth (unused when compact). JSON.stringify never puts a raw line break inside a string,
 * so its own output is re-indented by replacing its line breaks.
 */
class JsonChunks {
  private chunk: Buffer | undefined;
  private used = 0;
  /** Chunks filled and not yet handed to the sink. */
  private full: Buffer[] = [];
  /** Elements per slice, adjusted after each slice towards SLICE_CHARS of text. */
  private sliceLength = 64;

  constructor(
    private readonly sink: JsonSink,
    private readonly indent: string,
    private readonly walkLength: number,
  ) {}

  push(text: string): void {
    const most = text.length * MAX_BYTES_PER_UNIT;
    if (this.chunk && this.used + most > CHUNK_BYTES) this.closeChunk();
    // A piece too long for any chunk (a long string in the data) is a chunk of its own. A piece is never split
    // across chunks, so each chunk is whole UTF-8 characters.
    if (most > CHUNK_BYTES) {
      this.full.push(Buffer.from(text, 'utf8'));
      return;
    }
    if (!this.chunk) {
      this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used, 'utf8');
  }

  /** Hands every chunk to the sink, the one being filled too (at the end). */
  async flush(): Promise<void> {
    if (this.chunk && this.used > 0) this.closeChunk();
    await this.flushIfFull();
  }

  private closeChunk(): void {
    this.full.push(this.chunk!.subarray(0, this.used));
    this.chunk = undefined;
    this.used = 0;
  }

  /** Hands the filled chunks to the sink, waiting whenever it is backed up. */
  private async flushIfFull(): Promise<void> {
    const ready = this.full;
    this.full = [];
    for (const chunk of ready) await this.sink(chunk);
  }

  private native(value: unknown, newline: string): string {
    const text = JSON.stringify(value, null, this.indent);
    return this.indent ? text.replaceAll('\n', newline) : text;
  }

  async value(value: unknown, newline: string): Promise<void> {
    if (Array.isArray(value) && value.length >= this.walkLength) return this.inSlices(value, newline);
    if (!this.worthWalking(value)) {
      this.push(this.native(value, newline));
      return this.flushIfFull();
    }
    const inner = this.indent ? newline + this.indent : '';
    const close = this.indent ? newline : '';
    if (Array.isArray(value)) {
      // A short array of objects holding large arrays (the flags and their rows): element by element.
      this.push('[');
      for (let i = 0; i < value.length; i++) {
        this.push(i ? `,${inner}` : inner);
        // As JSON.stringify does: a value JSON cannot hold (undefined, a function) is null in an array.
        if (serialisable(value[i])) await this.value(value[i], inner);
        else this.push('null');
      }
      this.push(`${close}]`);
      return this.flushIfFull();
    }
    const record = value as Record<string, unknown>;
    const separator = this.indent ? ': ' : ':';
    let first = true;
    for (const key of Object.keys(record)) {
      // …and is left out of an object.
      if (!serialisable(record[key])) continue;
      this.push(`${first ? '{' : ','}${inner}${JSON.stringify(key)}${separator}`);
      first = false;
      await this.value(record[key], inner);
    }
    this.push(first ? '{}' : `${close}}`);
  }

  /**
   * JSON.stringify of the whole array, one slice at a time: each slice's text without its brackets is exactly its
   * elements with their separators. (A toJSON(key) that reads its key would see the index within the slice; the
   * review's result has none.)
   */
  private async inSlices(array: readonly unknown[], newline: string): Promise<void> {
    if (array.length === 0) {
      this.push('[]');
      return;
    }
    // Compact: "[a,b]" → "a,b". Indented: "[" newline indent "a," newline indent "b" newline "]" → all but the brackets
    // and the closing line break, which leaves each element on its own line.
    const tail = this.indent ? newline.length + 1 : 1;
    this.push('[');
    for (let start = 0; start < array.length; ) {
      const end = Math.min(array.length, start + this.sliceLength);
      const text = this.native(array.slice(start, end), newline);
      this.push(start ? ',' : '');
      this.push(text.slice(1, text.length - tail));
      this.sliceLength = Math.max(1, Math.min(4096, Math.round(((end - start) * SLICE_CHARS) / Math.max(text.length, 1))));
      start = end;
      await this.flushIfFull();
    }
    this.push(this.indent ? `${newline}]` : ']');
  }

  /**
   * A short array holding objects that hold a large array (the flags and their rows), and a plain object holding a
   * large array or such a short array; anything with toJSON is left to JSON.stringify.
   */
  private worthWalking(value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    if (Array.isArray(value)) return value.some((element) => this.holdsArray(element, (field) => field.length >= this.walkLength));
    return this.holdsArray(value, (field) => field.length >= this.walkLength || this.worthWalking(field));
  }

  /** A plain object (no toJSON) with an array field that passes `test`. */
  private holdsArray(value: unknown, test: (field: unknown[]) => boolean): boolean {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const field = (value as Record<string, unknown>)[key];
      if (Array.isArray(field) && test(field)) return true;
    }
    return false;
  }
}

function serialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
