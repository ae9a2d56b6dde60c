// The double-booking check as it was before issue 12 (every pair of a teacher's meetings on a day compared, each
// clash's text built even past the listing limit), kept unchanged as the oracle that the grouped version must match.
// Only its imports and its name differ from src/engine/parse/doubleBooking.ts at commit 7a94b7a.
import type { DataCheckItem, Meeting, MeetingDay } from '../../src/engine/types';
import { meetingCell, meetingDayText, type RowMeetings } from '../../src/engine/parse/schedule';
import { dayLabel, parseDays } from '../../src/engine/parse/days';
import { formatTime } from '../../src/engine/parse/times';

// Teachers booked twice at the same time: same teacher, same day, overlapping periods or clock times, same term
// (or either without a term, or either full-year), different sections.

/** Term names that mean the whole year, matching the analyses' default. */
const DEFAULT_FULL_YEAR_TERMS = ['Year', 'Full Year', 'FY', 'Y'];

/** Beyond this many, one summary item gives the count: a broken file should not bury the rest of the data check. */
const MAX_DOUBLE_BOOKINGS_LISTED = 200;

/** Placeholder names in real exports that stand for "no teacher yet", not a person who can be in two places. */
const PLACEHOLDER_TEACHER = /^(tba|tbd|staff|vacant|vacancy|unassigned|none|n\/?a|new teacher|sub|substitute)(\s*\d*)?$/i;

/** Meetings are referred to as row index × MEETING_SLOTS + meeting index: plain numbers, no object per meeting. */
const MEETING_SLOTS = 64;

interface MeetingRef {
  source: RowMeetings;
  index: number;
}

export function findDoubleBookingsByPairs(
  sheet: string,
  rows: readonly RowMeetings[],
  fullYearTermNames: readonly string[] = DEFAULT_FULL_YEAR_TERMS,
): DataCheckItem[] {
  const fullYear = new Set(fullYearTermNames.map((t) => t.trim().toLowerCase()));
  // Asked for every pair of a teacher's meetings on a day (millions in a district): the common case, the same term
  // text, answers without lower-casing, and each distinct term is lower-cased once.
  const lowerCased = new Map<string, string>();
  const lower = (term: string) => {
    let known = lowerCased.get(term);
    if (known === undefined) lowerCased.set(term, (known = term.toLowerCase()));
    return known;
  };
  const sameTerm = (a: string | undefined, b: string | undefined) =>
    !a || !b || a === b || lower(a) === lower(b) || fullYear.has(lower(a)) || fullYear.has(lower(b));

  const byTeacher = new Map<string, Map<number, number[]>>();
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r];
    for (let i = 0; i < source.meetings.length && i < MEETING_SLOTS; i++) {
      const meeting = source.meetings[i];
      for (const teacher of meeting.teachers ?? source.section.teachers) {
        let byDay = byTeacher.get(teacher);
        if (!byDay) {
          if (PLACEHOLDER_TEACHER.test(teacher)) continue;
          byDay = new Map();
          byTeacher.set(teacher, byDay);
        }
        const day = dayNumber(meeting.day);
        const list = byDay.get(day);
        const ref = r * MEETING_SLOTS + i;
        if (list) list.push(ref);
        else byDay.set(day, [ref]);
      }
    }
  }

  const resolve = (ref: number): MeetingRef => ({ source: rows[Math.floor(ref / MEETING_SLOTS)], index: ref % MEETING_SLOTS });
  // One item per teacher and pair of sections: a pair that clashes every day is one mistake, not five. Past the
  // listing limit only the pairs' keys are kept, to count them.
  const clashGroups = new Map<string, ClashGroup | null>();
  for (const [teacher, byDay] of byTeacher) {
    for (const list of byDay.values()) {
      if (list.length < 2) continue;
      // Every pair of a teacher's meetings on one day is compared, so nothing is allocated until a pair clashes.
      for (let i = 0; i < list.length; i++) {
        const rowA = rows[Math.floor(list[i] / MEETING_SLOTS)];
        const meetingA = rowA.meetings[list[i] % MEETING_SLOTS];
        for (let j = i + 1; j < list.length; j++) {
          const rowB = rows[Math.floor(list[j] / MEETING_SLOTS)];
          if (rowA.section === rowB.section || !sameTerm(rowA.section.term, rowB.section.term)) continue;
          if (!clashes(meetingA, rowB.meetings[list[j] % MEETING_SLOTS])) continue;
          const a = resolve(list[i]);
          const b = resolve(list[j]);
          const when = overlap(a, b);
          if (!when) continue;
          const key = pairKey(teacher, rowA.section.id, rowB.section.id);
          const group = clashGroups.get(key);
          const day = rowA.meetings[a.index].day;
          const at = { day: dayNumber(day), text: `${dayLabel(day)} ${when.short}` };
          if (group) {
            if (!group.times.some((t) => t.text === at.text)) group.times.push(at);
          } else if (group === undefined) {
            const listed = clashGroups.size < MAX_DOUBLE_BOOKINGS_LISTED;
            clashGroups.set(key, listed ? { teacher, first: a, second: b, when, times: [at] } : null);
          }
        }
      }
    }
  }
  const items: DataCheckItem[] = [];
  for (const group of clashGroups.values()) if (group) items.push(describe(sheet, group));
  const found = clashGroups.size;
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

