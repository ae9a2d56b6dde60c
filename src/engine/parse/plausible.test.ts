import { review } from '../review';
import type { CellValue, SheetGrid } from '../types';
import { implausibleReason, parseNumber, plausibility } from './values';

// No NaN, Infinity or implausible count reaches a result: such cells are Data Check errors, read as blank.

const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 0, originCol: 0 });

describe('parseNumber and plausibility', () => {
  it('never returns Infinity or NaN', () => {
    expect(parseNumber('9'.repeat(400))).toBeNull();
    expect(parseNumber(Infinity)).toBeNull();
    expect(parseNumber(NaN)).toBeNull();
    expect(parseNumber('-1e999')).toBeNull();
    expect(parseNumber(9e307)).toBe(9e307);
  });

  it.each<[string, CellValue, string]>([
    ['minutes', 9e307, 'implausible'],
    ['minutes', 1440, 'ok'],
    ['minutes', 1441, 'implausible'],
    ['minutes', -5, 'implausible'],
    ['enrollment', '9e307', 'ok'], // not a number the parser reads ("9e307" as text): the parser reports it
    ['enrollment', 10_001, 'implausible'],
    ['students', 9e307, 'implausible'],
    ['fte', -1, 'implausible'],
    ['fte', '(0.5)', 'implausible'],
    ['amount', '(500)', 'adjustment'],
    ['amount', 2e11, 'implausible'],
    ['salary', -65000, 'adjustment'],
    ['teacher', 9e307, 'ok'], // no bound for text fields
    ['minutes', 'fifty', 'ok'],
  ])('%s %p is %s', (field, value, expected) => {
    expect(plausibility(field, value)).toBe(expected);
  });
});

describe('implausible numbers in a workbook', () => {
  const schedule = sheet('Schedule', [
    ['Teacher', 'Course', 'Period', 'Days', 'Minutes', 'Enrollment'],
    ['Abbott', 'English 9', '1', 'M-F', 9e307, 30],
    ['Clark', 'Biology', '2', 'M-F', 50, 9e307],
    ['Brown', 'Algebra', '1', 'M-F', 50, 25],
  ]);
  const enrollment = sheet('Enrollment', [
    ['Grade', 'Students'],
    ['9', 9e307],
    ['10', 120],
  ]);
  const budget = sheet('Budget', [
    ['Description', 'Fund', 'FTE', 'Amount'],
    ['Teacher', 'General', -1, 90000],
    ['Teacher', 'General', 1, 95000],
    ['Prior-year refund', 'General', null, '(5,000)'],
    ['Supplies', 'General', null, 1e300],
  ]);
  const { result, report } = review({ workbook: { sheets: [schedule, enrollment, budget] }, settings: { schoolLevel: 'high' } });
  const items = (code: string) => result.dataCheck.filter((d) => d.code === code).map((d) => `${d.severity} ${d.sheet}!${d.cell}`);

  it('names each implausible cell as an error and each negative amount as a note', () => {
    expect(items('implausible-number')).toEqual([
      'error Schedule!E2',
      'error Schedule!F3',
      'error Enrollment!B2',
      'error Budget!C2',
      'error Budget!D5',
    ]);
    expect(items('negative-amount')).toEqual(['info Budget!D4']);
    expect(result.dataCheck.find((d) => d.cell === 'E2')?.message).toBe(
      `Sheet "Schedule" cell E2: "9e+307" ${implausibleReason('minutes')}`,
    );
  });

  it('reads them as blank: no figure is built on them', () => {
    // Grade 9 is skipped (no readable count), so students = grade 10's 120.
    expect(result.keyFigures.students).toBe(120);
    // Budget: 90,000 + 95,000 - 5,000 = 180,000; the 1e300 line has no amount and is skipped.
    expect(result.budget?.total).toBe(180000);
    // Abbott's one section has 30; Clark's only enrollment was read as blank, so Clark's seats are unknown, not 9e307.
    const abbott = result.teachers.find((t) => t.teacher === 'Abbott');
    expect(abbott?.seats).toBe(30);
    expect(result.teachers.find((t) => t.teacher === 'Clark')?.seatsKnown).toBe(false);
    // The 9e307-minute meeting is left untimed; no minutes figure comes near it.
    expect(abbott?.minutesPerWeek === null || (abbott?.minutesPerWeek ?? 0) <= 7 * 1440).toBe(true);
  });

  it('puts no NaN, Infinity or number above 1e12 anywhere in the result or report', () => {
    const bad: string[] = [];
    JSON.stringify({ result, report }, (key, value) => {
      if (typeof value === 'number' && (!Number.isFinite(value) || Math.abs(value) > 1e12)) bad.push(`${key}=${value}`);
      return value;
    });
    expect(bad).toEqual([]);
  });
});
