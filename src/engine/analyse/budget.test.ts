import fc from 'fast-check';
import type { BudgetLine, BudgetSummary, EnrollmentRow, MoneyUse, ParsedWorkbook, TeacherLoad, TeamCollaboration } from '../types';
import { defaultSettings } from '../settings/defaults';
import { workbook } from './__fixtures__/workbook';
import type { ScheduleAnalysis } from './schedule';
import { analyseBudget, counselorPositions, isLockedCompliance, positionOf, specialEducationAides, useInBudget } from './budget';
import { budgetFlags } from '../practice/budgetFlags';
import { leverBasis } from '../practice/scheduleLevers';

// One hand-built high-school budget; every figure below is worked out by hand from these lines.
let sheetRow = 4;
function line(description: string, use: MoneyUse, amount: number, fte: number | undefined, fund: string, locked: boolean): BudgetLine {
  const r = sheetRow++;
  return { description, jobTitle: description, use, useMatched: use !== 'Other', amount, fte, fund, locked, source: { sheet: 'Budget', firstRow: r, lastRow: r } };
}

const LINES: BudgetLine[] = [
  line('Regular Teacher', 'Core classroom teachers', 2_000_000, 20, 'General Fund', false), // row 4
  line('Music Teacher', 'Elective/specialist teachers', 180_000, 2, 'General Fund', false),
  line('Special Education Teacher', 'Special-education instruction', 300_000, 3, 'IDEA', true),
  line('Substitute Teachers', 'Core classroom teachers', 20_000, undefined, 'General Fund', false),
  line('Special Education Assistant', 'Instructional aides', 320_000, 8, 'IDEA', true), // row 8
  line('Instructional Coach', 'Coaches', 110_000, 1, 'Title I', true), // row 9
  line('Conference registration', 'Professional development', 15_000, undefined, 'Title I', true), // row 10
  line('Counselor', 'Pupil services', 200_000, 2, 'General Fund', false), // row 11
  line('Categorical Program Coordinator', 'Program management/compliance', 130_000, 1, 'Title I', true), // row 12
  line('Principal', 'Leadership', 180_000, 1, 'General Fund', false),
  line('Custodian', 'Operations', 120_000, 2, 'General Fund', false),
  line('Widget', 'Other', 5_000, undefined, 'General Fund', false),
];

const ENROLLMENT: EnrollmentRow[] = [
  { grade: '9', students: 400, specialEducation: 40, source: { sheet: 'Enrollment', firstRow: 2, lastRow: 2 } },
  { grade: '10', students: 350, specialEducation: 32, source: { sheet: 'Enrollment', firstRow: 3, lastRow: 3 } },
];

function teacher(name: string, minutesPerWeek: number | null): TeacherLoad {
  return { teacher: name, sections: 5, seats: 150, uniqueStudents: null, preps: 2, periodsPerCycle: 25, minutesPerWeek, teachesCore: true, sectionIds: [], rows: [] };
}

function team(name: string, members: number, longestBlockMinutes: number | null): TeamCollaboration {
  return {
    team: name,
    basis: 'department',
    members: Array.from({ length: members }, (_, i) => `${name} ${i + 1}`),
    commonMinutesPerWeek: longestBlockMinutes,
    commonPeriodsPerCycle: 1,
    longestBlockMinutes,
    days: [],
    scheduledCollaborationMinutesPerWeek: 0,
  };
}

function schedule(teams: TeamCollaboration[], teachers = 30): ScheduleAnalysis {
  return {
    teachers: Array.from({ length: teachers }, (_, i) => teacher(`T${i}`, 1500)),
    classSizes: [],
    classSizeGroups: [],
    timeBySubject: [],
    coreShare: [],
    collaboration: teams,
    dataCheck: [],
    everySectionLedAlone: false,
    k3Classes: new Map(),
  };
}

const NO_BLOCK_TEAMS = [team('English', 4, 45), team('Math', 4, 50), team('Science', 3, null)];

/** The lever basis analyse() would hand the flags: these teachers, priced at this budget's average teacher cost. */
function basisOf(budget: BudgetSummary, sched: ScheduleAnalysis, parsed: ParsedWorkbook) {
  return leverBasis(sched.teachers, parsed, budget.averageTeacherCost);
}

