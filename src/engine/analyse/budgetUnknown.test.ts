import type { BudgetLine, MoneyUse } from '../types';
import { defaultSettings } from '../settings/defaults';
import { workbook } from './__fixtures__/workbook';
import type { ScheduleAnalysis } from './schedule';
import { analyseBudget } from './budget';
import { budgetFlags } from '../practice/budgetFlags';
import { budgetByUseSheet } from '../report/budgetSheet';
import { leverBasis } from '../practice/scheduleLevers';

// Missing is not zero: a budget that has no PD line, no coach line or no fund column says nothing about PD,
// coaching or locked money (a position roster lists positions, not what is bought elsewhere). Only a line of that
// use, even of $0, makes the figure a measured one.

let sheetRow = 2;
function line(jobTitle: string, use: MoneyUse, amount: number, fte: number | undefined, fund?: string, locked = false): BudgetLine {
  const r = sheetRow++;
  return { description: jobTitle, jobTitle, use, useMatched: true, amount, fte, fund, locked, source: { sheet: 'Positions', firstRow: r, lastRow: r } };
}

const NO_SCHEDULE: ScheduleAnalysis = {
  teachers: [],
  classSizes: [],
  classSizeGroups: [],
  timeBySubject: [],
  coreShare: [],
  collaboration: [],
  dataCheck: [],
  everySectionLedAlone: false,
  k3Classes: new Map(),
};

function analyse(lines: BudgetLine[]) {
  const parsed = workbook({ budget: lines });
  const settings = defaultSettings();
  const budget = analyseBudget(parsed, settings, NO_SCHEDULE);
  if (!budget) throw new Error('expected a budget');
  return { budget, flags: budgetFlags(budget, NO_SCHEDULE, parsed, settings, 'high', leverBasis([], parsed, budget.averageTeacherCost)), dataCheck: parsed.dataCheck };
}

// A roster as CPS publishes it: positions with FTE and cost, no fund column, no PD or coach positions.
const ROSTER = [
  line('Regular Teacher', 'Core classroom teachers', 600_000, 6),
  line('Regular Teacher', 'Core classroom teachers', 400_000, 4),
  line('Principal', 'Leadership', 200_000, 1),
];

describe('teacher FTE the budget does not give', () => {
  // The same money as ROSTER, without an FTE column: every line's FTE is blank, so no teacher count is known.
  const NO_FTE = [
    line('Regular Teacher', 'Core classroom teachers', 600_000, undefined),
    line('Regular Teacher', 'Core classroom teachers', 400_000, undefined),
    line('Principal', 'Leadership', 200_000, undefined),
    line('Instructional coach', 'Coaches', 50_000, undefined),
    line('Professional development', 'Professional development', 20_000, undefined),
  ];

  it('is null, not 0, and nothing is divided by it', () => {
    const { budget, flags } = analyse(NO_FTE);
    expect(budget.teacherFte).toBeNull();
    expect(budget.averageTeacherCost).toBeNull();
    // The PD and coach money is measured ($20,000 and $50,000), but per teacher it is not known.
    expect([budget.pdPerTeacher, budget.coachPerTeacher, budget.pdWithCoachingPerTeacher]).toEqual([null, null, null]);
    expect(budget.pdShare).toBeCloseTo(20_000 / 1_270_000, 12);
    expect(flags.find((f) => f.id === 'coach-spending')).toBeUndefined();
    expect(JSON.stringify(budget)).toContain('"teacherFte":null');
    // The Budget by Use sheet says so once, with no "0 teacher FTE" and no "over 0".
    const preamble = budgetByUseSheet(budget).preamble.join(' ');
    expect(preamble).toContain('no teacher FTE in the budget, so no average teacher cost');
    expect(preamble).not.toMatch(/\b0(\.0)? (budgeted )?teacher FTE/);
  });

  it("leaves every use's FTE unknown, not 0, on the Budget by Use sheet, when no line gives an FTE", () => {
    const { budget } = analyse(NO_FTE);
    const fteOf = (use: MoneyUse) => budget.byUse.find((u) => u.use === use)!.fte;
    // A budget without FTE says nothing of any use's positions, those it has lines of or not.
    expect([fteOf('Core classroom teachers'), fteOf('Leadership'), fteOf('Coaches'), fteOf('EL instruction')]).toEqual([null, null, null, null]);
    const table = budgetByUseSheet(budget).table;
    const fteColumn = table.columns.findIndex((c) => c.header === 'FTE');
    const row = table.rows.find((r) => r[0] === 'Core classroom teachers')!;
    expect(row[fteColumn]).toBeNull();
    // With the FTE column the same uses are measured: 6 + 4 = 10 core teachers, 1 principal, and a use with no line
    // or with lines that leave FTE blank (a PD contract) holds no position: 0.
    const measured = analyse([...ROSTER, line('PD contract', 'Professional development', 20_000, undefined)]).budget.byUse;
    const measuredFte = (use: MoneyUse) => measured.find((u) => u.use === use)!.fte;
    expect([measuredFte('Core classroom teachers'), measuredFte('Leadership'), measuredFte('Professional development'), measuredFte('Coaches')]).toEqual([10, 1, 0, 0]);
  });

  it('is a measured 0 when the teacher lines give FTE 0, still with no per-teacher figure', () => {
    const { budget } = analyse([line('Substitute pool', 'Core classroom teachers', 30_000, 0), line('Principal', 'Leadership', 200_000, 1)]);
    expect(budget.teacherFte).toBe(0);
    expect([budget.averageTeacherCost, budget.pdPerTeacher, budget.coachPerTeacher]).toEqual([null, null, null]);
  });

  it('is the sum of the FTE given when some teacher lines give it', () => {
    // 6 FTE on the first line, the second blank: 6 known; the average teacher cost prices only the staffed line.
    const { budget } = analyse([line('Regular Teacher', 'Core classroom teachers', 600_000, 6), line('Stipends', 'Core classroom teachers', 30_000, undefined)]);
    expect(budget.teacherFte).toBe(6);
    expect(budget.averageTeacherCost).toBe(100_000); // $600,000 / 6
  });
});

