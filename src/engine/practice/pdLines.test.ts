import { pdBreakdown, pdKindOf } from './pdLines';
import type { BudgetLine } from '../types';

function line(description: string, amount: number, accountDescription?: string): BudgetLine {
  return {
    description,
    accountDescription,
    amount,
    use: 'Professional development',
    useMatched: true,
    locked: false,
    source: { sheet: 'Budget', firstRow: 2, lastRow: 2 },
  };
}

describe('PD lines by what they buy', () => {
  it('reads the kind from the line’s own words, substitutes before days, the account only as a fallback', () => {
    expect(pdKindOf(line('Substitutes for PD release days', 1))).toBe('substitutes for PD');
    expect(pdKindOf(line('Professional development - school-wide PD days', 1, 'Professional/Consulting Services'))).toBe('school-wide days');
    expect(pdKindOf(line('Summer institute', 1))).toBe('school-wide days');
    expect(pdKindOf(line('Conference registration and travel', 1))).toBe('conferences');
    expect(pdKindOf(line('Literacy workshop series', 1))).toBe('workshops');
    expect(pdKindOf(line('Collaboration stipends', 1))).toBe('teacher stipends');
    expect(pdKindOf(line('PD', 1, 'Professional/Consulting Services'))).toBe('consultants');
    expect(pdKindOf(line('PD', 1))).toBeUndefined();
  });

  it('sums amounts per kind, largest first, with undescribed lines kept apart', () => {
    const lines = [line('Conference travel', 8_000), line('Consultant', 24_000), line('Registration', 10_000), line('PD', 5_000)];
    expect(pdBreakdown(lines)).toEqual([
      { kind: 'consultants', amount: 24_000, lines: 1 },
      { kind: 'conferences', amount: 18_000, lines: 2 },
      { kind: 'not described', amount: 5_000, lines: 1 },
    ]);
  });
});