function run(teams = NO_BLOCK_TEAMS, level: 'elementary' | 'middle' | 'high' = 'high', teachers = 30) {
  const parsed = workbook({ budget: LINES, enrollment: ENROLLMENT });
  const settings = defaultSettings();
  const sched = schedule(teams, teachers);
  const budget = analyseBudget(parsed, settings, sched);
  if (!budget) throw new Error('expected a budget');
  return { parsed, budget, flags: budgetFlags(budget, sched, parsed, settings, level, basisOf(budget, sched, parsed)) };
}

describe('analyseBudget', () => {
  const { budget, parsed } = run();

  it('totals, per pupil and locked share', () => {
    expect(budget.total).toBe(3_580_000);
    expect(budget.perPupil).toBeCloseTo(3_580_000 / 750, 6);
    // IDEA teacher 300,000 + IDEA aides 320,000 + Title I coach, PD, coordinator 255,000 = 875,000.
    expect(budget.lockedShare).toBeCloseTo(875_000 / 3_580_000, 10);
    expect(budget.unmatchedLines).toBe(1);
  });

  it('teacher FTE and average teacher cost leave FTE-less substitute money out of the price', () => {
    expect(budget.teacherFte).toBe(25);
    expect(budget.averageTeacherCost).toBe(99_200); // (2,000,000 + 180,000 + 300,000) / 25
  });

  it('ratios: PD, coaching, special-education aides, counselors', () => {
    expect(budget.pdPerTeacher).toBe(600);
    expect(budget.pdShare).toBeCloseTo(15_000 / 3_580_000, 10);
    expect(budget.coachPerTeacher).toBe(4_400);
    expect(budget.spedStudentsPerAide).toBe(9); // 72 students / 8 aide FTE
    expect(budget.studentsPerCounselor).toBe(375);
  });

  it('breaks the money down by use', () => {
    const core = budget.byUse.find((b) => b.use === 'Core classroom teachers');
    expect(core).toEqual({
      use: 'Core classroom teachers',
      amount: 2_020_000,
      fte: 20,
      lines: 2,
      share: 2_020_000 / 3_580_000,
      lockedAmount: 0,
      // These lines carry no fund tier, so unlocked money reads as discretionary (rules before tiers said only that).
      formulaAmount: 0,
      discretionaryAmount: 2_020_000,
      unknownFundAmount: 0,
    });
    expect(budget.byUse.find((b) => b.use === 'Instructional aides')).toMatchObject({ amount: 320_000, fte: 8, lockedAmount: 320_000 });
    expect(budget.byUse).toHaveLength(12);
    expect(budget.byUse.reduce((s, b) => s + b.amount, 0)).toBe(budget.total);
  });

  it('checks budgeted teachers against the schedule', () => {
    expect(budget.scheduledTeachers).toBe(30);
    expect(parsed.dataCheck).toEqual([
      expect.objectContaining({
        code: 'budget-schedule-teachers',
        severity: 'warning',
        // The teacher lines: regular, music and special-education teachers and substitutes, rows 4 to 7.
        sheet: 'Budget',
        cell: '4:7',
        message: expect.stringContaining('The budget funds 25 teacher FTE but 30 teachers appear in the master schedule.'),
      }),
    ]);
    expect(run(NO_BLOCK_TEAMS, 'high', 27).parsed.dataCheck).toEqual([]); // within 10%
  });

  it('is null without budget lines', () => {
    expect(analyseBudget(workbook({ enrollment: ENROLLMENT }), defaultSettings(), schedule([]))).toBeNull();
  });
});

