import { review } from '../../src/engine/review';
import { evaluateWhatIf, type WhatIf, type WhatIfResult } from '../../src/engine/whatIf';
import { formulaText, reportCellResolver } from '../../src/engine/report/formula';
import { smallSchool } from './smallSchool';
import { lockedDollars } from '../../src/engine/analyse/budget';
import { schoolFigures } from '../../src/engine/compare';

// The What If on a small school whose every figure is worked out by hand below (see smallSchool.ts): 420 core
// seats in 15 core sections (average class 28), 5 sections a teacher, loads 150/150/120, $100,000 a teacher.

const outcome = review({ workbook: smallSchool(), settings: { periodMinutes: 50 } });
const whatIf = outcome.result.whatIf as WhatIf;

function valueOf(results: WhatIfResult[], id: string): number | null {
  const found = results.find((r) => r.id === id);
  if (!found) throw new Error(`no result ${id}: ${results.map((r) => r.id).join(', ')}`);
  return found.value;
}
const statusOf = (results: WhatIfResult[], id: string) => results.find((r) => r.id === id)?.status;
const inputs = (changed: Record<string, number>) => ({ ...Object.fromEntries(whatIf.levers.map((l) => [l.id, l.start])), ...changed });

describe('What If: levers from the findings, starting where practice is met', () => {
  it('has one lever per finding, each with its current value and its start', () => {
    expect(whatIf.levers.map((l) => [l.id, l.current, l.start, l.flagId])).toEqual([
      // 28 × 100 / 150 (the highest load) = 18.67, down to the half: 18.5.
      ['coreClassSize', 28, 18.5, 'core-load:English'],
      ['sectionsPerCoreTeacher', 5, 5, 'core-load:English'],
      // One team (English) without a block: cover for it, or a schedule change.
      ['teamsCovered', 0, 1, 'collaboration:English'],
      ['alignedSchedule', 0, 0, 'collaboration:English'],
      // 400 students at 250 a counselor need ceil(1.6) = 2.
      ['counselorFte', 1, 2, 'counselor-ratio'],
      // 12 students need 1 aide at 12 each; the 25% scale-back caps the cut at 0.5 of the 2 FTE.
      ['aideFte', 2, 1.5, 'sped-aides'],
    ]);
    expect(whatIf.absent!.map((a) => a.id)).toEqual(['coachFte', 'pdDollars', 'lockedRedirected', 'sectionsMerged']);
  });

  it('labels each baseline figure with the result sheet it comes from, and says not in this workbook rather than 0', () => {
    const figure = (id: string) => whatIf.baseline.find((f) => f.id === id);
    expect(figure('coreSeats')).toMatchObject({ value: 420, source: 'Class Size' });
    expect(figure('averageTeacherCost')).toMatchObject({ value: 100000, source: 'Budget by Use' });
    expect(figure('coverCost')).toMatchObject({ value: 14400, source: 'Flags' });
    // Every fund but special education is one no rule names: how much the school may direct is unknown.
    expect(figure('discretionaryDollars')?.value).toBeNull();
    expect(figure('periodsInDay')?.value).toBeNull();
  });
});

