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

describe('the Summary findings: a shared cost is never added twice', () => {
  it('shows the school-wide cover once, its teams adding nothing, and the coaches’ cover as counted there', () => {
    const school = flag('collaboration:school', 'Common planning', { text: 'One school-wide option: cover for every team ≈ $44,680 a year. Each team has its share.', cost: 44_680 }, 'critical');
    const share = (team: string, cost: number) =>
      flag(`collaboration:${team}`, 'Common planning', { text: `Share ≈ $${cost}.`, cost, countedIn: 'collaboration:school' });
    const coaching = flag('coaching-without-common-time', 'Coaching without common planning time', {
      text: 'Cover for English ≈ $32,160.',
      cost: 32_160,
      countedIn: 'collaboration:school',
    });
    const table = findings([school, share('English', 32_160), share('Science', 12_520), coaching]);
    // $44,680, not $44,680 + $32,160 + $12,520; the coaching row shows where its money is counted.
    expect(table.rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Common planning (3 flags)', 44_680, 'its 3 rows'],
      ['Coaching without common planning time', 'counted in Common planning', 'its row'],
    ]);
    // The school-wide finding speaks for its teams: no "For example", and its lever is the one named.
    expect(table.rows[0][4]).toBe('collaboration:school found. Lever: One school-wide option: cover for every team ≈ $44,680 a year.');
  });
});
