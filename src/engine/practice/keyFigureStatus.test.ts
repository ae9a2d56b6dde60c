import { keyFigureReadings } from './keyFigureStatus';
import { sampleResult } from '../../testing/sampleResult';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import type { ClassSizeRow, ReviewResult } from '../types';

function reading(result: ReviewResult, figure: string) {
  const found = keyFigureReadings(result, DEFAULT_THRESHOLDS).find((r) => r.figure === figure);
  if (!found) throw new Error(`no figure ${figure}`);
  return found;
}

function section(grade: string, teacher: string, enrollment: number, subject = 'ELA'): ClassSizeRow {
  return { sectionId: `${grade}-${teacher}-${subject}`, course: subject, subject, grade, program: 'general', teachers: [teacher], enrollment, source: { sheet: 'S', firstRow: 2, lastRow: 2 } };
}

describe('keyFigureReadings', () => {
  const base = sampleResult();

  it('judges core load against 100 (watch above) and 150 (far from at or above)', () => {
    const at = (load: number) => reading({ ...base, keyFigures: { ...base.keyFigures, medianCoreLoad: load } }, 'Median core teacher load').standing;
    expect([at(100), at(101), at(149), at(150)]).toEqual(['meets', 'watch', 'watch', 'far from']);
  });

  it('does not judge an elementary homeroom teacher by the secondary load limit', () => {
    const elementary = { ...base, school: { ...base.school, level: 'elementary' as const } };
    expect(reading(elementary, 'Median core teacher load')).toMatchObject({ standing: null, recommended: 'one class (self-contained)' });
  });

  it('bands students per counselor at 250 and 250 × 1.25 = 312.5, and students per aide at 12 and 12 × 0.75 = 9', () => {
    const withBudget = (studentsPerCounselor: number, spedStudentsPerAide: number) => ({
      ...base,
      budget: { ...base.budget!, studentsPerCounselor, spedStudentsPerAide },
    });
    expect(reading(withBudget(250, 12), 'Students per counselor').standing).toBe('meets');
    expect(reading(withBudget(312, 12), 'Students per counselor').standing).toBe('watch');
    expect(reading(withBudget(313, 12), 'Students per counselor').standing).toBe('far from');
    expect(reading(withBudget(250, 12), 'Special-education students per aide').standing).toBe('meets');
    expect(reading(withBudget(250, 9), 'Special-education students per aide').standing).toBe('watch');
    expect(reading(withBudget(250, 8.9), 'Special-education students per aide').standing).toBe('far from');
  });

  it('judges the average K-3 class size against 20 (watch above) and 20 × 1.1 = 22 (far from at or above)', () => {
    // The average and its class count are the review's key figures (practice/classSizeFlags.ts k3KeyFigures).
    const elementary = (k3ClassSize?: number, k3Classes?: number) =>
      reading({ ...base, school: { ...base.school, level: 'elementary' as const }, keyFigures: { ...base.keyFigures, k3ClassSize, k3Classes } }, 'Average K-3 class size');
    expect(elementary(22, 2)).toMatchObject({ value: 22, standing: 'far from', basis: expect.stringMatching(/^2 K-3 homeroom classes/) });
    expect(elementary(20.5, 2)).toMatchObject({ value: 20.5, standing: 'watch' });
    expect(elementary(20, 16)).toMatchObject({ value: 20, standing: 'meets', basis: expect.stringMatching(/^16 K-3 homeroom classes/) });
    expect(elementary()).toMatchObject({ value: null, standing: null, basis: 'no K-3 classes with an enrollment in the schedule' });
  });

  it('averages the general-education sections for a secondary school, special education left out', () => {
    // (30 + 20) / 2 = 25 over 2 sections; the special-education section of 8 is not a general class.
    const classSizes = [section('9', 'A', 30), section('10', 'B', 20), { ...section('9', 'C', 8), program: 'special education' as const }];
    expect(reading({ ...base, classSizes }, 'Average class size')).toMatchObject({ value: 25, basis: '2 general-education sections' });
  });

  it('does not judge what the workbook does not give, and says why', () => {
    const noBudget = { ...base, budget: null };
    expect(reading(noBudget, 'Budget per pupil')).toMatchObject({ value: null, standing: null, basis: 'no budget sheet' });
    const noTeams = { ...base, keyFigures: { ...base.keyFigures, teams: 0, teamsWith90MinuteBlock: 0 } };
    expect(reading(noTeams, 'Teams with a weekly 90-minute block')).toMatchObject({ value: null, standing: null });
  });
});
