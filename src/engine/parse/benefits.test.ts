import type { BudgetLine, MoneyUse } from '../types';
import { spreadBenefits } from './benefits';
import { analyseBudget } from '../analyse/budget';
import { defaultSettings } from '../settings/defaults';
import { workbook } from '../analyse/__fixtures__/workbook';
import type { ScheduleAnalysis } from '../analyse/schedule';

let sheetRow = 2;
function line(description: string, use: MoneyUse, amount: number, fte: number | undefined, fund?: string, extra: Partial<BudgetLine> = {}): BudgetLine {
  const r = sheetRow++;
  return { description, use, useMatched: true, amount, fte, fund, locked: false, source: { sheet: 'Budget', firstRow: r, lastRow: r }, ...extra };
}

const teacher = line('Regular Teacher', 'Core classroom teachers', 200_000, 2, 'General Fund'); // row 2
const aide = line('Instructional Aide', 'Instructional aides', 50_000, 1, 'General Fund');
const titleTeacher = line('Regular Teacher', 'Core classroom teachers', 100_000, 1, 'Title I');
const supplies = line('Supplies', 'Other', 10_000, undefined, 'General Fund');
const strs = line('Retirement (STRS)', 'Benefits', 40_000, undefined, 'General Fund'); // row 6
const health = line('Health and welfare', 'Benefits', 35_000, undefined);
const pers = line('PERS', 'Benefits', 5_000, undefined, 'General Fund'); // row 8
const LINES = [teacher, aide, titleTeacher, supplies, strs, health, pers];

const NO_SCHEDULE = { teachers: [], collaboration: [], classSizes: [] } as unknown as ScheduleAnalysis;

describe('benefit lines are spread over the positions they belong to', () => {
  const { lines, dataCheck } = spreadBenefits(LINES, 'Budget');

  it('by salary, within the fund the line names and the staff group (certificated or classified) it names', () => {
    // STRS, General Fund, certificated: all $40,000 to the General Fund teachers ($200,000).
    // Health and welfare, no fund: $35,000 over all $350,000 of salaries: 200/350 = $20,000, 50/350 = $5,000,
    //   100/350 = $10,000.
    // PERS, General Fund, classified: all $5,000 to the aide.
    expect(lines.map((l) => [l.description, l.amount, l.spreadBenefits])).toEqual([
      ['Regular Teacher', 260_000, 60_000],
      ['Instructional Aide', 60_000, 10_000],
      ['Regular Teacher', 110_000, 10_000],
      ['Supplies', 10_000, undefined],
    ]);
    // Nothing lost: $350,000 + $10,000 + $80,000 of benefits = $440,000.
    expect(lines.reduce((s, l) => s + l.amount, 0)).toBe(440_000);
  });

  it('says so on the Data Check, naming the benefit rows', () => {
    expect(dataCheck).toEqual([
      expect.objectContaining({ severity: 'info', sheet: 'Budget', cell: '6:8', code: 'benefits-spread' }),
    ]);
    expect(dataCheck[0].message).toContain('3 benefit line(s) ($80,000) were spread over the 3 positions they belong to, in proportion to salary');
  });

  it('puts benefits in the average teacher cost: ($260,000 + $110,000) / 3 FTE = $123,333, not $100,000', () => {
    const budget = analyseBudget(workbook({ budget: lines }), defaultSettings(), NO_SCHEDULE)!;
    expect(budget.averageTeacherCost).toBeCloseTo(370_000 / 3, 6);
    expect(budget.benefitsSpread).toBe(80_000);
    expect(budget.byUse.find((u) => u.use === 'Other')!.amount).toBe(10_000);
    expect(budget.byUse.some((u) => u.use === 'Benefits')).toBe(false);
  });

  it('leaves benefit lines as Benefits, with a warning, when no line has an FTE', () => {
    const { lines: kept, dataCheck: warned } = spreadBenefits([supplies, health], 'Budget');
    expect(kept).toEqual([supplies, health]);
    expect(warned).toEqual([expect.objectContaining({ severity: 'warning', code: 'benefits-not-spread', cell: '7:7' })]);
    const budget = analyseBudget(workbook({ budget: kept }), defaultSettings(), NO_SCHEDULE)!;
    expect(budget.byUse.find((u) => u.use === 'Benefits')).toMatchObject({ amount: 35_000, lines: 1 });
    expect(budget.averageTeacherCost).toBeNull();
  });
});
