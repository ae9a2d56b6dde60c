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

  it('averages K-3 homeroom classes once each, at their largest section, and leaves out grades 4-5', () => {
    // Two kindergarten classes (24 and 20, each entered as ELA and math sections) and one grade-4 class of 30:
    // (24 + 20) / 2 = 22, which reaches the far line of 20 × 1.1 = 22.
    const classSizes = [section('K', 'A', 24), section('K', 'A', 24, 'Math'), section('K', 'B', 20), section('K', 'B', 19, 'Math'), section('4', 'C', 30)];
    const elementary = { ...base, school: { ...base.school, level: 'elementary' as const }, classSizes };
    expect(reading(elementary, 'Average K-3 class size')).toMatchObject({ value: 22, standing: 'far from' });
    const smaller = { ...elementary, classSizes: [section('K', 'A', 21), section('1', 'B', 20)] };
    // (21 + 20) / 2 = 20.5: above 20, below 22.
    expect(reading(smaller, 'Average K-3 class size')).toMatchObject({ value: 20.5, standing: 'watch' });
  });

  it('reads K-3 grades however the schedule writes them ("Kindergarten", "Grade 02"), as the K-3 flag does', () => {
    // Kindergarten 24 and Grade 02 20, Grade 4 left out: (24 + 20) / 2 = 22.
    const classSizes = [section('Kindergarten', 'A', 24), section('Grade 02', 'B', 20), section('Grade 4', 'C', 30)];
    const elementary = { ...base, school: { ...base.school, level: 'elementary' as const }, classSizes };
    expect(reading(elementary, 'Average K-3 class size')).toMatchObject({ value: 22, basis: expect.stringMatching(/^2 K-3 homeroom classes/) });
  });

  it('does not judge what the workbook does not give, and says why', () => {
    const noBudget = { ...base, budget: null };
    expect(reading(noBudget, 'Budget per pupil')).toMatchObject({ value: null, standing: null, basis: 'no budget sheet' });
    const noTeams = { ...base, keyFigures: { ...base.keyFigures, teams: 0, teamsWith90MinuteBlock: 0 } };
    expect(reading(noTeams, 'Teams with a weekly 90-minute block')).toMatchObject({ value: null, standing: null });
  });
});
