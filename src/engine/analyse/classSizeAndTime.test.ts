import fc from 'fast-check';
import { analyseSchedule } from './schedule';
import { bell, meetings, MON_FRI, section, settingsWith, t, weekday, workbook } from './__fixtures__/workbook';
import type { EnrollmentRow, Section, StudentEnrollment } from '../types';

const BELL = [bell('1', t(8), t(8, 50)), bell('2', t(8, 55), t(9, 45)), bell('3', t(9, 50), t(10, 40)), bell('4', t(10, 45), t(11, 35))];
const enrolment = (grade: string, students: number): EnrollmentRow => ({ grade, students, source: { sheet: 'Enrollment', firstRow: 2, lastRow: 2 } });

describe('class size', () => {
  it('lists sections with enrollment and groups them by subject, grade and program', () => {
    const parsed = workbook({
      sections: [
        section({ id: 'M1', teachers: ['A'], subject: 'Math', grade: '9', enrollment: 30 }),
        section({ id: 'M2', teachers: ['B', 'C'], subject: 'Math', grade: '10', enrollment: 24, program: 'co-taught' }),
        section({ id: 'E1', teachers: ['D'], subject: 'ELA', grade: '9', enrollment: 12, program: 'special education' }),
        section({ id: 'X', teachers: ['E'], grade: '9' }),
        section({ id: 'PLC', teachers: ['A', 'B'], collaboration: true, enrollment: 2 }),
      ],
    });
    const { classSizes, classSizeGroups } = analyseSchedule(parsed, settingsWith(), 'high');
    expect(classSizes.map((c) => c.sectionId)).toEqual(['M1', 'M2', 'E1']);
    expect(classSizeGroups).toEqual([
      { by: 'subject', group: 'ELA', sections: 1, average: 12, min: 12, max: 12 },
      { by: 'subject', group: 'Math', sections: 2, average: 27, min: 24, max: 30 },
      { by: 'grade', group: '9', sections: 2, average: 21, min: 12, max: 30 },
      { by: 'grade', group: '10', sections: 1, average: 24, min: 24, max: 24 },
      { by: 'program', group: 'co-taught', sections: 1, average: 24, min: 24, max: 24 },
      { by: 'program', group: 'general', sections: 1, average: 30, min: 30, max: 30 },
      { by: 'program', group: 'special education', sections: 1, average: 12, min: 12, max: 12 },
    ]);
  });
});

