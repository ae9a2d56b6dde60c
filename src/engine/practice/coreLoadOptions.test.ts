import { costNeutralLoadOptions } from './coreLoadOptions';
import type { LeverBasis } from './scheduleLevers';

const BASIS: LeverBasis = { averageTeacherCost: 96_000, fullTimeSections: 5, fullTimeMinutesPerWeek: 1375, electiveTeachers: { fte: 7, cost: 672_000 } };

describe('cost-neutral options beside hiring for core loads', () => {
  it('English: pair with social studies, double-block ELA, move elective FTE into core', () => {
    // 150 students seen once a day; a two-period class with the same students: 75.
    expect(costNeutralLoadOptions('English', 150, BASIS)).toBe(
      "Options that cost nothing: pairing ELA and social studies in one teacher's two-period class (the same students for both: 150 → about 75); " +
        'double-blocking ELA (two periods with one group: 150 → about 75); moving some of the 7.0 elective/specialist teacher FTE ($672,000 in the budget) into core sections.',
    );
  });

  it('Science: no humanities pairing; without a budget, no elective figure', () => {
    expect(costNeutralLoadOptions('Science', 131, { ...BASIS, electiveTeachers: undefined })).toBe(
      'Options that cost nothing: double-blocking Science (two periods with one group: 131 → about 66).',
    );
  });
});
