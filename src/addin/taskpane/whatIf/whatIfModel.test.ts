import { formatValue, moneyWay, netText, readDraft, readDrafts, resultText, startDrafts } from './whatIfModel';
import { sampleWhatIf } from '../../../../test/support/whatIfSample';

describe('What If model', () => {
  it("reads each money result's sign as the engine says it means (WhatIfResult.sense)", () => {
    // "cost (or money freed, below 0)": above 0 a cost, below it money freed.
    expect(resultText({ sense: 'cost', unit: 'currency', value: 981_177.2 })).toBe('$981,177 cost');
    expect(resultText({ sense: 'cost', unit: 'currency', value: -87_000 })).toBe('$87,000 freed');
    // "Locked money redirected …: money freed": above 0 is money freed, not a cost.
    expect(moneyWay({ sense: 'freed', unit: 'currency', value: 66_800 })).toBe('freed');
    expect(resultText({ sense: 'freed', unit: 'currency', value: 66_800 })).toBe('$66,800 freed');
    // What is left of the discretionary dollars: below 0 the budget cannot carry it.
    expect(resultText({ sense: 'left', unit: 'currency', value: -1_113_395 })).toBe('$1,113,395 short');
    expect(moneyWay({ sense: 'left', unit: 'currency', value: 40_000 })).toBe('none');
    // Dollars per teacher are an amount, neither cost nor freed.
    expect(resultText({ unit: 'currency', value: 4_179.4 })).toBe('$4,179');
    expect(moneyWay({ unit: 'currency', value: 4_179.4 })).toBe('none');
    // A zero is neither; a figure not in the workbook says so, never 0.
    expect(resultText({ sense: 'cost', unit: 'currency', value: 0.2 })).toBe('$0');
    expect(resultText({ sense: 'cost', unit: 'currency', value: null })).toBe('not in this workbook');
  });

  it('shows numbers as the sheet does: tenths for numbers, whole counts, percent', () => {
    expect(formatValue(198.666, 'number')).toBe('198.7');
    expect(formatValue(92.77, 'integer')).toBe('93');
    expect(formatValue(0.361, 'percent')).toBe('36.1%');
  });

  it("says an option set's net effect as the engine signed its net result, never from a sign the pane assumes", () => {
    const net = (value: number | null, sense?: 'cost' | 'freed') => ({ results: [{ id: 'netCost', label: 'Net', unit: 'currency' as const, value, ...(sense ? { sense } : {}) }] });
    expect(netText(net(-220_000, 'cost'))).toBe('frees $220,000 net');
    expect(netText(net(560_000, 'cost'))).toBe('net cost $560,000');
    // Were the engine to sign it as money freed, above 0 would be money freed: the pane follows the engine.
    expect(netText(net(560_000, 'freed'))).toBe('frees $560,000 net');
    expect(netText(net(0.3, 'cost'))).toBe('no net cost');
    // Not in the workbook (no value, or no net result at all) says so, never $0.
    expect(netText(net(null, 'cost'))).toBe('net cost not in this workbook');
    expect(netText({ results: [] })).toBe('net cost not in this workbook');
  });

  it('takes only numbers within a lever’s range, and starts from the sheet’s kept values', () => {
    const whatIf = sampleWhatIf();
    const [classSize] = whatIf.levers;
    const problem = (draft: string) => readDraft(classSize, draft).problem;
    expect(problem('')).toBe('Type a number from 15 to 35.');
    expect(problem('abc')).toBe('“abc” is not a number.');
    expect(problem('14.5')).toBe('Type a number from 15 to 35.');
    expect(readDraft(classSize, ' 35 ')).toEqual({ value: 35, problem: null, outsideRange: null });
    // The engine's rule for the sheet's cells holds in the boxes too: Number() would read "0x10" as 16 and "" as 0.
    expect(readDraft(classSize, '0x14')).toEqual({ value: null, problem: '“0x14” is not a number.', outsideRange: null });
    expect(readDraft(classSize, '2e1')).toEqual({ value: 20, problem: null, outsideRange: null });
    const inputs = (drafts: Record<string, string>, kept?: Record<string, number>) => readDrafts(whatIf, drafts, kept).inputs;
    expect(inputs({ coreClassSize: '0x14', counselorFte: '1.5' })).toBeNull();
    expect(startDrafts(whatIf, { coreClassSize: 30 })).toEqual({ coreClassSize: '30', counselorFte: '2' });
    expect(inputs({ coreClassSize: '30', counselorFte: '1.5' })).toEqual({ coreClassSize: 30, counselorFte: 1.5 });
    expect(inputs({ coreClassSize: '30', counselorFte: '' })).toBeNull();
    // One box's problem leaves the inputs null, and every box is still read for its own message.
    expect(readDrafts(whatIf, { coreClassSize: 'abc', counselorFte: '' }).readings).toEqual({
      coreClassSize: { value: null, problem: '“abc” is not a number.', outsideRange: null },
      counselorFte: { value: null, problem: 'Type a number from 0 to 6.', outsideRange: null },
    });
  });

  it('uses the value kept on the sheet outside the range, and says so; any other value outside it is refused', () => {
    const whatIf = sampleWhatIf();
    const [classSize] = whatIf.levers;
    // Range 15 to 35; the sheet kept 40.
    expect(readDraft(classSize, '40', 40)).toEqual({
      value: 40,
      problem: null,
      outsideRange: '40, kept on the What If sheet, is outside this lever’s range of 15 to 35: the results use it.',
    });
    expect(readDraft(classSize, '41', 40)).toEqual({ value: null, problem: 'Type a number from 15 to 35.', outsideRange: null });
    expect(readDraft(classSize, '30', 40)).toEqual({ value: 30, problem: null, outsideRange: null });
    // The range's ends are inside it, for refusing and for saying alike.
    expect([readDraft(classSize, '15'), readDraft(classSize, '35', 35)]).toEqual([
      { value: 15, problem: null, outsideRange: null },
      { value: 35, problem: null, outsideRange: null },
    ]);
    expect(readDrafts(whatIf, { coreClassSize: '40', counselorFte: '2' }, { coreClassSize: 40 }).inputs).toEqual({ coreClassSize: 40, counselorFte: 2 });
    expect(readDrafts(whatIf, { coreClassSize: '40', counselorFte: '2' }).inputs).toBeNull();
  });
});
