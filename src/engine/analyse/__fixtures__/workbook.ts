import type { BellPeriod, Meeting, MeetingDay, ParsedWorkbook, Section, StaffMember } from '../../types';
import { defaultSettings } from '../../settings/defaults';
import type { Settings } from '../../types';

// Builders for schedule fixtures: typed records straight away, so the analyses are tested without the parser.

let row = 1;

export const MON_FRI: MeetingDay[] = [1, 2, 3, 4, 5].map((d) => ({ kind: 'weekday', day: d as 1 | 2 | 3 | 4 | 5 }));

export function weekday(d: 1 | 2 | 3 | 4 | 5 | 6 | 7): MeetingDay {
  return { kind: 'weekday', day: d };
}

/** Meetings on the given days in the given periods, with optional clock times (minutes after midnight). */
export function meetings(days: MeetingDay[], periods: string[], start?: number, end?: number): Meeting[] {
  return days.map((day) => ({
    day,
    periods,
    start,
    end,
    minutes: start !== undefined && end !== undefined ? end - start : undefined,
  }));
}

export function section(partial: Partial<Section> & { id: string; teachers: string[] }): Section {
  const r = row++;
  return {
    course: partial.id,
    core: false,
    program: 'general',
    meetings: [],
    collaboration: false,
    source: { sheet: 'Schedule', firstRow: r, lastRow: r },
    ...partial,
  };
}

export function staff(name: string, extra: Partial<StaffMember> = {}): StaffMember {
  const r = row++;
  return { name, source: { sheet: 'Staff', firstRow: r, lastRow: r }, ...extra };
}

export function bell(period: string, start: number, end: number, dayType = ''): BellPeriod {
  return { period, dayType, start, end, source: { sheet: 'Bell', firstRow: 1, lastRow: 1 } };
}

export function workbook(partial: Partial<ParsedWorkbook>): ParsedWorkbook {
  return {
    tables: [],
    sections: [],
    bell: [],
    staff: [],
    enrollment: [],
    students: [],
    budget: [],
    dataCheck: [],
    sheetStats: [],
    ...partial,
  };
}

export function settingsWith(extra: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...extra };
}

/** Clock time as minutes after midnight: t(8, 5) = 8:05. */
export function t(hours: number, minutes = 0): number {
  return hours * 60 + minutes;
}
