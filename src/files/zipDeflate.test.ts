import JSZip from 'jszip';
import { deflateStoredZip } from './zipDeflate';

async function storedZip(): Promise<Buffer> {
  const zip = new JSZip();
  // 40,000 repeats of a 20-byte row: deflate must shrink it to a small fraction.
  zip.file('xl/worksheets/sheet1.xml', '<row r="1"><c/></row>'.repeat(40_000));
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('docProps/empty.txt', '');
  zip.file('unicodé/naïve.xml', 'é'.repeat(3));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

describe('deflateStoredZip', () => {
  it('keeps every part byte for byte (CRC checked on reading) and compresses the parts that have bytes', async () => {
    const stored = await storedZip();
    const deflated = await deflateStoredZip(stored);
    const zip = await JSZip.loadAsync(deflated, { checkCRC32: true });
    const original = await JSZip.loadAsync(stored);
    expect(Object.keys(zip.files).sort()).toEqual(Object.keys(original.files).sort());
    for (const name of Object.keys(original.files)) {
      expect({ name, bytes: await zip.file(name)?.async('nodebuffer') }).toEqual({ name, bytes: await original.file(name)?.async('nodebuffer') });
    }
    // The sheet alone is 21 × 40,000 = 840,000 bytes stored; deflated, the whole package is far under a tenth of it.
    expect(stored.length).toBeGreaterThan(840_000);
    expect(deflated.length).toBeLessThan(84_000);
  });

  it('refuses a package that is already compressed instead of compressing it twice', async () => {
    const zip = new JSZip();
    zip.file('a.xml', 'x'.repeat(1000));
    const compressed = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expect(deflateStoredZip(compressed)).rejects.toThrow('zip entry 0 is already compressed (method 8)');
  });

  it('says so when the bytes are not a zip', async () => {
    await expect(deflateStoredZip(Buffer.from('not a zip at all'))).rejects.toThrow('not a zip: no end of central directory');
  });
});
