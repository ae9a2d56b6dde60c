import type { BudgetLine, EnrollmentRow } from '../types';
import { analyseBudget } from '../analyse/budget';
import { budgetFlags } from './budgetFlags';
import { leverBasis } from './scheduleLevers';
import { moneyConstraints } from './moneyRules';
import { defaultSettings } from '../settings/defaults';
import { workbook } from '../analyse/__fixtures__/workbook';
import type { ScheduleAnalysis } from '../analyse/schedule';

let sheetRow = 2;
function line(description: string, use: BudgetLine['use'], amount: number, fte: number, fund: string): BudgetLine {
  const r = sheetRow++;
  return { description, jobTitle: description, use, useMatched: true, amount, fte, fund, locked: true, fundTier: 'restricted', source: { sheet: 'Budget', firstRow: r, lastRow: r } };
}
const NO_SCHEDULE = { teachers: [], collaboration: [], classSizes: [] } as unknown as ScheduleAnalysis;
const enrolment: EnrollmentRow = { grade: '3', students: 400, specialEducation: 24, source: { sheet: 'Enrollment', firstRow: 2, lastRow: 2 } };

describe('levers state the rules on their money and price only what the rules allow', () => {
  it('names each fund\'s and position\'s rule', () => {
    expect(moneyConstraints([line('APEIS - Coordinator', 'Program management/compliance', 100_000, 1, 'Title I')])).toEqual([
      expect.stringContaining('Title I and Title III money supplements and cannot supplant'),
      expect.stringContaining('Chanda Smith Modified Consent Decree'),
    ]);
    expect(moneyConstraints([line('Special Education Assistant', 'Instructional aides', 40_000, 1, 'IDEA')])).toEqual([
      'IDEA and special-education money stays in special education.',
    ]);
    expect(moneyConstraints([line('Custodian', 'Operations', 50_000, 1, 'General Fund')])).toEqual([]);
  });

  it('prices special-education aides above 12 per aide only up to the seed\'s 25% scale-back, and says why', () => {
    const lines = [line('Regular Teacher', 'Core classroom teachers', 1_000_000, 10, 'General Fund'), line('Special Education Assistant', 'Instructional aides', 320_000, 8, 'IDEA')];
    const parsed = workbook({ budget: lines, enrollment: [enrolment] });
    const budget = analyseBudget(parsed, defaultSettings(), NO_SCHEDULE)!;
    const flag = budgetFlags(budget, NO_SCHEDULE, parsed, defaultSettings(), 'elementary', leverBasis([], parsed, budget.averageTeacherCost)).find((f) => f.id === 'sped-aides')!;
    // 24 students / 12 = 2 aide FTE needed; 8 − 2 = 6 above the ratio, capped at 25% × 8 = 2 FTE × $40,000 = $80,000.
    // Fewer aides release money: $80,000 is money freed, and the lever needs no new money.
    expect(flag.lever).toMatchObject({ fte: 2, cost: 0, freed: 80_000 });
    expect(flag.lever!.text).toContain("the 2.00 FTE above that ratio (capped at the 25% scale-back ERS proposed for LAUSD) cost ≈ $80,000");
    expect(flag.lever!.text).toContain("Aides are often written into students' IEPs");
    expect(flag.lever!.text).toContain('IDEA and special-education money stays in special education.');
  });

  it('prices the shares the settings give: aides capped at 12.5%, compliance at 30%', () => {
    const lines = [
      line('Regular Teacher', 'Core classroom teachers', 1_000_000, 10, 'General Fund'),
      line('Special Education Assistant', 'Instructional aides', 320_000, 8, 'IDEA'),
      line('Bilingual Coordinator', 'Program management/compliance', 100_000, 1, 'Title III'),
    ];
    const parsed = workbook({ budget: lines, enrollment: [enrolment] });
    const settings = defaultSettings();
    settings.thresholds = { ...settings.thresholds, spedAideReductionShare: 0.125, complianceReductionShare: 0.3 };
    const budget = analyseBudget(parsed, settings, NO_SCHEDULE)!;
    const flags = budgetFlags(budget, NO_SCHEDULE, parsed, settings, 'elementary', leverBasis([], parsed, budget.averageTeacherCost));
    const aides = flags.find((f) => f.id === 'sped-aides')!;
    // 6 FTE above the ratio, capped at 12.5% × 8 = 1 FTE × $40,000 = $40,000.
    expect(aides.lever).toMatchObject({ fte: 1, freed: 40_000 });
    expect(aides.lever!.text).toContain('(capped at the 12.5% scale-back in the settings; ERS proposed 25% for LAUSD)');
    expect(aides.settings).toContain('spedAideReductionShare');
    const compliance = flags.find((f) => f.id === 'locked-compliance')!;
    // 30% of $100,000 = $30,000; average teacher cost $1,000,000 / 10 = $100,000, so 0.30 FTE.
    expect(compliance.lever).toMatchObject({ freed: 30_000, fte: 0.3 });
    expect(compliance.lever!.text).toContain('proposed reducing program management by 20%, not removing it; the settings price 30%: $30,000');
    expect(compliance.settings).toEqual(['complianceReductionShare']);
  });
});
