import type { Flag, Lever } from '../types';
import { sampleResult } from '../../testing/sampleResult';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import { moneyCell, summarySheet } from './summarySheet';

function flag(id: string, measure: string, lever: Lever, severity: Flag['severity'] = 'warning'): Flag {
  return { id, severity, measure, finding: `${id} found.`, value: 1, threshold: 1, source: 'ERS', rows: [], lever, settings: [], principle: 4 };
}

function findings(flags: Flag[]) {
  const sheet = summarySheet({ ...sampleResult(), flags }, { thresholds: DEFAULT_THRESHOLDS, flagRow: (i) => ({ sheet: 'Flags', range: `A${i + 5}` }) });
  return sheet.moreTables![0].table;
}

describe('the Summary findings: cost or money freed', () => {
  it('shows new money as a currency figure and money freed in words, so a saving never reads as a cost', () => {
    const table = findings([
      flag('counselor-ratio', 'Students per counselor', { text: 'One more counselor.', cost: 106_000 }),
      // (8 − 72/12) aides × $43,500 = $87,000 released, no new money.
      flag('sped-aides', 'Special-education students per aide', { text: 'Fewer aides.', cost: 0, freed: 87_000 }),
    ]);
    expect(table.columns[2].header).toBe('Cost or money freed');
    expect(table.rows.map((r) => [r[0], r[2]])).toEqual([
      ['Students per counselor', 106_000],
      ['Special-education students per aide', 'frees $87,000'],
    ]);
    expect(table.cellTypes?.[0]?.[2]).toBeUndefined();
    expect(table.cellTypes?.[1]?.[2]).toBe('text');
  });

  it('says both when a lever needs money and frees some, and leaves an unpriced cost blank rather than zero', () => {
    expect(moneyCell(12_000, 87_000)).toEqual({ value: '$12,000; frees $87,000', type: 'text' });
    expect(moneyCell(null, null)).toEqual({ value: null });
    expect(moneyCell(0, undefined as unknown as null)).toEqual({ value: 0 });
  });
});
