import type { ClassSizeRow, Section } from '../types';
import { costPerSection, costPerStudentMinute, costPerStudentOf, courseCosts } from './courseCosts';
import { meetings, MON_FRI, section, settingsWith, workbook } from '../analyse/__fixtures__/workbook';
import { studentMinutesByGroup } from '../analyse/studentMinutes';
import { createClock } from '../analyse/meetingTime';
import type { LeverBasis } from './scheduleLevers';

const BASIS: LeverBasis = { averageTeacherCost: 96_000, fullTimeSections: 5, fullTimeMinutesPerWeek: 1375 };
const row = (sectionId: string, course: string, enrollment: number): ClassSizeRow => ({ sectionId, course, program: 'general', teachers: ['T'], enrollment, source: { sheet: 'S', firstRow: 2, lastRow: 2 } });
const SECTIONS: Section[] = [section({ id: 'E1', teachers: ['T'], core: true }), section({ id: 'E2', teachers: ['T'], core: true }), section({ id: 'B1', teachers: ['T'] })];
const ROWS = [row('E1', 'English 7', 26), row('E2', 'English 7', 26), row('B1', 'Jazz Band', 8)];

describe('cost per section and per student by course', () => {
  it('a section costs average teacher cost / sections per full-time teacher: $96,000 / 5 = $19,200', () => {
    expect(costPerSection(BASIS)).toBe(19_200);
    expect(costPerSection({ ...BASIS, averageTeacherCost: null })).toBeNull();
  });

  it('a band of 8 costs $2,400 a student; English at 26 a section $738; core against the rest', () => {
    const costs = courseCosts(ROWS, SECTIONS, BASIS);
    // Jazz Band: 19,200 / 8 = 2,400. English 7: 2 × 19,200 / 52 = 738.46.
    expect(costs.map((c) => [c.course, c.sections, c.students, c.core, Math.round(c.costPerStudent * 100) / 100])).toEqual([
      ['Jazz Band', 1, 8, false, 2_400],
      ['English 7', 2, 52, true, 738.46],
    ]);
    expect(costPerStudentOf(costs)).toBeCloseTo((3 * 19_200) / 60, 10); // $960
    expect(courseCosts(ROWS, SECTIONS, { ...BASIS, fullTimeSections: null })).toEqual([]);
  });
});

describe('core against electives per student-minute', () => {
  it('prices teacher time per teaching minute over the student-minutes it gives', () => {
    const parsed = workbook({
      sections: [
        section({ id: 'E1', teachers: ['T'], core: true, enrollment: 26, meetings: meetings(MON_FRI, ['1']) }),
        section({ id: 'B1', teachers: ['U'], enrollment: 8, meetings: meetings(MON_FRI, ['2']) }),
        // Co-taught: two teachers' time for 20 students.
        section({ id: 'E2', teachers: ['T', 'V'], core: true, enrollment: 20, meetings: meetings(MON_FRI, ['3']) }),
        // Left out: no enrollment; special education is not an elective.
        section({ id: 'X1', teachers: ['U'], meetings: meetings(MON_FRI, ['4']) }),
        section({ id: 'S1', teachers: ['W'], program: 'special education', enrollment: 10, meetings: meetings(MON_FRI, ['4']) }),
      ],
    });
    const groups = studentMinutesByGroup(parsed.sections, createClock(parsed, settingsWith({ periodMinutes: 55 })));
    // Each section meets 5 × 55 = 275 minutes a week. Core: students 26 × 275 + 20 × 275 = 12,650; teachers 275 + 2 × 275 = 825.
    // Electives: students 8 × 275 = 2,200; teachers 275; X1 left out.
    expect(groups).toEqual([
      { group: 'core', sections: 2, studentMinutesPerWeek: 12_650, teacherMinutesPerWeek: 825, leftOut: 0 },
      { group: 'electives', sections: 1, studentMinutesPerWeek: 2_200, teacherMinutesPerWeek: 275, leftOut: 1 },
    ]);
    const costs = costPerStudentMinute(groups, BASIS);
    // A teaching minute costs $96,000 / (1,375 × 36) = $1.9394. Core: 825 × 36 × 1.9394 / (12,650 × 36) = $0.1265;
    // electives: 275 / 2,200 × 1.9394 = $0.2424 — a band of 8 costs about twice as much per student-minute.
    expect(costs.map((c) => [c.group, Math.round(c.costPerStudentMinute * 10_000) / 10_000])).toEqual([
      ['core', 0.1265],
      ['electives', 0.2424],
    ]);
    expect(costPerStudentMinute(groups, { ...BASIS, averageTeacherCost: null })).toEqual([]);
  });
});
