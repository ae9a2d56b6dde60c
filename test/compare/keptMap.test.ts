import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { bin, sha256, stamp } from '../cli/helpers';
import { temporaryFolder } from '../support/temporaryFolder';

// A trainer's own sheet in the district map must never be lost when the map is made again to the same --out.
// Through the compiled command (npm run build:cli), worker threads and all.

const ELEMENTARY = path.resolve(__dirname, '../../assets/case-studies/elementary-school.xlsx');

const dir = temporaryFolder('srr-keptmap-');

describe('compare --out over an earlier map holding a sheet of the trainer\'s', () => {
  it('replaces a plain map with no backup, keeps the one with the trainer\'s sheet byte for byte, once', async () => {
    const maps = path.join(dir(), 'maps');
    await fs.mkdir(maps);
    const out = path.join(maps, 'map.xlsx');
    const compare = () => bin(['compare', ELEMENTARY, '--out', out, '--quiet', '--jobs', '1']);
    for (let run = 1; run <= 2; run++) {
      expect(await compare()).toMatchObject({ code: 0, stderr: '', stdout: `District resource map of 1 schools: ${out}\n` });
      expect(await fs.readdir(maps)).toEqual(['map.xlsx']);
    }

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.addWorksheet('Training plan').getCell('A1').value = 'Visit the two schools over 20 in class size';
    await wb.xlsx.writeFile(out);
    const earlier = await sha256(out);

    const before = new Date();
    const kept = await compare();
    const stamps = [stamp(before), stamp(new Date())];
    expect(kept.code).toBe(0);
    const names = (await fs.readdir(maps)).sort();
    expect(names).toHaveLength(2);
    const backupName = names.find((n) => n !== 'map.xlsx')!;
    expect(stamps.map((s) => `map (kept ${s}).xlsx`)).toContain(backupName);
    const backup = path.join(maps, backupName);
    expect(kept.stderr).toBe(
      `resource-review: kept the earlier ${out} unchanged as ${backup}: it holds sheets this run does not write ("Training plan").\n`,
    );
    expect(await sha256(backup)).toBe(earlier);
    const newMap = new ExcelJS.Workbook();
    await newMap.xlsx.readFile(out);
    expect(newMap.getWorksheet('Training plan')).toBeUndefined();

    // The new map holds only our sheets: the next run makes no second backup and leaves the first alone.
    expect(await compare()).toMatchObject({ code: 0, stderr: '' });
    expect((await fs.readdir(maps)).sort()).toEqual(names);
    expect(await sha256(backup)).toBe(earlier);
  });

  it('never reads a review kept beside a school\'s workbook as another school of the district', async () => {
    // A district folder of school folders; the principal of s1 reviews the school, adds a sheet, reviews it again.
    const school = path.join(dir(), 'district', 's1', 'school.xlsx');
    await fs.mkdir(path.dirname(school), { recursive: true });
    await fs.copyFile(ELEMENTARY, school);
    const review = path.join(path.dirname(school), 'school-review.xlsx');
    expect((await bin([school, '--quiet'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(review);
    wb.addWorksheet('Mine').getCell('A1').value = 'the principal\'s';
    await wb.xlsx.writeFile(review);
    expect((await bin([school, '--quiet'])).stderr).toMatch(/^resource-review: kept the earlier .*school-review\.xlsx unchanged as .*school-review \(kept /);
    expect((await fs.readdir(path.dirname(school))).length).toBe(3);
    // The folder holds the school, its review and the kept review: the map is of one school, not two.
    const map = await bin(['compare', path.join(dir(), 'district'), '--out', path.join(dir(), 'district-map.xlsx'), '--quiet', '--jobs', '1']);
    expect(map).toMatchObject({ code: 0, stderr: '', stdout: `District resource map of 1 schools: ${path.join(dir(), 'district-map.xlsx')}\n` });
  });
});