describe('budgetFlags', () => {
  const { flags } = run();
  const flag = (id: string) => flags.find((f) => f.id === id);

  it('fires the expected flags for this school', () => {
    expect(flags.map((f) => f.id).sort()).toEqual(
      ['coach-spending', 'coaching-without-common-time', 'counselor-ratio', 'locked-compliance', 'locked-share', 'pd-spending', 'pd-without-collaboration', 'sped-aides'].sort(),
    );
  });

  it('special-education aides: money above the benchmark ratio', () => {
    expect(flag('sped-aides')).toMatchObject({
      severity: 'warning',
      value: 9,
      threshold: 12,
      rows: [{ sheet: 'Budget', firstRow: 8, lastRow: 8 }],
      settings: ['spedStudentsPerAideMin', 'spedAideReductionShare'],
      principle: 4,
      // 72 / 12 = 6 FTE needed; 2 FTE above at 320,000 / 8 = 40,000 each: $80,000 freed, no new money.
      lever: { cost: 0, freed: 80_000, fte: 2 },
    });
    expect(flag('sped-aides')?.lever?.text).toContain('72 students need 6.00 aide FTE; the 2.00 FTE above that ratio cost ≈ $80,000');
  });

  it('counselors: the cost of the counselors needed', () => {
    // ceil(750 / 250) = 3 counselors; 1 more at 200,000 / 2 = 100,000.
    expect(flag('counselor-ratio')).toMatchObject({ value: 375, threshold: 250, lever: { cost: 100_000, fte: 1 }, rows: [{ firstRow: 11 }] });
  });

  it('no counselor at all: the counselors needed, pointing at the enrollment', () => {
    const parsed = workbook({ budget: LINES.filter((l) => l.description !== 'Counselor'), enrollment: ENROLLMENT });
    const sched = schedule(NO_BLOCK_TEAMS);
    const budget = analyseBudget(parsed, defaultSettings(), sched);
    const noCounselor = budgetFlags(budget!, sched, parsed, defaultSettings(), 'high', basisOf(budget!, sched, parsed)).find((f) => f.id === 'counselor-ratio');
    expect(noCounselor).toMatchObject({ value: 'no counselor', lever: { fte: 3, cost: null }, rows: [{ sheet: 'Enrollment', firstRow: 2 }, { sheet: 'Enrollment', firstRow: 3 }] });
  });

  it('counselor lines with no FTE: unknown, on the Data Check, not a flag that the budget funds no counselor', () => {
    // Row 11, the counselors' $200,000, with its FTE left blank.
    const parsed = workbook({ budget: LINES.map((l) => (l.description === 'Counselor' ? { ...l, fte: undefined } : l)), enrollment: ENROLLMENT });
    const sched = schedule(NO_BLOCK_TEAMS);
    const budget = analyseBudget(parsed, defaultSettings(), sched)!;
    expect(budget.studentsPerCounselor).toBeNull();
    expect(budgetFlags(budget, sched, parsed, defaultSettings(), 'high', basisOf(budget, sched, parsed)).find((f) => f.id === 'counselor-ratio')).toBeUndefined();
    expect(parsed.dataCheck.filter((d) => d.code === 'budget-counselor-fte-missing')).toEqual([
      {
        severity: 'warning',
        sheet: 'Budget',
        cell: '11:11',
        code: 'budget-counselor-fte-missing',
        message:
          'Sheet "Budget": the counselor line gives no FTE (row 11), so how many counselors the budget funds is unknown and students per ' +
          "counselor is not judged. Expected each counselor's FTE (1 for a full-time counselor) in the budget's FTE column.",
      },
    ]);
    // With its 2 FTE (the school above) nothing is said about it.
    expect(run().parsed.dataCheck.map((d) => d.code)).not.toContain('budget-counselor-fte-missing');
  });

  it('PD is compared with the LAUSD reference on its own basis, PD lines plus coaching, the lines alone beside it', () => {
    // ($15,000 PD + $110,000 coach) / 25 teacher FTE = $5,000; $125,000 / $3,580,000 = 3.5%. Lines alone: $600, 0.4%.
    expect(flag('pd-spending')).toMatchObject({ severity: 'info', value: 5_000, threshold: 10_900 });
    expect(flag('pd-spending')?.finding).toBe(
      "Professional development on LAUSD's basis (PD lines plus coaching, as its reference counts them): $125,000, 3.5% of the budget " +
        'and $5,000 per teacher (LAUSD: 6.1% and $10,900 per teacher). The PD lines alone: $15,000, 0.4% and $600 per teacher.',
    );
    expect(flag('pd-spending')?.rows).toHaveLength(2);
  });

  it('coach spending compared with the level reference both ways, as information with no lever', () => {
    expect(flag('coach-spending')).toMatchObject({ severity: 'info', value: 4_400, threshold: 2_000, unit: 'currency' });
    expect(flag('coach-spending')!.finding).toBe(
      'Coaching costs $4,400 per teacher ($110,000 over 25.0 teacher FTE), above the LAUSD high-school reference point of $2,000. ' +
        'Coaching pays off when coaches work with teams in weekly common planning time.',
    );
    expect(flag('coach-spending')!.lever).toBeUndefined();
    const elementary = run(NO_BLOCK_TEAMS, 'elementary').flags.find((f) => f.id === 'coach-spending');
    expect(elementary).toMatchObject({ severity: 'info', value: 4_400, threshold: 4_800, settings: ['coachDollarsPerTeacher'] });
    expect(elementary!.finding).toContain('below the LAUSD elementary-school reference point of $4,800');
    expect(elementary!.lever).toBeUndefined();
  });

  it('coaching while no team has a 90-minute block, with the coverage priced', () => {
    // English and Math (8 teachers) lack the block; Science has no known minutes and is not judged.
    // Coverage: English 4 × (90 − 45) + Math 4 × (90 − 50) = 340 minutes / 1,500 median teaching minutes
    // = 0.2267 FTE × $99,200 = $22,485.
    // A warning: the root cause, no common block, is the collaboration flag's finding, which counts this cover once.
    expect(flag('coaching-without-common-time')).toMatchObject({
      severity: 'warning',
      value: 110_000,
      rows: [{ firstRow: 9 }],
      lever: { cost: 22_485, fte: 0.23 },
      settings: ['collaborationBlockMinutes'],
      principle: 1,
    });
    expect(flag('coaching-without-common-time')?.finding).toBe(
      '$110,000 (1.0 FTE) is spent on coaches while 2 of the 2 teams they serve have no common block of 90 minutes a week to work with them: English, Math.',
    );
  });

  it('PD money while no team collaborates weekly', () => {
    expect(flag('pd-without-collaboration')).toMatchObject({ value: 15_000, lever: { cost: 22_485, fte: 0.23 } });
    expect(flag('pd-without-collaboration')?.lever?.text).toContain('The PD budget would pay 66.7% of it.'); // 15,000 / 22,485.33
    // The finding says what the line shows ("Conference registration"), not where PD money usually goes.
    expect(flag('pd-without-collaboration')?.finding).toBe(
      '$15,000 goes to professional development, yet none of the 2 core teams has a weekly common block of 90 minutes to use it in. ' +
        'The PD lines show conferences $15,000.',
    );
    expect(flag('pd-without-collaboration')?.lever?.text).toContain('(2 teams, 8 teachers)');
    // English and Math lack the block: their cover is the school-wide collaboration flag's, counted there once.
    expect(flag('pd-without-collaboration')?.lever?.countedIn).toBe('collaboration:school');
    expect(flag('coaching-without-common-time')?.lever?.countedIn).toBe('collaboration:school');
    expect(flag('pd-without-collaboration')?.lever?.text).toMatch(/ This cover is not extra money: it is counted once, in the school-wide common planning option\.$/);
  });

  it('one team with a block: coaching flag becomes a warning and the PD flag goes', () => {
    const { flags: some } = run([team('English', 4, 90), team('Math', 4, 50)]);
    expect(some.find((f) => f.id === 'coaching-without-common-time')).toMatchObject({ severity: 'warning', lever: { cost: 10_581, fte: 0.11 } }); // 4 × 40 / 1,500 × 99,200
    expect(some.find((f) => f.id === 'pd-without-collaboration')).toBeUndefined();
    // Math alone lacks the block: its own flag counts the cover (no school-wide flag for one team).
    const coaching = some.find((f) => f.id === 'coaching-without-common-time')!;
    expect(coaching.lever?.countedIn).toBe('collaboration:Math');
    expect(coaching.lever?.text).toContain('it is counted once, in the common planning flag of Math.');
  });

  it('says the whole school cannot be priced, not "≈ 0.0 teacher FTE", when no teacher has known teaching minutes', () => {
    // English, Mathematics and Science are the core teams the PD flag prices (11 teachers); with Arts (its teachers
    // teach no core subject) the whole school has 4 teams without the block. No teacher's weekly minutes are known,
    // so there is no full-time week to price cover by.
    const teams = [team('English', 4, 45), team('Mathematics', 4, 50), team('Science', 3, 20), team('Arts', 3, 30)];
    const parsed = workbook({ budget: LINES, enrollment: ENROLLMENT });
    const teachers = teams.flatMap((t) => t.members.map((m) => ({ ...teacher(m, null), teachesCore: t.team !== 'Arts' })));
    const sched = { ...schedule(teams), teachers };
    const budget = analyseBudget(parsed, defaultSettings(), sched)!;
    const pd = budgetFlags(budget, sched, parsed, defaultSettings(), 'high', basisOf(budget, sched, parsed)).find((f) => f.id === 'pd-without-collaboration');
    expect(pd?.lever?.text).toBe(
      'A weekly 90-minute common block for every core team (3 teams, 11 teachers) needs a schedule change; the schedule has no minutes to price the coverage. ' +
        'Whole school (all 4 teams without the block): the schedule has no minutes to price its coverage either. ' +
        'This cover is not extra money: it is counted once, in the school-wide common planning option.',
    );
  });

  it('names no FTE for coaches or compliance positions whose lines give none, rather than "0.0 FTE"', () => {
    // A contracted coaching service and a coordinator's line with no FTE: their money is known, their FTE is not.
    const noFte = LINES.map((l) => (l.use === 'Coaches' || l.use === 'Program management/compliance' ? { ...l, fte: undefined } : l));
    const parsed = workbook({ budget: noFte, enrollment: ENROLLMENT });
    const sched = schedule(NO_BLOCK_TEAMS);
    const budget = analyseBudget(parsed, defaultSettings(), sched)!;
    const unpriced = budgetFlags(budget, sched, parsed, defaultSettings(), 'high', basisOf(budget, sched, parsed));
    const finding = (id: string) => unpriced.find((f) => f.id === id)?.finding;
    expect(finding('coaching-without-common-time')).toBe(
      '$110,000 is spent on coaches while 2 of the 2 teams they serve have no common block of 90 minutes a week to work with them: English, Math.',
    );
    expect(finding('locked-compliance')).toBe('$130,000 of locked money funds program-management and compliance positions: Categorical Program Coordinator.');
    // With the FTE given (the school above, row 12's 1 FTE), it is said.
    expect(flag('locked-compliance')?.finding).toBe('$130,000 of locked money (1.0 FTE) funds program-management and compliance positions: Categorical Program Coordinator.');
  });

  it('locked money in compliance positions, in teacher FTE', () => {
    // The seed's 20% reduction, not the whole: 0.2 × 130,000 = 26,000 / 99,200 = 0.26 teacher FTE.
    expect(flag('locked-compliance')).toMatchObject({ value: 130_000, lever: { cost: 0, freed: 26_000, fte: 0.26 }, rows: [{ firstRow: 12 }] });
    expect(flag('locked-compliance')!.lever!.text).toBe(
      "Review these positions within their funds' rules; ERS's Strategic Review of LAUSD (2007) proposed reducing program management by 20%, not removing it: " +
        "$26,000 = 0.26 teacher FTE at this budget's average teacher cost of $99,200 (of $130,000 in all). Title I and Title III " +
        'money supplements and cannot supplant: freed, it may pay for extra services for the students it serves (intervention, ' +
        'coaching tied to team time), not for what the general fund must provide.',
    );
    expect(flag('locked-share')).toMatchObject({ severity: 'info', value: 0.2444, rows: expect.arrayContaining([{ sheet: 'Budget', firstRow: 6, lastRow: 6 }]) });
    expect(flag('locked-share')?.rows).toHaveLength(5);
  });
});