describe('What If: results at the start values, computed by hand', () => {
  const results = whatIf.results;
  it('core staffing: seats ÷ class size ÷ sections per teacher, priced at the average teacher cost', () => {
    // 420 / 18.5 / 5 = 4.5405 → 4.54 FTE (FTE to the hundredth, as the Flags price it); today 420 / 28 / 5 = 3 FTE;
    // +1.54 × $100,000 = $154,000.
    expect(valueOf(results, 'coreTeacherFte')).toBe(4.54);
    expect(valueOf(results, 'coreTeacherFteChange')).toBeCloseTo(1.54, 9);
    expect(valueOf(results, 'coreCost')).toBeCloseTo(154000, 6);
    // 150 × 18.5 / 28 = 99.1 → 99 students: meets 100.
    expect(valueOf(results, 'medianCoreLoad')).toBe(99);
    expect(statusOf(results, 'highestCoreLoad')).toBe('meets');
  });

  it('cover, counselors and aides at their own prices, and the net effect', () => {
    // Cover: 2 members × 90 minutes = 180 minutes a week × $100,000 / (5 × 5 × 50 minutes a week) = $14,400.
    expect(valueOf(results, 'coverCost')).toBe(14400);
    expect(valueOf(results, 'teamsWithoutBlock')).toBe(0);
    // 400 / 2 = 200 students per counselor; 1 more at $80,000.
    expect(valueOf(results, 'studentsPerCounselor')).toBe(200);
    expect(valueOf(results, 'counselorCost')).toBe(80000);
    // 12 / 1.5 = 8 per aide: below 12 × 0.75 = 9, far from; 0.5 FTE × $40,000 freed.
    expect(valueOf(results, 'spedStudentsPerAide')).toBe(8);
    expect(statusOf(results, 'spedStudentsPerAide')).toBe('far from');
    expect(valueOf(results, 'aideCost')).toBe(-20000);
    // 154,000 + 14,400 + 80,000 − 20,000.
    expect(valueOf(results, 'netCost')).toBeCloseTo(228400, 6);
    // No discretionary figure to hold it against: no status, no "left" row.
    expect(statusOf(results, 'netCost')).toBeUndefined();
    expect(results.some((r) => r.id === 'discretionaryLeft')).toBe(false);
  });
});

describe('evaluateWhatIf: three changed inputs per lever, by hand', () => {
  it.each([
    // 420 / 24 / 6 = 2.9167 → 2.92 FTE, −0.08 → −$8,000; load 150 × 24/28 × 6/5 = 154.3 → 154, far from (150 or more).
    [{ coreClassSize: 24, sectionsPerCoreTeacher: 6 }, { coreTeacherFte: 2.92, coreCost: -8000, medianCoreLoad: 154 }, 'far from'],
    // 420 / 30 / 4 = 3.5 FTE, +0.5 → $50,000; load 150 × 30/28 × 4/5 = 128.6 → 129, watch.
    [{ coreClassSize: 30, sectionsPerCoreTeacher: 4 }, { coreTeacherFte: 3.5, coreCost: 50000, medianCoreLoad: 129 }, 'watch'],
    // Today's values: no change, no cost, today's loads.
    [{ coreClassSize: 28, sectionsPerCoreTeacher: 5 }, { coreTeacherFte: 3, coreCost: 0, medianCoreLoad: 150 }, 'far from'],
  ])('core %j', (changed, expected, status) => {
    const results = evaluateWhatIf(whatIf, inputs(changed));
    for (const [id, value] of Object.entries(expected)) expect(valueOf(results, id)).toBeCloseTo(value, 2);
    expect(statusOf(results, 'medianCoreLoad')).toBe(status);
  });

  it.each([
    [{ teamsCovered: 0, alignedSchedule: 1 }, 0, 0, 'meets'],
    [{ teamsCovered: 0, alignedSchedule: 0 }, 0, 1, 'far from'],
    // More teams typed than lack the block: cover is priced for the one team there is.
    [{ teamsCovered: 5, alignedSchedule: 0 }, 14400, 0, 'meets'],
  ])('cover %j', (changed, cost, without, status) => {
    const results = evaluateWhatIf(whatIf, inputs(changed));
    expect(valueOf(results, 'coverCost')).toBe(cost);
    expect(valueOf(results, 'teamsWithoutBlock')).toBe(without);
    expect(statusOf(results, 'teamsWithoutBlock')).toBe(status);
  });

  it.each([
    // 400 / 1.6 = 250 meets; +0.6 × $80,000 = $48,000.
    [1.6, 250, 48000, 'meets'],
    // 400 / 1.5 = 266.67 → 266.7: above 250, below 250 × 1.25 = 312.5: watch.
    [1.5, 266.7, 40000, 'watch'],
    // No counselor: no ratio (not 0), far from; the one there is, freed.
    [0, null, -80000, 'far from'],
  ])('counselor FTE %d', (fte, ratio, cost, status) => {
    const results = evaluateWhatIf(whatIf, inputs({ counselorFte: fte }));
    if (ratio === null) expect(valueOf(results, 'studentsPerCounselor')).toBeNull();
    else expect(valueOf(results, 'studentsPerCounselor')).toBeCloseTo(ratio, 2);
    expect(valueOf(results, 'counselorCost')).toBeCloseTo(cost, 6);
    expect(statusOf(results, 'studentsPerCounselor')).toBe(status);
  });

  it.each([
    // 12 / 1 = 12 meets; 1 FTE × $40,000 freed.
    [1, 12, -40000, 'meets'],
    // 12 / 1.2 = 10: within 9..12, watch.
    [1.2, 10, -32000, 'watch'],
    // No aides: no ratio, no status.
    [0, null, -80000, ''],
  ])('aide FTE %d', (fte, ratio, cost, status) => {
    const results = evaluateWhatIf(whatIf, inputs({ aideFte: fte }));
    expect(valueOf(results, 'spedStudentsPerAide')).toBe(ratio);
    expect(valueOf(results, 'aideCost')).toBeCloseTo(cost, 6);
    expect(statusOf(results, 'spedStudentsPerAide')).toBe(status);
  });

  it('a lever not given stays at its start', () => {
    expect(evaluateWhatIf(whatIf, {})).toEqual(whatIf.results);
  });
});

