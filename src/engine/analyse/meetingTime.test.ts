import type { CellValue, SheetGrid } from '../types';
import { parseWorkbook } from '../parse/parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { createClock } from './meetingTime';

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
    expect(clock.bellFor({ kind: 'weekday', day: 3 }).map((b) => [b.dayType, b.period])).toEqual([['W', '1']]);
  });

  it('reports the missing Wednesday period 3 once', () => {
    expect(parsed.dataCheck.filter((d) => d.code === 'bell-period-missing').map((d) => [d.sheet, d.cell])).toEqual([['Bells', '4:4']]);
  });
});
