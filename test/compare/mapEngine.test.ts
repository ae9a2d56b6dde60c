import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { parseCsv } from '../../src/files/csv';
import { review } from '../../src/engine/review';
import type { ReviewOutcome } from '../../src/engine/types';
import { applyFormula, districtMap, quantileInc, ranksDescending, schoolFigures, spread } from '../../src/engine/compare';
import { DEFAULT_FORMULA, type FormulaSettings } from '../../src/engine/compare/formula';
import { CASE_STUDY_DIR } from '../casestudies/reviewCaseStudy';
import { mapSchool } from '../support/mapSchool';

// The district map's engine: each school's row is its own review's figures; quartiles, ranks and the weighted student
// formula pinned by hand.

const caseStudies: Record<string, ReviewOutcome> = {};
beforeAll(async () => {
  for (const file of ['elementary-school.xlsx', 'middle-school.xlsx', 'high-school.xlsx']) {
    caseStudies[file] = review({ workbook: await readWorkbookFile(resolve(CASE_STUDY_DIR, file)) });
  }
});

/** The Summary's value for a key figure, as the single review shows it. */
function summaryValue(outcome: ReviewOutcome, figure: string): unknown {
  const row = outcome.report.sheets.find((s) => s.name === 'Summary')!.table.rows.find((r) => r[0] === figure);
  if (!row) throw new Error(`no Summary row "${figure}"`);
  return row[1];
}

/**
 * Special education and English learners, summed over the grades of each generator's Enrollment sheet
 * (src/casestudies): elementary K-5 6 + 7 + 8 + 8 + 8 + 7 = 44 and 26 + 24 + 22 + 20 + 19 + 17 = 128; middle 6-8
 * 15 + 14 + 13 = 42 and 24 + 21 + 17 = 62; high 9-12 20 + 19 + 17 + 16 = 72 and 31 + 27 + 22 + 18 = 98.
 */
const NEED: Record<string, [number, number]> = {
  'elementary-school.xlsx': [44, 128],
  'middle-school.xlsx': [42, 62],
  'high-school.xlsx': [72, 98],
};

/**
 * Teachers in their first three years over the teachers with years on the roster (experienceYears: round(n x share)
 * new). Elementary: 26 scheduled teachers, round(26 x 0.19) = 5 new, and the resource specialist teacher (4+ years)
 * makes 27: 5 / 27. Middle: round(23 x 0.27) = 6 of 23. High: round(30 x 0.36) = 11 of 30.
 */
const NEW_TEACHER_SHARE: Record<string, number> = {
  'elementary-school.xlsx': 5 / 27,
  'middle-school.xlsx': 6 / 23,
  'high-school.xlsx': 11 / 30,
};

describe('a school’s row is its own review', () => {
  it.each(['elementary-school.xlsx', 'middle-school.xlsx', 'high-school.xlsx'])('%s', (file) => {
    const outcome = caseStudies[file];
    const { result } = outcome;
    const row = schoolFigures(result, file);
    const k = result.keyFigures;
    const b = result.budget!;
    expect(row).toMatchObject({
      name: result.school.name,
      level: result.school.level,
      students: k.students,
      budget: b.total,
      perPupil: b.perPupil,
      lockedShare: b.lockedShare,
      medianCoreLoad: k.medianCoreLoad,
      highestCoreLoad: k.highestCoreLoad,
      elaMathShare: k.elaMathShare,
      teamsWith90MinuteBlock: k.teamsWith90MinuteBlock,
      spedStudentsPerAide: b.spedStudentsPerAide,
      studentsPerCounselor: b.studentsPerCounselor,
      pdPerTeacher: b.pdPerTeacher,
      coachPerTeacher: b.coachPerTeacher,
    });
    // The same figures as the Summary a principal reads.
    expect(row.perPupil).toBe(summaryValue(outcome, 'Budget per pupil'));
    expect(row.medianCoreLoad).toBe(summaryValue(outcome, 'Median core teacher load'));
    expect(row.studentsPerCounselor).toBe(summaryValue(outcome, 'Students per counselor'));
    const classSize = result.school.level === 'elementary' ? row.k3ClassSize : row.averageClassSize;
    const classFigure = result.school.level === 'elementary' ? 'Average K-3 class size' : 'Average class size';
    expect(Math.round(classSize! * 10) / 10).toBe(summaryValue(outcome, classFigure));
    // Locked dollars are the locked share of the same budget.
    expect(row.lockedDollars! / row.budget!).toBeCloseTo(row.lockedShare!, 12);
    // Flags by severity count the review's flags.
    expect(row.flags.critical + row.flags.warning + row.flags.info).toBe(result.flags.length);
    expect(row.flags.critical).toBe(result.flags.filter((f) => f.severity === 'critical').length);
    // Need counts: the case studies give special education and EL by grade, but no free/reduced lunch (null, not 0).
    expect(row.need?.lowIncome).toBeNull();
    expect([row.need?.specialEducation, row.need?.englishLearners]).toEqual(NEED[file]);
    expect(row.newTeacherShare).toBeCloseTo(NEW_TEACHER_SHARE[file], 12);
  });

  it('the new-teacher share is the flag’s own figure', () => {
    const high = caseStudies['high-school.xlsx'].result;
    const flag = high.flags.find((f) => f.id === 'new-teachers');
    // The high school is built with round(30 × 0.36) = 11 of its 30 teachers in their first three years: 11 / 30,
    // above the 30% line, so the flag fires (a branch on its absence could never run on this fixed fixture).
    expect(flag?.value).toBeCloseTo(11 / 30, 12);
    expect(high.keyFigures.newTeacherShare).toBe(flag!.value);
  });
});

