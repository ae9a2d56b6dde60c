import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Report, ReportTable } from '../../src/engine/types';
import { applyFormula, districtMap, type FormulaSettings, type SchoolFigures } from '../../src/engine/compare';
import { FORMULA_TABLES } from '../../src/engine/compare/mapReport';
import { evaluateReportFormulas, reportCellResolver } from '../../src/engine/report/formula';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { recalculatedFormulaValues } from '../support/recalc';
import { mapSchool } from '../support/mapSchool';

jest.setTimeout(150_000);

// The Weighted formula sheet's live formulas: the engine's arithmetic (formula.ts), the formula trees evaluated by the
// engine, and LibreOffice's own recalculation of the written file all give the same amounts.


const SCHOOLS: SchoolFigures[] = [
  mapSchool({
    name: 'Elm', students: 300, budget: 2_000_000, perPupil: 2_000_000 / 300, lockedDollars: 400_000, lockedShare: 0.2,
    need: { specialEducation: 30, englishLearners: 60, lowIncome: 200, byGrade: [{ grade: 'K', students: 100 }, { grade: '1', students: 100 }, { grade: '4', students: 100 }] },
  }),
  mapSchool({
    name: 'Oak', level: 'high', students: 1000, budget: 9_000_000, perPupil: 9000,
    need: { specialEducation: 100, englishLearners: 50, lowIncome: 400, byGrade: [{ grade: '9', students: 500 }, { grade: '10', students: 500 }] },
  }),
  // No free/reduced-lunch count: with a poverty weight it has no formula at all (never a count of 0).
  mapSchool({ name: 'Ash', level: 'middle', students: 400, budget: 3_000_000, perPupil: 7500, need: { specialEducation: 40, englishLearners: 20, lowIncome: null, byGrade: [] } }),
];
const SETTINGS: FormulaSettings = {
  basePerPupil: { elementary: 5000, middle: 6000, high: 7000 },
  weights: { specialEducation: 1, englishLearners: 0.5, lowIncome: 0.25 },
  gradeBands: [
    { label: 'K-3', grades: ['K', '1', '2', '3'], weight: 0.2 },
    { label: '9-12', grades: ['9', '10', '11', '12'], weight: 0.1 },
  ],
  scaleToCurrentTotal: true,
};

const sheetOf = (report: Report) => report.sheets.find((s) => s.name === 'Weighted formula')!;
const tableOf = (report: Report, name: string): ReportTable => {
  const sheet = sheetOf(report);
  return [sheet.table, ...sheet.moreTables!.map((m) => m.table)].find((t) => t.name === name)!;
};
/** Every formula cell of the sheet: table, row, column and the value the report holds there. */
function formulaCells(report: Report): { table: string; row: number; column: number; value: unknown }[] {
  const out: { table: string; row: number; column: number; value: unknown }[] = [];
  for (const name of [FORMULA_TABLES.schools, FORMULA_TABLES.totals]) {
    const table = tableOf(report, name);
    for (const [r, byColumn] of Object.entries(table.formulas ?? {})) {
      for (const c of Object.keys(byColumn)) out.push({ table: name, row: Number(r), column: Number(c), value: table.rows[Number(r)][Number(c)] });
    }
  }
  return out;
}

describe('the weighted formula sheet', () => {
  it('caches the engine’s amounts, which its own formulas reproduce', () => {
    const { report, formula } = districtMap({ schools: SCHOOLS, notCompared: [], formula: SETTINGS });
    const evaluated = evaluateReportFormulas(report);
    const cellsNow = formulaCells(report);
    // Elm and Oak have formulas (5 cells each), Ash none; the totals have 3.
    expect(cellsNow).toHaveLength(13);
    for (const cell of formulaCells(evaluated)) {
      const cached = cellsNow.find((c) => c.table === cell.table && c.row === cell.row && c.column === cell.column)!.value as number;
      expect(cell.value as number).toBeCloseTo(cached, 6);
    }
    // By hand: Elm 450 weighted pupils × $5,000 = $2,250,000; Oak 1,325 × $7,000 = $9,275,000; scale 11,000,000 / 11,525,000.
    // The map's order: elementary (Elm), middle (Ash), high (Oak).
    expect(formula.rows.map((r) => r.formulaAmount)).toEqual([2_250_000, null, 9_275_000]);
    expect(formula.rows[1].note).toBe('no free/reduced-lunch count in the enrollment profile');
  });

  it('follows the inputs typed in: the formulas give what the engine gives for the same settings', () => {
    const { report, schools } = districtMap({ schools: SCHOOLS, notCompared: [], formula: SETTINGS });
    // The principal types a new elementary base, a lower special-education weight and switches scaling off.
    const inputs = tableOf(report, FORMULA_TABLES.inputs).rows;
    inputs[0][1] = 5500;
    inputs[3][1] = 0.5;
    inputs[inputs.length - 1][1] = 0;
    const typed: FormulaSettings = { ...SETTINGS, basePerPupil: { ...SETTINGS.basePerPupil, elementary: 5500 }, weights: { ...SETTINGS.weights, specialEducation: 0.5 }, scaleToCurrentTotal: false };
    const expected = applyFormula(schools, typed);
    const table = tableOf(evaluateReportFormulas(report), FORMULA_TABLES.schools);
    const column = (header: string) => table.columns.findIndex((c) => c.header === header);
    // Elm: 300 + 200 × 0.2 + 30 × 0.5 + 60 × 0.5 + 200 × 0.25 = 435 weighted pupils × $5,500 = $2,392,500, not scaled.
    expect(table.rows[0][column('Weighted pupils')]).toBe(435);
    expect(table.rows[0][column('Under the formula')]).toBe(2_392_500);
    expect(table.rows.map((r) => r[column('Under the formula')])).toEqual(expected.rows.map((r) => r.allocation));
    expect(table.rows.map((r) => r[column('Difference')])).toEqual(expected.rows.map((r) => r.difference));
  });

  it('LibreOffice recalculates every formula cell to the engine’s value', async () => {
    const dir = await fs.mkdtemp(path.join(tmpdir(), 'srr-map-recalc-'));
    try {
      const { report } = districtMap({ schools: SCHOOLS, notCompared: [], formula: SETTINGS });
      const engine = formulaCells(report);
      // Every cell compared below, or the loop would pass on none: Elm's and Oak's 5 each and the totals' 3.
      expect(engine).toHaveLength(13);
      // Written with EMPTY cached results, so every value read back is LibreOffice's own.
      const blank = structuredClone(report);
      for (const cell of engine) tableOf(blank, cell.table).rows[cell.row][cell.column] = null;
      const file = path.join(dir, 'map.xlsx');
      await writeReportXlsx(blank, file);
      const recalculated = await recalculatedFormulaValues(file, dir);
      const resolve = reportCellResolver(report, report.sheets.map((s) => s.name));
      for (const cell of engine) {
        const placed = resolve({ table: cell.table, row: cell.row, column: cell.column });
        const value = recalculated.get(placed.sheet)!.get(placed.address);
        expect([placed.address, value]).toEqual([placed.address, expect.closeTo(cell.value as number, 6)]);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
