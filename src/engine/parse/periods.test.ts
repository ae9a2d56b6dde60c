import { MAX_PERIODS_WITHOUT_BELL, parsePeriods, readPeriods, tooManyPeriodsReason } from './periods';
import { review } from '../review';
import { countingWork } from '../workCount';

describe('parsePeriods', () => {
  it.each([
    [3, ['3']],
    ['3', ['3']],
    ['03', ['3']],
    ['1-2', ['1', '2']],
    ['2 – 4', ['2', '3', '4']],
    ['P1', ['1']],
    ['P1-P2', ['1', '2']],
    ['Per 3', ['3']],
    ['Per. 3', ['3']],
    ['Period 4', ['4']],
    ['Period A', ['A']],
    ['1,3', ['1', '3']],
    ['1 & 3', ['1', '3']],
    ['HR', ['HR']],
    ['Lunch', ['Lunch']],
    [null, []],
    ['', []],
  ])('reads %p as %p', (input, expected) => {
    expect(parsePeriods(input)).toEqual(expected);
  });
});

describe('readPeriods: no cell names more periods than the school day has', () => {
  it('counts a range before expanding it, so "1-99999" costs no more than "1-2"', () => {
    const tooLong = countingWork(() => readPeriods('1-99999'));
    expect(tooLong.value).toEqual({ labels: [], tooMany: 99999 });
    // Not one of the 99,999 labels is made; "1-2" makes its 2.
    expect(tooLong.work.periodLabels).toBe(0);
    expect(countingWork(() => readPeriods('1-2')).work.periodLabels).toBe(2);
    // 1e20 - 1 + 1 periods: counted, never expanded.
    const huge = countingWork(() => readPeriods('1-100000000000000000000'));
    expect(huge.value).toEqual({ labels: [], tooMany: 1e20 });
    expect(huge.work.periodLabels).toBe(0);
    // A range within the day is made up to the limit and the rest is counted: 1-19 (19 labels) + "21-99999" counted.
    expect(countingWork(() => readPeriods('1-19, 21-99999')).work.periodLabels).toBe(19);
  });

  it('allows exactly the limit and refuses one more, ranges and lists together', () => {
    // 1-20 is 20 periods: the limit without a bell schedule.
    expect(readPeriods('1-20').labels).toHaveLength(20);
    // 1-19 (19) + 21 + 22 = 21 periods.
    expect(readPeriods('1-19, 21, 22')).toEqual({ labels: [], tooMany: 21 });
    // With a bell schedule of 8 periods, "1-9" names 9.
    expect(readPeriods('P1-P9', 8)).toEqual({ labels: [], tooMany: 9 });
    expect(readPeriods('P1-P8', 8).labels).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(parsePeriods('1-99999')).toEqual([]);
  });

  it('says how many periods the cell names and how many the day has', () => {
    expect(tooManyPeriodsReason(99999, 8, true)).toBe(
      'names 99999 periods, more than the school day has (the bell schedule has 8 periods); its periods were read as blank. Expected a period or a range such as 1-2.',
    );
    expect(tooManyPeriodsReason(21, MAX_PERIODS_WITHOUT_BELL, false)).toMatch(/a school day has at most 20 without a bell schedule/);
  });
});

describe('a period range longer than the day in a schedule', () => {
  const schedule = (period: string) => ({
    name: 'Schedule',
    originRow: 0,
    originCol: 0,
    rows: [
      ['Teacher', 'Course', 'Period', 'Days', 'Enrollment'],
      ['Abbott', 'English 9', '1', 'M-F', 30],
      ['Brown', 'Algebra', period, 'M-F', 25],
    ],
  });
  const bell = {
    name: 'Bell',
    originRow: 0,
    originCol: 0,
    rows: [['Period', 'Start', 'End'], ...[1, 2, 3, 4, 5, 6].map((p) => [p, `${7 + p}:00`, `${7 + p}:50`])],
  };

  it('"1-99999" is a Data Check error with its cell and gives the teacher no periods, at once', () => {
    const { value: { result }, work } = countingWork(() => review({ workbook: { sheets: [schedule('1-99999')] } }));
    // Only Abbott's "1" is made a label: the range is counted, not expanded.
    expect(work.periodLabels).toBe(1);
    expect(result.dataCheck.filter((d) => d.code === 'too-many-periods')).toEqual([
      {
        severity: 'error',
        sheet: 'Schedule',
        cell: 'C3',
        code: 'too-many-periods',
        message:
          'Sheet "Schedule" cell C3: "1-99999" names 99999 periods, more than the school day has (a school day has at most 20 without a bell schedule); its periods were read as blank. Expected a period or a range such as 1-2.',
      },
    ]);
    expect(result.teachers.find((t) => t.teacher === 'Brown')?.periodsPerCycle).toBe(0);
  });

  it('with a bell schedule of 6 periods, "1-7" is too long and "1-6" is read', () => {
    const tooLong = review({ workbook: { sheets: [schedule('1-7'), bell] } }).result;
    expect(tooLong.dataCheck.find((d) => d.code === 'too-many-periods')?.message).toMatch(/"1-7" names 7 periods.*the bell schedule has 6 periods/);
    const whole = review({ workbook: { sheets: [schedule('1-6'), bell] } }).result;
    expect(whole.dataCheck.some((d) => d.code === 'too-many-periods')).toBe(false);
    // Periods 1-6 on five days: 6 x 5 = 30 periods a week.
    expect(whole.teachers.find((t) => t.teacher === 'Brown')?.periodsPerCycle).toBe(30);
  });
});