describe('analyseBudget invariants', () => {
  const uses: MoneyUse[] = ['Core classroom teachers', 'Coaches', 'Instructional aides', 'Operations', 'Other', 'Professional development'];
  const lineArb = fc.record({
    use: fc.constantFrom(...uses),
    amount: fc.integer({ min: 0, max: 500_000 }),
    fte: fc.option(fc.integer({ min: 1, max: 40 }).map((n) => n / 4), { nil: undefined }),
    locked: fc.boolean(),
  });

  it('every dollar lands in exactly one use, and locked money never exceeds a use', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), (specs) => {
        const lines = specs.map((s) => line('Line', s.use, s.amount, s.fte, s.locked ? 'Title I' : 'General Fund', s.locked));
        const budget = analyseBudget(workbook({ budget: lines }), defaultSettings(), schedule([], 0));
        if (!budget) return false;
        const total = specs.reduce((s, l) => s + l.amount, 0);
        return (
          budget.total === total &&
          budget.byUse.reduce((s, b) => s + b.amount, 0) === total &&
          budget.byUse.reduce((s, b) => s + b.lines, 0) === specs.length &&
          budget.byUse.every((b) => b.lockedAmount !== null && b.lockedAmount <= b.amount) &&
          budget.lockedShare !== null &&
          budget.lockedShare >= 0 &&
          budget.lockedShare <= 1 &&
          budget.perPupil === null
        );
      }),
    );
  });
});

