import { analyseSchedule } from './schedule';
import fc from 'fast-check';
import { lowerTrimmed, seatsOf, selfContainedClasses } from './teacherLoad';
import { bell, meetings, MON_FRI, section, settingsWith, staff, t, weekday, workbook } from './__fixtures__/workbook';
import type { MeetingDay, StudentEnrollment } from '../types';

const BELL = [bell('1', t(8), t(8, 50)), bell('2', t(8, 55), t(9, 45)), bell('3', t(9, 50), t(10, 40))];
const MWF = [weekday(1), weekday(3), weekday(5)];

describe('teacher load', () => {
  const parsed = workbook({
    bell: BELL,
    sections: [
      section({ id: 'ENG9-1', course: 'English 9', teachers: ['Smith'], core: true, subject: 'ELA', grade: '9', enrollment: 30, meetings: meetings(MON_FRI, ['1']) }),
      section({ id: 'ENG9-2', course: 'English 9', teachers: ['Smith', 'Lee'], core: true, subject: 'ELA', grade: '9', enrollment: 28, program: 'co-taught', meetings: meetings(MON_FRI, ['2']) }),
      section({ id: 'DRAMA', course: 'Drama', teachers: ['Smith'], subject: 'Arts', grade: '9', enrollment: 20, meetings: meetings(MWF, ['3']) }),
      section({ id: 'PLC', course: 'English PLC', teachers: ['Smith', 'Lee'], collaboration: true, meetings: meetings([weekday(3)], ['3']) }),
    ],
    staff: [staff('Smith', { department: 'English' })],
  });
  const { teachers } = analyseSchedule(parsed, settingsWith(), 'high');

  it('counts sections, seats, preps, periods and bell-schedule minutes per teacher', () => {
    const smith = teachers.find((x) => x.teacher === 'Smith')!;
    // 3 teaching sections (the PLC is collaboration); seats 30 + 28 + 20; English 9 twice + Drama = 2 preps.
    expect(smith.sections).toBe(3);
    expect(smith.seats).toBe(78);
    expect(smith.preps).toBe(2);
    // 5 + 5 + 3 periods of 50 minutes.
    expect(smith.periodsPerCycle).toBe(13);
    expect(smith.minutesPerWeek).toBe(650);
    expect(smith.teachesCore).toBe(true);
    expect(smith.department).toBe('English');
    expect(smith.uniqueStudents).toBeNull();
    expect(smith.heaviestTerm).toBeUndefined();
    expect(smith.sectionIds).toEqual(['ENG9-1', 'ENG9-2', 'DRAMA']);
  });

  it('counts a co-taught section for every teacher on it and takes a department from what they teach', () => {
    const lee = teachers.find((x) => x.teacher === 'Lee')!;
    expect(lee.seats).toBe(28);
    expect(lee.sections).toBe(1);
    expect(lee.periodsPerCycle).toBe(5);
    expect(lee.minutesPerWeek).toBe(250);
    expect(lee.department).toBe('ELA');
  });

  it('reports the heaviest term; a section with no term counts in every term', () => {
    const semesters = workbook({
      sections: [
        section({ id: 'A', teachers: ['Jones'], term: 'S1', enrollment: 30, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'B', teachers: ['Jones'], term: 'S1', enrollment: 25, meetings: meetings(MON_FRI, ['2']) }),
        section({ id: 'C', teachers: ['Jones'], term: 'S2', enrollment: 35, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'D', teachers: ['Jones'], enrollment: 20, meetings: meetings(MON_FRI, ['3']) }),
        section({ id: 'E', teachers: ['Jones'], term: 'Year', enrollment: 10, meetings: meetings(MON_FRI, ['4']) }),
      ],
    });
    const [jones] = analyseSchedule(semesters, settingsWith({ periodMinutes: 50 }), 'high').teachers;
    // S1: 30 + 25 + 20 + 10 = 85; S2: 35 + 20 + 10 = 65.
    expect(jones.heaviestTerm).toBe('S1');
    expect(jones.seats).toBe(85);
    expect(jones.sections).toBe(4);
    expect(jones.periodsPerCycle).toBe(20);
    expect(jones.minutesPerWeek).toBe(1000);
    expect(jones.sectionIds).toHaveLength(5);
  });

  it('counts unique students from a student roster beside the seats', () => {
    const roster = (sectionId: string, ids: string[]): StudentEnrollment[] =>
      ids.map((studentId) => ({ studentId, sectionId, source: { sheet: 'Students', firstRow: 2, lastRow: 2 } }));
    const parsedWithRoster = workbook({
      sections: [
        section({ id: 'X', teachers: ['Ng'], enrollment: 3, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'Y', teachers: ['Ng'], enrollment: 3, meetings: meetings(MON_FRI, ['2']) }),
      ],
      students: [...roster('X', ['a', 'b', 'c']), ...roster('Y', ['b', 'c', 'd'])],
    });
    const [ng] = analyseSchedule(parsedWithRoster, settingsWith(), 'high').teachers;
    expect(ng.seats).toBe(6);
    expect(ng.uniqueStudents).toBe(4);
  });

  it('scales a six-day rotating cycle and A/B days to a five-day week', () => {
    const sixDays: MeetingDay[] = [1, 2, 3, 4, 5, 6].map((day) => ({ kind: 'cycle', day }));
    const parsedCycle = workbook({
      sections: [
        section({ id: 'R', teachers: ['Rot'], enrollment: 20, meetings: meetings(sixDays, ['1'], t(8), t(9)) }),
        section({ id: 'AB', teachers: ['Abe'], enrollment: 20, meetings: meetings([{ kind: 'ab', day: 'A' }], ['1', '2']) }),
      ],
    });
    const result = analyseSchedule(parsedCycle, settingsWith({ periodMinutes: 45 }), 'high').teachers;
    const rot = result.find((x) => x.teacher === 'Rot')!;
    const abe = result.find((x) => x.teacher === 'Abe')!;
    // 6 meetings of 60 minutes in a 6-day cycle: 360 × 5 / 6.
    expect(rot.periodsPerCycle).toBe(6);
    expect(rot.minutesPerWeek).toBe(300);
    // One "1-2" meeting on A days: 2 periods, 2 × 45 = 90 minutes per 2-day cycle, × 5 / 2.
    expect(abe.periodsPerCycle).toBe(2);
    expect(abe.minutesPerWeek).toBe(225);
  });

  it('counts each meeting of a double-booked slot and leaves minutes null when nothing gives them', () => {
    const untimed = workbook({
      sections: [
        section({ id: 'P', teachers: ['PDO'], meetings: meetings([weekday(3)], ['5']) }),
        section({ id: 'Q', teachers: ['PDO'], meetings: meetings([weekday(3)], ['5']) }),
      ],
    });
    const analysis = analyseSchedule(untimed, settingsWith(), 'high');
    expect(analysis.teachers[0].periodsPerCycle).toBe(2);
    expect(analysis.teachers[0].minutesPerWeek).toBeNull();
    const item = analysis.dataCheck.find((d) => d.code === 'minutes-unknown')!;
    expect(item.message).toContain('set the period length');
    expect(item.message).toContain('bell schedule');
  });

  it('takes minutes from a bell schedule with day types and counts a timed meeting by the periods it overlaps', () => {
    const dayTyped = workbook({
      bell: [bell('1', t(8), t(9), 'Mon'), bell('2', t(9), t(10), 'Mon'), bell('1', t(8), t(8, 40), 'Regular'), bell('2', t(8, 45), t(9, 25), 'Regular')],
      sections: [
        section({ id: 'M', teachers: ['Day'], meetings: [...meetings([weekday(1)], ['1']), ...meetings([weekday(2)], ['1'])] }),
        section({ id: 'N', teachers: ['Block'], meetings: [{ day: weekday(1), periods: [], start: t(8), end: t(10) }] }),
      ],
    });
    const teachers2 = analyseSchedule(dayTyped, settingsWith(), 'high').teachers;
    // Monday's own bell gives 60 minutes, Tuesday falls back to the regular bell's 40.
    expect(teachers2.find((x) => x.teacher === 'Day')!.minutesPerWeek).toBe(100);
    const block = teachers2.find((x) => x.teacher === 'Block')!;
    expect(block.periodsPerCycle).toBe(2);
    expect(block.minutesPerWeek).toBe(120);
  });

  it('joins adjacent bell periods across the passing time but not periods apart', () => {
    const parsed2 = workbook({
      bell: BELL,
      sections: [
        section({ id: 'DOUBLE', teachers: ['Dub'], meetings: meetings([weekday(1)], ['1', '2']) }),
        section({ id: 'SPLIT', teachers: ['Spl'], meetings: meetings([weekday(1)], ['1', '3']) }),
      ],
    });
    const result = analyseSchedule(parsed2, settingsWith(), 'high').teachers;
    // 8:00-9:45 runs through the 5-minute passing time: 105 minutes. Periods 1 and 3: 50 + 50.
    expect(result.find((x) => x.teacher === 'Dub')!.minutesPerWeek).toBe(105);
    expect(result.find((x) => x.teacher === 'Spl')!.minutesPerWeek).toBe(100);
    expect(result.find((x) => x.teacher === 'Spl')!.periodsPerCycle).toBe(2);
  });

  it('counts a double period around a break or lunch as its two periods, not the break between them', () => {
    // P1 8:00-8:50, P2 8:55-9:45, break 9:45-10:05, P3 10:05-10:55, P4 11:00-11:50, Lunch 11:50-12:30, P5 12:30-13:20.
    const withBreaks = [
      bell('1', t(8), t(8, 50)), bell('2', t(8, 55), t(9, 45)), bell('3', t(10, 5), t(10, 55)),
      bell('4', t(11), t(11, 50)), bell('Lunch', t(11, 50), t(12, 30)), bell('5', t(12, 30), t(13, 20)),
    ];
    const parsed2 = workbook({
      bell: withBreaks,
      sections: [
        section({ id: 'AROUND-BREAK', teachers: ['Ada'], meetings: meetings(MON_FRI, ['2', '3']) }),
        section({ id: 'AROUND-LUNCH', teachers: ['Ada'], meetings: meetings(MWF, ['4', '5']) }),
        section({ id: 'BY-TIME', teachers: ['Bo'], meetings: meetings(MON_FRI, [], t(11), t(13, 20)) }),
      ],
    });
    const result = analyseSchedule(parsed2, settingsWith(), 'high').teachers;
    // Ada: 5 × (50 + 50) + 3 × (50 + 50) = 800 minutes a week, in 5 × 2 + 3 × 2 = 16 periods.
    expect(result.find((x) => x.teacher === 'Ada')).toMatchObject({ minutesPerWeek: 800, periodsPerCycle: 16 });
    // Bo, 11:00-13:20 daily less lunch: 5 × (140 - 40) = 500 minutes, in periods 4 and 5.
    expect(result.find((x) => x.teacher === 'Bo')).toMatchObject({ minutesPerWeek: 500, periodsPerCycle: 10 });
  });

  it('counts only the timed meetings when some have no length, and says whose minutes are partial', () => {
    const partly = workbook({
      sections: [
        section({ id: 'T', teachers: ['Half'], meetings: meetings([weekday(1)], ['1'], t(8), t(9)) }),
        section({ id: 'U', teachers: ['Half'], meetings: meetings([weekday(2)], ['1']) }),
      ],
    });
    const analysis = analyseSchedule(partly, settingsWith(), 'high');
    expect(analysis.teachers[0]).toMatchObject({ periodsPerCycle: 2, minutesPerWeek: 60 });
    expect(analysis.dataCheck.map((d) => d.code)).toEqual(['minutes-partly-unknown']);
    expect(analysis.dataCheck[0].message).toContain('1 teacher(s) count only their timed meetings: Half.');
  });

  it('counts a self-contained class once: one grade, one room, three or more subjects', () => {
    const homeroom = (id: string, subject: string, enrollment: number, period: string) =>
      section({ id, course: `${subject} Grade 4`, subject, teachers: ['Alvarez'], grade: '4', room: '104', core: true, enrollment, meetings: meetings(MON_FRI, [period]) });
    const parsedHomeroom = workbook({
      sections: [
        homeroom('4B-LIT', 'ELA', 28, '1'),
        homeroom('4B-MATH', 'Math', 28, '2'),
        homeroom('4B-SCI', 'Science', 28, '3'),
        homeroom('4B-SS', 'Social Studies', 28, '4'),
        // A pull-out intervention group of the same class: fewer pupils, still the same children.
        homeroom('4B-RTI', 'ELA', 9, '5'),
        // Art for grade 4 in another room is another class and adds its seats.
        section({ id: '4A-ART', subject: 'Art', teachers: ['Alvarez'], grade: '4', room: 'Art Room', enrollment: 27, meetings: meetings(MON_FRI, ['6']) }),
      ],
    });
    const [alvarez] = analyseSchedule(parsedHomeroom, settingsWith({ periodMinutes: 45 }), 'elementary').teachers;
    // Homeroom: max(28, 28, 28, 28, 9) = 28, not 121; plus the 27 in Art = 55.
    expect(alvarez.seats).toBe(55);
    expect(alvarez.sections).toBe(6);
    expect(alvarez.seatsKnown).toBeUndefined();
  });

  it('still adds up a secondary teacher who teaches two subjects to one grade in one room', () => {
    const twoSubjects = workbook({
      sections: [
        section({ id: 'B1', subject: 'Science', teachers: ['Kim'], grade: '9', room: '210', enrollment: 30, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'B2', subject: 'Science', teachers: ['Kim'], grade: '9', room: '210', enrollment: 31, meetings: meetings(MON_FRI, ['2']) }),
        section({ id: 'H1', subject: 'Health', teachers: ['Kim'], grade: '9', room: '210', enrollment: 29, meetings: meetings(MON_FRI, ['3']) }),
      ],
    });
    const [kim] = analyseSchedule(twoSubjects, settingsWith(), 'high').teachers;
    expect(kim.seats).toBe(90);
  });

  it('counts subjects as trimmed and lower-cased, and only among sections of one grade and room, for a self-contained class', () => {
    const at = (id: string, subject: string, grade: string, enrollment: number, period: string) =>
      section({ id, subject, teachers: ['Ng'], grade, room: '12', enrollment, meetings: meetings(MON_FRI, [period]) });
    // Three subjects as written, two once trimmed and lower-cased: not a class, so 20 + 21 + 22 = 63.
    const asWritten = workbook({ sections: [at('A', 'Math', '3', 20, '1'), at('B', 'math ', '3', 21, '2'), at('C', 'Reading', '3', 22, '3')] });
    expect(analyseSchedule(asWritten, settingsWith(), 'elementary').teachers[0].seats).toBe(63);
    // Three subjects across two grades: no grade has three, so 20 + 21 + 22 = 63 again.
    const twoGrades = workbook({ sections: [at('A', 'Math', '3', 20, '1'), at('B', 'Science', '3', 21, '2'), at('C', 'Reading', '4', 22, '3')] });
    expect(analyseSchedule(twoGrades, settingsWith(), 'elementary').teachers[0].seats).toBe(63);
    // Three subjects in grade 3: one class of max(20, 21, 22) = 22 seats.
    const oneClass = workbook({ sections: [at('A', 'Math', '3', 20, '1'), at('B', 'Science', '3', 21, '2'), at('C', 'Reading', '3', 22, '3')] });
    expect(analyseSchedule(oneClass, settingsWith(), 'elementary').teachers[0].seats).toBe(22);
  });

  it('marks seats unknown, not zero, when no section gives an enrollment', () => {
    const noEnrollment = workbook({
      sections: [
        section({ id: 'Ma-10S', course: 'Ma-10S', teachers: ['Abbott'], grade: '10', meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'Ma-10T', course: 'Ma-10T', teachers: ['Abbott'], grade: '10', meetings: meetings(MON_FRI, ['2']) }),
      ],
    });
    const [abbott] = analyseSchedule(noEnrollment, settingsWith(), 'high').teachers;
    expect(abbott.seats).toBe(0);
    expect(abbott.seatsKnown).toBe(false);
  });

  it('counts class sets of one subject and year as one prep ("Ma-10S" and "Ma-10T"), other course names as written', () => {
    const sets = workbook({
      sections: [
        section({ id: 'A', course: 'Ma-10S', teachers: ['Abbott'], grade: '10', meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'B', course: 'Ma-10T', teachers: ['Abbott'], grade: '10', meetings: meetings(MON_FRI, ['2']) }),
        section({ id: 'C', course: 'Ma-11S', teachers: ['Abbott'], grade: '11', meetings: meetings(MON_FRI, ['3']) }),
        section({ id: 'D', course: 'Fr-10g1', teachers: ['Abbott'], grade: '10', meetings: meetings(MON_FRI, ['4']) }),
        // A course number is content, not a set: it stays its own prep.
        section({ id: 'E', course: 'MATH-101', teachers: ['Abbott'], grade: '10', meetings: meetings(MON_FRI, ['5']) }),
        section({ id: 'F', course: 'MATH-102', teachers: ['Abbott'], grade: '10', meetings: meetings(MON_FRI, ['6']) }),
      ],
    });
    const [abbott] = analyseSchedule(sets, settingsWith(), 'high').teachers;
    // ma|10, ma|11, fr|10, math-101, math-102.
    expect(abbott.preps).toBe(5);
    expect(abbott.sections).toBe(6);
  });

  it('keys a remembered prep by the course and its grade: one course text in two grades is two preps, in one grade one', () => {
    // The same course text is read for Abbott's and then Baker's sections; the prep keys are remembered between them.
    const sets = workbook({
      sections: [
        section({ id: 'A', course: 'Ma-10S', teachers: ['Abbott'], grade: '10', department: 'Maths', meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'B', course: 'Ma-10S', teachers: ['Abbott'], grade: '10', department: 'Maths', meetings: meetings(MON_FRI, ['2']) }),
        section({ id: 'C', course: 'Ma-10S', teachers: ['Baker'], grade: '10', department: 'Maths', meetings: meetings(MON_FRI, ['1']) }),
        // A set of year 10 written on a grade 11 row is its own course: "ma-10s" as written.
        section({ id: 'D', course: 'Ma-10S', teachers: ['Baker'], grade: '11', department: 'Science', meetings: meetings(MON_FRI, ['2']) }),
        section({ id: 'E', course: 'Ma-10S', teachers: ['Baker'], department: 'Science', meetings: meetings(MON_FRI, ['3']) }),
      ],
    });
    const [abbott, baker] = analyseSchedule(sets, settingsWith(), 'high').teachers;
    // Abbott: ma|10 twice = 1 prep, every section in Maths. Baker: ma|10, ma-10s (grade 11 and no grade) = 2 preps;
    // departments Maths once, Science twice, so Science.
    expect([abbott.teacher, abbott.preps, abbott.department]).toEqual(['Abbott', 1, 'Maths']);
    expect([baker.teacher, baker.preps, baker.department]).toEqual(['Baker', 2, 'Science']);
  });

  it('knows when every section is led by its one teacher under an ID no other section has, and only then', () => {
    const ledBy = (sections: ReturnType<typeof section>[]) => {
      const parsed = workbook({ sections });
      return analyseSchedule(parsed, settingsWith(), 'high').everySectionLedAlone;
    };
    const one = (id: string, teachers: string[]) => section({ id, teachers, enrollment: 20, meetings: meetings(MON_FRI, ['1']) });
    expect(ledBy([one('A1', ['Ames']), one('A2', ['Ames']), one('B1', ['Berg'])])).toBe(true);
    // IDs out of order might repeat further on: not known, so false.
    expect(ledBy([one('B1', ['Berg']), one('A1', ['Ames'])])).toBe(false);
    // The same ID twice (two parts of a split schedule).
    expect(ledBy([one('A1', ['Ames']), one('A1', ['Berg'])])).toBe(false);
    // A co-taught section: its second teacher does not lead it.
    expect(ledBy([one('A1', ['Ames', 'Berg'])])).toBe(false);
    // Teachers named per meeting.
    const perMeeting = section({ id: 'A1', teachers: ['Ames'], enrollment: 20, meetings: meetings(MON_FRI, ['1']).map((m) => ({ ...m, teachers: ['Berg'] })) });
    expect(ledBy([perMeeting])).toBe(false);
  });

  it('takes the department named most, a tie going to the one that reached the count first', () => {
    const tie = workbook({
      sections: ['Arts', 'Music', 'Music', 'Arts'].map((department, i) =>
        section({ id: `S${i}`, course: `Course ${i}`, teachers: ['Cole'], department, meetings: meetings(MON_FRI, [String(i + 1)]) }),
      ),
    });
    const [cole] = analyseSchedule(tie, settingsWith(), 'high').teachers;
    // Arts 1, Music 1, Music 2 (the first to reach two), Arts 2: Music.
    expect(cole.department).toBe('Music');
  });
});

