import { flagById, flagIds, reviewCaseStudy } from './reviewCaseStudy';
import type { ReviewResult } from '../../src/engine/types';

// Juniper Hollow Middle School: grade teams with one common period, a half-time coach, one counselor.
let result: ReviewResult;
beforeAll(async () => {
  result = await reviewCaseStudy('middle-school.xlsx');
});

describe('Juniper Hollow Middle School (fictional case study)', () => {
  it('is read as a middle school', () => {
    expect(result.school.level).toBe('middle');
    // Grades of 134, 129 and 121 (cohorts of 23 to 28) = 384; 23 teachers with sections (grade 8 science shared
    // with a 0.4 part-timer). Each grade's core teacher teaches the whole grade: the highest load is grade 6's 134.
    expect(result.keyFigures).toMatchObject({ students: 384, teachers: 23, highestCoreLoad: 134, teamsWith90MinuteBlock: 0 });
  });

  it('grade teams share one 55-minute period a day, never 90 minutes', () => {
    const grades = result.collaboration.filter((t) => t.team.startsWith('Grade'));
    expect(grades.map((t) => [t.team, t.longestBlockMinutes, t.commonMinutesPerWeek])).toEqual([
      ['Grade 6 Team', 55, 275],
      ['Grade 7 Team', 55, 275],
      ['Grade 8 Team', 55, 275],
    ]);
    expect(flagById(result, 'collaboration:Grade 6 Team').severity).toBe('warning');
    expect(flagById(result, 'coaching-without-common-time').value).toBe(55_000);
  });

  it('electives against core per student-minute: co-taught core sections cost more per student-minute than electives', () => {
    // Every section meets 5 × 55 = 275 minutes a week; a full-time teacher teaches 5 of them, 1,375 minutes.
    // Core: 63 sections (10 co-taught: 73 teachers' sections = 20,075 teacher-minutes = 14.6 FTE), 437,525
    // student-minutes a week (384 students × 4 core × 275 + 55 in reading support × 275). The average teacher cost:
    // 20 FTE × $96,000 (9.4 + 3 regular, the 0.4 science part-timer among them, 0.6 reading, 6 electives) + 2
    // special-education × $99,000 = $2,118,000 / 22 = $96,272.73. Core: 14.6 × $96,272.73 = $1,405,582 a year /
    // (437,525 × 36) = $0.0892 a student-minute. Electives: 384 × 2 × 275 − 55 × 275 = 196,075 student-minutes;
    // 30 sections = 8,250 teacher-minutes = 6 FTE = $577,636 / (196,075 × 36) = $0.0818.
    expect(result.costPerStudentMinute!.map((c) => [c.group, c.sections, c.studentMinutesPerWeek, Math.round(c.costPerStudentMinute * 10_000) / 10_000])).toEqual([
      ['core', 63, 437_525, 0.0892],
      ['electives', 30, 196_075, 0.0818],
    ]);
  });

  it('core loads around 130: warnings, not critical', () => {
    expect(flagById(result, 'core-load:English').severity).toBe('warning');
    expect(result.flags.filter((f) => f.id.startsWith('core-load:') && f.severity === 'critical')).toEqual([]);
  });

  it('coaching below the LAUSD middle-school reference point, as information: the lever is common time, not money', () => {
    // $55,000 / 22.0 teacher FTE = $2,500.
    const flag = flagById(result, 'coach-spending');
    expect(flag).toMatchObject({ severity: 'info', value: 2_500, threshold: 2_800 });
    expect(flag.finding).toContain('below the LAUSD middle-school reference point of $2,800');
    expect(flag.lever).toBeUndefined();
    expect(flagById(result, 'coaching-without-common-time').lever?.text).toBeTruthy();
  });

  it('one counselor for 384 students; aides within the benchmark', () => {
    expect(flagById(result, 'counselor-ratio')).toMatchObject({ value: 384, lever: { cost: 104_000, fte: 1 } });
    expect(result.budget?.spedStudentsPerAide).toBe(14); // 42 / 3
    expect(flagIds(result)).not.toContain('sped-aides');
  });
});
