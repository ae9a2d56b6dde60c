import type { Meeting, MeetingDay, ParsedWorkbook, Section, Settings } from '../types';
import { BellLookup } from '../parse/bell';
import { DEFAULT_PASSING_MINUTES } from '../settings/defaults';
import { describeSchoolDay, isTeachingPeriod, joinAcrossPassing, totalMinutes, withoutBreaks, type Interval, type SchoolDay } from './schoolDay';

// The schedule clock: the one owner of a meeting's clock time. It turns a meeting into what the analyses need:
// which day it is on (label), how that day scales to a five-day week, the clock intervals it teaches and its
// minutes, and how many period slots it occupies.
//
// A meeting's clock time, in order of what the row gives:
// - start and end times: that interval, less the day's breaks and lunch (schoolDay.ts);
// - periods: the bell periods it occupies on its day (the bell lookup decides which rows apply), joined only across
//   passing time; a lunch or break row among them, or a break between them, teaches nothing.
// Its minutes, in the README's order: the time taught between start and end, else a minutes column, else the time
// taught in its bell periods, else periods × settings.periodMinutes, else unknown.

const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export interface ResolvedMeeting {
  dayLabel: string;
  /** Sort key of the day within the cycle. */
  dayOrder: number;
  /** Factor that turns this day's minutes into minutes per five-day week: 1 on a weekly schedule, 5/D on a D-day cycle. */
  weekScale: number;
  /** Start of the first and end of the last interval taught. */
  start?: number;
  end?: number;
  /** Whether the meeting's clock time is known (from times or the bell schedule); its intervals may still be empty. */
  timed: boolean;
  /** Clock intervals taught: one per run of bell periods joined by passing time ("1-2" gives one, "1,3" two). */
  intervals: Interval[];
  minutes: number | null;
  /** Period slots occupied; a "1-2" meeting occupies 2, a lunch row none. */
  slots: number;
  periods: string[];
  /** "day|period" (or "day|start-end") keys of the slots the meeting sits in, for counting seats at one time. */
  slotKeys: string[];
}

export interface ScheduleClock {
  cycleDays: number;
  hasBell: boolean;
  periodMinutes?: number;
  /** Longest gap between two periods that is passing time, not a break. */
  passingMinutes: number;
  resolve(meeting: Meeting): ResolvedMeeting;
  /**
   * The section's meetings resolved, in order (worked out once per section). Sections that meet the same way share
   * one list, as they share the resolved meetings in it: neither may be changed.
   */
  meetingsOf(section: Section): ResolvedMeeting[];
  /** The day's teaching periods and breaks from the bell schedule (none without one). */
  schoolDay(day: MeetingDay): SchoolDay;
}

export function dayLabel(day: MeetingDay): string {
  if (day.kind === 'weekday') return WEEKDAY_LABELS[day.day - 1];
  if (day.kind === 'ab') return day.day;
  return `Day ${day.day}`;
}

function dayOrder(day: MeetingDay): number {
  if (day.kind === 'weekday') return day.day;
  if (day.kind === 'ab') return 10 + (day.day === 'A' ? 1 : 2);
  return 20 + day.day;
}

/** Days in the rotating cycle: the setting, else the highest "Day N" in the schedule. */
export function cycleLength(sections: readonly Section[], settings: Settings): number {
  if (settings.cycleDays && settings.cycleDays > 0) return settings.cycleDays;
  let highest = 0;
  // Sections that meet as one row says share one meetings list (parse/schedule.ts): a district's 150,000 sections
  // have a handful, so a list already read is skipped rather than its 750,000 meetings each read again.
  let previous: readonly Meeting[] | undefined;
  const read = new Set<readonly Meeting[]>();
  // Indexed, not for…of: one pass per review, mostly unoptimised, where an iterator step allocates.
  for (let n = 0; n < sections.length; n++) {
    const s = sections[n];
    const meetings = s.meetings;
    if (meetings === previous) continue;
    previous = meetings;
    if (read.has(meetings)) continue;
    if (read.size < 1000) read.add(meetings);
    for (const m of meetings) if (m.day.kind === 'cycle') highest = Math.max(highest, m.day.day);
  }
  return Math.max(highest, 1);
}