describe('teacher load: who teaches each meeting', () => {
  it('counts for a teacher on a section with per-meeting teachers only their own meetings, and every meeting of their solo sections', () => {
    // Solo: Mon-Fri period 1 (5 meetings of 50 minutes). Shared: Mon and Tue period 2, Mon taught by Patel, Tue by Quinn.
    const shared = [
      { day: weekday(1), periods: ['2'], teachers: ['Patel'] },
      { day: weekday(2), periods: ['2'], teachers: ['Quinn'] },
    ];
    const parsed = workbook({
      bell: BELL,
      sections: [
        section({ id: 'SOLO', teachers: ['Patel'], enrollment: 20, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'TURNS', teachers: ['Patel', 'Quinn'], enrollment: 24, meetings: shared }),
        section({ id: 'ALONE', teachers: ['Rees'], enrollment: 18, meetings: meetings(MON_FRI, ['3']) }),
      ],
    });
    const { teachers } = analyseSchedule(parsed, settingsWith(), 'high');
    const of = (name: string) => teachers.find((x) => x.teacher === name)!;
    // Patel: 5 solo meetings + Monday of TURNS = 6 periods, 6 × 50 = 300 minutes.
    expect([of('Patel').periodsPerCycle, of('Patel').minutesPerWeek]).toEqual([6, 300]);
    // Quinn: Tuesday of TURNS alone, 1 × 50 minutes.
    expect([of('Quinn').periodsPerCycle, of('Quinn').minutesPerWeek]).toEqual([1, 50]);
    // Rees leads ALONE by themselves: all 5 meetings, 250 minutes, and no co-taught seats.
    expect([of('Rees').periodsPerCycle, of('Rees').minutesPerWeek, of('Rees').coTaughtSeats]).toEqual([5, 250, undefined]);
    // Per-meeting teachers take turns, so neither is a second adult: both count the 24 seats of TURNS.
    expect([of('Patel').seats, of('Quinn').seats]).toEqual([44, 24]);
  });
});

