import type { CellValue, Meeting, MeetingDay, Section, SheetGrid } from '../types';
import { parseWorkbook } from '../parse/parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { createClock, cycleLength } from './meetingTime';

const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 0, originCol: 0 });

describe('createClock: a day with bells of its own', () => {
  const settings = defaultSettings();
  const parsed = parseWorkbook(
    {
      sheets: [
        sheet('Bells', [
          ['Day Type', 'Period', 'Start', 'End'],
          ['Regular', 1, '8:00', '8:50'],
          ['Regular', 3, '9:50', '10:40'],
          ['W', 1, '9:00', '9:40'],
        ]),
        sheet('Schedule', [
          ['Section', 'Course', 'Teacher', 'Period', 'Days'],
          ['S1', 'Biology', 'Fox', '3', 'M, W'],
          ['S2', 'Chemistry', 'Fox', '1', 'W'],
        ]),
      ],
    },
    settings,
  );
  const clock = createClock(parsed, settings);
  const minutesOf = (id: string) =>
    clock.meetingsOf(parsed.sections.find((s) => s.id === id)!).map((m) => [m.dayLabel, m.minutes]);

  it('never times a period from another day type when the day written "W" leaves it out', () => {
    // Monday: the regular period 3, 9:50–10:40 = 50 minutes; Wednesday has no period 3 of its own.
    expect(minutesOf('S1')).toEqual([
      ['Mon', 50],
      ['Wed', null],
    ]);
    // Wednesday's own period 1: 9:00–9:40 = 40 minutes.
    expect(minutesOf('S2')).toEqual([['Wed', 40]]);
    expect(clock.schoolDay({ kind: 'weekday', day: 3 }).periods.map((b) => [b.dayType, b.period])).toEqual([['W', '1']]);
  });

  it('reports the missing Wednesday period 3 once', () => {
    expect(parsed.dataCheck.filter((d) => d.code === 'bell-period-missing').map((d) => [d.sheet, d.cell])).toEqual([['Bells', '4:4']]);
  });
});