describe('minutes per subject', () => {
  const grade9: Section[] = [
    section({ id: 'ELA-A', teachers: ['A'], subject: 'ELA', grade: '9', enrollment: 30, meetings: meetings(MON_FRI, ['1']) }),
    section({ id: 'ELA-B', teachers: ['A'], subject: 'ELA', grade: '9', enrollment: 30, meetings: meetings(MON_FRI, ['2']) }),
    section({ id: 'MA-A', teachers: ['B'], subject: 'Math', grade: '9', enrollment: 30, meetings: meetings(MON_FRI, ['2']) }),
    section({ id: 'MA-B', teachers: ['B'], subject: 'Math', grade: '9', enrollment: 30, meetings: meetings(MON_FRI, ['1']) }),
    section({ id: 'SCI', teachers: ['C'], subject: 'Science', grade: '9', enrollment: 60, meetings: meetings([weekday(1), weekday(3), weekday(5)], ['3']) }),
    section({ id: 'ART-A', teachers: ['D'], subject: 'Art', grade: '9', enrollment: 30, meetings: meetings([weekday(2), weekday(4)], ['3']) }),
    section({ id: 'ART-B', teachers: ['D'], subject: 'Art', grade: '9', enrollment: 30, meetings: meetings([weekday(2), weekday(4)], ['4']) }),
  ];

  it('weighs each section by its students and divides by the grade enrollment', () => {
    const analysis = analyseSchedule(workbook({ bell: BELL, sections: grade9, enrollment: [enrolment('09', 60)] }), settingsWith(), 'high');
    // ELA: 2 × 30 students × 250 min / 60 = 250; Math 250; Science 60 × 150 / 60 = 150; Art 2 × 30 × 100 / 60 = 100.
    const minutes = Object.fromEntries(analysis.timeBySubject.map((r) => [r.subject, r.minutesPerWeek]));
    expect(minutes).toEqual({ Art: 100, ELA: 250, Math: 250, Science: 150 });
    expect(analysis.timeBySubject.find((r) => r.subject === 'ELA')!.share).toBeCloseTo(250 / 750, 10);
    expect(analysis.coreShare).toEqual([{ grade: '9', totalMinutesPerWeek: 750, elaMathMinutesPerWeek: 500, elaMathShare: 500 / 750 }]);
  });

  it('without an enrollment profile, counts the grade from the student roster', () => {
    const roster: StudentEnrollment[] = Array.from({ length: 40 }, (_, i) => ({
      studentId: `s${i}`,
      sectionId: 'ELA-A',
      source: { sheet: 'Students', firstRow: i + 2, lastRow: i + 2 },
    }));
    const analysis = analyseSchedule(workbook({ bell: BELL, sections: grade9, students: roster }), settingsWith(), 'high');
    // 40 distinct students in grade 9 sections: ELA = 2 × 30 × 250 / 40.
    expect(analysis.timeBySubject.find((r) => r.subject === 'ELA')!.minutesPerWeek).toBe(375);
  });

  it('counts a year-long section in every term\'s busiest slot, with whole and with fractional enrollments', () => {
    const peakOf = (yearLong: number) => {
      const sections = [
        section({ id: 'Y', teachers: ['A'], subject: 'ELA', grade: '10', enrollment: yearLong, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'F1', teachers: ['B'], subject: 'Math', grade: '10', term: 'S1', enrollment: 15, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'F2', teachers: ['C'], subject: 'Math', grade: '10', term: 'S2', enrollment: 25, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'F3', teachers: ['D'], subject: 'Art', grade: '10', term: 'S1', enrollment: 30, meetings: meetings(MON_FRI, ['2']) }),
      ];
      const analysis = analyseSchedule(workbook({ bell: BELL, sections }), settingsWith(), 'high');
      return analysis.dataCheck.find((d) => d.code === 'grade-students-estimated')!.message;
    };
    // Period 1: S1 holds 15 + the year-long 20 = 35, S2 holds 25 + 20 = 45; period 2 in S1 holds 30. Busiest: 45.
    expect(peakOf(20)).toContain('(45)');
    // A fractional enrollment takes the section-by-section path: 25 + 20.5 = 45.5.
    expect(peakOf(20.5)).toContain('(45.5)');
  });

  it('without enrollment or roster, divides by the most seats the grade fills at one time, and says so', () => {
    const analysis = analyseSchedule(workbook({ bell: BELL, sections: grade9 }), settingsWith(), 'high');
    // Periods 1 and 2 hold ELA 30 + Math 30 = 60 students every day: the grade has 60 students.
    expect(analysis.timeBySubject.find((r) => r.subject === 'Science')!.minutesPerWeek).toBe(150);
    expect(analysis.dataCheck.find((d) => d.code === 'grade-students-estimated')!.message).toContain('(60)');
  });

  it('averages part-year sections over the terms', () => {
    const parsed = workbook({
      bell: BELL,
      enrollment: [enrolment('11', 20)],
      sections: [
        section({ id: 'ELA11', teachers: ['A'], subject: 'ELA', grade: '11', enrollment: 20, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'HEALTH', teachers: ['B'], subject: 'Health', grade: '11', term: 'S1', enrollment: 20, meetings: meetings(MON_FRI, ['2']) }),
        section({ id: 'ART', teachers: ['C'], subject: 'Art', grade: '11', term: 'S2', enrollment: 20, meetings: meetings(MON_FRI, ['2']) }),
      ],
    });
    const minutes = Object.fromEntries(analyseSchedule(parsed, settingsWith(), 'high').timeBySubject.map((r) => [r.subject, r.minutesPerWeek]));
    expect(minutes).toEqual({ Art: 125, ELA: 250, Health: 125 });
  });

  it('gives an elementary self-contained classroom its minutes from the day blocks', () => {
    const parsed = workbook({
      enrollment: [enrolment('K', 20)],
      sections: [
        section({ id: 'K1-ELA', teachers: ['Kim'], subject: 'ELA', grade: 'K', enrollment: 20, meetings: meetings(MON_FRI, [], t(8), t(9, 30)) }),
        section({ id: 'K1-MATH', teachers: ['Kim'], subject: 'Math', grade: 'K', enrollment: 20, meetings: meetings(MON_FRI, [], t(9, 45), t(10, 45)) }),
        section({ id: 'K1-SCI', teachers: ['Kim'], subject: 'Science', grade: 'K', enrollment: 20, meetings: meetings(MON_FRI, [], t(11), t(11, 30)) }),
      ],
    });
    const analysis = analyseSchedule(parsed, settingsWith(), 'elementary');
    expect(analysis.timeBySubject.map((r) => [r.subject, r.minutesPerWeek])).toEqual([
      ['ELA', 450],
      ['Math', 300],
      ['Science', 150],
    ]);
    expect(analysis.coreShare[0].elaMathShare).toBeCloseTo(750 / 900, 10);
  });

  it('shares per grade sum to 1 and seats are never below a section enrollment (property)', () => {
    const sectionArb = fc.record({
      teacher: fc.constantFrom('A', 'B', 'C'),
      subject: fc.constantFrom('ELA', 'Math', 'Art', 'Science'),
      grade: fc.constantFrom('6', '7', '8'),
      enrollment: fc.integer({ min: 1, max: 40 }),
      term: fc.constantFrom(undefined, 'S1', 'S2'),
      period: fc.constantFrom('1', '2', '3', '4'),
      days: fc.subarray([1, 2, 3, 4, 5] as const, { minLength: 1 }),
    });
    fc.assert(
      fc.property(fc.array(sectionArb, { minLength: 1, maxLength: 20 }), (rows) => {
        const sections = rows.map((r, i) =>
          section({ id: `S${i}`, teachers: [r.teacher], subject: r.subject, grade: r.grade, enrollment: r.enrollment, term: r.term, meetings: meetings(r.days.map((d) => weekday(d)), [r.period]) }),
        );
        const analysis = analyseSchedule(workbook({ sections }), settingsWith({ periodMinutes: 50 }), 'middle');
        for (const grade of new Set(analysis.timeBySubject.map((r) => r.grade))) {
          const total = analysis.timeBySubject.filter((r) => r.grade === grade).reduce((s, r) => s + r.share, 0);
          expect(total).toBeCloseTo(1, 9);
        }
        for (const teacher of analysis.teachers) {
          const own = sections.filter((s) => s.teachers.includes(teacher.teacher));
          const heaviest = own.filter((s) => s.term === undefined || s.term === teacher.heaviestTerm);
          for (const s of heaviest) expect(teacher.seats).toBeGreaterThanOrEqual(s.enrollment!);
          expect(teacher.seats).toBeGreaterThanOrEqual(Math.max(...own.map((s) => (s.term === undefined ? s.enrollment! : 0))));
        }
      }),
    );
  });
});