describe('positionOf and isLockedCompliance (the one sum behind each per-position price)', () => {
  it('adds FTE (a line without one counts 0) and dollars', () => {
    const counselors = [
      line('Counselor', 'Pupil services', 90_000, 1, 'General Fund', false),
      line('Counselor', 'Pupil services', 45_000, 0.5, 'General Fund', false),
      line('Counselor stipend', 'Pupil services', 3_000, undefined, 'General Fund', false),
    ];
    // FTE 1 + 0.5 + 0 = 1.5; dollars 90,000 + 45,000 + 3,000 = 138,000, so $92,000 per counselor FTE.
    expect(positionOf(counselors)).toEqual({ fte: 1.5, amount: 138_000 });
    expect(positionOf([])).toEqual({ fte: 0, amount: 0 });
  });

  it('takes only locked money in program-management and compliance positions', () => {
    expect(isLockedCompliance(line('Title I Coordinator', 'Program management/compliance', 120_000, 1, 'Title I', true))).toBe(true);
    expect(isLockedCompliance(line('Office Manager', 'Program management/compliance', 80_000, 1, 'General Fund', false))).toBe(false);
    expect(isLockedCompliance(line('Reading Teacher', 'Core classroom teachers', 95_000, 1, 'Title I', true))).toBe(false);
  });
});

