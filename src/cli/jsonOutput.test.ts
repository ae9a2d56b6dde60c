import fc from 'fast-check';
import { writeJson } from './jsonOutput';

/** The chunks written, each decoded on its own: a chunk that split a character would fail to decode. */
async function collect(value: unknown, pretty: boolean, walkLength?: number): Promise<string[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const chunks: string[] = [];
  await writeJson(value, pretty, (chunk) => void chunks.push(decoder.decode(chunk)), walkLength);
  return chunks;
}

async function chunkBytes(value: unknown, pretty: boolean): Promise<number[]> {
  const sizes: number[] = [];
  await writeJson(value, pretty, (chunk) => void sizes.push(chunk.byteLength));
  return sizes;
}

describe('writeJson', () => {
  it('writes exactly what JSON.stringify writes, compact and indented, however deep it walks', async () => {
    // walkLength 0 and 1 walk every array (and every object holding one) here; 64 is the real setting.
    await fc.assert(
      // A result is never undefined at the top (JSON.stringify would return undefined, not text).
      fc.asyncProperty(fc.anything().filter((v) => v !== undefined), fc.constantFrom(0, 1, 2, 64), async (value, walkLength) => {
        expect((await collect(value, false, walkLength)).join('')).toBe(`${JSON.stringify(value)}\n`);
        expect((await collect(value, true, walkLength)).join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 400 },
    );
  });

  it('leaves out of objects, and writes null in arrays, what JSON cannot hold, as JSON.stringify does', async () => {
    const value = { a: [1, undefined, () => 0, Symbol('s')], b: undefined, c: () => 0, d: [[], {}, { e: [] }], f: new Date(0) };
    const text = (await collect(value, true, 0)).join('');
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(JSON.parse(text)).toEqual({ a: [1, null, null, null], d: [[], {}, { e: [] }], f: '1970-01-01T00:00:00.000Z' });
  });

  it('streams a large result in chunks of at most 256 KiB instead of one string', async () => {
    // 100,000 rows of {"id":"r00000","n":0} (22-23 characters each): about 2.3 million characters in all.
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `r${String(i).padStart(5, '0')}`, n: i }));
    const chunks = await collect({ rows }, false);
    expect(chunks.join('')).toBe(`${JSON.stringify({ rows })}\n`);
    // Slices of about 16 KiB of text (48 KiB at most as UTF-8) go into 256 KiB chunks: a chunk is handed over when
    // the next slice might not fit, so each holds at least 256 - 48 = 208 KiB, and 2.3 MB make 9 to 12 chunks.
    const sizes = await chunkBytes({ rows }, false);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(256 * 1024);
    expect(sizes.length).toBeGreaterThanOrEqual(9);
    expect(sizes.length).toBeLessThanOrEqual(12);
  });

  it('writes UTF-8 whole in every chunk: no character of more than one byte is split between two', async () => {
    // 10,000 rows of text with 2-, 3- and 4-byte characters (é, ÷, —, an emoji as a surrogate pair): about 570,000
    // characters and 750,000 bytes, so several chunks, each of which must decode on its own (collect checks).
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ note: `é÷—😀 row ${i} `.repeat(3) }));
    const chunks = await collect({ rows }, false);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(`${JSON.stringify({ rows })}\n`);
    // A piece longer than any chunk (one long string) is its own chunk, whole.
    // 400,000 characters, 1,000,000 bytes: nearly four chunks' worth, in one chunk after the key's.
    const long = 'é—'.repeat(200_000);
    const withLong = await collect({ long, rows }, true);
    expect(withLong.join('')).toBe(`${JSON.stringify({ long, rows }, null, 2)}\n`);
    expect(withLong.slice(0, 2)).toEqual(['{\n  "long": ', JSON.stringify(long)]);
  });

  it('writes long arrays of any elements, nested and mixed in size, exactly as JSON.stringify does', async () => {
    // Long enough (64 or more) to be serialised slice by slice at the real setting, with elements from tiny to
    // large, so a slice's size adapts from one slice to the next.
    const long = fc.array(fc.oneof(fc.anything(), fc.string({ maxLength: 5000 })), { minLength: 64, maxLength: 300 });
    await fc.assert(
      fc.asyncProperty(long, fc.anything(), async (rows, other) => {
        const value = { other, rows, nested: [{ rows, other }] };
        expect((await collect(value, false)).join('')).toBe(`${JSON.stringify(value)}\n`);
        expect((await collect(value, true)).join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 60 },
    );
  });

  it('walks a short list of objects that hold long arrays (the flags and their rows), so no chunk holds a whole flag', async () => {
    // 19 flags of 10,000 rows of {"sheet":"master_schedule","firstRow":n,"lastRow":n} (about 60 characters): each
    // flag is about 600,000 characters and the list about 11 million, written as chunks of about 64 KiB.
    const flags = Array.from({ length: 19 }, (_, f) => ({
      id: `flag-${f}`,
      rows: Array.from({ length: 10_000 }, (_, i) => ({ sheet: 'master_schedule', firstRow: i + 2, lastRow: i + 2 })),
      settings: ['thresholds.x'],
    }));
    for (const pretty of [false, true]) {
      const chunks = await collect({ school: { name: 'District' }, flags }, pretty);
      expect(chunks.join('')).toBe(`${pretty ? JSON.stringify({ school: { name: 'District' }, flags }, null, 2) : JSON.stringify({ school: { name: 'District' }, flags })}\n`);
      expect(Math.max(...(await chunkBytes({ school: { name: 'District' }, flags }, pretty)))).toBeLessThanOrEqual(256 * 1024);
    }
  });

  it('waits for a backed-up output before writing more', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `row ${i}`);
    const events: string[] = [];
    let release: () => void = () => undefined;
    const done = writeJson(rows, false, (chunk) => {
      events.push(`write ${chunk.byteLength > 0}`);
      if (events.length === 1) {
        return new Promise<void>((resolve) => {
          release = () => {
            events.push('drained');
            resolve();
          };
        });
      }
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['write true']);
    release();
    await done;
    expect(events.slice(0, 3)).toEqual(['write true', 'drained', 'write true']);
  });
});
