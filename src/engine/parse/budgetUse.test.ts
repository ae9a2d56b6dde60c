import type { BudgetUseRule } from '../types';
import { DEFAULT_BUDGET_USE_RULES, DEFAULT_FUND_RULES } from '../rules/budget';
import { keywordMatches, matchBudgetUse, matchFundLocked } from './budgetUse';

describe('budget rule matching', () => {
  it('matches keywords as whole words, plurals allowed', () => {
    expect(keywordMatches('coach', 'Literacy Coaches')).toBe(true);
    expect(keywordMatches('art', 'Art Teacher')).toBe(true);
    expect(keywordMatches('art', 'Department Chair')).toBe(false);
    expect(keywordMatches('attendance', 'Lunchroom Attendant')).toBe(false);
    expect(keywordMatches('title i', 'Title III')).toBe(false);
    expect(keywordMatches('title i', 'Title I - Basic')).toBe(true);
  });

  it('first match wins, so specific titles beat general ones', () => {
    const use = (jobTitle: string) => matchBudgetUse(DEFAULT_BUDGET_USE_RULES, { jobTitle });
    expect(use('Teacher Asst Bil Spanish I')).toBe('Instructional aides');
    expect(use('Special Education Teacher')).toBe('Special-education instruction');
    expect(use('Bilingual Coordinator')).toBe('Program management/compliance');
    expect(use('APEIS - Categorical Program Coordinator')).toBe('Program management/compliance');
    expect(use('Assistant Principal')).toBe('Leadership');
    expect(use('Technology Coordinator II')).toBe('Operations');
    expect(use('PE Teacher')).toBe('Elective/specialist teachers');
    expect(use('Regular Teacher')).toBe('Core classroom teachers');
    expect(use('English Language Arts Teacher')).toBe('Core classroom teachers');
    expect(use('ELD Teacher')).toBe('EL instruction');
    expect(use('P.E. Teacher')).toBe('Elective/specialist teachers');
    expect(use('Campus Aide')).toBe('Operations');
    expect(use('Social Security (OASDI)')).toBe('Other');
    expect(use('Widget')).toBeUndefined();
  });

  it('words of the line beat its program; codes are the fallback', () => {
    expect(matchBudgetUse(DEFAULT_BUDGET_USE_RULES, { description: 'Instructional Coach', program: 'Special Education' })).toBe('Coaches');
    expect(matchBudgetUse(DEFAULT_BUDGET_USE_RULES, { description: 'Position 4411', program: 'Special Education' })).toBe(
      'Special-education instruction',
    );
    expect(matchBudgetUse(DEFAULT_BUDGET_USE_RULES, { description: 'Line 7', account: "2100 - Instructional Aides' Salaries" })).toBe('Instructional aides');
    const custom: BudgetUseRule[] = [{ match: '49', kind: 'code', use: 'Core classroom teachers' }];
    expect(matchBudgetUse(custom, { jobTitle: 'Anything', account: '49' })).toBe('Core classroom teachers');
  });

  it('tells locked funds from discretionary ones, fund before program', () => {
    const locked = (fund?: string, program?: string) => matchFundLocked(DEFAULT_FUND_RULES, { fund, program });
    expect(locked('Title I')).toBe(true);
    expect(locked('Title III - LEP')).toBe(true);
    expect(locked('General Fund', 'Special Education')).toBe(false);
    expect(locked(undefined, 'Special Education')).toBe(true);
    expect(locked('Unrestricted')).toBe(false);
    expect(locked('Parcel Tax')).toBeUndefined();
  });
});
