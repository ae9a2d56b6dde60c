import type { DataCheckItem, Meeting, MeetingDay, Section } from '../types';
import { meetingCell, meetingDayText, type RowMeetings } from './schedule';
import { dayLabel, parseDays } from './days';
import { formatTime } from './times';
import { countWork } from '../workCount';
import { DEFAULT_FULL_YEAR_TERMS, partYearTerm } from './terms';

// Teachers booked twice at the same time: same teacher, same day, overlapping periods or clock times, same term
// (or either without a term, or either full-year), different sections.


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
  // Asked for every pair of a teacher's meetings on a day (millions in a district): the common case, the same term
  // text (or none), answers at once, and each distinct term is read once, as the analyses read it (parse/terms.ts).
  const keys = new Map<string, string | null>();
  const keyOf = (term: string): string | null => {
    let key = keys.get(term);
    if (key === undefined) keys.set(term, (key = partYearTerm(term, fullYearTermNames)?.toLowerCase() ?? null));
    return key;
  };
  const sameTerm = (a: string | undefined, b: string | undefined) => {
    if (a === undefined || b === undefined || a === b) return true;
    const keyA = keyOf(a);
    const keyB = keyOf(b);
    return keyA === null || keyB === null || keyA === keyB;
  };

  const chains = teacherChains(rows);
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
  // A teacher's meetings by day, in the order first met: built only for a teacher who has a clash, and then exactly
  // as every teacher's once was, so the clashes are found and listed in the same order.
  const byDay = new Map<number, number[]>();
  const addToDay = (ref: number): void => {
    const day = dayNumber(meetingAt(rows, ref).day);
    const list = byDay.get(day);
    if (list) list.push(ref);
    else byDay.set(day, [ref]);
  };
  const memo = listsClashMemo(chains);
  for (let t = 0; t < chains.names.length; t++) {
    const tested = gatherEntries(rows, chains, t);
    if (tested >= 0) {
      pairsSettled = 0;
      // Past the listing limit a teacher's clashes are only counted: the same count, with no text or group built.
      if (listed.length >= MAX_DOUBLE_BOOKINGS_LISTED) {
        found += countClashingPairs(rows, memo, tested, sameTerm);
        countEntryTests(tested);
        continue;
      }
      if (!anyClash(rows, memo, tested)) {
        countEntryTests(tested);
        continue;
      }
      // Found a clash: the day-by-day search below does (and counts) the teacher's work from the start.
    }
    teacher = chains.names[t];
    teacherPairs.clear();
    teacherSections.length = 0;
    teacherIds = undefined;
    byDay.clear();
    forEachRef(rows, chains, t, addToDay);
    for (const list of byDay.values()) if (list.length >= 2) forEachClash(rows, list, onClash);
  }
  // Nothing of this schedule is kept alive by the arrays reused between runs.
  countedIds.length = testedSections.length = idsCounted = 0;
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

/**
 * Each teacher's meetings, as chains of numbers in typed arrays rather than a map of days and an array per teacher and
 * day (a district has 30,000 teachers and 750,000 meetings): a row whose meetings are all its section's teachers' is
 * one entry, -(row + 1); a meeting with teachers of its own is row × MEETING_SLOTS + meeting. Teachers are numbered in
 * the order first met, row by row and meeting by meeting, which is the order their clashes are listed in.
 */
interface TeacherChains {
  names: string[];
  /** Each teacher's first and last entry (indices into entries). */
  first: number[];
  last: number[];
  entries: Int32Array;
  /** The entry after each entry in its teacher's chain, -1 at the end. */
  next: Int32Array;
  /**
   * Per row, the number of its meetings list when other rows have the very same list (sections that meet alike share
   * one: schedule.ts), else -1; whether two such lists clash is worked out once per pair of lists (listsClashMemo).
   */
  listOf: Int32Array;
  lists: number;
}

