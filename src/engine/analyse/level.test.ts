import { inferLevel } from './schedule';
import { assumedLevelCheck, gradeNumber, inferLevelWithBasis } from './level';
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

  it('says when the level is assumed because no grade can be read, and where to set it', () => {
    expect(inferLevelWithBasis(workbook({}))).toEqual({ level: 'high', basis: 'assumed' });
    // "Mixed" and a blank are no grades: still assumed, not "inferred from grades".
    const ungraded = ['Mixed', undefined].map((grade, i) => section({ id: `U${i}`, teachers: ['T'], grade }));
    expect(inferLevelWithBasis(workbook({ sections: ungraded }))).toEqual({ level: 'high', basis: 'assumed' });
    const graded = ['6', '7', 'Mixed'].map((grade, i) => section({ id: `G${i}`, teachers: ['T'], grade }));
    expect(inferLevelWithBasis(workbook({ sections: graded }))).toEqual({ level: 'middle', basis: 'grades' });
    const check = assumedLevelCheck('high');
    expect(check).toMatchObject({ severity: 'warning', code: 'level-assumed', sheet: '', cell: '' });
    expect(check.message).toContain('the school level is assumed: high school');
    expect(check.message).toContain("Settings step");
    expect(check.message).toContain('--level');
  });
});
