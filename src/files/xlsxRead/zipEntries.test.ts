import { zipEntries, zipEntry } from '../zipDeflate';
import { ZipPackage } from './zipEntries';

describe('ZipPackage', () => {
  it('inflates a part no further than the size the package declares for it, naming the part', async () => {
    // 8 MiB of one letter deflates to about 8 KB; the package says the part holds 100 bytes (a damaged or hostile
    // file: the input check trusts the declared sizes to judge what fits in memory).
    const honest = await zipEntry({ name: 'xl/worksheets/sheet1.xml', data: 'a'.repeat(8 * 2 ** 20) });
    const lying = zipEntries([{ ...honest, size: 100 }]);
    expect(() => new ZipPackage(lying).bytesOf('xl/worksheets/sheet1.xml')).toThrow(
      'xl/worksheets/sheet1.xml: the zip entry holds more than the 100 bytes the package declares (damaged)',
    );
    // The same part declared truthfully reads whole.
    expect(new ZipPackage(zipEntries([honest])).textOf('xl/worksheets/sheet1.xml')).toHaveLength(8 * 2 ** 20);
  });
});
