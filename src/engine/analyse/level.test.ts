import { inferLevel } from './schedule';
import { gradeNumber } from './level';
import { section, workbook } from './__fixtures__/workbook';

describe('school level', () => {
  it('reads grade labels', () => {
    expect(gradeNumber('K')).toBe(0);
    expect(gradeNumber('Kindergarten')).toBe(0);
    expect(gradeNumber('Grade 03')).toBe(3);
    expect(gradeNumber('10S')).toBe(10);
    expect(gradeNumber('12a2')).toBe(12);
    expect(gradeNumber('')).toBeUndefined();
  });

  it('weighs grades by students from the enrollment profile, else by sections', () => {
    const src = { sheet: 'Enrollment', firstRow: 2, lastRow: 2 };
    const k8 = workbook({
      enrollment: [
        { grade: 'K', students: 100, source: src },
        { grade: '6', students: 90, source: src },
        { grade: '7', students: 90, source: src },
      ],
    });
    expect(inferLevel(k8)).toBe('middle');
    const sections = ['K', '1', '2', '9'].map((grade, i) => section({ id: `S${i}`, teachers: ['T'], grade }));
    expect(inferLevel(workbook({ sections }))).toBe('elementary');
    expect(inferLevel(workbook({}))).toBe('high');
  });
});
