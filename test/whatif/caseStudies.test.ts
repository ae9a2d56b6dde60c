import { reviewCaseStudy } from '../casestudies/reviewCaseStudy';
import type { WhatIf, WhatIfResult } from '../../src/engine/whatIf';
import { evaluateWhatIf } from '../../src/engine/whatIf';

// The What If on the three case studies, each figure worked out by hand from the baseline the review reports (the
// Flags' levers for cover, aides and locked money; the budget's prices). Results are at the levers' start values.

async function whatIfOf(file: string): Promise<WhatIf> {
  const whatIf = (await reviewCaseStudy(file)).whatIf;
  if (!whatIf) throw new Error(`${file}: no What If`);
  return whatIf;
}
const byId = (results: WhatIfResult[]) => Object.fromEntries(results.map((r) => [r.id, r.value]));
const figures = (w: WhatIf) => Object.fromEntries(w.baseline.map((f) => [f.id, f.value]));
const starts = (w: WhatIf) => Object.fromEntries(w.levers.map((l) => [l.id, l.start]));

describe('Cypress Ridge High School', () => {
  let w: WhatIf;
  beforeAll(async () => {
    w = await whatIfOf('high-school.xlsx');
  });

  it('starts each lever where practice is met', () => {
    expect(figures(w)).toMatchObject({ coreSeats: 2486, coreSections: 84, coreClassSize: 29.6, sectionsPerTeacher: 5, highestCoreLoad: 165, teamsWithoutBlock: 6, coverCost: 192859 });
    expect(starts(w)).toEqual({
      coreClassSize: 17.5, // 29.6 × 100 / 165 = 17.9, down to the half
      sectionsPerCoreTeacher: 5,
      teamsCovered: 6,
      alignedSchedule: 0,
      counselorFte: 3, // 598 students / 250 = 2.4 → 3
      aideFte: 6, // 72 students / 12 = 6, and 8 × 0.75 = 6 is the scale-back's floor
      coachFte: 1,
      pdDollars: 54000,
      lockedRedirected: 66800, // 20% of the $334,000 of locked compliance money
    });
    expect(w.absent!.map((a) => a.id)).toEqual(['sectionsMerged']);
  });

  it('says what the sign of each money result means, so the pane needs no list of its own', () => {
    const sense = Object.fromEntries(w.results.map((r) => [r.id, r.sense ?? null]));
    expect(sense).toMatchObject({ coreCost: 'cost', coverCost: 'cost', counselorCost: 'cost', aideCost: 'cost', lockedFreed: 'freed', netCost: 'cost' });
    // Dollars per teacher, loads and ratios have no direction.
    expect([sense.coachPerTeacher, sense.pdPerTeacher, sense.medianCoreLoad, sense.studentsPerCounselor]).toEqual([null, null, null, null]);
    // The same on every evaluation the pane asks for.
    expect(evaluateWhatIf(w, { coreClassSize: 25 }).find((r) => r.id === 'coreCost')?.sense).toBe('cost');
  });

  it('prices each lever by hand', () => {
    const r = byId(w.results);
    // 2,486 / 17.5 / 5 = 28.41 FTE; today 2,486 / 29.6 / 5 = 16.8; 11.61 × $98,215.83 = $1,140,285.76.
    expect(r.coreTeacherFte).toBe(28.41);
    expect(r.coreTeacherFteChange).toBeCloseTo(11.61, 9);
    expect(r.coreCost).toBeCloseTo(1140285.76, 2);
    // 129 × 17.5 / 29.6 = 76.3 → 76; 165 × 17.5 / 29.6 = 97.6 → 98.
    expect([r.medianCoreLoad, r.highestCoreLoad]).toEqual([76, 98]);
    expect(r.coverCost).toBe(192859);
    // 598 / 3 = 199.3; one more counselor at $212,000 / 2.
    expect([r.studentsPerCounselor, r.counselorCost]).toEqual([199.3, 106000]);
    // 72 / 6 = 12; 2 fewer aides at $348,000 / 8 = $43,500.
    expect([r.spedStudentsPerAide, r.aideCost]).toEqual([12, -87000]);
    expect(r.lockedFreed).toBe(66800);
    // 1,140,285.76 + 192,859 + 106,000 − 87,000 − 66,800.
    expect(r.netCost).toBeCloseTo(1285344.76, 2);
    expect(w.results.find((x) => x.id === 'netCost')?.status).toBe('far from'); // no site-discretionary money at all
  });

  it('prices the option sets side by side', () => {
    expect(w.optionSets.map((s) => [s.label, s.netCost === null ? null : Math.round(s.netCost * 100) / 100])).toEqual([
      ['Lower core loads to 100', 1140285.76],
      ['A weekly 90-minute block for every team', 192859],
      // 1,140,285.76 + 192,859 − 87,000 (aides) − 66,800 (locked).
      ['Fund both from aides above the ratio and redirected locked money', 1179344.76],
    ]);
  });
});