describe('createClock: a meeting is taught only in its bell periods, joined across passing time', () => {
  // Bell: P1 8:00-8:50, P2 8:55-9:45, a "Break" row 9:45-10:05, P3 10:05-10:55, P4 11:00-11:50, an unnamed 40-minute
  // gap (lunch) 11:50-12:30, P5 12:30-13:20, P6 13:25-14:15.
  const bellSheet = sheet('Bells', [
    ['Period', 'Start', 'End'],
    [1, '8:00', '8:50'],
    [2, '8:55', '9:45'],
    ['Break', '9:45', '10:05'],
    [3, '10:05', '10:55'],
    [4, '11:00', '11:50'],
    [5, '12:30', '13:20'],
    [6, '13:25', '14:15'],
  ]);
  const scheduleSheet = sheet('Schedule', [
    ['Section', 'Course', 'Teacher', 'Period', 'Start', 'End', 'Days'],
    ['D12', 'Biology', 'Fox', '1-2', null, null, 'Mon'],
    ['D23', 'Biology', 'Fox', '2-3', null, null, 'Tue'],
    ['D45', 'Biology', 'Fox', '4-5', null, null, 'Wed'],
    ['B', 'Yard duty', 'Fox', 'Break', null, null, 'Thu'],
    ['T1', 'Art', 'Ng', null, '9:00', '10:55', 'Mon'],
    ['T2', 'Art', 'Ng', null, '11:00', '1:20', 'Tue'],
    ['T3', 'Art', 'Ng', null, '7:30', '8:50', 'Wed'],
  ]);
  const clockWith = (extra: Partial<ReturnType<typeof defaultSettings>> = {}) => {
    const settings = { ...defaultSettings(), ...extra };
    const parsed = parseWorkbook({ sheets: [bellSheet, scheduleSheet] }, settings);
    const of = (id: string) => clock.meetingsOf(parsed.sections.find((s) => s.id === id)!)[0];
    const clock = createClock(parsed, settings);
    return { parsed, clock, of };
  };

  it('times a double period through its passing time, and not through a break or lunch', () => {
    const { of } = clockWith();
    // 1-2: 8:00-9:45 = 105 minutes, the 5-minute change included.
    expect([of('D12').minutes, of('D12').intervals, of('D12').slots]).toEqual([105, [[480, 585]], 2]);
    // 2-3 around the 20-minute break: 50 + 50 = 100, in two stretches.
    expect([of('D23').minutes, of('D23').intervals]).toEqual([100, [[535, 585], [605, 655]]]);
    // 4-5 around the unnamed 40-minute gap: 50 + 50 = 100.
    expect([of('D45').minutes, of('D45').intervals]).toEqual([100, [[660, 710], [750, 800]]]);
  });

  it('gives a meeting in a break row no teaching time and no period slot', () => {
    const { of } = clockWith();
    expect([of('B').minutes, of('B').intervals, of('B').slots, of('B').timed]).toEqual([0, [], 0, true]);
  });

  it('takes breaks and lunch out of a meeting given by start and end times', () => {
    const { of } = clockWith();
    // 9:00-10:55 less the break 9:45-10:05: 45 + 50 = 95 minutes, over periods 2 and 3.
    expect([of('T1').minutes, of('T1').intervals, of('T1').slots]).toEqual([95, [[540, 585], [605, 655]], 2]);
    // 11:00-13:20 less lunch 11:50-12:30: 50 + 50 = 100.
    expect([of('T2').minutes, of('T2').intervals]).toEqual([100, [[660, 710], [750, 800]]]);
    // Before the first bell is not a break: 7:30-8:50 = 80 minutes, over period 1 only.
    expect([of('T3').minutes, of('T3').slots]).toEqual([80, 1]);
  });

  it('reads the passing time from the settings', () => {
    // No passing time: 1-2 is two stretches of 50 minutes.
    expect(clockWith({ passingMinutes: 0 }).of('D12')).toMatchObject({ minutes: 100, intervals: [[480, 530], [535, 585]] });
    // 45 minutes of passing time: the 40-minute gap is passing, so 4-5 runs 11:00-13:20 = 140 minutes.
    expect(clockWith({ passingMinutes: 45 }).of('D45')).toMatchObject({ minutes: 140, intervals: [[660, 800]] });
  });

  it('describes the school day: teaching periods and the breaks between them', () => {
    const { clock } = clockWith();
    const day = clock.schoolDay({ kind: 'weekday', day: 1 });
    expect(day.periods.map((p) => p.period)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(day.breaks).toEqual([
      { start: 585, end: 605, label: 'break' },
      { start: 710, end: 750, label: 'break' },
    ]);
  });
});

describe('createClock: day types', () => {
  it('times a period range from each day type\'s own bells', () => {
    const settings = defaultSettings();
    const parsed = parseWorkbook(
      {
        sheets: [
          sheet('Bell Schedule', [
            ['Day Type', 'Period', 'Start', 'End'],
            ['Regular', 1, '8:00', '8:50'],
            ['Regular', 2, '8:55', '9:45'],
            ['Wed', 1, '8:00', '8:40'],
            ['Wed', 2, '8:45', '9:25'],
          ]),
          sheet('Master Schedule', [
            ['Section', 'Course', 'Teacher', 'Period', 'Days'],
            ['A1', 'Geometry', 'Fox', '1-2', 'M, W'],
          ]),
        ],
      },
      settings,
    );
    const clock = createClock(parsed, settings);
    // Mon (regular): 8:00-9:45 = 105 minutes; Wed (its own bells): 8:00-9:25 = 85 minutes.
    expect(clock.meetingsOf(parsed.sections[0]).map((m) => [m.dayLabel, m.start, m.end, m.minutes])).toEqual([
      ['Mon', 480, 585, 105],
      ['Wed', 480, 565, 85],
    ]);
  });
});

describe('createClock: sections that meet alike', () => {
  const settings = defaultSettings();
  const parsed = parseWorkbook(
    {
      sheets: [
        sheet('Bells', [
          ['Period', 'Start', 'End'],
          [1, '8:00', '8:50'],
          [2, '8:55', '9:45'],
        ]),
        sheet('Schedule', [
          ['Section', 'Course', 'Teacher', 'Period', 'Days', 'Start', 'End'],
          ['S1', 'Biology', 'Fox', '2', 'M, W', null, null],
          ['S2', 'Chemistry', 'Lee', '2', 'M, W', null, null],
          ['S3', 'Physics', 'Ray', '2', 'W, M', null, null],
          ['S4', 'Art', 'Kim', '2', 'M, W', '9:00', '9:30'],
        ]),
      ],
    },
    settings,
  );
  const clock = createClock(parsed, settings);
  const section = (id: string) => parsed.sections.find((s) => s.id === id)!;
  const described = (id: string) => clock.meetingsOf(section(id)).map((m) => [m.dayLabel, m.minutes, m.slotKeys]);

  it('share one resolved list, the same as resolving each meeting, and keep their own day order and times', () => {
    // Same period cell and same days cell: one list for both, each meeting period 2, 8:55–9:45 = 50 minutes.
    expect(clock.meetingsOf(section('S2'))).toBe(clock.meetingsOf(section('S1')));
    expect(clock.meetingsOf(section('S1'))).toEqual(section('S1').meetings.map((m) => clock.resolve(m)));
    expect(described('S1')).toEqual([
      ['Mon', 50, ['Mon|2']],
      ['Wed', 50, ['Wed|2']],
    ]);
    // Days written the other way round keep their order; a row with its own times (9:00–9:30 = 30 minutes) is its own.
    expect(described('S3')).toEqual([
      ['Wed', 50, ['Wed|2']],
      ['Mon', 50, ['Mon|2']],
    ]);
    expect(described('S4')).toEqual([
      ['Mon', 30, ['Mon|2']],
      ['Wed', 30, ['Wed|2']],
    ]);
    expect(clock.meetingsOf(section('S4'))).not.toBe(clock.meetingsOf(section('S1')));
  });
});

describe('cycleLength', () => {
  const cycle = (n: number): MeetingDay => ({ kind: 'cycle', day: n });
  const sectionMeeting = (id: string, meetings: Meeting[]) => ({ id, meetings }) as Section;

  it('finds the highest cycle day in a meetings list that sections share, read once, and in a list seen after it', () => {
    const early = Object.freeze([{ day: cycle(2), periods: ['1'] }]);
    const late = Object.freeze([{ day: cycle(3), periods: ['1'] }, { day: cycle(6), periods: ['2'] }]);
    // early, early, late, early, late: the highest day, 6, sits in the list seen third.
    const sections = [early, early, late, early, late].map((m, i) => sectionMeeting(`S${i}`, m as Meeting[]));
    expect(cycleLength(sections, defaultSettings())).toBe(6);
  });

  it('is at least 1 without cycle days, and the setting when one is set', () => {
    const sections = [sectionMeeting('W', [{ day: { kind: 'weekday', day: 1 }, periods: ['1'] }])];
    expect(cycleLength(sections, defaultSettings())).toBe(1);
    expect(cycleLength(sections, { ...defaultSettings(), cycleDays: 8 })).toBe(8);
  });
});
