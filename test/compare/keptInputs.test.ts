import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { bin } from '../cli/helpers';
import { inputsOf, open, rowsOf, typeInto } from '../support/mapInputs';
import { recalculatedFormulaValues } from '../support/recalc';
import { temporaryFolder } from '../support/temporaryFolder';

// The district map's typed formula inputs survive the next `compare` to the same --out, over four consecutive runs
// of the compiled command (npm run build:cli): typed values kept by id, a school added, a word typed where a number
// belongs, rows moved by a --formula file, a value typed back to its start. The map's amounts follow the kept
// inputs, and LibreOffice's recalculation of the written file equals the cached values.

jest.setTimeout(240_000);

const DISTRICT = path.resolve(__dirname, '../../assets/district');
const ALDER = path.join(DISTRICT, 'alder-creek-elementary');
const FIR = path.join(DISTRICT, 'fir-ridge-middle');
const DOGWOOD = path.join(DISTRICT, 'dogwood-elementary');

function schoolRow(ws: ExcelJS.Worksheet, name: string): Record<string, ExcelJS.CellValue> {
  return rowsOf(ws, 'Weighted pupils').find((r) => String(r.cells.School).startsWith(name))!.cells;
}

const dir = temporaryFolder('srr-kept-');

describe('compare keeps the values typed in the earlier map’s Weighted formula inputs', () => {
  it('over four runs: typed values kept by id, a school added, a word typed, rows moved, a value typed back', async () => {
    const out = path.join(dir(), 'map.xlsx');

    // Run 1: no earlier map, no file: every input is the default and nothing is said about keeping.
    const first = await bin(['compare', ALDER, FIR, '--out', out, '--json']);
    expect(first.code).toBe(0);
    expect(first.stderr).not.toContain('resource-review: kept');
    const json1 = JSON.parse(first.stdout);
    expect(json1.formula.inputs.every((i: { from: string }) => i.from === 'default')).toBe(true);
    let ws = (await open(out)).getWorksheet('Weighted formula')!;
    expect(inputsOf(ws).get('basePerPupil.elementary')).toEqual({ value: 6000, start: 6000, address: expect.stringMatching(/^B\d+$/) });
    const alder1 = schoolRow(ws, 'Alder Creek');
    // Alder Creek: 240 students, 160 in K-3, 26 special education, 30 English learners, 91 free/reduced lunch.
    // Default weights: 240 + 160 × 0.15 + 26 × 0.9 + 30 × 0.2 + 91 × 0.2 = 240 + 24 + 23.4 + 6 + 18.2 = 311.6.
    expect([alder1.Students, alder1['Grades K-3'], alder1['Special education'], alder1['English learners'], alder1['Free/reduced lunch']]).toEqual([240, 160, 26, 30, 91]);
    expect(alder1['Weighted pupils']).toBeCloseTo(311.6, 9);

    // The analyst types a new elementary base and EL weight, and renames the sheet.
    await typeInto(out, { 'basePerPupil.elementary': 6500, 'weights.englishLearners': 0.3 }, 'Weighted formula', 'Formula (Sept)');

    // Run 2, with a school added: both values kept, said with their cells; the new school is under them too.
    const second = await bin(['compare', ALDER, FIR, DOGWOOD, '--out', out, '--json']);
    expect(second.code).toBe(0);
    const b = inputsOf((await open(out)).getWorksheet('Weighted formula')!);
    expect(second.stderr).toContain(
      `resource-review: kept 2 values typed in the earlier map's Formula (Sept) sheet (basePerPupil.elementary = 6500 from ${b.get('basePerPupil.elementary')!.address}, ` +
        `weights.englishLearners = 0.3 from ${b.get('weights.englishLearners')!.address}); the rest are the defaults.\n`,
    );
    const json2 = JSON.parse(second.stdout);
    expect(json2.formula.settings.basePerPupil).toEqual({ elementary: 6500, middle: 6000, high: 6000 });
    expect(json2.formula.settings.weights.englishLearners).toBe(0.3);
    expect(json2.formula.inputs.filter((i: { from: string }) => i.from === 'earlier map').map((i: { id: string }) => i.id)).toEqual([
      'basePerPupil.elementary',
      'weights.englishLearners',
    ]);
    // The rewritten map holds the kept values in the orange cells, the defaults as their starting values.
    expect(b.get('basePerPupil.elementary')).toMatchObject({ value: 6500, start: 6000 });
    expect(b.get('weights.englishLearners')).toMatchObject({ value: 0.3, start: 0.2 });
    ws = (await open(out)).getWorksheet('Weighted formula')!;
    // Alder Creek by hand under the kept EL weight: 240 + 24 + 23.4 + 30 × 0.3 + 18.2 = 314.6; × $6,500 = $2,044,900.
    expect(schoolRow(ws, 'Alder Creek')['Weighted pupils']).toBeCloseTo(314.6, 9);
    expect(schoolRow(ws, 'Alder Creek')['Formula amount']).toBeCloseTo(2_044_900, 6);
    for (const name of ['Alder Creek', 'Dogwood']) {
      const row = schoolRow(ws, name);
      const n = (h: string) => Number(row[h]);
      // Weighted pupils = students + K-3 × 0.15 + special education × 0.9 + EL × 0.3 (kept) + FRL × 0.2; amount = 6,500 × that.
      const weighted = n('Students') + n('Grades K-3') * 0.15 + n('Special education') * 0.9 + n('English learners') * 0.3 + n('Free/reduced lunch') * 0.2;
      expect(n('Weighted pupils')).toBeCloseTo(weighted, 9);
      expect(n('Base per pupil')).toBe(6500);
      expect(n('Formula amount')).toBeCloseTo(6500 * weighted, 6);
    }

    // Between runs 2 and 3: a word where a number belongs, a K-3 weight the next file's bands drop, scaling off.
    await typeInto(out, { 'weights.lowIncome': 'twenty', 'gradeBands.K-3.weight': 0.3, scaleToCurrentTotal: 0 });
    const formulaFile = path.join(dir(), 'formula.json');
    // The file adds a TK band in front (every band row and the switch move down one) and sets the EL weight too.
    await fs.writeFile(
      formulaFile,
      JSON.stringify({
        weights: { englishLearners: 0.25 },
        gradeBands: [
          { label: 'TK', grades: ['TK'], weight: 0.3 },
          { label: 'K-2', grades: ['K', '1', '2'], weight: 0.15 },
          { label: '3-5', grades: ['3', '4', '5'], weight: 0 },
          { label: '6-8', grades: ['6', '7', '8'], weight: 0 },
          { label: '9-12', grades: ['9', '10', '11', '12'], weight: 0.09 },
        ],
      }),
    );
    const c = inputsOf((await open(out)).getWorksheet('Weighted formula')!);
    const third = await bin(['compare', ALDER, FIR, DOGWOOD, '--out', out, '--json', '--formula', formulaFile]);
    expect(third.code).toBe(0);
    // The word is named by sheet and cell and the default used; the dropped band's value is named too.
    expect(third.stderr).toContain(
      `resource-review: Weighted formula!${c.get('weights.lowIncome')!.address}: "twenty" typed for "Extra weight per free/reduced-lunch pupil" is not a number from 0 to 10, so this map uses 0.2 (the default); type a number from 0 to 10 there.\n`,
    );
    expect(third.stderr).toContain(`resource-review: Weighted formula!${c.get('gradeBands.K-3.weight')!.address}: the value typed for "gradeBands.K-3.weight" (0.3) is not kept`);
    // The earlier map's EL value wins over the file's; the file's bands are said as the file's.
    expect(third.stderr).toContain(
      `kept 3 values typed in the earlier map's Weighted formula sheet (basePerPupil.elementary = 6500 from ${c.get('basePerPupil.elementary')!.address}, ` +
        `weights.englishLearners = 0.3 from ${c.get('weights.englishLearners')!.address}, scaleToCurrentTotal = 0 from ${c.get('scaleToCurrentTotal')!.address}); ` +
        'from the --formula file: gradeBands.TK.weight = 0.3, gradeBands.K-2.weight = 0.15, gradeBands.3-5.weight = 0; the rest are the defaults.\n',
    );
    const json3 = JSON.parse(third.stdout);
    expect(json3.formula.settings.weights).toEqual({ specialEducation: 0.9, englishLearners: 0.3, lowIncome: 0.2 });
    expect(json3.formula.settings.scaleToCurrentTotal).toBe(false);
    expect(json3.formula.scale).toBe(1);
    expect(json3.formula.inputProblems).toHaveLength(2);
    const d = inputsOf((await open(out)).getWorksheet('Weighted formula')!);
    // Rows moved: the switch is one row lower, and still holds the kept 0; the file's EL value is its start.
    expect(Number(d.get('scaleToCurrentTotal')!.address.slice(1))).toBe(Number(c.get('scaleToCurrentTotal')!.address.slice(1)) + 1);
    expect(d.get('scaleToCurrentTotal')).toMatchObject({ value: 0, start: 1 });
    expect(d.get('weights.englishLearners')).toMatchObject({ value: 0.3, start: 0.25 });
    expect(d.get('weights.lowIncome')).toMatchObject({ value: 0.2, start: 0.2 });
    // Not scaled: each school's allocation is its formula amount, and the difference is that less its budget.
    ws = (await open(out)).getWorksheet('Weighted formula')!;
    const withFormula = rowsOf(ws, 'Weighted pupils')
      .map((r) => r.cells)
      .filter((row) => row['Formula amount'] !== null);
    // The same 3 schools with a formula whose cells LibreOffice recalculates below: an empty table must fail here.
    expect(withFormula).toHaveLength(3);
    for (const row of withFormula) {
      expect(row['Under the formula']).toBeCloseTo(Number(row['Formula amount']), 6);
      expect(row.Difference).toBeCloseTo(Number(row['Formula amount']) - Number(row['Current budget']), 6);
    }
    // LibreOffice recalculates every formula cell of the sheet to the value the run cached there.
    const recalc = (await recalculatedFormulaValues(out, dir())).get('Weighted formula')!;
    let compared = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v === null || typeof v !== 'object' || !('formula' in v)) return;
        expect([cell.address, recalc.get(cell.address)]).toEqual([cell.address, expect.closeTo(Number(v.result), 6)]);
        compared++;
      }),
    );
    // 3 schools with a formula × 5 cells + 3 totals.
    expect(compared).toBe(18);

    // Run 4: the elementary base typed back to its start follows the start; the rest stay as kept.
    await typeInto(out, { 'basePerPupil.elementary': 6000 });
    const fourth = await bin(['compare', ALDER, FIR, DOGWOOD, '--out', out, '--json', '--formula', formulaFile]);
    expect(fourth.code).toBe(0);
    expect(fourth.stderr).not.toContain('is not');
    expect(fourth.stderr).toContain("kept 2 values typed in the earlier map's Weighted formula sheet (weights.englishLearners = 0.3");
    const json4 = JSON.parse(fourth.stdout);
    expect(json4.formula.settings.basePerPupil.elementary).toBe(6000);
    expect(json4.formula.settings.weights).toEqual({ specialEducation: 0.9, englishLearners: 0.3, lowIncome: 0.2 });
    expect(json4.formula.settings.scaleToCurrentTotal).toBe(false);
    expect(json4.formula.inputProblems).toEqual([]);
  });
});
