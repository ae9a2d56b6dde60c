import type { BudgetLine, ClassSizeRow, EnrollmentRow } from '../types';
import { analyseBudget } from './budget';
import { budgetByUseSheet } from '../report/budgetSheet';
import { defaultSettings } from '../settings/defaults';
import { workbook } from './__fixtures__/workbook';
import type { ScheduleAnalysis } from './schedule';

const src = { sheet: 'S', firstRow: 2, lastRow: 2 };
const teacher: BudgetLine = { description: 'Regular Teacher', use: 'Core classroom teachers', useMatched: true, amount: 500_000, fte: 5, locked: false, source: src };
const size = (enrollment: number): ClassSizeRow => ({ sectionId: `S${enrollment}`, course: 'C', program: 'general', teachers: ['T'], enrollment, source: src });
const enrolment: EnrollmentRow = { grade: '9', students: 100, source: src };

describe('the class-size gap: students per teacher beside the average class', () => {
  it('100 students and 5 teacher FTE = 20 per teacher; classes of 30, 24 and 21 average 25; 5 FTE per 100 students', () => {
    const schedule = { teachers: [], collaboration: [], classSizes: [size(30), size(24), size(21)] } as unknown as ScheduleAnalysis;
    const budget = analyseBudget(workbook({ budget: [teacher], enrollment: [enrolment] }), defaultSettings(), schedule)!;
    expect(budget).toMatchObject({ studentsPerTeacher: 20, averageClassSize: 25, teachersPer100Students: 5 });
    expect(budgetByUseSheet(budget).preamble).toContain(
      'Class-size gap: 20.0 students per teacher FTE against an average class of 25.0 (teachers spend part of the day out of class, ' +
        'and specialists and small programs take teachers too); 5.0 teacher FTE per 100 students.',
    );
  });

  it('is unknown, not zero, without an enrollment profile or class sizes', () => {
    const schedule = { teachers: [], collaboration: [], classSizes: [] } as unknown as ScheduleAnalysis;
    const budget = analyseBudget(workbook({ budget: [teacher] }), defaultSettings(), schedule)!;
    expect(budget).toMatchObject({ studentsPerTeacher: null, averageClassSize: null, teachersPer100Students: null });
    expect(budgetByUseSheet(budget).preamble.join(' ')).not.toContain('Class-size gap');
  });
});
