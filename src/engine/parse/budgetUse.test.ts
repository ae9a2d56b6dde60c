import type { BudgetUseRule } from '../types';
import { DEFAULT_BUDGET_USE_RULES, DEFAULT_FUND_RULES } from '../rules/budget';
import { keywordMatches, matchBudgetUse, matchFundLocked, matchFundTier } from './budgetUse';

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
    expect(use('Social Security (OASDI)')).toBe('Benefits');
    expect(use('Widget')).toBeUndefined();
    // Books are materials, whoever shelves them; the library's staff are pupil services.
    expect(matchBudgetUse(DEFAULT_BUDGET_USE_RULES, { description: 'Library Books' })).toBe('Other');
    expect(matchBudgetUse(DEFAULT_BUDGET_USE_RULES, { description: 'Library materials and supplies' })).toBe('Other');
    expect(use('Library Media Technician')).toBe('Pupil services');
  });

  it('compliance titles beat coach keywords, and athletic and stipend lines are never coaches', () => {
    const use = (jobTitle: string) => matchBudgetUse(DEFAULT_BUDGET_USE_RULES, { jobTitle });
    // LAUSD's own APEIS title contains the coaches' keyword "instructional specialist".
    expect(use('Assistant Principal, Elementary Instructional Specialist')).toBe('Program management/compliance');
    expect(use('Instructional Specialist - Math')).toBe('Coaches');
    expect(use('Literacy Coach')).toBe('Coaches');
    expect(use('Football Coach stipend')).toBe('Other');
    expect(use('Girls Basketball Coach')).toBe('Other');
    expect(use('Athletic Director')).toBe('Other');
    expect(use('Stipend - Literacy Coach')).toBe('Other');
    // Stipends that pay for teachers' learning stay professional development.
    expect(use('Collaboration stipends')).toBe('Professional development');
    expect(use('PD stipends, summer institute')).toBe('Professional development');
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

  it('sorts funds into three tiers, and leaves a fund no rule names unknown', () => {
    const tier = (fund: string) => matchFundTier(DEFAULT_FUND_RULES, { fund });
    // A general fund is unrestricted, but the district allocates it by formula: not money the school directs.
    expect(tier('General Fund')).toBe('formula');
    expect(tier('Unrestricted')).toBe('formula');
    // California's lottery is mostly unrestricted; its Prop 20 part is restricted.
    expect(tier('Lottery')).toBe('formula');
    expect(tier('Lottery (Restricted)')).toBe('restricted');
    expect(tier('Prop 20 Lottery')).toBe('restricted');
    expect(tier('Site Discretionary')).toBe('discretionary');
    for (const categorical of ['Title I', 'LAP', 'Transitional Bilingual', 'State Bilingual', 'LCFF Supplemental', 'ASES', '21st Century', 'Head Start']) {
      expect([categorical, tier(categorical)]).toEqual([categorical, 'restricted']);
    }
    // Donations, and fund codes: in California the resource code, not the fund (010 / 0100), decides restriction.
    expect(tier('Donations')).toBeUndefined();
    expect(tier('010')).toBeUndefined();
    expect(tier('0100')).toBeUndefined();
  });
});
