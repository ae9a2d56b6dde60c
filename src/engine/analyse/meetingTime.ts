import type { BellPeriod, Meeting, MeetingDay, ParsedWorkbook, Section, Settings } from '../types';
import { specificDaysOf } from '../parse/bell';
import { dayKey } from '../parse/days';

// Turns a meeting into what the analyses need: which day it is on (label), how that day scales to a five-day
// week, its clock interval and minutes (from times, a minutes column, the bell schedule or the period length),
// and how many period slots it occupies.

const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Bell schedule day types that apply to every day. */
const GENERAL_DAY_TYPES = new Set(['', 'regular', 'all', 'default', 'daily', 'every day', 'standard']);

export interface ResolvedMeeting {
  dayLabel: string;
  /** Sort key of the day within the cycle. */
  dayOrder: number;
  /** Factor that turns this day's minutes into minutes per five-day week: 1 on a weekly schedule, 5/D on a D-day cycle. */
  weekScale: number;
  start?: number;
  end?: number;
  /** Clock intervals taught: one, or one per run of adjacent bell periods ("1,3" gives two). */
  intervals: [number, number][];
  minutes: number | null;
  /** Period slots occupied; a "1-2" meeting occupies 2. */
  slots: number;
  periods: string[];
  /** "day|period" (or "day|start-end") keys of the slots the meeting sits in, for counting seats at one time. */
  slotKeys: string[];
}

export interface ScheduleClock {
  cycleDays: number;
  hasBell: boolean;
  periodMinutes?: number;
  resolve(meeting: Meeting): ResolvedMeeting;
  /** The section's meetings resolved, in order (worked out once per section). */
  meetingsOf(section: Section): ResolvedMeeting[];
  /** Bell periods that apply on a given day, in start order. */
  bellFor(day: MeetingDay): BellPeriod[];
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

/** Labels a bell schedule might use for the same day, all lower case. */
function dayTypeAliases(day: MeetingDay): string[] {
  if (day.kind === 'weekday') {
    const label = WEEKDAY_LABELS[day.day - 1].toLowerCase();
    return [label, WEEKDAY_NAMES[day.day - 1]];
  }
  if (day.kind === 'ab') return [day.day.toLowerCase(), `${day.day.toLowerCase()} day`, `day ${day.day.toLowerCase()}`];
  return [`day ${day.day}`, String(day.day), `d${day.day}`];
}

/** Days in the rotating cycle: the setting, else the highest "Day N" in the schedule. */
export function cycleLength(sections: readonly Section[], settings: Settings): number {
  if (settings.cycleDays && settings.cycleDays > 0) return settings.cycleDays;
  let highest = 0;
  for (const s of sections) for (const m of s.meetings) if (m.day.kind === 'cycle') highest = Math.max(highest, m.day.day);
  return Math.max(highest, 1);
}

export function createClock(parsed: ParsedWorkbook, settings: Settings): ScheduleClock {
  const cycleDays = cycleLength(parsed.sections, settings);
  const bellCache = new Map<string, BellPeriod[]>();
  const periodMinutes = settings.periodMinutes && settings.periodMinutes > 0 ? settings.periodMinutes : undefined;

  function bellFor(day: MeetingDay): BellPeriod[] {
    const key = dayLabel(day);
    const cached = bellCache.get(key);
    if (cached) return cached;
    const aliases = new Set(dayTypeAliases(day));
    const norm = (t: string) => t.trim().toLowerCase();
    // The same test as the parse-time bell lookup, so a day's own bells ("W", "M/W") are never swapped for the
    // regular ones and a period they leave out stays untimed.
    const dayKeyWanted = dayKey(day);
    let chosen = parsed.bell.filter(
      (b) => aliases.has(norm(b.dayType)) || (specificDaysOf(b.dayType)?.some((d) => dayKey(d) === dayKeyWanted) ?? false),
    );
    if (chosen.length === 0) chosen = parsed.bell.filter((b) => GENERAL_DAY_TYPES.has(norm(b.dayType)));
    if (chosen.length === 0) {
      // A bell schedule with day types we cannot match to this day: use its first day type rather than none.
      const first = parsed.bell[0]?.dayType;
      chosen = first === undefined ? [] : parsed.bell.filter((b) => b.dayType === first);
    }
    chosen = [...chosen].sort((a, b) => a.start - b.start);
    bellCache.set(key, chosen);
    return chosen;
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
    let start = meeting.start;
    let end = meeting.end;
    let intervals: [number, number][] | undefined;
    const bell = parsed.bell.length ? bellFor(meeting.day) : [];
    if ((start === undefined || end === undefined) && meeting.periods.length && bell.length) {
      const wanted = new Set(meeting.periods.map((p) => p.trim().toLowerCase()));
      const matched = bell.filter((b) => wanted.has(b.period.trim().toLowerCase()));
      if (matched.length) {
        intervals = mergePassingTime(matched.map((b) => [b.start, b.end] as [number, number]));
        start = intervals[0][0];
        end = intervals[intervals.length - 1][1];
      }
    }
    if (!intervals && start !== undefined && end !== undefined) intervals = [[start, end]];
    let minutes: number | null = null;
    if (meeting.minutes !== undefined) minutes = meeting.minutes;
    else if (intervals) minutes = intervals.reduce((total, [a, b]) => total + b - a, 0);
    else if (meeting.periods.length && periodMinutes !== undefined) minutes = meeting.periods.length * periodMinutes;

    let slots = meeting.periods.length;
    if (slots === 0 && start !== undefined && end !== undefined && bell.length) {
      slots = bell.filter((b) => b.start < end! && b.end > start!).length;
    }
    if (slots === 0) slots = 1;

    return {
      dayLabel: dayLabel(meeting.day),
      dayOrder: dayOrder(meeting.day),
      weekScale: weekScale(meeting.day),
      start,
      end,
      intervals: intervals ?? [],
      minutes,
      slots,
      periods: meeting.periods,
      slotKeys: (meeting.periods.length ? meeting.periods : [`${start ?? '?'}-${end ?? '?'}`]).map(
        (slot) => `${dayLabel(meeting.day)}|${slot}`,
      ),
    };
  }

  const bySection = new Map<Section, ResolvedMeeting[]>();
  function meetingsOf(section: Section): ResolvedMeeting[] {
    let list = bySection.get(section);
    if (!list) bySection.set(section, (list = section.meetings.map(resolve)));
    return list;
  }

  return { cycleDays, hasBell: parsed.bell.length > 0, periodMinutes, resolve, meetingsOf, bellFor };
}

export { dayOrder };

/** Gap between periods still counted as one stretch of time (passing time). */
export const PASSING_MINUTES = 10;

/**
 * Bell periods of one meeting as clock intervals: adjacent periods ("1-2") join across the passing time, as the
 * class runs through it; periods apart ("1" and "3") stay apart.
 */
function mergePassingTime(periods: [number, number][]): [number, number][] {
  const sorted = [...periods].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [[...sorted[0]]];
  for (const [start, end] of sorted.slice(1)) {
    const last = merged[merged.length - 1];
    if (start - last[1] <= PASSING_MINUTES) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