function dayNumber(day: MeetingDay): number {
  if (day.kind === 'weekday') return day.day;
  if (day.kind === 'ab') return day.day === 'A' ? 101 : 102;
  return 1000 + day.day;
}

/** Whether two meetings share a period or overlapping clock times: overlap()'s test without building its text. */
function clashes(ma: Meeting, mb: Meeting): boolean {
  if (ma.periods === mb.periods ? ma.periods.length > 0 : ma.periods.some((p) => mb.periods.includes(p))) return true;
  const { start: s1, end: e1 } = ma;
  const { start: s2, end: e2 } = mb;
  return s1 !== undefined && e1 !== undefined && s2 !== undefined && e2 !== undefined && s1 < e2 && s2 < e1;
}

/** When two meetings clash, for a sentence ("period 3") and for a list of clashes ("P3"). */
interface Overlap {
  long: string;
  short: string;
}

/** A teacher's clashes between one pair of sections, with the first clash's meetings for the cells. */
interface ClashGroup {
  teacher: string;
  first: MeetingRef;
  second: MeetingRef;
  when: Overlap;
  /** Each clash as "Mon P3", with its day's place in the week or cycle. */
  times: { day: number; text: string }[];
}

function pairKey(teacher: string, idA: string, idB: string): string {
  return idA < idB ? `${teacher}\u0000${idA}\u0000${idB}` : `${teacher}\u0000${idB}\u0000${idA}`;
}

function overlap(a: MeetingRef, b: MeetingRef): Overlap | null {
  const ma = a.source.meetings[a.index];
  const mb = b.source.meetings[b.index];
  const shared = ma.periods.filter((p) => mb.periods.includes(p));
  if (shared.length > 0) return { long: `period ${shared.join(', ')}`, short: shared.map((p) => `P${p}`).join('/') };
  const { start: s1, end: e1 } = ma;
  const { start: s2, end: e2 } = mb;
  if (s1 !== undefined && e1 !== undefined && s2 !== undefined && e2 !== undefined && s1 < e2 && s2 < e1) {
    const times = `${formatTime(Math.max(s1, s2))}–${formatTime(Math.min(e1, e2))}`;
    return { long: times, short: times };
  }
  return null;
}

function describe(defaultSheet: string, { teacher, first: a, second: b, when, times }: ClashGroup): DataCheckItem {
  // A schedule split over several sheets can book a teacher twice across two of them: each cell names its sheet then.
  const sheet = a.source.section.source.sheet || defaultSheet;
  const acrossSheets = b.source.section.source.sheet !== sheet;
  const part = ({ source }: MeetingRef) => {
    const { id, course, term } = source.section;
    const where = acrossSheets ? `sheet "${source.section.source.sheet}" ` : '';
    return `section "${id}" (${course}${term ? `, ${term}` : ''}, ${where}cell ${meetingCell(source) || `row ${source.row.rowNumber}`})`;
  };
  let at: string;
  if (times.length === 1) {
    const label = dayLabel(a.source.meetings[a.index].day);
    const dayText = meetingDayText(a.source);
    const written = dayText && parseDays(dayText)?.length === 1 && dayText !== label ? `${dayText} (${label})` : label;
    at = `on ${written}, ${when.long}`;
  } else {
    const listed = [...times].sort((x, y) => x.day - y.day).map((t) => t.text);
    at = `at once ${times.length} times (${listed.join(', ')})`;
  }
  return {
    severity: 'warning',
    sheet,
    cell: meetingCell(a.source),
    code: 'double-booking',
    message: `Teacher ${teacher} is ${times.length === 1 ? 'booked twice' : 'in two sections'} ${at}: ${part(a)} and ${part(b)}`,
  };
}