describe('What If option sets', () => {
  it('prices each set by the same formulas', () => {
    expect(whatIf.optionSets.map((s) => [s.id, s.label])).toEqual([
      ['lowerCoreLoads', 'Lower core loads to 100'],
      ['blockForEveryTeam', 'A weekly 90-minute block for every team'],
      ['fundBoth', 'Fund both from aides above the ratio'],
    ]);
    const net = whatIf.optionSets.map((s) => s.netCost);
    expect(net[0]).toBeCloseTo(154000, 6); // core only
    expect(net[1]).toBe(14400); // cover only
    expect(net[2]).toBeCloseTo(148400, 6); // 154,000 + 14,400 − 20,000 freed by aides
    // Every lever has a value in every set: the others stay where they are today.
    expect(whatIf.optionSets[1].inputs).toEqual({ coreClassSize: 28, sectionsPerCoreTeacher: 5, teamsCovered: 1, alignedSchedule: 0, counselorFte: 1, aideFte: 2 });
  });
});

describe('the What If sheet in the report', () => {
  const names = outcome.report.sheets.map((s) => s.name);
  const sheet = outcome.report.sheets.find((s) => s.name === 'What If')!;

  it('comes after Flags, keeps its inputs, and marks the input column', () => {
    expect(names.indexOf('What If')).toBe(names.indexOf('Flags') + 1);
    expect(sheet.keepsInputs).toBe(true);
    expect(sheet.table.columns.filter((c) => c.input).map((c) => c.header)).toEqual(['Your value']);
    expect(sheet.table.rows.map((r) => [r[0], r[3]])).toEqual(whatIf.levers.map((l) => [l.id, l.start]));
  });

  it('writes results as formulas over the input cells and the baseline, with the engine value cached', () => {
    const results = sheet.moreTables![0].table;
    const resolve = reportCellResolver(outcome.report, names);
    // Levers from row 7 (mark, 3 preamble lines, blank, header), inputs in column D; the baseline's core seats in C55.
    expect(formulaText(results.formulas![0][2], resolve, 'What If')).toBe('=ROUND(((C55/D7)/D8),2)');
    expect(results.rows[0][2]).toBe(4.54);
    expect(results.rows.map((r) => r[2])).toEqual(whatIf.results.map((r) => r.value));
  });

  it('keeps the principal’s inputs given to review() and computes the sheet for them', () => {
    const kept = review({ workbook: smallSchool(), settings: { periodMinutes: 50 }, whatIfInputs: { coreClassSize: { value: 30 }, sectionsPerCoreTeacher: { value: 4 } } });
    const keptSheet = kept.report.sheets.find((s) => s.name === 'What If')!;
    expect(keptSheet.table.rows.slice(0, 2).map((r) => r[3])).toEqual([30, 4]);
    // 420 / 30 / 4 = 3.5 FTE.
    expect(keptSheet.moreTables![0].table.rows[0][2]).toBe(3.5);
  });

  it('says on the Data Check what it could not keep: a word typed for a number, a lever whose finding no longer fires', () => {
    const kept = review({
      workbook: smallSchool(),
      settings: { periodMinutes: 50 },
      whatIfInputs: { counselorFte: { value: 'two' }, aideFte: { value: '1' }, lockedRedirected: { value: 5000 } },
    });
    const items = kept.result.dataCheck.filter((d) => d.code.startsWith('what-if-'));
    expect(items.map((d) => [d.severity, d.sheet, d.code])).toEqual([
      ['warning', 'What If', 'what-if-input-not-a-number'],
      ['info', 'What If', 'what-if-input-dropped'],
    ]);
    // The counselor lever is the fifth: row 7 + 4 = 11 of the input column D.
    expect(items[0].message).toBe(
      'The value typed last time for "Counselor FTE" ("two") is not a number, so the lever starts again at 2; type a number in its "Your value" cell (D11).',
    );
    // Named as the sheet showed it, with this run's reason for not offering it (build.ts, the locked-dollars lever).
    expect(items[1].message).toBe(
      'The value typed last time for "Locked dollars redirected" (5000) is not kept: no locked money funds compliance positions.',
    );
    const levers = kept.report.sheets.find((s) => s.name === 'What If')!.table.rows;
    // The counselor starts again at 2; the aides keep the 1 typed as text that reads as a number.
    expect(levers.slice(4, 6).map((r) => [r[0], r[3]])).toEqual([
      ['counselorFte', 2],
      ['aideFte', 1],
    ]);
  });
});

