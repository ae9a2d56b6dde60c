import type { DataCheckItem } from '../types';
import { meetingCell, meetingDayText, type MeetingSource } from './schedule';
import { dayKey, dayLabel, parseDays } from './days';
import { formatTime } from './times';

// Teachers booked twice at the same time: same teacher, same day, overlapping periods or clock times, same term
// (or either without a term, or either full-year), different sections.

/** Term names that mean the whole year, matching the analyses' default. */
export const DEFAULT_FULL_YEAR_TERMS = ['Year', 'Full Year', 'FY', 'Y'];

/** Beyond this many, one summary item gives the count: a broken file should not bury the rest of the data check. */
export const MAX_DOUBLE_BOOKINGS_LISTED = 200;

/** Placeholder names in real exports that stand for "no teacher yet", not a person who can be in two places. */
const PLACEHOLDER_TEACHER = /^(tba|tbd|staff|vacant|vacancy|unassigned|none|n\/?a|new teacher|sub|substitute)(\s*\d*)?$/i;

export function findDoubleBookings(
  sheet: string,
  meetings: readonly MeetingSource[],
  fullYearTermNames: readonly string[] = DEFAULT_FULL_YEAR_TERMS,
): DataCheckItem[] {
  const fullYear = new Set(fullYearTermNames.map((t) => t.trim().toLowerCase()));
  const sameTerm = (a: string | undefined, b: string | undefined) =>
    !a || !b || a.toLowerCase() === b.toLowerCase() || fullYear.has(a.toLowerCase()) || fullYear.has(b.toLowerCase());
  const byTeacher = new Map<string, Map<string | number, MeetingSource[]>>();
  for (const source of meetings) {
    for (const teacher of source.meeting.teachers ?? source.teachers) {
      let byDay = byTeacher.get(teacher);
      if (!byDay) {
        if (PLACEHOLDER_TEACHER.test(teacher)) continue;
        byDay = new Map();
        byTeacher.set(teacher, byDay);
      }
      const { kind, day } = source.meeting.day;
      const key = kind === 'weekday' ? day : dayKey(source.meeting.day);
      const list = byDay.get(key);
      if (list) list.push(source);
      else byDay.set(key, [source]);
    }
  }
  const items: DataCheckItem[] = [];
  let found = 0;
  for (const [teacher, byDay] of byTeacher) for (const list of byDay.values()) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.sectionId === b.sectionId || !sameTerm(a.term, b.term)) continue;
        const when = overlap(a, b);
        if (!when) continue;
        found++;
        if (found <= MAX_DOUBLE_BOOKINGS_LISTED) items.push(describe(sheet, teacher, a, b, when));
      }
    }
  }
  if (found > MAX_DOUBLE_BOOKINGS_LISTED) {
    items.push({
      severity: 'warning',
      sheet,
      cell: '',
      code: 'double-booking',
      message: `${found - MAX_DOUBLE_BOOKINGS_LISTED} more double-bookings are not listed (${found} in all); check the teacher, day and period columns`,
    });
  }
  return items;
}

function overlap(a: MeetingSource, b: MeetingSource): string | null {
  const shared = a.meeting.periods.filter((p) => b.meeting.periods.includes(p));
  if (shared.length > 0) return `period ${shared.join(', ')}`;
  const { start: s1, end: e1 } = a.meeting;
  const { start: s2, end: e2 } = b.meeting;
  if (s1 !== undefined && e1 !== undefined && s2 !== undefined && e2 !== undefined && s1 < e2 && s2 < e1) {
    return `${formatTime(Math.max(s1, s2))}–${formatTime(Math.min(e1, e2))}`;
  }
  return null;
}

function describe(sheet: string, teacher: string, a: MeetingSource, b: MeetingSource, when: string): DataCheckItem {
  const label = dayLabel(a.meeting.day);
  const dayText = meetingDayText(a);
  const written = dayText && parseDays(dayText)?.length === 1 && dayText !== label ? `${dayText} (${label})` : label;
  const part = (m: MeetingSource) => `section "${m.sectionId}" (${m.course}${m.term ? `, ${m.term}` : ''}, cell ${meetingCell(m) || `row ${m.row.rowNumber}`})`;
  return {
    severity: 'warning',
    sheet,
    cell: meetingCell(a),
    code: 'double-booking',
    message: `Teacher ${teacher} is booked twice on ${written}, ${when}: ${part(a)} and ${part(b)}`,
  };
}