export function createClock(parsed: ParsedWorkbook, settings: Settings): ScheduleClock {
  const cycleDays = cycleLength(parsed.sections, settings);
  const periodMinutes = settings.periodMinutes && settings.periodMinutes > 0 ? settings.periodMinutes : undefined;
  const passingMinutes = settings.passingMinutes !== undefined && settings.passingMinutes >= 0 ? settings.passingMinutes : DEFAULT_PASSING_MINUTES;
  const bell = new BellLookup(parsed.bell);

  const days = new Map<string, SchoolDay>();
  function schoolDay(day: MeetingDay): SchoolDay {
    const key = dayLabel(day);
    let known = days.get(key);
    if (!known) days.set(key, (known = describeSchoolDay(bell.rowsOn(day), passingMinutes)));
    return known;
  }

  function weekScale(day: MeetingDay): number {
    if (day.kind === 'weekday') return 1;
    if (day.kind === 'ab') return 5 / 2;
    return 5 / cycleDays;
  }

  // Schools repeat the same few day/period/time combinations thousands of times: resolve each once.
  const resolved = new Map<string, ResolvedMeeting>();
  // Meetings read from one schedule share their day and period-list objects, so most are found by identity
  // before any key string is built (a district has 750,000 meetings and a few dozen distinct ones).
  const untimedByIdentity = new Map<MeetingDay, Map<readonly string[], ResolvedMeeting>>();
  function resolve(meeting: Meeting): ResolvedMeeting {
    if (meeting.start !== undefined || meeting.end !== undefined || meeting.minutes !== undefined) return resolveByContent(meeting);
    let byPeriods = untimedByIdentity.get(meeting.day);
    if (!byPeriods) untimedByIdentity.set(meeting.day, (byPeriods = new Map()));
    let result = byPeriods.get(meeting.periods);
    if (!result) {
      // Bounded: meetings built one by one (not shared) would otherwise each add an entry.
      if (byPeriods.size >= 1000) byPeriods.clear();
      byPeriods.set(meeting.periods, (result = resolveByContent(meeting)));
    }
    return result;
  }

  function resolveByContent(meeting: Meeting): ResolvedMeeting {
    const key = `${dayLabel(meeting.day)}|${meeting.periods.join(',')}|${meeting.start ?? ''}|${meeting.end ?? ''}|${meeting.minutes ?? ''}`;
    let result = resolved.get(key);
    if (!result) resolved.set(key, (result = resolveOnce(meeting)));
    return result;
  }

  function resolveOnce(meeting: Meeting): ResolvedMeeting {
    let intervals: Interval[] | undefined;
    let slots: number | undefined;
    if (meeting.start !== undefined && meeting.end !== undefined) {
      const day = schoolDay(meeting.day);
      intervals = withoutBreaks(meeting.start, meeting.end, day.breaks);
      if (meeting.periods.length === 0 && intervals.length === 0) slots = 0;
      else if (meeting.periods.length === 0) {
        // The teaching periods it covers; one slot outside the bells (a zero period, or no bell schedule).
        slots = Math.max(day.periods.filter((b) => intervals!.some(([start, end]) => b.start < end && b.end > start)).length, 1);
      }
    } else if (meeting.periods.length && !bell.isEmpty) {
      const rows = bell.rowsFor(meeting.day, meeting.periods);
      if (rows) {
        const taught = rows.filter(isTeachingPeriod);
        intervals = joinAcrossPassing(taught.map((b) => [b.start, b.end]), passingMinutes);
        slots = taught.length;
      }
    }
    const timesGiven = meeting.start !== undefined && meeting.end !== undefined;
    let minutes: number | null = null;
    if (timesGiven) minutes = totalMinutes(intervals!);
    else if (meeting.minutes !== undefined) minutes = meeting.minutes;
    else if (intervals) minutes = totalMinutes(intervals);
    else if (meeting.periods.length && periodMinutes !== undefined) minutes = meeting.periods.length * periodMinutes;

    const start = intervals?.length ? intervals[0][0] : meeting.start;
    const end = intervals?.length ? intervals[intervals.length - 1][1] : meeting.end;
    return {
      dayLabel: dayLabel(meeting.day),
      dayOrder: dayOrder(meeting.day),
      weekScale: weekScale(meeting.day),
      start,
      end,
      timed: intervals !== undefined,
      intervals: intervals ?? [],
      minutes,
      slots: slots ?? Math.max(meeting.periods.length, 1),
      periods: meeting.periods,
      slotKeys: (meeting.periods.length ? meeting.periods : [`${start ?? '?'}-${end ?? '?'}`]).map(
        (slot) => `${dayLabel(meeting.day)}|${slot}`,
      ),
    };
  }

  const bySection = new Map<Section, ResolvedMeeting[]>();
  // Parsing gives sections that meet as one row says one frozen meetings list (parse/schedule.ts): a few dozen lists
  // for a district's 150,000 sections, each resolved once and then found by identity, without reading its meetings.
  const byFrozenList = new Map<readonly Meeting[], ResolvedMeeting[]>();
  function meetingsOf(section: Section): ResolvedMeeting[] {
    const meetings = section.meetings;
    const known = byFrozenList.get(meetings);
    if (known) return known;
    const shared = sharedList(meetings);
    if (shared && Object.isFrozen(meetings)) {
      // Bounded: at most one frozen list per schedule row.
      if (byFrozenList.size >= 1000) byFrozenList.clear();
      byFrozenList.set(meetings, shared);
    }
    if (shared) return shared;
    let list = bySection.get(section);
    if (!list) bySection.set(section, (list = section.meetings.map(resolve)));
    return list;
  }

  // A section read from one row meets on the row's days (one shared day object each) in the row's periods (one
  // shared array), without times: its resolved list depends on those objects alone, so sections that meet alike
  // share one list. Each analysis asks for a section's list again; this answers from one small map keyed by the
  // periods array, where a map of every section (150,000 in a district) missed the processor's cache at each ask.
  const listsByPeriods = new Map<readonly string[], { days: MeetingDay[]; list: ResolvedMeeting[] }[]>();
  function sharedList(meetings: readonly Meeting[]): ResolvedMeeting[] | undefined {
    if (meetings.length === 0) return undefined;
    const periods = meetings[0].periods;
    for (const m of meetings) {
      if (m.periods !== periods || m.start !== undefined || m.end !== undefined || m.minutes !== undefined) return undefined;
    }
    let known = listsByPeriods.get(periods);
    if (!known) {
      // Bounded: periods arrays built meeting by meeting (not shared) would otherwise each add an entry.
      if (listsByPeriods.size >= 1000) listsByPeriods.clear();
      listsByPeriods.set(periods, (known = []));
    }
    for (const entry of known) if (sameDays(entry.days, meetings)) return entry.list;
    if (known.length >= MAX_DAY_PATTERNS) return undefined;
    const list = meetings.map(resolve);
    known.push({ days: meetings.map((m) => m.day), list });
    return list;
  }

  return { cycleDays, hasBell: parsed.bell.length > 0, periodMinutes, passingMinutes, resolve, meetingsOf, schoolDay };
}

/** Day patterns remembered per periods array; a schedule has a handful (M-F, MWF, A/B, ...). */
const MAX_DAY_PATTERNS = 64;

function sameDays(days: readonly MeetingDay[], meetings: readonly Meeting[]): boolean {
  if (days.length !== meetings.length) return false;
  for (let i = 0; i < days.length; i++) if (days[i] !== meetings[i].day) return false;
  return true;
}

export { dayOrder };