describe('the middle school', () => {
  let w: WhatIf;
  beforeAll(async () => {
    w = await whatIfOf('middle-school.xlsx');
  });

  it('prices each lever and option set by hand', () => {
    expect(starts(w)).toMatchObject({ coreClassSize: 18.5, teamsCovered: 4, counselorFte: 2, lockedRedirected: 11800 });
    // No aide finding: 42 students on 3 aides is 14 each.
    expect(w.absent!.map((a) => a.id)).toEqual(['aideFte', 'sectionsMerged']);
    const r = byId(w.results);
    // 25.3 × 100 / 134 = 18.9 → 18.5; 1,591 / 18.5 / 5 = 17.2 FTE, 4.62 more than today's 1,591 / 25.3 / 5 = 12.58;
    // 4.62 × $96,272.73 = $444,780.
    expect(r.coreTeacherFte).toBe(17.2);
    expect(r.coreCost).toBeCloseTo(444780, 2);
    // 125 × 18.5 / 25.3 = 91.4 → 91; 134 × 18.5 / 25.3 = 98.0.
    expect([r.medianCoreLoad, r.highestCoreLoad]).toEqual([91, 98]);
    // 384 / 2 = 192; one more counselor at $104,000.
    expect([r.studentsPerCounselor, r.counselorCost]).toEqual([192, 104000]);
    // 444,780 + 83,319 + 104,000 − 11,800.
    expect(r.netCost).toBeCloseTo(620299, 2);
    expect(w.optionSets.map((s) => [s.label, Math.round(s.netCost! * 100) / 100])).toEqual([
      ['Lower core loads to 100', 444780],
      // Today's class size and sections change no FTE: cover alone.
      ['A weekly 90-minute block for every team', 83319],
      ['Fund both from redirected locked money', 516299], // 444,780 + 83,319 − 11,800
    ]);
  });
});

describe('the elementary school', () => {
  let w: WhatIf;
  beforeAll(async () => {
    w = await whatIfOf('elementary-school.xlsx');
  });

  it('has no core-load lever, and prices the rest by hand', () => {
    expect(w.absent!.find((a) => a.id === 'coreClassSize')?.why).toBe("an elementary teacher's load is the class, so there is no core-load finding");
    // 44 / 12 = 3.667 aides, to the hundredth below: 3.66 (3.67 would be 11.99 students each); floor 4 × 0.75 = 3.
    // The review's search regroups specials to give five of the seven teams the block at no cost (Grades K, 1, 2, 4,
    // 5: test/casestudies/elementary-school.test.ts); cover starts for the other two, Grade 3 and Specials.
    expect(starts(w)).toMatchObject({ teamsCovered: 2, alignedSchedule: 5, counselorFte: 2, aideFte: 3.66, lockedRedirected: 48000 });
    // "Cover for all of them" is for all seven, no schedule change made: K, 1, 2, 3 at 4 × 30 = 120 minutes of a
    // 1,500-minute week × $97,148.15 ≈ $7,772 each, 4 and 5 at 3 × 30 = 90 ≈ $5,829, Specials 4 × 90 = 360 ≈ $23,316:
    // 4 × 7,772 + 2 × 5,829 + 23,316 = $66,062 (the Flags' own cost is $31,088, Grade 3's and Specials' cover).
    expect(figures(w)).toMatchObject({ teamsWithoutBlock: 7, coverCost: 66062, teamsServedAtNoCost: 5, coverForTheRest: 31088 });
    const aligned = w.levers.find((l) => l.id === 'alignedSchedule')!;
    expect(aligned.note).toContain(
      "The review found such a change for Grade 1 Team (regroup Grade 1's and Grade 2's specials on Mon and Tue); Grade 2 Team (regroup Grade 1's and Grade 2's specials on Mon and Tue);",
    );
    expect(aligned.note).toContain('so it starts at 5.');
    expect(w.levers.find((l) => l.id === 'teamsCovered')!.note).toContain(
      'The 2 no schedule change serves are covered first, each at the average of the $31,088 the Flags price them at; then any of the 5 a ' +
        'schedule change could serve, each at the average of the other $34,974.',
    );
    const r = byId(w.results);
    // 7 − 2 covered − 5 by the schedule change: none left without a block.
    expect(r.teamsWithoutBlock).toBe(0);
    // The two no schedule change serves, at the Flags' price for them: 2 × 31,088 / 2 = $31,088.
    expect(r.coverCost).toBeCloseTo(31088, 6);
    // Without the schedule changes, covering all seven: 2 × 15,544 + 5 × (66,062 − 31,088) / 5 = $66,062, the Flags'
    // cover for all; covering four: 2 × 15,544 + 2 × 34,974 / 5 = $45,077.60.
    const covered = (teamsCovered: number) => byId(evaluateWhatIf(w, { ...starts(w), teamsCovered, alignedSchedule: 0 })).coverCost;
    expect(covered(7)).toBeCloseTo(66062, 6);
    expect(covered(4)).toBeCloseTo(45077.6, 6);
    // 487 / 2 = 243.5; 1.5 more counselor FTE at $53,000 / 0.5.
    expect([r.studentsPerCounselor, r.counselorCost]).toEqual([243.5, 159000]);
    // 44 / 3.66 = 12.02 → 12; 0.34 FTE fewer at $174,000 / 4 = $43,500: $14,790 freed.
    expect(r.spedStudentsPerAide).toBe(12);
    expect(r.aideCost).toBeCloseTo(-14790, 6);
    // 31,088 + 159,000 − 14,790 − 48,000.
    expect(r.netCost).toBeCloseTo(127298, 6);
    expect(w.optionSets.map((s) => [s.label, Math.round(s.netCost! * 100) / 100])).toEqual([
      ['A weekly 90-minute block for every team', 31088], // 5 by the schedule change, 2 covered
      ['Fund it from aides above the ratio and redirected locked money', -31702], // 31,088 − 14,790 − 48,000
    ]);
  });
});
