import type { Flag } from '../types';
import { flagsSheet, NOT_FIRING } from './flagsSheet';

const link = () => ({ sheet: 'Master Schedule', range: 'A2' });

function flag(id: string, value: number): Flag {
  return {
    id,
    severity: 'warning',
    measure: 'Core teacher load',
    finding: `${value} students`,
    value,
    threshold: 100,
    source: 'NCTE',
    rows: [],
    settings: ['coreLoadWarn'],
    principle: 3,
  };
}

describe('flagsSheet notes', () => {
  it('keeps a note on a flag that does not fire as a row marked not firing, after the flags, in id order', () => {
    const sheet = flagsSheet([flag('core-load:English', 120)], { 'z:later': 'second', 'core-load:English': 'beside', 'a:first': 'first' }, link);
    const { rows } = sheet.table;
    const col = (header: string) => sheet.table.columns.findIndex((c) => c.header === header);
    expect(rows.map((r) => [r[col('Id')], r[col('Severity')], r[col('Team notes')]])).toEqual([
      ['core-load:English', 'warning', 'beside'],
      ['a:first', NOT_FIRING, 'first'],
      ['z:later', NOT_FIRING, 'second'],
    ]);
    // A waiting row carries no figures: Value, Threshold and Cost are blank, not zero.
    expect([rows[1][col('Value')], rows[1][col('Threshold')], rows[1][col('Cost')]]).toEqual([null, null, null]);
    expect(sheet.table.links?.[1]).toBeUndefined();
  });

  it('puts the note back beside its flag when the flag fires again, and drops blank notes', () => {
    const sheet = flagsSheet([flag('a:first', 130), flag('core-load:English', 120)], { 'a:first': 'first', 'b:blank': '  ' }, link);
    const col = (header: string) => sheet.table.columns.findIndex((c) => c.header === header);
    expect(sheet.table.rows.map((r) => [r[col('Id')], r[col('Severity')], r[col('Team notes')]])).toEqual([
      ['a:first', 'warning', 'first'],
      ['core-load:English', 'warning', ''],
    ]);
  });

  it('says in the preamble how notes on flags that stop firing are kept', () => {
    const sheet = flagsSheet([], {}, link);
    expect(sheet.preamble.join(' ')).toContain(`marked "${NOT_FIRING}", until you clear it`);
    expect(sheet.table.rows).toEqual([]);
  });
});

describe('flagsSheet money', () => {
  const col = (header: string) => flagsSheet([], {}, link).table.columns.findIndex((c) => c.header === header);

  it('puts new money in Cost and released money in Money freed, both currency, never one in the other', () => {
    const counselor: Flag = { ...flag('counselor-ratio', 298), lever: { text: 'One more counselor ≈ $106,000.', cost: 106_000, fte: 1 } };
    // The high school's aides: (8 − 72/12) × $43,500 = $87,000 released; fewer aides need no new money.
    const aides: Flag = { ...flag('sped-aides', 9), lever: { text: 'The 2.00 FTE above the ratio ≈ $87,000.', cost: 0, freed: 87_000, fte: 2 } };
    const unpriced: Flag = { ...flag('core-share:school', 0.3), lever: { text: 'It moves time, not money.', cost: null } };
    const sheet = flagsSheet([counselor, aides, unpriced], {}, link);
    expect(sheet.table.columns[col('Cost')]).toMatchObject({ type: 'currency' });
    expect(sheet.table.columns[col('Money freed')]).toMatchObject({ type: 'currency' });
    expect(sheet.table.rows.map((r) => [r[col('Id')], r[col('Cost')], r[col('Money freed')]])).toEqual([
      ['counselor-ratio', 106_000, null],
      ['sped-aides', 0, 87_000],
      ['core-share:school', null, null],
    ]);
  });
});
