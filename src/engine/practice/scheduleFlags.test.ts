import { analyseSchedule } from '../analyse/schedule';
import { scheduleFlags } from './scheduleFlags';
import { bell, meetings, MON_FRI, section, settingsWith, staff, t, weekday, workbook } from '../analyse/__fixtures__/workbook';
import type { EnrollmentRow, ParsedWorkbook, SchoolLevel, Section, Settings } from '../types';
import { SCHEDULE_SOURCES } from './scheduleSources';
import { coverageCost, formatMoney, leverBasis } from './scheduleLevers';
import { coreLoadFlags } from './teacherFlags';

const COST = 95000;
const enrolment = (grade: string, students: number): EnrollmentRow => ({ grade, students, source: { sheet: 'Enrollment', firstRow: 2, lastRow: 2 } });

/** n sections for one teacher, each meeting daily in its own period (1..n). */
function teaches(teacher: string, sizes: number[], extra: Partial<Section> = {}): Section[] {
  return sizes.map((enrollment, i) =>
    section({ id: `${teacher}-${i + 1}`, course: `${teacher} course`, teachers: [teacher], enrollment, meetings: meetings(MON_FRI, [String(i + 1)]), ...extra }),
  );
}

function flagsFor(parsed: ParsedWorkbook, level: SchoolLevel, cost: number | null = COST, settings: Settings = settingsWith({ periodMinutes: 50 })) {
  const analysis = analyseSchedule(parsed, settings, level);
  return scheduleFlags(analysis, parsed, settings, level, leverBasis(analysis.teachers, parsed, cost));
}

