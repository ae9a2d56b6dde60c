import { analyseSchedule } from '../analyse/schedule';
import { scheduleFlags } from './scheduleFlags';
import { leverBasis } from './scheduleLevers';
import { meetings, MON_FRI, section, settingsWith, t, workbook } from '../analyse/__fixtures__/workbook';
import type { EnrollmentRow, Section } from '../types';

const enrolment = (grade: string, students: number): EnrollmentRow => ({ grade, students, source: { sheet: 'Enrollment', firstRow: 2, lastRow: 2 } });
const block = (id: string, subject: string, start: number, end: number): Section =>
  section({ id, teachers: ['H'], subject, grade: '1', room: '101', enrollment: 20, meetings: meetings(MON_FRI, [], start, end) });

function flagsOf(sections: Section[]) {
  const parsed = workbook({ sections, enrollment: [enrolment('1', 20)] });
  const settings = settingsWith();
  const analysis = analyseSchedule(parsed, settings, 'elementary');
  return scheduleFlags(analysis, parsed, settings, 'elementary', leverBasis(analysis.teachers, parsed, 95_000)).filter((f) => f.measure.startsWith('Elementary'));
}

describe('elementary literacy and math: the longest uninterrupted block per class and day', () => {
  it('flags math split by lunch (30 + 30) though the day holds 60 minutes of it', () => {
    const flags = flagsOf([
      block('LIT-1', 'ELA', t(8), t(9, 30)), // 90 minutes
      block('MATH-1', 'Math', t(9, 30), t(10)), // 30
      block('SCI-1', 'Science', t(10), t(10, 30)),
      block('MATH-2', 'Math', t(11, 10), t(11, 40)), // 30, after a 40-minute lunch
    ]);
    // Old measure: 60 minutes of math a day, no flag. By block: 30 on each of 5 days.
    expect(flags.map((f) => f.id)).toEqual(['elementary-math:1']);
    const [math] = flags;
    expect(math.value).toBe(30);
    expect(math.threshold).toBe(60);
    expect(math.finding).toBe(
      "Grade 1: 5 of 5 class-days have no uninterrupted 60-minute block of math; a typical class's longest block is 30 minutes (H (LIT-1), Mon: 30 + 30 minutes).",
    );
    expect(math.rows).toHaveLength(2);
    expect(math.lever!.text).toContain('judged by the longest block per class and day');
  });

  it('joins pieces across passing time: 9:30-10:00 and 10:05-10:35 are one 65-minute block', () => {
    const flags = flagsOf([
      block('LIT-1', 'ELA', t(8), t(9, 30)),
      block('MATH-1', 'Math', t(9, 30), t(10)),
      block('MATH-2', 'Math', t(10, 5), t(10, 35)),
      block('SCI-1', 'Science', t(10, 35), t(11)),
    ]);
    expect(flags).toEqual([]);
  });
});
