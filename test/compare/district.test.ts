import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { districtFiles, districtReadme, DISTRICT_SCHOOLS } from '../../src/casestudies/district';
import { readCsvFiles } from '../../src/files/readWorkbookFile';
import { review } from '../../src/engine/review';
import { districtMap, schoolFigures, type DistrictMap } from '../../src/engine/compare';

// The fictional workshop district: the committed files are what the generator makes, and the map of them tells the
// three stories the workshop needs.

const DIR = path.resolve(__dirname, '../../assets/district');

describe('assets/district is current (npm run district)', () => {
  it('holds exactly the generated files, byte for byte', async () => {
    const expected = districtFiles();
    expect((await fs.readdir(DIR)).sort()).toEqual([...expected.keys(), 'README.md'].sort());
    for (const [folder, files] of expected) {
      expect((await fs.readdir(path.join(DIR, folder))).sort()).toEqual([...files.keys()].sort());
      for (const [name, text] of files) expect(await fs.readFile(path.join(DIR, folder, name), 'utf8')).toBe(text);
    }
    expect(await fs.readFile(path.join(DIR, 'README.md'), 'utf8')).toBe(districtReadme());
    expect(districtReadme()).toContain('**FICTIONAL.**');
  });
});

describe('the map of the fictional district', () => {
  let map: DistrictMap;
  const rowsOf = (sheet: string) => {
    const table = map.report.sheets.find((s) => s.name === sheet)!.table;
    return table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c.header, r[i]])));
  };
  beforeAll(async () => {
    const schools = [];
    for (const school of DISTRICT_SCHOOLS) {
      const folder = path.join(DIR, school.slug);
      const files = (await fs.readdir(folder)).sort().map((f) => path.join(folder, f));
      schools.push(schoolFigures(review({ workbook: await readCsvFiles(files) }).result, folder));
    }
    map = districtMap({ schools, notCompared: [] });
  });

  it('has ten schools of all three levels, each read as the level its grades say', () => {
    expect(map.schools.map((s) => s.level)).toEqual([...Array(5).fill('elementary'), ...Array(3).fill('middle'), ...Array(2).fill('high')]);
    expect(map.schools.map((s) => s.name).sort()).toEqual(DISTRICT_SCHOOLS.map((s) => s.name).sort());
  });

  it('the small elementary school costs the most per pupil, and the By level quartiles are its level’s five figures', () => {
    const elementary = map.schools.filter((s) => s.level === 'elementary');
    expect(elementary[0].name).toBe('Alder Creek Elementary School'); // highest per pupil first
    expect(elementary[0].students).toBe(240);
    // Per pupil = budget / students: Alder Creek 2,892,550 / 240 = 12,052.29; Birchwood 5,525,500 / 520 = 10,625.96;
    // Elm Grove 6,607,170 / 698 = 9,465.86; Cedar Park 5,682,520 / 608 = 9,346.25; Dogwood 3,763,250 / 450 = 8,362.78.
    expect(elementary.map((s) => s.budget)).toEqual([2_892_550, 5_525_500, 6_607_170, 5_682_520, 3_763_250]);
    // Five values: QUARTILE.INC's positions are exactly the 2nd, 3rd and 4th values.
    const byLevel = rowsOf('By level').find((r) => r.Figure === 'Per pupil' && r.Level === 'elementary')!;
    expect(byLevel).toMatchObject({ Schools: 5, Minimum: 3_763_250 / 450, 'Lower quartile': 5_682_520 / 608, Median: 6_607_170 / 698, 'Upper quartile': 5_525_500 / 520, Maximum: 2_892_550 / 240 });
    const band = map.report.sheets.find((s) => s.name === 'Money and need')!.moreTables![0].table.rows;
    expect(band).toContainEqual(['elementary', 'under 300', 1, 240, 2_892_550, 2_892_550 / 240, 2_892_550 / 240]);
  });

  it('Dogwood’s money does not follow its needs: the highest poverty share, the least per weighted pupil', () => {
    const need = rowsOf('Money and need').filter((r) => r.Level === 'elementary');
    const dogwood = need.find((r) => r.School === 'Dogwood Elementary School')!;
    expect(Math.max(...need.map((r) => r['Free/reduced lunch'] as number))).toBe(dogwood['Free/reduced lunch']);
    expect(Math.min(...need.map((r) => r['Per weighted pupil'] as number))).toBe(dogwood['Per weighted pupil']);
    // Weighted pupils (DEFAULT_FORMULA: +0.15 a K-3 pupil, +0.9 special education, +0.2 EL, +0.2 free/reduced lunch;
    // counts per grade round(students x share), src/casestudies/district/build.ts):
    // Dogwood 450 + 0.15 x 306 + 0.9 x 59 + 0.2 x 185 + 0.2 x 397 = 665.4, so 3,763,250 / 665.4 = 5,655.62;
    // the level's median of five is Birchwood's 520 + 0.15 x 356 + 0.9 x 63 + 0.2 x 177 + 0.2 x 406 = 746.7,
    // 5,525,500 / 746.7 = 7,399.89 (the others: Alder Creek 9,282.89, Cedar Park 7,540.50, Elm Grove 6,989.50).
    // Dogwood gets 5,655.62 / 7,399.89 - 1 = 23.6% less per weighted pupil than the level's median.
    expect(dogwood['Per weighted pupil']).toBeCloseTo(3_763_250 / 665.4, 6);
    expect(dogwood['Per weighted pupil vs level median']).toBeCloseTo(3_763_250 / 665.4 / (5_525_500 / 746.7) - 1, 12);
    // Under the formula (scaled to today's total) it would gain.
    const table = map.report.sheets.find((s) => s.name === 'Weighted formula')!.moreTables![0].table;
    const formula = Object.fromEntries(table.columns.map((c, i) => [c.header, table.rows.find((r) => r[0] === 'Dogwood Elementary School')![i]]));
    // Scaled to today's total, each school gets its share of weighted pupils: Dogwood 665.4 of the district's 8,918.06
    // (the elementary schools' 311.6 + 746.7 + 753.6 + 665.4 + 945.3, the middle schools' 774 + 623.3 + 1,004.5 and
    // the high schools' 1,822.38 + 1,271.28, the 9-12 band +0.09 a pupil) of the ten budgets' 56,604,010:
    // 665.4 / 8,918.06 x 56,604,010 = 4,223,374.62, so 4,223,374.62 - 3,763,250 = 460,124.62 more than today.
    expect(formula.Difference).toBeCloseTo((665.4 / 8_918.06) * 56_604_010 - 3_763_250, 4);
  });

  it('Fir Ridge Middle gives every grade team its weekly 90-minute block; the other middle schools give none', () => {
    const middle = map.schools.filter((s) => s.level === 'middle');
    const fir = middle.find((s) => s.name === 'Fir Ridge Middle School')!;
    // Exactly its three grade teams: the departments whose teachers sit in those PLCs are not credited with them.
    expect(fir.teamsWith90MinuteBlock).toBe(3);
    for (const other of middle.filter((s) => s !== fir)) expect(other.teamsWith90MinuteBlock).toBe(0);
  });

  it('scales the formula to the district’s current total: no new money', () => {
    const total = map.schools.reduce((n, s) => n + s.budget!, 0);
    expect(map.formula.currentTotal).toBe(total);
    expect(map.formula.rows.reduce((n, r) => n + r.allocation!, 0)).toBeCloseTo(total, 4);
  });
});
