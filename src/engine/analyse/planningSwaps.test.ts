import { analyseSchedule } from './schedule';
import { scheduleFlags } from '../practice/scheduleFlags';
import { leverBasis } from '../practice/scheduleLevers';
import { bell, meetings, section, settingsWith, t, weekday, workbook } from './__fixtures__/workbook';
import type { NoCostBlockOption, ParsedWorkbook, Section, StudentEnrollment } from '../types';

// The no-cost search on small grids, with the answer worked out by hand. One Monday, periods of 50 minutes with
// 5 minutes' passing: P1 8:00-8:50, P2 8:55-9:45, P3 9:50-10:40, P4 10:45-11:35. Two adjacent periods make
// 8:00-9:45 = 105 minutes, so a 90-minute block needs two adjacent free periods.
const BELL = [bell('1', t(8), t(8, 50)), bell('2', t(8, 55), t(9, 45)), bell('3', t(9, 50), t(10, 40)), bell('4', t(10, 45), t(11, 35))];
const MON = [weekday(1)];

function sec(id: string, teacher: string, course: string, period: string, department = 'Science', room = `R-${id}`): Section {
  return section({ id, course, teachers: [teacher], department, room, enrollment: 25, meetings: meetings(MON, [period]) });
}

function options(parsed: ParsedWorkbook): NoCostBlockOption[] {
  return analyseSchedule(parsed, settingsWith(), 'high').noCostBlocks ?? [];
}

const student = (studentId: string, sectionId: string): StudentEnrollment => ({ studentId, sectionId, source: { sheet: 'Students', firstRow: 1, lastRow: 1 } });

