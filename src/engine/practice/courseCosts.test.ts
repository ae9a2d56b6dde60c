import type { ClassSizeRow, Section } from '../types';
import { costPerSection, costPerStudentOf, courseCosts } from './courseCosts';
import { section } from '../analyse/__fixtures__/workbook';
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