describe('a figure not in this workbook', () => {
  // The same school without its budget sheet: no teacher cost to price anything with.
  const workbook = smallSchool();
  workbook.sheets = workbook.sheets.filter((s) => s.name !== 'Budget');
  const bare = review({ workbook, settings: { periodMinutes: 50 } });
  const w = bare.result.whatIf!;

  it('keeps the levers that need no money, computes what it can, and leaves the money unpriced rather than $0', () => {
    expect(w.levers.map((l) => l.id)).toEqual(['coreClassSize', 'sectionsPerCoreTeacher', 'teamsCovered', 'alignedSchedule']);
    expect(w.baseline.find((f) => f.id === 'averageTeacherCost')?.value).toBeNull();
    const results = Object.fromEntries(w.results.map((r) => [r.id, r]));
    expect(results.coreTeacherFte.value).toBe(4.54);
    expect(results.coreCost).toMatchObject({ value: null, recommended: 'not in this workbook' });
    expect(results.coverCost.value).toBeNull();
    expect(results.teamsWithoutBlock).toMatchObject({ value: 0, status: 'meets' });
    // Nothing priced, so no net effect to state.
    expect(results.netCost).toBeUndefined();
  });

  it('writes no formula for a result it cannot compute, so the sheet cannot show $0 for it', () => {
    const table = bare.report.sheets.find((s) => s.name === 'What If')!.moreTables![0].table;
    const row = table.rows.findIndex((r) => r[0] === 'coreCost');
    expect(table.formulas?.[row]).toBeUndefined();
    expect(table.rows[row].slice(2, 4)).toEqual([null, 'not in this workbook']);
  });
});