describe('no-cost block: moving sections', () => {
  // A teaches Biology in P1 and P2 (free P3, P4); B teaches Chemistry in P1 and P3 (free P2, P4). Common: P4 only.
  const sections = [sec('BIO-1', 'A', 'Biology', '1'), sec('BIO-2', 'A', 'Biology', '2'), sec('CHEM-2', 'B', 'Chemistry', '1'), sec('CHEM-1', 'B', 'Chemistry', '3')];

  it('picks the target needing fewest moves: CHEM-1 from P3 to P2 frees P3-P4 for both', () => {
    // Targets by hand: P1-2 needs 3 moves (A twice, B once); P2-3 needs 2 (A's P2, B's P3); P3-4 needs 1 (B's P3).
    // CHEM-1 to P2: B is free then, its room is free, and Chemistry has another section (no student roster).
    const [option] = options(workbook({ bell: BELL, sections }));
    expect(option).toMatchObject({ team: 'Science', found: true, kind: 'section-moves', day: 'Mon', periods: ['3', '4'], blockMinutes: 105 });
    expect(option.moves).toEqual([
      {
        kind: 'move',
        section: 'CHEM-1',
        course: 'Chemistry',
        teacher: 'B',
        fromPeriod: '3',
        toPeriod: '2',
        days: ['Mon'],
        text: 'move CHEM-1 (Chemistry, B) from period 3 to period 2 (Mon)',
      },
    ]);
    expect(option.checked).toContain('students were not checked (no student roster)');
  });

  it('the collaboration flag names the move and prices the block at 0, with cover still stated', () => {
    const parsed = workbook({ bell: BELL, sections });
    const settings = settingsWith();
    const analysis = analyseSchedule(parsed, settings, 'high');
    const [flag] = scheduleFlags(analysis, parsed, settings, 'high', leverBasis(analysis.teachers, parsed, 95_000)).filter((f) => f.id === 'collaboration:Science');
    // Cover: 2 × (90 − 50) = 80 minutes a week; a full week here is 2 sections × 50 = 100 minutes, so 0.8 FTE ≈ $76,000.
    expect(flag.lever!.cost).toBe(0);
    expect(flag.lever!.text).toContain('2 × (90 − 50) = 80 minutes of cover a week = 0.80 FTE of teaching time ≈ $76,000');
    expect(flag.lever!.text).toContain(
      'No-cost option: move CHEM-1 (Chemistry, B) from period 3 to period 2 (Mon). Then all 2 members are free together on Mon in periods 3-4 (105 minutes)',
    );
  });

  it('with a student roster, a move that leaves a student two classes at once is refused', () => {
    // S1 is in CHEM-1 (P3) and Band (P2, its only section): CHEM-1 cannot go to P2, nor to P1 (B teaches CHEM-2 there).
    // P3-4 is out; P2-3 takes 2 moves: BIO-2 from P2 to P4 (P1 is A's own BIO-1; P4 free) and CHEM-1 from P3 to P4
    // (P1 is B's CHEM-2; P4 free; S1's other class is at P2, not P4).
    const parsed = workbook({
      bell: BELL,
      sections: [...sections, sec('BAND-1', 'M', 'Band', '2', 'Music')],
      students: [student('S1', 'CHEM-1'), student('S1', 'BAND-1')],
    });
    const option = options(parsed).find((o) => o.team === 'Science')!;
    expect(option.periods).toEqual(['2', '3']);
    expect(option.moves.map((m) => [m.section, m.fromPeriod, m.toPeriod])).toEqual([
      ['BIO-2', '2', '4'],
      ['CHEM-1', '3', '4'],
    ]);
    expect(option.checked).toContain("each of its students who takes another class in the new period can take that class's course in the period given up");
  });

  it('a student who can take their other class in the period given up is re-sectioned, and counted', () => {
    // Band now also runs in P3 (BAND-2): S1 can take Band in P3 when CHEM-1 moves to P2, so P3-4 needs 1 move again.
    const parsed = workbook({
      bell: BELL,
      sections: [...sections, sec('BAND-1', 'M', 'Band', '2', 'Music'), sec('BAND-2', 'N', 'Band', '3', 'Music')],
      students: [student('S1', 'CHEM-1'), student('S1', 'BAND-1')],
    });
    const option = options(parsed).find((o) => o.team === 'Science')!;
    expect(option.periods).toEqual(['3', '4']);
    expect(option.moves[0]).toMatchObject({ section: 'CHEM-1', toPeriod: '2', studentsResectioned: 1 });
    expect(option.moves[0].text).toBe('move CHEM-1 (Chemistry, B) from period 3 to period 2 (Mon), 1 of its students taking their period-2 class in period 3 instead');
  });

  it('prefers exchanging teachers with another section of the course: no student changes period', () => {
    // Three periods. A teaches BIO-A in P2; B is free all Monday but teaches in P1-P3 on Tuesday (so B is a member
    // with a timetable). C (another department) teaches BIO-C in P3 and Art in P1. Targets: P1-2 (A busy in P2) and
    // P2-3 (A busy in P2). For P1-2, BIO-C meets in P3 outside it, A is free in P3 and C free in P2: swap. For P2-3,
    // moving BIO-A to P1 also takes 1 move; the tie goes to the earlier target, P1-2.
    const three = BELL.slice(0, 3);
    const parsed = workbook({
      bell: three,
      sections: [
        sec('BIO-A', 'A', 'Biology', '2'),
        section({ id: 'B-TUE', course: 'Physics', teachers: ['B'], department: 'Science', meetings: meetings([weekday(2)], ['1', '2', '3']) }),
        sec('BIO-C', 'C', 'Biology', '3', 'Other'),
        sec('ART-C', 'C', 'Art', '1', 'Other'),
      ],
    });
    const option = options(parsed).find((o) => o.team === 'Science')!;
    expect(option.found).toBe(true);
    expect(option.periods).toEqual(['1', '2']);
    expect(option.moves).toEqual([
      expect.objectContaining({
        kind: 'swap-teachers',
        section: 'BIO-A',
        withSection: 'BIO-C',
        withTeacher: 'C',
        fromPeriod: '2',
        toPeriod: '3',
        text: 'A and C exchange Biology sections: A takes BIO-C in period 3, C takes BIO-A in period 2 (Mon; no student changes period)',
      }),
    ]);
  });

  it('says why none: a member who teaches all but one period can never be free for two, and offers the aligned period', () => {
    // A teaches P1-P3 (free P4), B teaches P1, P2, P4 (free P3): each has one free period, the block needs two.
    // Aligning: B's P4 section to P3 frees P4 for both, 1 move (P3 would need A's P3 section moved to P4: also 1 move;
    // the earlier target, P3, wins the tie). Cover is then 2 × (90 − 50) = 80 minutes.
    const parsed = workbook({
      bell: BELL,
      sections: [
        sec('A1', 'A', 'Biology', '1'),
        sec('A2', 'A', 'Biology', '2'),
        sec('A3', 'A', 'Biology', '3'),
        sec('B1', 'B', 'Chemistry', '1'),
        sec('B2', 'B', 'Chemistry', '2'),
        sec('B4', 'B', 'Chemistry', '4'),
      ],
    });
    const [option] = options(parsed);
    expect(option.found).toBe(false);
    expect(option.kind).toBe('none');
    expect(option.text).toContain(
      'No no-cost schedule change found for a 90-minute block: A, B each teach at least 3 of the 4 periods a day, and the block needs 2 adjacent free periods',
    );
    expect(option.partial).toMatchObject({ day: 'Mon', periods: ['3'], blockMinutes: 50 });
    expect(option.partial!.moves.map((m) => m.text)).toEqual(['move A3 (Biology, A) from period 3 to period 4 (Mon)']);
    expect(option.partial!.text).toContain('cover is then needed for 2 × (90 − 50) = 80 minutes a week');
  });

  it('does not move a class of several periods, and says so', () => {
    // A's only Monday class is a double period, P2-3; B teaches all Tuesday, and only then. Every two-period target (P1-2, P2-3,
    // P3-4) holds P2 or P3, and the double cannot move. A has two free periods (P1, P4), so it is not a matter of
    // capacity; no single period beats today's 50 common minutes, so there is no partial option either.
    const parsed = workbook({
      bell: BELL,
      sections: [
        section({ id: 'A-DBL', course: 'Lab', teachers: ['A'], department: 'Science', meetings: meetings(MON, ['2', '3']) }),
        section({ id: 'B-TUE', course: 'Physics', teachers: ['B'], department: 'Science', meetings: meetings([weekday(2)], ['1', '2', '3', '4']) }),
      ],
    });
    const [option] = options(parsed);
    expect(option.found).toBe(false);
    expect(option.text).toBe(
      'No no-cost schedule change found for a 90-minute block: on Mon, periods 1-2: A-DBL (Lab, A) cannot move: it is a class of several periods or given by clock times.',
    );
    expect(option.partial).toBeUndefined();
  });
});