describe('self-contained classes of a teacher\'s handful of sections', () => {
  const at = (id: string, subject: string, grade: string | undefined, room: string | undefined, enrollment?: number) =>
    section({ id, subject, teachers: ['Ito'], grade, room, enrollment, meetings: meetings(MON_FRI, ['1']) });

  it('groups interleaved sections by trimmed, lower-cased grade and room, in the order each class is first seen', () => {
    const sections = [
      at('M3', 'Math', '3', 'A', 20),
      at('M4', 'Math', '4', 'B', 25),
      at('S3', 'Science', '3', 'a', 21),
      at('S4', 'Science', '4 ', 'b', 24),
      at('R3', 'Reading', ' 3', 'A ', 22),
      at('A4', 'Art', '4', 'B', 26),
      // No grade: never part of a class.
      at('X', 'Music', undefined, 'A', 30),
    ];
    expect(selfContainedClasses(sections).map((list) => list.map((s) => s.id))).toEqual([
      ['M3', 'S3', 'R3'],
      ['M4', 'S4', 'A4'],
    ]);
    // Each class once at its largest section, then the section outside them: 22 + 26 + 30 = 78.
    expect(seatsOf(sections)).toEqual({ seats: 78, seatsKnown: true });
  });

  it('needs three subjects once trimmed and lower-cased, however many sections a grade and room has', () => {
    // Four sections of grade 5 in room 9, but "Math", "math " and "MATH" are one subject: two subjects, no class.
    const sections = [at('A', 'Math', '5', '9', 10), at('B', 'math ', '5', '9', 11), at('C', 'Science', '5', '9', 12), at('D', 'MATH', '5', '9', 13)];
    expect(selfContainedClasses(sections)).toEqual([]);
    // 10 + 11 + 12 + 13 = 46.
    expect(seatsOf(sections).seats).toBe(46);
  });

  it('keeps a class\'s seats known when one of its sections gives an enrollment, and unknown when none does', () => {
    const someKnown = [at('A', 'Math', '2', '1'), at('B', 'Science', '2', '1', 18), at('C', 'Reading', '2', '1')];
    expect(seatsOf(someKnown)).toEqual({ seats: 18, seatsKnown: true });
    const noneKnown = [at('A', 'Math', '2', '1'), at('B', 'Science', '2', '1'), at('C', 'Reading', '2', '1'), at('D', 'Art', '3', '1', 15)];
    // The class counts 0 and makes the total unknown; the grade-3 section adds its 15.
    expect(seatsOf(noneKnown)).toEqual({ seats: 15, seatsKnown: false });
  });
});