describe('core teacher load', () => {
  const math = { core: true, subject: 'Math', department: 'Math' };
  const parsed = workbook({
    sections: [
      ...teaches('X', [30, 30, 30, 30, 30], math),
      ...teaches('Y', [30, 30, 30, 30], math),
      ...teaches('Z', [18, 18, 18, 18, 18], math),
      ...teaches('W', [35, 35, 35, 35, 35], { subject: 'Art', department: 'Art' }),
    ],
  });

  it('flags a department once, critical at 150, with the sections, FTE and dollars to bring loads to 100', () => {
    const [flag] = flagsFor(parsed, 'high').filter((f) => f.measure === 'Core teacher student-load');
    expect(flag.id).toBe('core-load:Math');
    expect(flag.severity).toBe('critical');
    expect(flag.value).toBe(150);
    expect(flag.threshold).toBe(100);
    // NCTE's 100 is written for English teachers: a Math flag says it is the warning line applied to Math.
    expect(flag.source).toBe(SCHEDULE_SOURCES.coreLoadOtherSubjects);
    expect(flag.source).toContain("The warning line of 100 is NCTE's figure for English teachers, applied here to every core subject");
    expect(flag.finding).toBe(
      'Math: 2 of 3 core teachers carry more than 100 seats (X 150, Y 120); the highest is 150, at or above 150, where individual attention is nearly impossible.',
    );
    expect(flag.rows).toHaveLength(9);
    expect(flag.settings).toEqual(['coreLoadWarn', 'coreLoadCritical']);
    expect(flag.principle).toBe(3);
    // X: 5 × (150 − 100) / 100 = 2.5 sections; Y: 4 × 20 / 100 = 0.8; 3.3 → 4 sections. Median full-time: 5 sections.
    // 4 / 5 = 0.8 FTE × $95,000 = $76,000.
    expect(flag.lever).toEqual({
      text:
        "Bringing every flagged Math teacher to 100 seats (same sections, smaller classes) needs 4 sections = 0.80 teacher FTE (a full-time teacher here teaches 5 sections) ≈ $76,000 at this budget's average teacher cost of $95,000." +
        ' Options that cost nothing: double-blocking Math (two periods with one group: 150 → about 75).',
      cost: 76000,
      fte: 0.8,
      sections: 4,
    });
  });

  it('prices a co-taught section once, in the lead teacher\'s department; the special-education co-teacher\'s seats there are not a core load', () => {
    const english = { core: true, subject: 'ELA', department: 'English' };
    const coTaught = teaches('E', [30, 30, 30, 30, 30], english).map((sec, i) => (i < 3 ? { ...sec, teachers: ['E', 'S'] } : sec));
    const own = teaches('S', [30, 30], { core: true, subject: 'ELA', department: 'Special Education' }).map((sec, i) => ({
      ...sec,
      meetings: meetings(MON_FRI, [String(i + 4)]),
    }));
    const parsedCo = workbook({
      sections: [...coTaught, ...own],
      staff: [staff('E', { department: 'English' }), staff('S', { department: 'Special Education' })],
    });
    const flags = flagsFor(parsedCo, 'high').filter((f) => f.measure === 'Core teacher student-load');
    // E: 5 × (150 − 100) / 100 = 2.5 → 3 sections = 0.60 FTE × $95,000 = $57,000.
    expect(flags.find((f) => f.id === 'core-load:English')!.lever).toMatchObject({ sections: 3, cost: 57000 });
    // English is what NCTE's 100-student figure is for: cited as it is.
    expect(flags.find((f) => f.id === 'core-load:English')!.source).toBe(SCHEDULE_SOURCES.coreLoad);
    // S is the second adult in E's three classes (90 seats): their core load is their own 2 × 30 = 60, not 150.
    expect(flags.find((f) => f.id === 'core-load:Special Education')).toBeUndefined();
    const s = analyseSchedule(parsedCo, settingsWith({ periodMinutes: 50 }), 'high').teachers.find((t) => t.teacher === 'S')!;
    expect(s).toMatchObject({ seats: 150, coTaughtSeats: 90 });
  });

  it('gives the same flags when it knows every section is led by its one teacher as when it checks each section', () => {
    // IDs in increasing order, one teacher each: the analysis knows no teacher's section is led by another.
    const ordered = workbook({
      sections: [
        ...teaches('A', [30, 30, 30, 30, 30], math),
        ...teaches('B', [28, 28, 28, 28], { core: true, subject: 'Science', department: 'Science' }),
        ...teaches('C', [18, 18, 18, 18, 18], math),
      ],
    });
    const settings = settingsWith({ periodMinutes: 50 });
    const { teachers, everySectionLedAlone } = analyseSchedule(ordered, settings, 'high');
    expect(everySectionLedAlone).toBe(true);
    const basis = leverBasis(teachers, ordered, COST);
    const known = coreLoadFlags(teachers, settings, 'high', basis, ordered.sections, true);
    // Not told so: each section is looked up by its ID.
    const checked = coreLoadFlags(teachers, settings, 'high', basis, ordered.sections, false);
    expect(known.map((f) => f.id)).toEqual(['core-load:Math', 'core-load:Science']);
    expect(known).toEqual(checked);
    // A: 5 × (150 − 100) / 100 = 2.5 → 3 sections; B: 4 × (112 − 100) / 100 = 0.48 → 1 section.
    expect(known.map((f) => f.lever!.sections)).toEqual([3, 1]);
  });

  it('states FTE only without an average teacher cost, and is a warning below 150', () => {
    const only120 = workbook({ sections: [...teaches('Y', [30, 30, 30, 30], math), ...teaches('Q', [10, 10, 10, 10, 10], math)] });
    const [flag] = flagsFor(only120, 'middle', null);
    expect(flag.severity).toBe('warning');
    // 0.8 sections → 1; median sections of Y (4) and Q (5) = 4.5 → 1 / 4.5 = 0.22 FTE.
    expect(flag.lever).toEqual({
      text:
        'Bringing every flagged Math teacher to 100 seats (same sections, smaller classes) needs 1 section = 0.22 teacher FTE (a full-time teacher here teaches 4.5 sections); the budget gives no average teacher cost to price it.' +
        ' Options that cost nothing: double-blocking Math (two periods with one group: 120 → about 60).',
      cost: null,
      fte: 0.22,
      sections: 1,
    });
  });

  it('uses unique students when a roster gives them, and does not flag elementary schools', () => {
    const roster = parsed.sections
      .filter((s) => s.teachers[0] === 'Y')
      .flatMap((s) => Array.from({ length: 30 }, (_, i) => ({ studentId: `st${i}`, sectionId: s.id, source: s.source })));
    const flags = flagsFor({ ...parsed, students: roster }, 'high').filter((f) => f.measure === 'Core teacher student-load');
    // Y's 4 sections hold the same 30 students; X has no roster rows, so 0 unique students: no flag.
    expect(flags).toEqual([]);
    expect(flagsFor(parsed, 'elementary').filter((f) => f.measure === 'Core teacher student-load')).toEqual([]);
  });
});