function teacherChains(rows: readonly RowMeetings[]): TeacherChains {
  const numbers = new Map<string, number>();
  const chains: TeacherChains = {
    names: [],
    first: [],
    last: [],
    entries: new Int32Array(rows.length + 16),
    next: new Int32Array(rows.length + 16),
    listOf: new Int32Array(rows.length).fill(-1),
    lists: 0,
  };
  let count = 0;
  const add = (teacher: string, entry: number): void => {
    let t = numbers.get(teacher);
    if (t === undefined) {
      // Placeholders (TBA, Staff) are no one: -1, so they are asked about once.
      t = PLACEHOLDER_TEACHER.test(teacher) ? -1 : chains.names.push(teacher) - 1;
      numbers.set(teacher, t);
      if (t >= 0) {
        chains.first.push(-1);
        chains.last.push(-1);
      }
    }
    if (t < 0) return;
    if (count === chains.entries.length) {
      const entries = new Int32Array(count * 2);
      entries.set(chains.entries);
      chains.entries = entries;
      const next = new Int32Array(count * 2);
      next.set(chains.next);
      chains.next = next;
    }
    chains.entries[count] = entry;
    chains.next[count] = -1;
    if (chains.last[t] < 0) chains.first[t] = count;
    else chains.next[chains.last[t]] = count;
    chains.last[t] = count;
    count++;
  };
  /** Each meetings list on a whole-row entry: its first row, then (once seen again) its number. */
  const lists = new Map<readonly Meeting[], { firstRow: number; number: number }>();
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r];
    const meetings = source.meetings;
    const count = Math.min(meetings.length, MEETING_SLOTS);
    if (count === 0) continue;
    let ownTeachers = false;
    for (let i = 0; i < count && !ownTeachers; i++) ownTeachers = meetings[i].teachers !== undefined;
    if (!ownTeachers) {
      const list = lists.get(meetings);
      if (!list) lists.set(meetings, { firstRow: r, number: -1 });
      else {
        if (list.number < 0) chains.listOf[list.firstRow] = list.number = chains.lists++;
        chains.listOf[r] = list.number;
      }
      const teachers = source.section.teachers;
      for (let k = 0; k < teachers.length; k++) add(teachers[k], -(r + 1));
      continue;
    }
    for (let i = 0; i < count; i++) {
      const teachers = meetings[i].teachers ?? source.section.teachers;
      for (let k = 0; k < teachers.length; k++) add(teachers[k], r * MEETING_SLOTS + i);
    }
  }
  return chains;
}

/** Calls back with each of a teacher's meetings (row × MEETING_SLOTS + meeting), in row and meeting order. */
function forEachRef(rows: readonly RowMeetings[], chains: TeacherChains, t: number, each: (ref: number) => void): void {
  for (let e = chains.first[t]; e >= 0; e = chains.next[e]) {
    const entry = chains.entries[e];
    if (entry >= 0) {
      each(entry);
      continue;
    }
    const r = -entry - 1;
    const count = Math.min(rows[r].meetings.length, MEETING_SLOTS);
    for (let i = 0; i < count; i++) each(r * MEETING_SLOTS + i);
  }
}

/**
 * A teacher with more entries than this (rows, or meetings with teachers of their own) is looked at day by day
 * (forEachClash) without the tests below; a normal teacher has a handful.
 */
const ENTRIES_TESTED_UP_TO = 64;
/** The current teacher's entries, gathered for the tests: row, and meeting (-1: all the row's meetings). */
const testedRows = new Int32Array(ENTRIES_TESTED_UP_TO);
const testedMeetings = new Int32Array(ENTRIES_TESTED_UP_TO);
/** Each entry's shared meetings list (chains.listOf; -1: none, or a single meeting) and section, read once here. */
const testedLists = new Int32Array(ENTRIES_TESTED_UP_TO);
const testedSections: Section[] = [];
/** The meetings of the gathered entries. */
let gatheredMeetings = 0;
/**
 * The pairs of same-day meetings the entry tests have settled for the current teacher: compared, or answered by the
 * memo of shared lists (which compared them once). The unit the day-by-day search counts (forEachClash).
 */
let pairsSettled = 0;

/**
 * Counts (countWork) a teacher's work done by the entry tests in the day-by-day search's units: the meetings the
 * teacher's entries hold, and the same-day pairs of them settled. So the work stays bounded by count whichever way
 * a teacher is searched.
 */
function countEntryTests(entries: number): void {
  if (entries < 2) return;
  countWork('meetingsCompared', gatheredMeetings);
  countWork('meetingPairs', pairsSettled);
}

/** Gathers a teacher's entries into the arrays above and returns how many; -1 when too many to test pair by pair. */
function gatherEntries(rows: readonly RowMeetings[], chains: TeacherChains, t: number): number {
  let n = 0;
  gatheredMeetings = 0;
  for (let e = chains.first[t]; e >= 0; e = chains.next[e]) {
    if (n === ENTRIES_TESTED_UP_TO) return -1;
    const entry = chains.entries[e];
    const row = entry >= 0 ? Math.floor(entry / MEETING_SLOTS) : -entry - 1;
    const source = rows[row];
    testedRows[n] = row;
    testedMeetings[n] = entry >= 0 ? entry % MEETING_SLOTS : -1;
    testedLists[n] = entry >= 0 ? -1 : chains.listOf[row];
    testedSections[n] = source.section;
    gatheredMeetings += entry >= 0 ? 1 : Math.min(source.meetings.length, MEETING_SLOTS);
    n++;
  }
  return n;
}

/**
 * Whether two of a schedule's shared meetings lists clash, by their numbers (chains.listOf), and how many same-day
 * pairs of meetings that settles: 0 not yet known, else 1 + 2 × pairs + (1 if they clash); at most 64 × 64 pairs, so
 * it fits 16 bits. A district's sections share a few dozen lists, so a teacher's pairs of rows are mostly answered here.
 */
interface ListsClashMemo {
  lists: number;
  known: Uint16Array | null;
}

/** Past this many shared lists, their pairs are compared each time rather than remembered. */
const LISTS_REMEMBERED_UP_TO = 2048;