describe('lowerTrimmed', () => {
  it('is text.trim().toLowerCase() for any text', () => {
    const samples = ['', '10', 'b12', 'Art Room', ' 3', '3 ', '\t4\n', 'K', 'grade\u00a0', '\u00c9cole', 'x\u2003', 'a\u0000'];
    for (const text of samples) expect(lowerTrimmed(text)).toBe(text.trim().toLowerCase());
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => lowerTrimmed(text) === text.trim().toLowerCase()));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\t', '1', '\u00a0', '\u0130', '-') }), (text) => lowerTrimmed(text) === text.trim().toLowerCase()));
  });
});

describe("a teacher's figures keep one key order, the order the JSON output writes", () => {
  // One literal builds every teacher, its optional keys spread in place: a change that builds the usual teacher apart
  // (for speed, as was tried) must still put the optional keys beside the figures they qualify.
  it('writes the usual keys in order, and seatsKnown and coTaughtSeats right after the seats and students they qualify', () => {
    const parsed = workbook({
      sections: [
        section({ id: 'A', teachers: ['Usual'], enrollment: 30, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'B', teachers: ['Lead', 'Second'], enrollment: 25, program: 'co-taught', meetings: meetings(MON_FRI, ['2']) }),
        section({ id: 'C', teachers: ['Unknown'], meetings: meetings(MON_FRI, ['3']) }),
      ],
    });
    const { teachers } = analyseSchedule(parsed, settingsWith({ periodMinutes: 50 }), 'high');
    const keys = (name: string) => Object.keys(JSON.parse(JSON.stringify(teachers.find((x) => x.teacher === name))));
    const usual = ['teacher', 'sections', 'seats', 'uniqueStudents', 'preps', 'periodsPerCycle', 'minutesPerWeek', 'teachesCore', 'sectionIds', 'rows'];
    expect(keys('Usual')).toEqual(usual);
    expect(keys('Lead')).toEqual(usual);
    // Second is the second adult in B: its 25 seats are co-taught seats, written after uniqueStudents.
    expect(keys('Second')).toEqual(['teacher', 'sections', 'seats', 'uniqueStudents', 'coTaughtSeats', ...usual.slice(4)]);
    expect(teachers.find((x) => x.teacher === 'Second')!.coTaughtSeats).toBe(25);
    // No enrollment at all: seats 0 with seatsKnown false, written right after seats.
    expect(keys('Unknown')).toEqual(['teacher', 'sections', 'seats', 'seatsKnown', 'uniqueStudents', ...usual.slice(4)]);
  });
});