describe('no-cost block: bounds', () => {
  it('does not search a team of more than 30, and says why', () => {
    // 31 teachers each teaching periods 1-4 on Monday: no common time, and too many timetables to align.
    const parsed = workbook({
      bell: BELL,
      sections: Array.from({ length: 31 }, (_, i) => ['1', '2', '3', '4'].map((p) => sec(`T${i}-${p}`, `T${i}`, 'Biology', p))).flat(),
    });
    const [option] = options(parsed);
    expect(option).toMatchObject({ found: false, kind: 'none', moves: [] });
    expect(option.text).toBe('No schedule change was searched: the team has 31 members (more than 30), so aligning their timetables is a timetable rebuild.');
  });
});

describe('no-cost block: unknown period lengths', () => {
  it('a team with no common period and no known period length is told why no change was searched', () => {
    // No bell schedule and no period length: A teaches P1, B teaches P2 (Monday), so no common period at all.
    const parsed = workbook({ sections: [sec('A1', 'A', 'Biology', '1'), sec('B2', 'B', 'Chemistry', '2')] });
    const [option] = options(parsed);
    expect(option).toMatchObject({ team: 'Science', found: false, kind: 'none' });
    expect(option.text).toBe("No schedule change was searched: without the periods' lengths, whether one gives the block cannot be judged.");
  });
});
