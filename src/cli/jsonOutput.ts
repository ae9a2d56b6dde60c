/**
 * The --json output, written in chunks as it is serialised: a district's result is over 100 MB as JSON, and
 * building it as one string (then a buffer) cost 15% of the run and doubled the peak memory (issue 12).
 *
 * The text is exactly JSON.stringify(value) (compact) or JSON.stringify(value, null, 2) (--pretty): large arrays,
 * and objects holding one, are walked here piece by piece; everything else is serialised by JSON.stringify itself,
 * re-indented to its depth.
 */

/** Where the text goes; a promise means "wait before writing more" (a full pipe). */
export type JsonSink = (text: string) => void | Promise<void>;

const CHUNK_CHARS = 64 * 1024;
/** An array at least this long is walked element by element, and so is an object holding one. */
const WALK_LENGTH = 64;

export async function writeJson(value: unknown, pretty: boolean, sink: JsonSink, walkLength = WALK_LENGTH): Promise<void> {
  let pieces: string[] = [];
  let size = 0;
  for (const piece of jsonPieces(value, pretty ? '  ' : '', '\n', walkLength)) {
    pieces.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARS) {
      const chunk = pieces.join('');
      pieces = [];
      size = 0;
      await sink(chunk);
    }
  }
  pieces.push('\n');
  await sink(pieces.join(''));
}

/**
 * The pieces of JSON.stringify(value, null, indent), for a value at the depth whose line break and indentation is
 * `newline` (compact when indent is ''). JSON.stringify never puts a raw line break inside a string, so its own
 * output is re-indented by replacing its line breaks.
 */
function* jsonPieces(value: unknown, indent: string, newline: string, walkLength: number): Generator<string> {
  if (!worthWalking(value, walkLength)) {
    const text = JSON.stringify(value, null, indent);
    yield indent ? text.replaceAll('\n', newline) : text;
    return;
  }
  const inner = indent ? newline + indent : '';
  const close = indent ? newline : '';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield i ? `,${inner}` : inner;
      // As JSON.stringify does: a value JSON cannot hold (undefined, a function) is null in an array.
      if (serialisable(value[i])) yield* jsonPieces(value[i], indent, inner, walkLength);
      else yield 'null';
    }
    yield `${close}]`;
    return;
  }
  const record = value as Record<string, unknown>;
  const separator = indent ? ': ' : ':';
  let first = true;
  for (const key of Object.keys(record)) {
    // …and is left out of an object.
    if (!serialisable(record[key])) continue;
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}${separator}`;
    first = false;
    yield* jsonPieces(record[key], indent, inner, walkLength);
  }
  yield first ? '{}' : `${close}}`;
}

function serialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** Large arrays and plain objects holding one; anything with toJSON is left to JSON.stringify. */
function worthWalking(value: unknown, walkLength: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.length >= walkLength;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const field = (value as Record<string, unknown>)[key];
    if (Array.isArray(field) && field.length >= walkLength) return true;
  }
  return false;
}
