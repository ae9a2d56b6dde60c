import type { MeetingDay, SheetGrid } from '../types';
import { detectTables } from '../detect/detectTables';
import { BellLookup, parseBell } from './bell';

function parseBellSheet(rows: SheetGrid['rows']) {
  const grid: SheetGrid = { name: 'Bells', rows, originRow: 0, originCol: 0 };
  const { tables } = detectTables({ sheets: [grid] }, {});
  return parseBell(grid, tables[0]);
}

/** Start of the first and end of the last row a meeting's periods occupy; null when the bells leave one out. */
function timesOf(lookup: BellLookup, day: MeetingDay, periods: string[]): { start: number; end: number } | null {
  const rows = lookup.rowsFor(day, periods);
  return rows && { start: Math.min(...rows.map((r) => r.start)), end: Math.max(...rows.map((r) => r.end)) };
}

describe('parseBell', () => {
  it('reads periods with start and end, or start and minutes, and skips rows it cannot time', () => {
    const { bell, parse } = parseBellSheet([
      ['Schedule', 'Period', 'Start', 'End', 'Minutes'],
      ['A', 1, 0.3333333333, 0.3958333333, null], // 8:00–9:30
      ['A', 2, '9:35', null, 90], // 9:35 + 90 = 11:05
      ['B', 1, '8:00', '9:30', null],
      ['B', 2, 'soon', '11:05', null],
      ['B', '3-4', '12:00', '1:30', null],
    ]);
    expect(bell.map((b) => [b.dayType, b.period, b.start, b.end])).toEqual([
      ['A', '1', 480, 570],
      ['A', '2', 575, 665],
      ['B', '1', 480, 570],
    ]);
    expect([parse.rowsRead, parse.rowsSkipped]).toEqual([3, 2]);
    expect(parse.dataCheck.map((d) => d.message)).toEqual([
      'Sheet "Bells" cell C5: "soon" is not a time (expected 8:05, 8:05 AM, 0805 or an Excel time)',
      'Sheet "Bells" row 5 was skipped: no readable start time',
      'Sheet "Bells" row 6 was skipped: a bell schedule row names one period',
    ]);
  });

  it('looks up a period by A/B day, by weekday, or from the regular bells', () => {
    const { bell } = parseBellSheet([
      ['Day Type', 'Period', 'Start', 'End'],
      ['Regular', 1, '8:00', '8:50'],
      ['Regular', 2, '8:55', '9:45'],
      ['Early Release', 1, '8:00', '8:30'],
      ['Early Release', 3, '8:35', '9:05'],
      ['B', 1, '8:00', '9:30'],
      ['Fri', 2, '9:00', '9:30'],
    ]);
    const lookup = new BellLookup(bell);
    expect(timesOf(lookup, { kind: 'weekday', day: 1 }, ['1', '2'])).toEqual({ start: 480, end: 585 });
    // Friday has bells of its own that leave out period 1: not timed from the regular bells, and reported once.
    expect(timesOf(lookup, { kind: 'weekday', day: 5 }, ['1', '2'])).toBeNull();
    expect(timesOf(lookup, { kind: 'weekday', day: 5 }, ['2'])).toEqual({ start: 540, end: 570 });
    expect(timesOf(lookup, { kind: 'weekday', day: 5 }, ['1'])).toBeNull();
    expect(timesOf(lookup, { kind: 'ab', day: 'B' }, ['1'])).toEqual({ start: 480, end: 570 });
    // Period 3 exists only on the early-release bells: used when no regular bell names it.
    expect(timesOf(lookup, { kind: 'weekday', day: 2 }, ['3'])).toEqual({ start: 515, end: 545 });
    expect(timesOf(lookup, { kind: 'weekday', day: 2 }, ['9'])).toBeNull();
    expect(timesOf(lookup, { kind: 'weekday', day: 2 }, [])).toBeNull();
  });

  it('reports each period a day type leaves out once per day type, with its rows in the bell sheet', () => {
    const { bell } = parseBellSheet([
      ['Day Type', 'Period', 'Start', 'End'],
      ['Daily', 1, '8:00', '8:50'],
      ['Daily', 2, '8:55', '9:45'],
      ['Daily', 3, '9:50', '10:40'],
      ['M/W', 1, '9:00', '9:40'],
      ['M/W', 2, '9:45', '10:25'],
      ['B', 1, '8:00', '9:30'],
    ]);
    const lookup = new BellLookup(bell);
    // "Daily" is the general bell, not Monday's own: Monday is timed from the "M/W" rows only.
    expect(timesOf(lookup, { kind: 'weekday', day: 1 }, ['1', '2'])).toEqual({ start: 540, end: 625 });
    expect(timesOf(lookup, { kind: 'weekday', day: 2 }, ['3'])).toEqual({ start: 590, end: 640 });
    expect(timesOf(lookup, { kind: 'weekday', day: 1 }, ['3'])).toBeNull();
    expect(timesOf(lookup, { kind: 'weekday', day: 3 }, ['2', '3'])).toBeNull();
    expect(timesOf(lookup, { kind: 'ab', day: 'B' }, ['2'])).toBeNull();
    expect(timesOf(lookup, { kind: 'ab', day: 'B' }, ['2'])).toBeNull();
    expect(lookup.gapChecks().map((d) => [d.code, d.sheet, d.cell, d.message.slice(0, d.message.indexOf(' (sheet'))])).toEqual([
      ['bell-period-missing', 'Bells', '5:6', 'Period 3 has no time in the "M/W" bell schedule'],
      ['bell-period-missing', 'Bells', '7:7', 'Period 2 has no time in the "B" bell schedule'],
    ]);
  });
});