describe('adults in the room', () => {
  it('counts every teacher of a section whose meetings name none of their own, the most named at once otherwise, at least 1', () => {
    const parsed = workbook({
      sections: [
        // No meetings: both teachers, 30 / 2 = 15.
        section({ id: 'NONE', teachers: ['Ames', 'Bell'], enrollment: 30, meetings: [] }),
        // No teacher at all: still one adult, 12 / 1.
        section({ id: 'NOBODY', teachers: [], enrollment: 12, meetings: meetings(MON_FRI, ['1']) }),
        // Meetings name their own: Monday 3 adults, Tuesday 1, so 3 at most, 27 / 3 = 9.
        section({
          id: 'TEAM',
          teachers: ['Ames'],
          enrollment: 27,
          meetings: [
            { day: weekday(1), periods: ['2'], teachers: ['Ames', 'Bell', 'Cruz'] },
            { day: weekday(2), periods: ['2'], teachers: ['Bell'] },
          ],
        }),
      ],
    });
    const { classSizes } = analyseSchedule(parsed, settingsWith(), 'high');
    expect(classSizes.map((r) => [r.sectionId, r.adults, r.groupSize])).toEqual([
      ['NONE', 2, 15],
      ['NOBODY', 1, 12],
      ['TEAM', 3, 9],
    ]);
  });
});