describe('budget figures that rest on absent lines', () => {
  it('a roster with no PD, coach or fund data leaves those figures null and raises none of their flags', () => {
    const { budget, flags, dataCheck } = analyse(ROSTER);
    expect(budget.total).toBe(1_200_000);
    expect(budget.teacherFte).toBe(10);
    expect(budget.averageTeacherCost).toBe(100_000); // 1,000,000 / 10 FTE: the teachers are there, so this is measured
    expect(budget.pdPerTeacher).toBeNull();
    expect(budget.pdShare).toBeNull();
    expect(budget.coachPerTeacher).toBeNull();
    expect(budget.lockedShare).toBeNull();
    expect(budget.byUse.map((u) => u.lockedAmount)).toEqual(budget.byUse.map(() => null));
    // Before, this roster raised "$0 PD per teacher" and "$0 coach per teacher" flags.
    expect(flags.map((f) => f.id)).toEqual([]);
    expect(dataCheck).toEqual([
      {
        severity: 'info',
        sheet: 'Positions',
        cell: '',
        code: 'budget-use-absent',
        message:
          'The budget has no professional development or coaching line, so PD $ per teacher and coach $ per teacher are not in ' +
          'this workbook and not compared with practice: a budget that lists positions does not show what is bought elsewhere. ' +
          'If the school spends nothing on it, a line of $0 makes it a measured zero.',
      },
    ]);
  });

  it('explicit $0 PD and coach lines with a fund are measured zeros, and their flags say $0', () => {
    const { budget, flags, dataCheck } = analyse([
      ...ROSTER.map((l) => ({ ...l, fund: 'General Fund' })),
      line('Professional development', 'Professional development', 0, undefined, 'General Fund'),
      line('Instructional coach', 'Coaches', 0, 0, 'General Fund'),
    ]);
    expect(budget.pdPerTeacher).toBe(0); // $0 / 10 teacher FTE
    expect(budget.pdShare).toBe(0); // $0 / $1,200,000
    expect(budget.coachPerTeacher).toBe(0);
    expect(budget.lockedShare).toBe(0); // every line names a fund and none is locked
    expect(budget.byUse.find((u) => u.use === 'Leadership')?.lockedAmount).toBe(0);
    const pd = flags.find((f) => f.id === 'pd-spending');
    // Compared on LAUSD's basis (PD lines plus coaching): both $0 here, so the measured zero is said as $0.
    expect(pd).toMatchObject({ value: 0, finding: expect.stringContaining(': $0, 0% of the budget and $0 per teacher') });
    expect(pd?.finding).toContain('The PD lines alone: $0, 0% and $0 per teacher.');
    expect(flags.find((f) => f.id === 'coach-spending')).toMatchObject({ value: 0, threshold: 2000 });
    expect(dataCheck).toEqual([]);
  });

  it('a fund on some lines makes the locked share measured: lines without a fund count as discretionary', () => {
    const { budget, flags } = analyse([...ROSTER, line('Special Ed Teacher', 'Special-education instruction', 300_000, 3, 'IDEA', true)]);
    // Locked: the IDEA line, $300,000 of $1,500,000 = 20%.
    expect(budget.lockedShare).toBeCloseTo(0.2, 10);
    expect(budget.byUse.find((u) => u.use === 'Special-education instruction')?.lockedAmount).toBe(300_000);
    expect(budget.byUse.find((u) => u.use === 'Core classroom teachers')?.lockedAmount).toBe(0);
    expect(flags.find((f) => f.id === 'locked-share')).toMatchObject({ value: 0.2 });
  });
});
