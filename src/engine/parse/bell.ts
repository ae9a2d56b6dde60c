import type { BellPeriod, DetectedTable, MeetingDay, SheetGrid } from '../types';
import { readTableRows } from './tableRows';
import { newSheetParse, readField, reportCell, skipRow, type SheetParse } from './rowReport';
import { parseTime, TIME_EXPECTATION } from './times';
import { parseNumber, cellText } from './values';
import { parsePeriods } from './periods';
import { dayKey, parseDays } from './days';

// The bell schedule: period → start/end, optionally per day type ("Regular", "A", "Mon", "Early release").

export function parseBell(grid: SheetGrid, table: DetectedTable): { bell: BellPeriod[]; parse: SheetParse } {
  const parse = newSheetParse(grid.name);
  const bell: BellPeriod[] = [];
  for (const row of readTableRows(grid, table)) {
    const periods = parsePeriods(readField(parse, row, 'period'));
    if (periods.length !== 1) {
      skipRow(parse, row, periods.length ? 'a bell schedule row names one period' : 'no period');
      continue;
    }
    const start = parseTime(readField(parse, row, 'start'));
    let end = parseTime(readField(parse, row, 'end'));
    const minutes = parseNumber(readField(parse, row, 'minutes'));
    if (start === null) {
      reportCell(parse, row, 'start', 'unreadable-time', `is not a time (${TIME_EXPECTATION})`);
      skipRow(parse, row, 'no readable start time');
      continue;
    }
    if (end === null && minutes !== null) end = start + minutes;
    if (end === null) {
      reportCell(parse, row, 'end', 'unreadable-time', `is not a time (${TIME_EXPECTATION})`);
      skipRow(parse, row, 'no readable end time');
      continue;
    }
    if (end <= start && end + 12 * 60 > start) end += 12 * 60;
    parse.rowsRead++;
    bell.push({
      period: periods[0],
      dayType: cellText(readField(parse, row, 'dayType')),
      start,
      end,
      source: { sheet: grid.name, firstRow: row.rowNumber, lastRow: row.rowNumber },
    });
  }
  return { bell, parse };
}

const GENERAL_DAY_TYPE = /^(|regular|standard|normal|default|all|all days|daily|typical|regular day)$/i;

/**
 * Looks up a period's times for a meeting day: a bell row whose day type names that day ("Mon", "A", "Day 2")
 * wins; otherwise the regular schedule (blank or "Regular" day type), otherwise the first day type listed.
 */
export class BellLookup {
  private readonly byDay = new Map<string, Map<string, BellPeriod>>();
  private readonly general = new Map<string, BellPeriod>();

  constructor(bell: readonly BellPeriod[]) {
    const fallback = new Map<string, BellPeriod>();
    for (const row of bell) {
      const days = row.dayType === '' ? null : parseDays(row.dayType);
      if (days) {
        for (const day of days) {
          const key = dayKey(day);
          if (!this.byDay.has(key)) this.byDay.set(key, new Map());
          const periods = this.byDay.get(key)!;
          if (!periods.has(row.period)) periods.set(row.period, row);
        }
      } else if (GENERAL_DAY_TYPE.test(row.dayType.trim())) {
        if (!this.general.has(row.period)) this.general.set(row.period, row);
      } else if (!fallback.has(row.period)) fallback.set(row.period, row);
    }
    for (const [period, row] of fallback) if (!this.general.has(period)) this.general.set(period, row);
  }

  get isEmpty(): boolean {
    return this.general.size === 0 && this.byDay.size === 0;
  }

  /** Start of the first and end of the last period ("1-2" spans start of 1 to end of 2); null when any is unknown. */
  span(day: MeetingDay, periods: readonly string[]): { start: number; end: number } | null {
    if (periods.length === 0 || this.isEmpty) return null;
    const forDay = this.byDay.get(dayKey(day));
    const rows = periods.map((p) => forDay?.get(p) ?? this.general.get(p));
    if (rows.some((r) => !r)) return null;
    const found = rows as BellPeriod[];
    return { start: Math.min(...found.map((r) => r.start)), end: Math.max(...found.map((r) => r.end)) };
  }
}