describe('a team a schedule change serves at no cost', () => {
  // The small school with Ames teaching periods 1-3 (free in 4 and 5) and Brook 1, 2 and 4 (free in 3 and 5): the
  // English team shares period 5 alone, 50 minutes. Moving Brook's period-4 section to period 3, where Brook is free,
  // frees both in 4-5 (100 minutes) at no cost. Cover instead: 2 × (90 − 50) = 80 minutes of a full-time week of
  // 3 sections × 50 × 5 = 750 (the median teacher teaches 3) × $100,000 = $10,666.67 → $10,667.
  const workbook = smallSchool();
  const dropped = (r: unknown[]) => (r[0] === 'Ames' && ['4', '5'].includes(r[3] as string)) || (r[0] === 'Brook' && ['3', '5'].includes(r[3] as string));
  workbook.sheets[0].rows = workbook.sheets[0].rows.filter((r) => !dropped(r));
  const served = review({ workbook, settings: { periodMinutes: 50 } }).result.whatIf as WhatIf;
  const figureOf = (id: string) => served.baseline.find((f) => f.id === id)?.value;

  it("starts the schedule-change lever at the team the review's search serves, and keeps the cover it spares", () => {
    expect(['teamsWithoutBlock', 'coverCost', 'teamsServedAtNoCost', 'coverForTheRest'].map(figureOf)).toEqual([1, 10667, 1, 0]);
    const lever = (id: string) => served.levers.find((l) => l.id === id)!;
    expect([lever('teamsCovered').start, lever('alignedSchedule').start]).toEqual([0, 1]);
    expect(lever('alignedSchedule').note).toContain("The review found such a change for English (move English 9|Brook|4| (English 9, Brook) from period 4 to period 3 (Mon-Fri))");
    expect(lever('teamsCovered').note).toContain('a schedule change serves it at no cost, so cover starts at 0 (covering instead costs this).');
    // At the start: no cover, no team left without a block.
    expect([valueOf(served.results, 'coverCost'), valueOf(served.results, 'teamsWithoutBlock')]).toEqual([0, 0]);
    // Covering the team instead of moving the section: the $10,667 it spares.
    const covered = evaluateWhatIf(served, { ...Object.fromEntries(served.levers.map((l) => [l.id, l.start])), teamsCovered: 1, alignedSchedule: 0 });
    expect(valueOf(covered, 'coverCost')).toBe(10667);
  });
});

describe('the net effect names the money it cannot price', () => {
  it('a school with no counselor: the counselor lever has no price here, and the net effect says it leaves it out', () => {
    const grids = smallSchool();
    const budget = grids.sheets.find((s) => s.name === 'Budget')!;
    budget.rows = budget.rows.filter((r) => r[0] !== 'Counselor');
    const noCounselor = review({ workbook: grids, settings: { periodMinutes: 50 } }).result.whatIf as WhatIf;
    // 400 students at 250 a counselor need ceil(1.6) = 2 FTE, but there is no counselor line to price one with.
    expect(noCounselor.levers.find((l) => l.id === 'counselorFte')).toMatchObject({ current: 0, start: 2 });
    expect(valueOf(noCounselor.results, 'counselorCost')).toBeNull();
    // Core 154,000 + cover 14,400 − aides 20,000 = 148,400: the counselors' cost is not in it, and the row says so.
    const net = noCounselor.results.find((r) => r.id === 'netCost')!;
    expect(net.value).toBeCloseTo(148400, 6);
    expect(net.how).toBe(
      'Every cost above less every sum freed. Left out, as this workbook cannot price them: Counselors: cost (below 0: freed).',
    );
    // With every lever priced, nothing is said to be left out.
    expect(whatIf.results.find((r) => r.id === 'netCost')!.how).toBe('Every cost above less every sum freed.');
  });
});

