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

describe('flagsSheet: money counted once', () => {
  const col = (header: string) => flagsSheet([], {}, link).table.columns.findIndex((c) => c.header === header);
  const school: Flag = {
    ...flag('collaboration:school', 0),
    measure: 'Common planning',
    lever: { text: 'Cover for every team ≈ $44,680.', cost: 44_680 },
  };
  const share = (team: string, cost: number): Flag => ({
    ...flag(`collaboration:${team}`, 0),
    measure: 'Common planning',
    lever: { text: `Share ≈ $${cost}.`, cost, countedIn: 'collaboration:school' },
  });
  const coaching: Flag = {
    ...flag('coaching-without-common-time', 0),
    measure: 'Coaching without common planning time',
    lever: { text: 'Cover for English ≈ $32,160.', cost: 32_160, countedIn: 'collaboration:school' },
  };
  const aides: Flag = { ...flag('sped-aides', 9), lever: { text: 'Fewer aides.', cost: 0, freed: 87_000 } };
  const counselor: Flag = { ...flag('counselor-ratio', 298), lever: { text: 'One more counselor.', cost: 106_000 } };
  const unpriced: Flag = { ...flag('core-load:Art', 120), lever: { text: 'No average teacher cost.', cost: null } };
  const flags = [school, share('English', 32_160), share('Science', 12_520), coaching, aides, counselor, unpriced];

  it('says in the Counted column where a shared lever’s money is counted', () => {
    const sheet = flagsSheet(flags, {}, link);
    expect(sheet.table.rows.map((r) => [r[col('Id')], r[col('Counted')]])).toEqual([
      ['collaboration:school', ''],
      ['collaboration:English', "counted once, in this measure's first row"],
      ['collaboration:Science', "counted once, in this measure's first row"],
      ['coaching-without-common-time', 'counted once, in Common planning'],
      ['sped-aides', ''],
      ['counselor-ratio', ''],
      ['core-load:Art', ''],
    ]);
  });

  it('gives the totals each dollar once, and says they are options, not a plan', () => {
    // New money: the school-wide cover $44,680 (not the shares $32,160 + $12,520, nor the coaches' $32,160 again)
    // + the counselor $106,000 = $150,680. Money freed: the aides' $87,000.
    expect(flagsSheet(flags, {}, link).preamble[0]).toBe(
      'New money if every lever were taken: $150,680; money freed: $87,000. These are options, not a plan: some are ' +
        'alternatives to each other, and a schedule change often costs nothing. Levers marked in the Counted column share ' +
        'money counted in another row and are left out. 1 lever cannot be priced and adds nothing.',
    );
  });
});
