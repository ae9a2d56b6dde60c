import type { DataCheckItem, Meeting, MeetingDay, Section } from '../types';
import { meetingCell, meetingDayText, type RowMeetings } from './schedule';
import { dayLabel, parseDays } from './days';
import { formatTime } from './times';
import { countWork } from '../workCount';

// Teachers booked twice at the same time: same teacher, same day, overlapping periods or clock times, same term
// (or either without a term, or either full-year), different sections.

/** Term names that mean the whole year, matching the analyses' default. */
export const DEFAULT_FULL_YEAR_TERMS = ['Year', 'Full Year', 'FY', 'Y'];

/** Beyond this many, one summary item gives the count: a broken file should not bury the rest of the data check. */
export const MAX_DOUBLE_BOOKINGS_LISTED = 200;

/** Placeholder names in real exports that stand for "no teacher yet", not a person who can be in two places. */
const PLACEHOLDER_TEACHER = /^(tba|tbd|staff|vacant|vacancy|unassigned|none|n\/?a|new teacher|sub|substitute)(\s*\d*)?$/i;

/** Meetings are referred to as row index × MEETING_SLOTS + meeting index: plain numbers, no object per meeting. */
const MEETING_SLOTS = 64;

interface MeetingRef {
  source: RowMeetings;
  index: number;
}