describe('locked dollars have one owner, lockedDollars(budget)', () => {
  it('the budget, the What If, the map and the locked-share flag read the same total', () => {
    const result = outcome.result;
    // Only the special-education aides ($80,000) are on a restricted fund; the rest is General: 80,000 of 460,000.
    expect(lockedDollars(result.budget!)).toBe(80000);
    expect(result.budget!.lockedShare).toBe(80000 / 460000);
    expect(whatIf.baseline.find((f) => f.id === 'lockedDollars')?.value).toBe(80000);
    expect(schoolFigures(result, 'small').lockedDollars).toBe(80000);
    expect(result.flags.find((f) => f.id === 'locked-share')?.finding).toContain('($80,000) is locked money');
  });
});

describe('locked dollars from a budget that names no fund', () => {
  it('are not in this workbook, never $0, as the budget cannot tell locked money from the rest', () => {
    const grids = smallSchool();
    const budget = grids.sheets.find((s) => s.name === 'Budget')!;
    // The same lines without the Fund column.
    budget.rows = budget.rows.map((r) => [r[0], r[2], r[3]]);
    const w = review({ workbook: grids, settings: { periodMinutes: 50 } }).result.whatIf as WhatIf;
    const figure = (id: string) => w.baseline.find((f) => f.id === id)?.value;
    expect(figure('averageTeacherCost')).toBe(100000); // the budget itself is read: $300,000 / 3 teacher FTE
    expect(figure('lockedDollars')).toBeNull();
    expect(figure('discretionaryDollars')).toBeNull();
  });
});

describe('coach and PD money from a budget with no such line', () => {
  it('is not in this workbook, never $0, as the budget summary reads it (coachPerTeacher and pdPerTeacher are null)', () => {
    // The small school's budget has teachers, a counselor and aides, but no coach and no PD line.
    expect(outcome.result.budget).toMatchObject({ coachPerTeacher: null, pdPerTeacher: null });
    const figure = (id: string) => whatIf.baseline.find((f) => f.id === id)?.value;
    expect([figure('coachFte'), figure('coachCost'), figure('pdDollars')]).toEqual([null, null, null]);
  });
});

describe('position FTE from a budget without an FTE column', () => {
  it('is not in this workbook, never 0 FTE beside the positions’ dollars, and no lever rests on it', () => {
    const grids = smallSchool();
    const budget = grids.sheets.find((s) => s.name === 'Budget')!;
    // The small school's lines without the FTE column, and a coach line: counselor $80,000, aides $80,000, coach $60,000.
    budget.rows = [...budget.rows.map((r) => [r[0], r[1], r[3]]), ['Instructional coach', 'General', 60000]];
    const w = review({ workbook: grids, settings: { periodMinutes: 50 } }).result.whatIf as WhatIf;
    const figure = (id: string) => w.baseline.find((f) => f.id === id)?.value;
    expect([figure('counselorFte'), figure('aideFte'), figure('coachFte')]).toEqual([null, null, null]);
    // Their dollars are known and stay.
    expect([figure('counselorCost'), figure('aideCost'), figure('coachCost')]).toEqual([80000, 80000, 60000]);
    expect(w.levers.map((l) => l.id)).not.toEqual(expect.arrayContaining(['counselorFte']));
    expect(w.levers.map((l) => l.id)).not.toEqual(expect.arrayContaining(['aideFte']));
    expect(w.levers.map((l) => l.id)).not.toEqual(expect.arrayContaining(['coachFte']));
  });

  it('is the measured figure with an FTE column, and 0 where the budget funds none of the position', () => {
    const figure = (id: string) => whatIf.baseline.find((f) => f.id === id)?.value;
    // The small school's budget: 1 counselor, 2 aides (FTE column), no coach line (not in this workbook, as above).
    expect([figure('counselorFte'), figure('aideFte')]).toEqual([1, 2]);
    const grids = smallSchool();
    const budget = grids.sheets.find((s) => s.name === 'Budget')!;
    budget.rows = budget.rows.filter((r) => r[0] !== 'Counselor');
    const w = review({ workbook: grids, settings: { periodMinutes: 50 } }).result.whatIf as WhatIf;
    expect(w.baseline.find((f) => f.id === 'counselorFte')?.value).toBe(0);
  });
});
