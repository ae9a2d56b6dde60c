import type { BellPeriod, DataCheckItem, DetectedTable, MeetingDay, SheetGrid } from '../types';
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

const GENERAL_DAY_TYPE = /^(|regular|standard|normal|default|all|all days|daily|every day|everyday|weekdays|typical|regular day)$/i;

/**
 * The days a bell day type is specific to ("Wed", "W", "M/W", "B", "Day 2"); null for the general bells
 * ("Regular", "Daily", blank) and for names that are no day ("Early Release").
 */
export function specificDaysOf(dayType: string): MeetingDay[] | null {
  return GENERAL_DAY_TYPE.test(dayType.trim()) ? null : parseDays(dayType);
}

/** A period that a day's own bells leave out, with where that day type sits in the bell sheet. */
interface BellGap {
  period: string;
  dayType: string;
  sheet: string;
  firstRow: number;
  lastRow: number;
}

/**
 * Looks up a period's times for a meeting day: a bell row whose day type names that day ("Mon", "A", "Day 2")
 * wins; otherwise the regular schedule (blank or "Regular" day type), otherwise the first day type listed.
 * A day with bells of its own is timed only from them: a period they leave out has no time that day (recorded as
 * a gap for the data check), since another day type's times for it (Monday's for a late-start Wednesday) are wrong.
 * This is the one place that decides which bell rows apply on a day; the schedule clock (analyse/meetingTime.ts)
 * times every meeting from it.
 */
export class BellLookup {
  private readonly byDay = new Map<string, Map<string, BellPeriod>>();
  private readonly general = new Map<string, BellPeriod>();
  /** Per day key: the day type its own bells come from, and that day type's rows. */
  private readonly dayTypeOf = new Map<string, { dayType: string; sheet: string; firstRow: number; lastRow: number }>();
  private readonly gaps = new Map<string, BellGap>();
  private readonly rowsByDay = new Map<string, BellPeriod[]>();
  /** The (day, periods) objects checkPeriods has seen, by identity. */
  private readonly checkedPeriods = new Map<MeetingDay, Set<readonly string[]>>();

  constructor(bell: readonly BellPeriod[]) {
    const fallback = new Map<string, BellPeriod>();
    const rowsOfDayType = new Map<string, { dayType: string; sheet: string; firstRow: number; lastRow: number }>();
    for (const row of bell) {
      const seen = rowsOfDayType.get(row.dayType);
      if (!seen) rowsOfDayType.set(row.dayType, { dayType: row.dayType, sheet: row.source.sheet, firstRow: row.source.firstRow, lastRow: row.source.lastRow });
      else {
        seen.firstRow = Math.min(seen.firstRow, row.source.firstRow);
        seen.lastRow = Math.max(seen.lastRow, row.source.lastRow);
      }
      const days = specificDaysOf(row.dayType);
      if (days) {
        for (const day of days) {
          const key = dayKey(day);
          if (!this.byDay.has(key)) this.byDay.set(key, new Map());
          if (!this.dayTypeOf.has(key)) this.dayTypeOf.set(key, rowsOfDayType.get(row.dayType)!);
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

  /** Distinct periods the bells name on any day: no schedule cell can name more (see parse/periods.ts). */
  get periodCount(): number {
    const periods = new Set(this.general.keys());
    for (const day of this.byDay.values()) for (const period of day.keys()) periods.add(period);
    return periods.size;
  }

  /**
   * The bell rows that apply on a day, in start order: the day's own rows when it has any ("Wed", "A", "Day 2"),
   * else the regular rows with, for periods they lack, another day type's.
   */
  rowsOn(day: MeetingDay): BellPeriod[] {
    const key = dayKey(day);
    let rows = this.rowsByDay.get(key);
    if (!rows) {
      rows = [...(this.byDay.get(key) ?? this.general).values()].sort((a, b) => a.start - b.start || a.end - b.end);
      this.rowsByDay.set(key, rows);
    }
    return rows;
  }

  /**
   * The bell rows of a meeting's periods on its day; null when the bells leave any of them out. A day with bells of
   * its own is timed only from them: a period they lack is recorded as a gap for the data check.
   */
  rowsFor(day: MeetingDay, periods: readonly string[]): BellPeriod[] | null {
    if (periods.length === 0 || this.isEmpty) return null;
    const key = dayKey(day);
    const forDay = this.byDay.get(key);
    if (forDay) {
      // A plain loop: this runs for every meeting of a district, and the miss is rare.
      for (const period of periods) {
        if (forDay.has(period)) continue;
        this.recordGaps(key, periods.filter((p) => !forDay.has(p)));
        return null;
      }
    }
    const rows: BellPeriod[] = [];
    for (const period of periods) {
      const row = forDay?.get(period) ?? this.general.get(period);
      if (!row) return null;
      rows.push(row);
    }
    return rows;
  }

  /** Records, for the data check, the periods a meeting needs that its day's own bells leave out. */
  checkPeriods(day: MeetingDay, periods: readonly string[]): void {
    if (periods.length === 0 || this.isEmpty) return;
    // Asked for each of a district's 750,000 meetings, which share a few dozen day and period-list objects: a pair
    // already checked has nothing more to record (gaps are kept once), so it costs one lookup and no array.
    let checked = this.checkedPeriods.get(day);
    if (!checked) this.checkedPeriods.set(day, (checked = new Set()));
    if (checked.has(periods)) return;
    // Bounded: period lists built meeting by meeting (not shared) would otherwise each add an entry.
    if (checked.size >= 1000) checked.clear();
    checked.add(periods);
    const key = dayKey(day);
    const forDay = this.byDay.get(key);
    if (!forDay) return;
    for (const period of periods) {
      if (forDay.has(period)) continue;
      this.recordGaps(key, periods.filter((p) => !forDay.has(p)));
      return;
    }
  }

  /** One data-check item per period and day type that a scheduled meeting needed but the bells leave out. */
  gapChecks(): DataCheckItem[] {
    return [...this.gaps.values()].map((gap) => ({
      severity: 'warning',
      sheet: gap.sheet,
      cell: `${gap.firstRow}:${gap.lastRow}`,
      code: 'bell-period-missing',
      message:
        `Period ${gap.period} has no time in the "${gap.dayType}" bell schedule (sheet "${gap.sheet}" rows ${gap.firstRow}–${gap.lastRow}); ` +
        `its meetings on those days are not given another day type's times, so their minutes are unknown unless a period length is set; add the period to that day type`,
    }));
  }

  private recordGaps(key: string, periods: readonly string[]): void {
    const dayType = this.dayTypeOf.get(key)!;
    for (const period of periods) {
      const gapKey = `${dayType.dayType}\u0000${period}`;
      if (!this.gaps.has(gapKey)) this.gaps.set(gapKey, { period, ...dayType });
    }
  }
}