export function findDoubleBookings(
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
  // listing limit nothing else is kept or written: the text of a clash is built only for the clashes listed.
  const listed: ClashGroup[] = [];
  let found = 0;
  let teacher = '';
  /** The current teacher's pairs, as numbers below rows.length² (there are at most rows.length section ids). */
  const teacherPairs = new Map<number, ClashGroup | null>();
  // A pair of sections is known by their ids' numbers (no key text), numbered per teacher in the order they first
  // clash: a teacher has a handful of sections, found by a short scan (the same object, else the same id) where a map
  // of every id (150,000 in a district) cost a string lookup per row. Past a handful, a map by id takes over.
  const teacherSections: Section[] = [];
  let teacherIds: Map<string, number> | undefined;
  const sectionNumber = (section: Section): number => {
    if (teacherIds) {
      let number = teacherIds.get(section.id);
      if (number === undefined) teacherIds.set(section.id, (number = teacherIds.size));
      return number;
    }
    for (let k = 0; k < teacherSections.length; k++) {
      if (teacherSections[k] === section || teacherSections[k].id === section.id) return k;
    }
    if (teacherSections.length < SECTIONS_SCANNED) return teacherSections.push(section) - 1;
    teacherIds = new Map(teacherSections.map((known, k) => [known.id, k]));
    teacherIds.set(section.id, teacherSections.length);
    return teacherSections.length;
  };
  const onClash = (list: readonly number[], i: number, j: number): void => {
    const rowA = Math.floor(list[i] / MEETING_SLOTS);
    const rowB = Math.floor(list[j] / MEETING_SLOTS);
    const sourceA = rows[rowA];
    if (sourceA.section === rows[rowB].section || !sameTerm(sourceA.section.term, rows[rowB].section.term)) return;
    const idA = sectionNumber(sourceA.section);
    const idB = sectionNumber(rows[rowB].section);
    const key = idA < idB ? idA * rows.length + idB : idB * rows.length + idA;
    const group = teacherPairs.get(key);
    if (group === null) return; // counted, not listed
    if (group === undefined && listed.length >= MAX_DOUBLE_BOOKINGS_LISTED) {
      teacherPairs.set(key, null);
      found++;
      return;
    }
    const a = resolve(list[i]);
    const b = resolve(list[j]);
    const when = overlap(a, b)!; // not null: only pairs that clash are passed on
    const day = sourceA.meetings[a.index].day;
    const at = { day: dayNumber(day), text: `${dayLabel(day)} ${when.short}` };
    if (group) {
      if (!group.times.some((t) => t.text === at.text)) group.times.push(at);
    } else {
      const created: ClashGroup = { teacher, first: a, second: b, when, times: [at] };
      teacherPairs.set(key, created);
      listed.push(created);
      found++;
    }
  };
  for (const [name, byDay] of byTeacher) {
    teacher = name;
    teacherPairs.clear();
    teacherSections.length = 0;
    teacherIds = undefined;
    for (const list of byDay.values()) if (list.length >= 2) forEachClash(rows, list, onClash);
  }
  const items = listed.map((group) => describe(sheet, group));
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

/** A teacher's clashing sections are numbered by a scan up to this many, then by a map. */
const SECTIONS_SCANNED = 32;

/** A teacher's day of up to this many meetings (a normal one) is compared pair by pair: at most 28 pairs. */
const PAIRS_COMPARED_UP_TO = 8;

/** The meetings of a normal day, reused from one teacher and day to the next (emptied after each). */
const dayMeetings: (Meeting | undefined)[] = new Array<Meeting | undefined>(PAIRS_COMPARED_UP_TO).fill(undefined);

const meetingAt = (rows: readonly RowMeetings[], ref: number): Meeting => rows[Math.floor(ref / MEETING_SLOTS)].meetings[ref % MEETING_SLOTS];

/**
 * The pairs of one teacher's meetings on one day that clash, as indices into `list`: i < j, in the order i then j
 * (the order the items are listed in). Past a normal day, meetings are grouped by time slot (period), so a meeting is
 * paired only with those in its slots, and meetings with clock times also with the others that have them, by time.
 * Passed on one by one: a broken file can put thousands of meetings in one slot, and their pairs are never all held.
 */
function forEachClash(rows: readonly RowMeetings[], list: readonly number[], onClash: (list: readonly number[], i: number, j: number) => void): void {
  countWork('meetingsCompared', list.length);
  if (list.length <= PAIRS_COMPARED_UP_TO) {
    // A normal day: no array or map per teacher and day (a district has over 100,000 of them), and each meeting
    // looked up once (through its row, scattered in memory), not once per pair.
    for (let i = 0; i < list.length; i++) dayMeetings[i] = meetingAt(rows, list[i]);
    for (let i = 0; i < list.length; i++) {
      const meeting = dayMeetings[i]!;
      countWork('meetingPairs', list.length - i - 1);
      for (let j = i + 1; j < list.length; j++) if (clashes(meeting, dayMeetings[j]!)) onClash(list, i, j);
    }
    dayMeetings.fill(undefined);
    return;
  }
  const meetings = list.map((ref) => meetingAt(rows, ref));
  const bySlot = new Map<string, number[]>();
  const timed: number[] = [];
  meetings.forEach((meeting, i) => {
    for (const period of meeting.periods) {
      const slot = bySlot.get(period);
      if (!slot) bySlot.set(period, [i]);
      else if (slot[slot.length - 1] !== i) slot.push(i); // a period written twice in one meeting is one slot
    }
    if (meeting.start !== undefined && meeting.end !== undefined) timed.push(i);
  });
  const partners: number[] = [];
  for (let i = 0; i < meetings.length; i++) {
    partners.length = 0;
    for (const period of meetings[i].periods) {
      const slot = bySlot.get(period)!;
      countWork('meetingPairs', slot.length);
      for (const j of slot) if (j > i) partners.push(j);
    }
    if (timed.length > 1 && meetings[i].start !== undefined && meetings[i].end !== undefined) {
      countWork('meetingPairs', timed.length);
      for (const j of timed) if (j > i && clashes(meetings[i], meetings[j])) partners.push(j);
    }
    partners.sort((x, y) => x - y);
    for (let n = 0; n < partners.length; n++) if (partners[n] !== partners[n - 1]) onClash(list, i, partners[n]);
  }
}

/** Whether two meetings share a period or overlapping clock times: overlap()'s test without building its text. */
function clashes(ma: Meeting, mb: Meeting): boolean {
  if (ma.periods === mb.periods ? ma.periods.length > 0 : sharesPeriod(ma.periods, mb.periods)) return true;
  const { start: s1, end: e1 } = ma;
  const { start: s2, end: e2 } = mb;
  return s1 !== undefined && e1 !== undefined && s2 !== undefined && e2 !== undefined && s1 < e2 && s2 < e1;
}

/** A loop, not some(): asked for every pair of a teacher's meetings on a day, and a callback would be an object each. */
function sharesPeriod(a: readonly string[], b: readonly string[]): boolean {
  for (const p of a) if (b.includes(p)) return true;
  return false;
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
