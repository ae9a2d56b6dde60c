import { sampleResult } from '../testing/sampleResult';
import { dataCheckSummary, levelLine } from './summary';

describe('the CLI summary on stderr', () => {
  it('counts the flags by severity in the words the Flags sheet and the pane use', () => {
    // sampleResult: one critical (core load) and one warning (common planning), no notes.
    expect(dataCheckSummary(sampleResult(), 'school.xlsx').split('\n')[0]).toBe(
      'school.xlsx: data check 1 errors, 1 warnings, 1 notes; 2 flags (1 critical, 1 warning, 0 notes)',
    );
  });

  it('says when the level was assumed for want of grades, and how to set it', () => {
    const result = sampleResult();
    const assumed = { ...result, school: { ...result.school, levelBasis: 'assumed' as const } };
    expect(dataCheckSummary(assumed, 'positions.csv').split('\n')[1]).toBe(
      '  level: high school, assumed (no grades in the workbook); set it with --level elementary|middle|high',
    );
    expect(levelLine({ level: 'middle', levelInferred: true, levelBasis: 'grades' })).toBe('level: middle school, from the grades');
    expect(levelLine({ level: 'elementary', levelInferred: false, levelBasis: 'settings' })).toBe('level: elementary school, as set');
    // A result from before levelBasis existed: levelInferred decides.
    expect(levelLine({ level: 'high', levelInferred: true })).toBe('level: high school, from the grades');
  });
});
