import type { BudgetLine, FundTier, MoneyUse } from '../types';
import { analyseBudget } from '../analyse/budget';
import { budgetFlags } from './budgetFlags';
import { leverBasis } from './scheduleLevers';
import { budgetByUseSheet } from '../report/budgetSheet';
import { defaultSettings } from '../settings/defaults';
import { workbook } from '../analyse/__fixtures__/workbook';
import type { ScheduleAnalysis } from '../analyse/schedule';
import { rulesFromGrid, rulesToGrid } from '../rules/rulesSheet';

let sheetRow = 2;
function line(description: string, use: MoneyUse, amount: number, fund: string, fundTier: FundTier | 'unknown'): BudgetLine {
  const r = sheetRow++;
  return { description, use, useMatched: true, amount, fte: 1, fund, locked: fundTier === 'restricted', fundTier, source: { sheet: 'Budget', firstRow: r, lastRow: r } };
}

const LINES = [
  line('Regular Teacher', 'Core classroom teachers', 100_000, 'General Fund', 'formula'),
  line('Literacy Coach', 'Coaches', 50_000, 'Title I', 'restricted'),
  line('Art Teacher', 'Elective/specialist teachers', 20_000, 'Site Discretionary', 'discretionary'),
  line('Music Teacher', 'Elective/specialist teachers', 10_000, 'Donations', 'unknown'),
];
const NO_SCHEDULE = { teachers: [], collaboration: [], classSizes: [] } as unknown as ScheduleAnalysis;

describe('three tiers of money, and unknown', () => {
  const parsed = workbook({ budget: LINES });
  const budget = analyseBudget(parsed, defaultSettings(), NO_SCHEDULE)!;

  it('totals each tier: restricted $50,000, formula $100,000, discretionary $20,000, unknown $10,000 of $180,000', () => {
    expect(budget.byTier!.map((t) => [t.tier, t.amount, t.lines])).toEqual([
      ['restricted', 50_000, 1],
      ['formula', 100_000, 1],
      ['discretionary', 20_000, 1],
      ['unknown', 10_000, 1],
    ]);
    expect(budget.byTier!.find((t) => t.tier === 'unknown')!.funds).toEqual(['Donations']);
    // Electives: $20,000 discretionary + $10,000 unknown; none restricted or formula.
    expect(budget.byUse.find((u) => u.use === 'Elective/specialist teachers')).toMatchObject({ lockedAmount: 0, formulaAmount: 0, discretionaryAmount: 20_000, unknownFundAmount: 10_000 });
  });

  it('shows the tiers in the budget sheet and the locked-share flag, unknown funds named', () => {
    // 50/180 = 27.8%, 100/180 = 55.6%, 20/180 = 11.1%, 10/180 = 5.6%.
    const tiers =
      'Restricted (categorical and grant money with rules) 27.8% ($50,000); allocated by district formula (unrestricted, but ' +
      "not the school's to move) 55.6% ($100,000); site-discretionary 11.1% ($20,000); of unknown funds (no fund rule names " +
      'them) 5.6% ($10,000: Donations).';
    expect(budgetByUseSheet(budget).preamble).toContain(`Money by how freely the school can direct it, by the fund rules: ${tiers}`);
    const flag = budgetFlags(budget, NO_SCHEDULE, parsed, defaultSettings(), 'high', leverBasis([], parsed, budget.averageTeacherCost)).find((f) => f.id === 'locked-share')!;
    expect(flag.finding).toBe(`27.8% of the budget ($50,000) is locked money (Title I). By tier: ${tiers}`);
  });

  it('lets the user edit a tier in the rules sheet, like the other rules', () => {
    const grid = rulesToGrid({ subjectRules: [], budgetUseRules: [], fundRules: defaultSettings().fundRules });
    expect(grid).toContainEqual(['Fund', 'general fund', 'formula', 'keyword', '']);
    const edited = grid.map((row) => (row[1] === 'general fund' ? ['Fund', 'general fund', 'discretionary', 'keyword', ''] : row));
    edited.push(['Subject', 'Ma', 'Math', 'code', 'yes'], ['Budget use', 'coach', 'Coaches', 'keyword', '']);
    const { rules } = rulesFromGrid(edited);
    expect(rules!.fundRules.find((r) => r.match === 'general fund')).toEqual({ match: 'general fund', kind: 'keyword', locked: false });
    expect(rules!.fundRules.find((r) => r.match === 'lottery')).toEqual({ match: 'lottery', kind: 'keyword', locked: false, tier: 'formula' });
  });
});