function listsClashMemo(chains: TeacherChains): ListsClashMemo {
  return { lists: chains.lists, known: chains.lists <= LISTS_REMEMBERED_UP_TO ? new Uint16Array(chains.lists * chains.lists) : null };
}

/** Whether some meeting of entry k and some meeting of entry m fall on one day and clash. */
function entriesClash(rows: readonly RowMeetings[], memo: ListsClashMemo, k: number, m: number): boolean {
  const rowA = testedRows[k];
  const rowB = testedRows[m];
  const listA = testedLists[k];
  const listB = testedLists[m];
  if (listA >= 0 && listB >= 0 && memo.known) {
    const at = listA * memo.lists + listB;
    if (memo.known[at] === 0) memo.known[at] = listsCompared(rows[rowA].meetings, rows[rowB].meetings);
    const known = memo.known[at] - 1;
    pairsSettled += known >> 1;
    return (known & 1) === 1;
  }
  return meetingsClash(rows[rowA].meetings, testedMeetings[k], rows[rowB].meetings, testedMeetings[m]);
}

/** Whether meeting a of as (-1: any of them) and meeting b of bs (-1: any) fall on one day and clash. */
function meetingsClash(as: readonly Meeting[], a: number, bs: readonly Meeting[], b: number): boolean {
  const fromA = a < 0 ? 0 : a;
  const toA = a < 0 ? Math.min(as.length, MEETING_SLOTS) : a + 1;
  const fromB = b < 0 ? 0 : b;
  const toB = b < 0 ? Math.min(bs.length, MEETING_SLOTS) : b + 1;
  for (let i = fromA; i < toA; i++) {
    const day = dayNumber(as[i].day);
    for (let j = fromB; j < toB; j++) {
      if (dayNumber(bs[j].day) !== day) continue;
      pairsSettled++;
      if (clashes(as[i], bs[j])) return true;
    }
  }
  return false;
}

/** Two whole shared lists compared, as their memo entry (ListsClashMemo): every same-day pair counted. */
function listsCompared(as: readonly Meeting[], bs: readonly Meeting[]): number {
  const toA = Math.min(as.length, MEETING_SLOTS);
  const toB = Math.min(bs.length, MEETING_SLOTS);
  let pairs = 0;
  let clash = 0;
  for (let i = 0; i < toA; i++) {
    const day = dayNumber(as[i].day);
    for (let j = 0; j < toB; j++) {
      if (dayNumber(bs[j].day) !== day) continue;
      pairs++;
      if (clash === 0 && clashes(as[i], bs[j])) clash = 1;
    }
  }
  return 1 + 2 * pairs + clash;
}

/**
 * Whether two of the gathered entries, in different sections, clash: the test every pair meets before it can be
 * listed (terms aside), so the day-by-day grouping is made only for teachers booked twice.
 */
function anyClash(rows: readonly RowMeetings[], memo: ListsClashMemo, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const section = testedSections[k];
    for (let m = k + 1; m < n; m++) {
      if (testedSections[m] !== section && entriesClash(rows, memo, k, m)) return true;
    }
  }
  return false;
}

/**
 * A teacher's section ids numbered in the order met, and the pairs of them counted: reused from teacher to teacher,
 * emptied by their counts rather than by setting a length (25,000 teachers, two built-in calls each).
 */
const countedIds: string[] = [];
let idsCounted = 0;
const countedPairs = new Int32Array((ENTRIES_TESTED_UP_TO * (ENTRIES_TESTED_UP_TO - 1)) / 2);

/**
 * How many pairs of section ids the gathered entries clash in (same day, different sections, terms that overlap):
 * what the listing counts for a teacher once nothing more is listed. A pair is counted once however often it clashes,
 * and two sections sharing an id are one, as in the listing.
 */
function countClashingPairs(
  rows: readonly RowMeetings[],
  memo: ListsClashMemo,
  n: number,
  sameTerm: (a: string | undefined, b: string | undefined) => boolean,
): number {
  idsCounted = 0;
  let pairs = 0;
  for (let k = 0; k < n; k++) {
    const a = testedSections[k];
    for (let m = k + 1; m < n; m++) {
      const b = testedSections[m];
      if (a === b || !entriesClash(rows, memo, k, m) || !sameTerm(a.term, b.term)) continue;
      const idA = idNumber(a.id);
      const idB = idNumber(b.id);
      const key = idA < idB ? idA * ENTRIES_TESTED_UP_TO + idB : idB * ENTRIES_TESTED_UP_TO + idA;
      let p = 0;
      while (p < pairs && countedPairs[p] !== key) p++;
      // At most one pair per two entries, so the array (n × (n - 1) / 2 for the most entries tested) has room.
      if (p === pairs) countedPairs[pairs++] = key;
    }
  }
  return pairs;
}

function idNumber(id: string): number {
  for (let k = 0; k < idsCounted; k++) if (countedIds[k] === id) return k;
  countedIds[idsCounted] = id;
  return idsCounted++;
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