describe('one owner for the money the budget flags quote', () => {
  it('the summary gives each use its dollars and FTE, 0 for a use the budget has no line of', () => {
    const { budget } = run();
    expect(useInBudget(budget, 'Coaches')).toEqual({ amount: 110_000, fte: 1 }); // row 9
    expect(useInBudget(budget, 'Professional development')).toEqual({ amount: 15_000, fte: 0 }); // row 10, no FTE
    expect(useInBudget(budget, 'Benefits')).toEqual({ amount: 0, fte: 0 }); // no Benefits row in byUse at all
  });

  it('special-education aides and counselors are picked and summed in one place, lines and position together', () => {
    // Aides: row 8 only, 8 FTE and $320,000. Counselors: row 11 only, 2 FTE and $200,000.
    expect(specialEducationAides(LINES)).toEqual({ lines: [LINES[4]], fte: 8, amount: 320_000 });
    expect(counselorPositions(LINES)).toEqual({ lines: [LINES[7]], fte: 2, amount: 200_000 });
  });

  it("the coach and PD flags quote the summary's money: a summary with other totals is quoted as it stands", () => {
    const parsed = workbook({ budget: LINES, enrollment: ENROLLMENT });
    const sched = schedule(NO_BLOCK_TEAMS);
    const budget = analyseBudget(parsed, defaultSettings(), sched)!;
    // As if the coach use held $220,000 and 2 FTE, and PD $30,000: the flags must say so, not re-add the lines.
    const byUse = budget.byUse.map((b) =>
      b.use === 'Coaches' ? { ...b, amount: 220_000, fte: 2 } : b.use === 'Professional development' ? { ...b, amount: 30_000 } : b,
    );
    const flags = budgetFlags({ ...budget, byUse }, sched, parsed, defaultSettings(), 'high', basisOf(budget, sched, parsed));
    const finding = (id: string) => flags.find((f) => f.id === id)!.finding;
    expect(finding('coach-spending')).toContain('($220,000 over 25.0 teacher FTE)');
    // PD lines plus coaching: $30,000 + $220,000 = $250,000.
    expect(finding('pd-spending')).toContain("as its reference counts them): $250,000,");
    expect(finding('pd-spending')).toContain('The PD lines alone: $30,000,');
    expect(finding('coaching-without-common-time')).toMatch(/^\$220,000 \(2\.0 FTE\) is spent on coaches/);
    expect(finding('pd-without-collaboration')).toMatch(/^\$30,000 goes to professional development/);
  });
});

describe('percent text in the budget flags', () => {
  it('is written as every other flag writes it (formatPercent): 25%, not 25.0%', () => {
    // $250,000 of $1,000,000 on Title I (restricted), the rest on the General Fund (discretionary): 25% and 75%.
    const lines = [line('Reading Coach', 'Coaches', 250_000, 2, 'Title I', true), line('Regular Teacher', 'Core classroom teachers', 750_000, 8, 'General Fund', false)];
    const parsed = workbook({ budget: lines, enrollment: ENROLLMENT });
    const sched = schedule(NO_BLOCK_TEAMS, 10);
    const budget = analyseBudget(parsed, defaultSettings(), sched)!;
    const locked = budgetFlags(budget, sched, parsed, defaultSettings(), 'high', basisOf(budget, sched, parsed)).find((f) => f.id === 'locked-share')!;
    expect(locked.finding).toBe(
      '25% of the budget ($250,000) is locked money (Title I). By tier: Restricted (categorical and grant money with rules) 25% ($250,000); ' +
        "allocated by district formula (unrestricted, but not the school's to move) 0% ($0); site-discretionary 75% ($750,000).",
    );
  });
});
