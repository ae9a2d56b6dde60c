import { parseCliArgs, UsageError } from '../../src/cli/options';
import { timeLeft } from '../../src/cli/compare';

// The compare command line and its progress line's time left.

describe('resource-review compare options', () => {
  it('reads the schools, the map file, the formula file and the worker count', () => {
    const options = parseCliArgs(['compare', 'a.xlsx', 'district/b', '--out', 'map.xlsx', '--formula', 'f.json', '--jobs', '3', '--threshold', 'coreLoadWarn=90']);
    expect(options).toMatchObject({ compare: true, files: ['a.xlsx', 'district/b'], out: 'map.xlsx', formulaFile: 'f.json', jobs: 3 });
    expect(options.flagSettings.thresholds).toEqual({ coreLoadWarn: 90 });
    // A single review is unchanged: no compare fields.
    expect(parseCliArgs(['a.xlsx'])).not.toHaveProperty('compare');
  });

  it.each([
    [['compare', 'a.xlsx', '--out', 'm.xlsx', '--jobs', '0'], '--jobs 0: expected a whole number from 1 to 256'],
    [['compare', 'a.xlsx', '--out', 'm.xlsx', '--level', 'high'], '--level: a district mixes levels'],
    [['a.xlsx', '--formula', 'f.json'], '--formula: only with resource-review compare'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('time left', () => {
  it('is the pace so far times the schools to go', () => {
    // 2 schools in 10 s = 5 s each; 8 to go = 40 s.
    expect(timeLeft(0, 2, 10, 10_000)).toBe(' · about 40 s left');
    // 1 school in 20 s; 5 to go = 100 s = 1 min 40 s.
    expect(timeLeft(0, 1, 6, 20_000)).toBe(' · about 1 min 40 s left');
    expect(timeLeft(0, 0, 6, 20_000)).toBe('');
    expect(timeLeft(0, 6, 6, 20_000)).toBe('');
  });
});
