import JSZip from 'jszip';
import { StreamedPart, zipEntries, zipEntry, type ZipPart } from './zipDeflate';

async function zipParts(parts: ZipPart[]): Promise<Buffer> {
  return zipEntries(await Promise.all(parts.map(zipEntry)));
}

describe('zipEntries', () => {
  it('keeps every part byte for byte (CRC checked on reading) and compresses the parts that have bytes', async () => {
    const sheet = '<row r="1"><c/></row>'.repeat(40_000);
    const zipped = await zipParts([
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'docProps/empty.txt', data: '' },
      { name: 'unicodé/naïve.xml', data: Buffer.from('é'.repeat(3)) },
    ]);
    const zip = await JSZip.loadAsync(zipped, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['xl/worksheets/sheet1.xml', '[Content_Types].xml', 'docProps/empty.txt', 'unicodé/naïve.xml']);
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(sheet);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toBe('<Types/>');
    expect(await zip.file('docProps/empty.txt')!.async('string')).toBe('');
    expect(await zip.file('unicodé/naïve.xml')!.async('string')).toBe('ééé');
    // The sheet alone is 21 × 40,000 = 840,000 bytes; deflated, the whole package is far under a tenth of it.
    expect(zipped.length).toBeLessThan(84_000);
  });

  it('makes the same bytes from the same parts (a fixed time stamp)', async () => {
    const parts = [{ name: 'a.xml', data: 'x'.repeat(1000) }];
    expect((await zipParts(parts)).equals(await zipParts(parts))).toBe(true);
  });
});

describe('StreamedPart', () => {
  it('deflates a part written in pieces across several chunks, with the CRC and size of all its bytes', async () => {
    const part = new StreamedPart('xl/worksheets/sheet1.xml');
    // 100,000 rows of 31 or more characters: over 3 million characters, so over ten 262,144-character chunks; a
    // multi-byte character in each row checks that sizes count bytes, not characters.
    const rows = Array.from({ length: 100_000 }, (_, r) => `<row r="${r + 1}"><c t="s"><v>é</v></c></row>`);
    rows.forEach((row) => part.write(row));
    const zip = await JSZip.loadAsync(zipEntries([await part.end()]), { checkCRC32: true });
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(rows.join(''));
  });
});

describe('on a Node 20 before 20.15 (no zlib.crc32), which package.json allows', () => {
  it('writes the very same package, streamed parts included, its CRCs worked out without zlib', async () => {
    const rows = Array.from({ length: 20_000 }, (_, r) => `<row r="${r + 1}"><c t="s"><v>é${r}</v></c></row>`);
    const build = async (zip: typeof import('./zipDeflate')) => {
      const part = new zip.StreamedPart('xl/worksheets/sheet1.xml');
      rows.forEach((row) => part.write(row));
      return zip.zipEntries([await part.end(), await zip.zipEntry({ name: 'a.xml', data: 'ü'.repeat(500) })]);
    };
    let withoutCrc32: typeof import('./zipDeflate') | undefined;
    jest.isolateModules(() => {
      jest.doMock('node:zlib', () => ({ ...jest.requireActual<object>('node:zlib'), crc32: undefined }));
      withoutCrc32 = jest.requireActual<typeof import('./zipDeflate')>('./zipDeflate');
    });
    jest.dontMock('node:zlib');
    const bytes = await build(withoutCrc32!);
    expect(bytes.equals(await build(await import('./zipDeflate')))).toBe(true);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(rows.join(''));
  });
});