describe('quartiles (Excel QUARTILE.INC)', () => {
  it('pins the quartiles of 1, 2, 3, 4 and of five values by hand', () => {
    // n = 4: Q1 at h = 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1) = 1.75; median at h = 1.5 → 2.5; Q3 at h = 2.25 → 3.25.
    expect(spread([4, null, 2, 1, 3])).toEqual({ count: 4, min: 1, lowerQuartile: 1.75, median: 2.5, upperQuartile: 3.25, max: 4 });
    // n = 5: h = 1, 2, 3 exactly → the 2nd, 3rd and 4th values.
    expect(spread([9000, 7600, 7000, 12000, 8000])).toEqual({ count: 5, min: 7000, lowerQuartile: 7600, median: 8000, upperQuartile: 9000, max: 12000 });
    // One value: every statistic is that value; none: no spread at all (not zeros).
    expect(spread([5])).toEqual({ count: 1, min: 5, lowerQuartile: 5, median: 5, upperQuartile: 5, max: 5 });
    expect(spread([null, null])).toBeNull();
    expect(quantileInc([10, 20], 0.25)).toBe(12.5); // h = 0.25 → 10 + 0.25 × 10
  });

  it('ranks 1 = highest with ties sharing the best rank, a missing value unranked', () => {
    expect(ranksDescending([5, 9, null, 5, 1])).toEqual([2, 1, null, 2, 4]);
  });
});


describe('weighted student formula', () => {
  const settings: FormulaSettings = {
    basePerPupil: { elementary: 5000, middle: 6000, high: 7000 },
    weights: { specialEducation: 1, englishLearners: 0.5, lowIncome: 0.25 },
    gradeBands: [
      { label: 'K-3', grades: ['K', '1', '2', '3'], weight: 0.2 },
      { label: '9-12', grades: ['9', '10', '11', '12'], weight: 0.1 },
    ],
    scaleToCurrentTotal: false,
  };
  const elementary = mapSchool({
    name: 'Elm',
    students: 300,
    budget: 2_000_000,
    perPupil: 2_000_000 / 300,
    need: { specialEducation: 30, englishLearners: 60, lowIncome: 200, byGrade: [{ grade: 'K', students: 100 }, { grade: '1', students: 100 }, { grade: '4', students: 100 }] },
  });
  const high = mapSchool({
    name: 'Oak',
    level: 'high',
    students: 1000,
    budget: 9_000_000,
    perPupil: 9000,
    need: { specialEducation: 100, englishLearners: 50, lowIncome: 400, byGrade: [{ grade: '09', students: 500 }, { grade: '10', students: 500 }] },
  });

  it('weighs pupils and prices them by hand', () => {
    const { rows, scale } = applyFormula([elementary, high], settings);
    // Elm: 300 + 200 K-3 × 0.2 + 30 × 1 + 60 × 0.5 + 200 × 0.25 = 300 + 40 + 30 + 30 + 50 = 450 weighted pupils;
    // × $5,000 = $2,250,000; against $2,000,000 today: +$250,000; per weighted pupil 2,000,000 / 450 = $4,444.44.
    expect(rows[0]).toMatchObject({ bandStudents: [200, 0], unbanded: 100, weightedPupils: 450, formulaAmount: 2_250_000, allocation: 2_250_000, difference: 250_000 });
    expect(rows[0].perWeightedPupil).toBeCloseTo(4444.444, 3);
    // Oak: 1000 + 1000 × 0.1 + 100 + 25 + 100 = 1,325 weighted pupils ("09" is grade 9); × $7,000 = $9,275,000; +$275,000.
    expect(rows[1]).toMatchObject({ bandStudents: [0, 1000], weightedPupils: 1325, formulaAmount: 9_275_000, difference: 275_000 });
    expect(scale).toBe(1);
  });

  it('scales to the current total: no new money', () => {
    const { rows, scale, currentTotal, formulaTotal } = applyFormula([elementary, high], { ...settings, scaleToCurrentTotal: true });
    // 11,000,000 today / 11,525,000 under the formula = 0.954446…; Elm 2,250,000 × that = 2,147,505.42.
    expect(currentTotal).toBe(11_000_000);
    expect(formulaTotal).toBe(11_525_000);
    expect(scale).toBeCloseTo(11_000_000 / 11_525_000, 12);
    expect(rows[0].allocation).toBeCloseTo(2_147_505.42, 2);
    expect(rows[0].allocation! + rows[1].allocation!).toBeCloseTo(11_000_000, 6);
  });

  it('leaves the formula empty, and says why, when a weighted count is not given (missing is not zero)', () => {
    const noLunch = mapSchool({ ...elementary, need: { ...elementary.need!, lowIncome: null } });
    const { rows } = applyFormula([noLunch], settings);
    expect(rows[0]).toMatchObject({ weightedPupils: null, allocation: null, difference: null, note: 'no free/reduced-lunch count in the enrollment profile' });
    // With the poverty weight at 0 the count is not needed.
    expect(applyFormula([noLunch], { ...settings, weights: { ...settings.weights, lowIncome: 0 } }).rows[0].weightedPupils).toBe(400);
  });

  it('defaults are documented numbers, one base for every level', () => {
    expect(DEFAULT_FORMULA.basePerPupil).toEqual({ elementary: 6000, middle: 6000, high: 6000 });
    expect(DEFAULT_FORMULA.scaleToCurrentTotal).toBe(true);
  });
});