describe('collaboration', () => {
  const BELL = [
    bell('1', t(8), t(8, 50)),
    bell('2', t(8, 55), t(9, 45)),
    bell('3', t(9, 50), t(10, 40)),
    bell('4', t(10, 45), t(11, 35)),
    bell('5', t(11, 40), t(12, 30)),
    bell('6', t(12, 35), t(13, 25)),
  ];

  it('prices cover for a team whose longest common block is one 50-minute period', () => {
    const sections = ['A', 'B', 'C', 'D'].flatMap((teacher) =>
      ['1', '2', '3', '4', '6'].map((p) => section({ id: `${teacher}${p}`, teachers: [teacher], department: 'Science', enrollment: 25, meetings: meetings(MON_FRI, [p]) })),
    );
    const [flag] = flagsFor(workbook({ bell: BELL, sections }), 'high').filter((f) => f.measure === 'Common planning');
    expect(flag.id).toBe('collaboration:Science');
    expect(flag.severity).toBe('warning');
    expect(flag.value).toBe(50);
    expect(flag.threshold).toBe(90);
    expect(flag.finding).toBe(
      'Science (4 members): the longest common free block is 50 minutes, below one 90-minute block a week (250 common minutes a week in all).',
    );
    // 4 × (90 − 50) = 160 minutes a week; a full-time teacher teaches 25 × 50 = 1,250 minutes a week.
    // $95,000 / (1,250 × 36) per minute × 160 × 36 = $12,160 a year; 160 / 1,250 = 0.128 FTE.
    expect(flag.lever).toEqual({
      // Each member teaches 5 of the 6 periods: moving sections keeps that, so no move gives two adjacent free periods.
      text:
        "A weekly 90-minute block needs 4 × (90 − 50) = 160 minutes of cover a week = 0.13 FTE of teaching time ≈ $12,160 a year at this budget's average teacher cost. " +
        'No no-cost schedule change found for a 90-minute block: A, B, C, D each teach at least 5 of the 6 periods a day, and the block needs 2 adjacent free periods; ' +
        'moving sections cannot give that without taking a section away.',
      cost: 12160,
      fte: 0.13,
    });
    expect(coverageCost(160, { averageTeacherCost: COST, fullTimeSections: 5, fullTimeMinutesPerWeek: 1250 })).toEqual({ cost: 12160, fte: 0.128 });
  });

  it('says which day has room to rearrange into a block without cover', () => {
    const notWed = [weekday(1), weekday(2), weekday(4), weekday(5)];
    const sections = ['A', 'B'].flatMap((teacher) => [
      section({ id: `${teacher}-full`, teachers: [teacher], department: 'Art', meetings: meetings(notWed, ['1', '2', '3', '4', '5', '6']) }),
      section({ id: `${teacher}-wed`, teachers: [teacher], department: 'Art', meetings: meetings([weekday(3)], ['1', '3', '5', '6']) }),
    ]);
    const [flag] = flagsFor(workbook({ bell: BELL, sections }), 'high').filter((f) => f.measure === 'Common planning');
    expect(flag.value).toBe(50);
    expect(flag.lever!.cost).toBe(0);
    expect(flag.lever!.text).toContain(
      'on Wed the team is already free together for 100 minutes (8:55-9:45, 10:45-11:35) in separate pieces',
    );
  });

  it('two or more teams without a block: one school-wide finding prices every team once, each team its share', () => {
    const science = ['A', 'B', 'C', 'D'].flatMap((teacher) =>
      ['1', '2', '3', '4', '6'].map((p) => section({ id: `${teacher}${p}`, teachers: [teacher], department: 'Science', enrollment: 25, meetings: meetings(MON_FRI, [p]) })),
    );
    // English: each teacher is free in a different period (6, 1, 2), so the three are never free together.
    const english = [
      ['E1', ['1', '2', '3', '4', '5']],
      ['E2', ['2', '3', '4', '5', '6']],
      ['E3', ['1', '3', '4', '5', '6']],
    ].flatMap(([teacher, periods]) =>
      (periods as string[]).map((p) => section({ id: `${teacher}${p}`, teachers: [teacher as string], department: 'English', enrollment: 25, meetings: meetings(MON_FRI, [p]) })),
    );
    const flags = flagsFor(workbook({ bell: BELL, sections: [...science, ...english] }), 'high').filter((f) => f.measure === 'Common planning');
    // English (3 members) has no common time at all: the one critical, on the school-wide finding, listed first.
    expect(flags.map((f) => [f.id, f.severity])).toEqual([
      ['collaboration:school', 'critical'],
      ['collaboration:English', 'warning'],
      ['collaboration:Science', 'warning'],
    ]);
    const school = flags.find((f) => f.id === 'collaboration:school')!;
    // A full week is 25 × 50 = 1,250 minutes. Science 4 × (90 − 50) = 160 minutes ≈ $12,160; English 3 × 90 = 270
    // minutes = 270 / 1,250 × $95,000 = $20,520. Together 430 minutes = 0.344 FTE ≈ $32,680.
    expect(school.lever).toEqual({
      text:
        'One school-wide option for 2 teams (7 teachers): cover for every team: 0.34 teacher FTE ≈ $32,680 a year. For every team, no ' +
        "schedule change within the search gives it at no cost (why is on each row). Each team's share is on its row.",
      cost: 32_680,
      fte: 0.34,
    });
    expect(school.finding).toBe(
      'School-wide: 2 of 2 teams have no common 90-minute block a week; 1 has no common time at all. The longest any of them has is 50 minutes. Each team is a row below.',
    );
    expect(school.rows).toEqual([]);
    const english1 = flags.find((f) => f.id === 'collaboration:English')!;
    expect(english1.lever).toMatchObject({ cost: 20_520, countedIn: 'collaboration:school' });
    expect(english1.lever!.text).toMatch(/^This team's share of the school-wide option: A weekly 90-minute block needs 3 × \(90 − 0\) = 270 minutes/);
  });

  it('a lone two-person team with no common period at all is a warning, judged even without minutes', () => {
    const sections = [
      section({ id: 'A', teachers: ['A'], department: 'En', meetings: meetings([weekday(1)], ['1']) }),
      section({ id: 'B', teachers: ['B'], department: 'En', meetings: meetings([weekday(1)], ['2']) }),
    ];
    const [flag] = flagsFor(workbook({ sections }), 'high', COST, settingsWith()).filter((f) => f.measure === 'Common planning');
    // Two teachers can meet outside the timetable more easily than a department: not the school's critical finding.
    expect(flag.severity).toBe('warning');
    expect(flag.finding).toBe('En (2 members): no time in the week when all members are free of teaching together.');
    expect(flag.lever).toEqual({
      text:
        'With no period length known the cover cannot be priced; set the period length, or add times or a bell schedule. ' +
        "No schedule change was searched: without the periods' lengths, whether one gives the block cannot be judged.",
      cost: null,
    });
    expect(flag.rows).toHaveLength(2);
  });
});

describe('time in core subjects', () => {
  it('flags a secondary school at or below 33% in ELA/ELD and math, with the minutes to move', () => {
    const subjects = ['ELA', 'Math', 'Science', 'History', 'Art', 'PE', 'Music'];
    const sections = subjects.map((subject, i) =>
      section({ id: subject, teachers: [`T${i}`], subject, grade: '9', enrollment: 30, meetings: meetings(MON_FRI, [String(i + 1)]) }),
    );
    const [flag] = flagsFor(workbook({ sections, enrollment: [enrolment('9', 30)] }), 'high').filter((f) => f.id === 'core-share:school');
    // 500 of 1,750 minutes = 28.6%; 0.33 × 1,750 − 500 = 77.5 → 78 minutes a week.
    expect(flag.value).toBeCloseTo(500 / 1750, 10);
    expect(flag.threshold).toBe(0.33);
    expect(flag.finding).toBe(
      'Students spend 28.6% of their weekly class time in ELA/ELD and math, at or below 33% (no prioritization of core academics). By grade: 9 28.6%.',
    );
    expect(flag.lever!.text).toContain('moving about 78 minutes a week');
    expect(flag.rows).toHaveLength(2);
    const balanced = sections.slice(0, 6);
    expect(flagsFor(workbook({ sections: balanced, enrollment: [enrolment('9', 30)] }), 'high').filter((f) => f.id === 'core-share:school')).toEqual([]);
  });

  it('flags elementary literacy below 90 minutes a day, and K-3 classes above 20 with the classes to add', () => {
    const classroom = (teacher: string, size: number) => [
      section({ id: `${teacher}-ELA`, teachers: [teacher], subject: 'ELA', grade: '1', enrollment: size, meetings: meetings(MON_FRI, [], t(8), t(9)) }),
      section({ id: `${teacher}-Math`, teachers: [teacher], subject: 'Math', grade: '1', enrollment: size, meetings: meetings(MON_FRI, [], t(9), t(10)) }),
    ];
    const parsed = workbook({ sections: [...classroom('T1', 24), ...classroom('T2', 22), ...classroom('T3', 20)], enrollment: [enrolment('1', 66)] });
    const flags = flagsFor(parsed, 'elementary');
    // The three grade 1 teachers teach at the same times all day: no common time (critical).
    expect(flags.map((f) => f.id).sort()).toEqual(['collaboration:Grade 1', 'elementary-literacy:1', 'k3-class-size:1']);
    expect(flags.find((f) => f.id === 'collaboration:Grade 1')!.severity).toBe('critical');
    const literacy = flags.find((f) => f.id === 'elementary-literacy:1')!;
    // ELA: 66 students × 300 min / 66 = 300 a week = 60 a day. Math is 60 a day: not flagged.
    expect(literacy.value).toBe(60);
    expect(literacy.threshold).toBe(90);
    expect(literacy.finding).toBe('Grade 1: a typical student has 60 minutes of literacy (ELA/ELD) a day, below 90.');
    expect(literacy.lever!.text).toBe('Adding 30 minutes of literacy (ELA/ELD) a day (150 a week) from other blocks; it moves time, not money.');
    const k3 = flags.find((f) => f.id === 'k3-class-size:1')!;
    // Two subjects only, so no homeroom: the grade's literacy sections are its classes. Classes of 24, 22, 20:
    // 66 students (enrollment profile) need ceil(66 / 20) = 4 classes, one more = 1 FTE = $95,000.
    expect(k3.value).toBe(24);
    expect(k3.finding).toBe('Grade 1: 2 classes of 3 above 20 students (largest 24).');
    expect(k3.lever).toEqual({
      text: "Grade 1's 66 students on the enrollment profile need 4 classes of 20 or fewer: 1 more class = 1.0 teacher FTE ≈ $95,000 at this budget's average teacher cost of $95,000.",
      cost: 95000,
      fte: 1,
      sections: 1,
    });
    expect(k3.rows).toHaveLength(2); // the two literacy sections above 20
  });

  it('does not rest a time finding on courses no subject rule maps', () => {
    // Secondary: ELA and Math 250 minutes a week each, five other subjects; 500 of 1,750 = 28.6%, flagged above.
    // With History unmapped (250 minutes), the share could be (500 + 250) / 1,750 = 42.9%: no flag.
    const subjects: (string | undefined)[] = ['ELA', 'Math', 'Science', undefined, 'Art', 'PE', 'Music'];
    const sections = subjects.map((subject, i) =>
      section({ id: `S${i}`, teachers: [`T${i}`], subject, grade: '9', enrollment: 30, meetings: meetings(MON_FRI, [String(i + 1)]) }),
    );
    const secondary = flagsFor(workbook({ sections, enrollment: [enrolment('9', 30)] }), 'high');
    expect(secondary.filter((f) => f.id === 'core-share:school')).toEqual([]);

    // Elementary: ELA 60 minutes a day (8:00-9:00), Math 60, and an unmapped "Block 3" of 60 (10:00-11:00).
    // 60 + 60 = 120 ≥ 90: the literacy shortfall may be in that block, so no literacy flag; math is met anyway.
    const day = (id: string, subject: string | undefined, from: number) =>
      section({ id, teachers: ['T1'], subject, grade: '2', enrollment: 20, meetings: meetings(MON_FRI, [], t(from), t(from + 1)) });
    const elementary = workbook({ sections: [day('ELA', 'ELA', 8), day('Math', 'Math', 9), day('Block 3', undefined, 10)], enrollment: [enrolment('2', 20)] });
    expect(flagsFor(elementary, 'elementary').filter((f) => f.id.startsWith('elementary-'))).toEqual([]);
    // A 20-minute unmapped block cannot cover a 30-minute shortfall: the literacy flag stands.
    const short = workbook({
      sections: [day('ELA', 'ELA', 8), day('Math', 'Math', 9), section({ id: 'B', teachers: ['T1'], grade: '2', enrollment: 20, meetings: meetings(MON_FRI, [], t(10), t(10) + 20) })],
      enrollment: [enrolment('2', 20)],
    });
    expect(flagsFor(short, 'elementary').map((f) => f.id)).toContain('elementary-literacy:2');
  });
});

describe('small sections, preps and new teachers', () => {
  it('merges small sections of the same course and prices the sections freed', () => {
    const sections = [
      section({ id: 'LAT-1', course: 'Latin', teachers: ['L'], enrollment: 8, meetings: meetings(MON_FRI, ['1']) }),
      section({ id: 'LAT-2', course: 'Latin', teachers: ['L'], enrollment: 8, meetings: meetings(MON_FRI, ['2']) }),
      section({ id: 'LAT-3', course: 'Latin', teachers: ['L'], enrollment: 9, meetings: meetings(MON_FRI, ['3']) }),
      section({ id: 'FR-1', course: 'French', teachers: ['L'], enrollment: 12, meetings: meetings(MON_FRI, ['4']) }),
      section({ id: 'SP-1', course: 'Spanish', teachers: ['L'], enrollment: 26, meetings: meetings(MON_FRI, ['5']) }),
      ...teaches('R', [28, 28, 30, 30, 30]),
      section({ id: 'SPED', course: 'Resource', teachers: ['S'], enrollment: 6, program: 'special education', meetings: meetings(MON_FRI, ['1']) }),
    ];
    const [flag] = flagsFor(workbook({ sections }), 'high').filter((f) => f.id === 'small-sections');
    expect(flag.value).toBe(4);
    expect(flag.threshold).toBe(15);
    expect(flag.severity).toBe('info');
    expect(flag.finding).toBe('4 sections have fewer than 15 students: Latin (LAT-1) 8, Latin (LAT-2) 8, Latin (LAT-3) 9, French (FR-1) 12.');
    // Median class (sections 6..30, 11 rows) = 26; Latin's 25 students fit in 1 section: 2 freed.
    // Median full-time sections: L 5, R 5, S 1 → 5; 2 / 5 = 0.4 FTE × $95,000 = $38,000.
    expect(flag.lever).toEqual({
      text: "Merging the small sections of the same course into sections of up to 26 students (Latin (3 sections, 25 students)) frees 2 sections = 0.40 teacher FTE (a full-time teacher here teaches 5 sections) ≈ $38,000 at this budget's average teacher cost of $95,000.",
      // Merging releases money and needs none: the $38,000 is money freed, not a cost.
      cost: 0,
      freed: 38000,
      fte: 0.4,
      sections: 2,
    });
  });

  it('names the ten smallest sections, smallest first and by section ID within a size', () => {
    // 13 small sections in an order that is not the finding's: sizes 9, 5, 7, 5, 12, 3, 7, 5, 9, 14, 5, 11, 7.
    const sizes = [9, 5, 7, 5, 12, 3, 7, 5, 9, 14, 5, 11, 7];
    const ids = ['K', 'D', 'H', 'B', 'M', 'Z', 'F', 'C', 'J', 'N', 'A', 'L', 'G'];
    const sections = [
      ...sizes.map((enrollment, i) => section({ id: ids[i], course: 'Latin', teachers: [`L${i}`], enrollment, meetings: meetings(MON_FRI, ['1']) })),
      ...teaches('R', [28, 28, 30, 30, 30]),
    ];
    const [flag] = flagsFor(workbook({ sections }), 'high').filter((f) => f.id === 'small-sections');
    // Sorted: Z 3; A, B, C, D 5; F, G, H 7; J, K 9 | L 11, M 12, N 14 left out.
    expect(flag.finding).toBe(
      '13 sections have fewer than 15 students: Latin (Z) 3, Latin (A) 5, Latin (B) 5, Latin (C) 5, Latin (D) 5, Latin (F) 7, ' +
        'Latin (G) 7, Latin (H) 7, Latin (J) 9, Latin (K) 9, ….',
    );
  });

  it('lists the teachers with most preps first, by name within a count, whatever order the teachers come in', () => {
    const courses = (teacher: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        section({ id: `${teacher}${i}`, course: `${teacher} course ${i}`, teachers: [teacher], enrollment: 25, meetings: meetings(MON_FRI, [String(i + 1)]) }),
      );
    const parsed = workbook({ sections: [...courses('Cruz', 4), ...courses('Abel', 4), ...courses('Bose', 5)] });
    const settings = settingsWith({ periodMinutes: 50 });
    const analysis = analyseSchedule(parsed, settings, 'high');
    const finding = 'teachers prepare 4 or more distinct courses: Bose (5), Abel (4), Cruz (4).';
    expect(scheduleFlags(analysis, parsed, settings, 'high', leverBasis(analysis.teachers, parsed, COST)).find((f) => f.id === 'preps')!.finding).toBe(`3 ${finding}`);
    // The same teachers out of name order: the flag orders them itself.
    const shuffled = { ...analysis, teachers: [analysis.teachers[2], analysis.teachers[0], analysis.teachers[1]] };
    expect(scheduleFlags(shuffled, parsed, settings, 'high', leverBasis(shuffled.teachers, parsed, COST)).find((f) => f.id === 'preps')!.finding).toBe(`3 ${finding}`);
  });

  it('flags teachers with 4 or more preps in secondary schools only', () => {
    const sections = ['Alg', 'Geo', 'Calc', 'Stats'].map((course, i) =>
      section({ id: course, course, teachers: ['P'], enrollment: 25, meetings: meetings(MON_FRI, [String(i + 1)]) }),
    );
    const [flag] = flagsFor(workbook({ sections }), 'high').filter((f) => f.id === 'preps');
    expect(flag.finding).toBe('1 teacher prepare 4 or more distinct courses: P (4).');
    expect(flag.value).toBe(4);
    expect(flagsFor(workbook({ sections }), 'elementary').filter((f) => f.id === 'preps')).toEqual([]);
  });

  it('writes the new-teacher share to a tenth, as every flag writes a percent', () => {
    // 4 of 7 teachers with 3 or fewer years: 4 / 7 = 57.14% -> "57.1%" (it read "57%" beside the budget flags' "57.1%").
    const roster = [1, 2, 3, 0, 5, 8, 10].map((y, i) => staff(`Teacher ${i}`, { yearsExperience: y, role: 'Teacher' }));
    const [flag] = flagsFor(workbook({ staff: roster }), 'high').filter((f) => f.id === 'new-teachers');
    expect(flag.finding).toBe('4 of 7 teachers (57.1%) have 3 or fewer years of experience, above 30%. New teachers need coaching and common planning time.');
  });

  it('flags more than 30% of teachers with 1-3 years of experience', () => {
    const years = [1, 2, 3, 0, 5, 8, 10, 12, 15, 20];
    const roster = years.map((y, i) => staff(`Teacher ${i}`, { yearsExperience: y, role: 'Teacher', department: i < 3 ? 'Math' : 'ELA' }));
    const [flag] = flagsFor(workbook({ staff: roster }), 'high').filter((f) => f.id === 'new-teachers');
    expect(flag.value).toBe(0.4);
    expect(flag.threshold).toBe(0.3);
    expect(flag.finding).toBe('4 of 10 teachers (40%) have 3 or fewer years of experience, above 30%; most are in Math. New teachers need coaching and common planning time.');
    expect(flag.rows).toHaveLength(4);
    const fewer = years.map((y, i) => staff(`T${i}`, { yearsExperience: i === 3 ? 9 : y }));
    expect(flagsFor(workbook({ staff: fewer }), 'high').filter((f) => f.id === 'new-teachers')).toEqual([]);
  });

  it('matches roster names to the schedule as every analysis does, spacing aside', () => {
    // The roster writes "Ana  Diaz" (two spaces), the schedule "Ana Diaz": both scheduled teachers are the pool, and
    // the clerk with no role is not. 1 of 2 new = 50% > 30%. Matched on trimmed text alone, Ana fell out of the pool
    // and the share was 0 of 1.
    const roster = [staff('Ana  Diaz', { yearsExperience: 2 }), staff('Ben Cole', { yearsExperience: 10 }), staff('Clerk', { yearsExperience: 20 })];
    const sections = [...teaches('Ana Diaz', [25]), ...teaches('Ben Cole', [25])];
    const [flag] = flagsFor(workbook({ staff: roster, sections }), 'high').filter((f) => f.id === 'new-teachers');
    expect(flag?.finding).toMatch(/^1 of 2 teachers \(50%\)/);
  });
});

describe('money format', () => {
  it('writes whole dollars with thousands separators', () => {
    expect(formatMoney(1234567.4)).toBe('$1,234,567');
    expect(formatMoney(950)).toBe('$950');
  });
});