describe('the Resource Map report', () => {
  it('puts the case studies on one map, by level, with the By level quartiles of their own figures', () => {
    const rows = Object.entries(caseStudies).map(([file, o]) => schoolFigures(o.result, file));
    const { report, schools } = districtMap({ schools: rows, notCompared: [{ source: 'broken.xlsx', reason: 'not a workbook' }] });
    expect(report.sheets.map((s) => s.name)).toEqual(['Schools', 'By level', 'Ranks', 'Money and need', 'Weighted formula', 'Core load', 'Not compared']);
    expect(schools.map((s) => s.level)).toEqual(['elementary', 'middle', 'high']);
    const table = report.sheets[0].table;
    const perPupilColumn = table.columns.findIndex((c) => c.header === 'Per pupil');
    expect(table.rows.map((r) => r[perPupilColumn])).toEqual(schools.map((s) => s.perPupil));
    // The chart draws that column, each bar coloured by the Level column.
    expect(table.chart).toMatchObject({ categoryColumn: 0, valueColumn: perPupilColumn, colourByColumn: table.columns.findIndex((c) => c.header === 'Level') });
    expect(table.conditionalFormats?.find((f) => f.value === 'assumed')?.column).toBe(table.columns.findIndex((c) => c.header === 'Level from'));
    // One school per level: its quartiles are its own value.
    const byLevel = report.sheets[1].table.rows.find((r) => r[0] === 'Per pupil' && r[1] === 'middle')!;
    expect(byLevel.slice(2)).toEqual([1, ...Array(5).fill(schools[1].perPupil)]);
    expect(report.sheets[6].table.rows).toEqual([['broken.xlsx', 'not a workbook']]);
  });
});

describe('real data: Lane Tech as one school of the map', () => {
  it('compares the CPS position roster beside the case studies without inventing figures', () => {
    const file = resolve(__dirname, '../../..', 'shared/data/real/cps-lane-tech-positions-2019/positions.csv');
    const rows = parseCsv(readFileSync(file, 'utf8'));
    const { result } = review({ workbook: { name: 'positions', sheets: [{ name: 'positions', rows, originRow: 0, originCol: 0 }] }, settings: { schoolLevel: 'high' } });
    const lane = schoolFigures(result, file);
    // The published figure stays: $30,613,663 (test/real/lane-tech-budget.test.ts); no enrollment, so no per pupil.
    expect(lane).toMatchObject({ level: 'high', levelFrom: 'settings', budget: 30_613_663, students: null, perPupil: null, lockedShare: null, lockedDollars: null, medianCoreLoad: null });
    const others = Object.entries(caseStudies).map(([f, o]) => schoolFigures(o.result, f));
    const map = districtMap({ schools: [...others, lane], notCompared: [] });
    const laneRow = map.report.sheets[0].table.rows.find((r) => r[r.length - 1] === file)!;
    expect(laneRow[laneRow.length - 2]).toBe('settings');
    expect(laneRow[3]).toBe(30_613_663);
    expect(laneRow[4]).toBeNull();
    // The high-school budget spread counts both high schools; per pupil only the case study's.
    const budgetHigh = map.report.sheets[1].table.rows.find((r) => r[0] === 'Budget' && r[1] === 'high')!;
    expect(budgetHigh[2]).toBe(2);
    const perPupilHigh = map.report.sheets[1].table.rows.find((r) => r[0] === 'Per pupil' && r[1] === 'high')!;
    expect(perPupilHigh[2]).toBe(1);
    const formulaRow = map.report.sheets[4].moreTables![0].table.rows.find((r) => r[0] === lane.name)!;
    expect(formulaRow[formulaRow.length - 1]).toBe('no enrollment');
  });
});
