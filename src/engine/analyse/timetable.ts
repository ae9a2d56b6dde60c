import type { Meeting, MeetingDay, ParsedWorkbook, Section } from '../types';
import { dayLabel, dayOrder, type ScheduleClock } from './meetingTime';
import { compareLabels, normaliseName } from './stats';

// The timetable as the no-cost searches (planningSwaps.ts, specialsRegroup.ts) see it: each day's teaching periods in
// order (from the bell schedule through the schedule clock, which owns clock time; without one, the periods the
// schedule uses), who teaches in each period, which sections meet then, rooms in use, and the student roster.

export interface DayPeriod {
  period: string;
  start?: number;
  end?: number;
}

export interface SchoolDayPeriods {
  label: string;
  order: number;
  day: MeetingDay;
  periods: DayPeriod[];
}

/** Where a teacher is on a day and period: the section, and whether that meeting could move (one period, no times). */
export interface Occupant {
  /** Undefined for a period a move has already put the teacher in. */
  section?: Section;
  movable: boolean;
}

export interface Timetable {
  days: SchoolDayPeriods[];
  /** Where a teacher teaches: day → period → occupant (a meeting by clock times sits in the bell periods it overlaps). */
  teacher(who: string): ReadonlyMap<string, ReadonlyMap<string, Occupant>>;
  /** Whether a room is in use in a day's period. */
  roomInUse(room: string, day: string, period: string): boolean;
  /** The sections meeting in a day's period (a double period sits in each of its periods). */
  sectionsAt(day: string, period: string): readonly Section[];
  /** course key → sections */
  courses: Map<string, Section[]>;
  /** student → sections; undefined without a student roster */
  studentSections?: Map<string, Section[]>;
  sectionStudents?: Map<string, string[]>;
  /** Minutes from the start of the day's period `from` to the end of period `to` (passing time included); null unknown. */
  minutesOf(day: SchoolDayPeriods, from: number, to: number): number | null;
  passingMinutes: number;
  periodMinutes?: number;
}

export const courseKey = (s: Section) => normaliseName(s.courseCode ?? s.course);
export const cell = (who: string, day: string, period: string) => `${who}\u0000${day}\u0000${period}`;

interface Placed {
  day: string;
  periods: string[];
  movable: boolean;
  teachers: string[];
}

/**
 * The timetable, indexed by teacher, room and course. Where each teacher and room is, period by period, is worked out
 * only for the teachers and rooms a search asks about (cost follows the teams searched, not a district's every
 * meeting); the sections in each period only when a regrouping asks.
 */
export function buildTimetable(parsed: ParsedWorkbook, clock: ScheduleClock): Timetable {
  const teaching: Section[] = [];
  const dayByLabel = new Map<string, MeetingDay>();
  const periodsUsed = new Map<string, Set<string>>();
  // Sections that meet alike share one meetings list (parse/schedule.ts): each list's days and periods are read once.
  const listsSeen = new Set<readonly Meeting[]>();
  // Indexed, not for…of: one pass per review, mostly unoptimised, where an iterator step allocates.
  for (let n = 0; n < parsed.sections.length; n++) {
    const s = parsed.sections[n];
    if (s.collaboration) continue;
    teaching.push(s);
    if (listsSeen.has(s.meetings)) continue;
    listsSeen.add(s.meetings);
    for (const m of s.meetings) {
      const label = dayLabel(m.day);
      if (!dayByLabel.has(label)) dayByLabel.set(label, m.day);
      let used = periodsUsed.get(label);
      if (!used) periodsUsed.set(label, (used = new Set()));
      for (const p of m.periods) used.add(p.trim());
    }
  }
  const days: SchoolDayPeriods[] = [];
  for (const [label, day] of dayByLabel) {
    const bell = clock.schoolDay(day).periods;
    const periods: DayPeriod[] = bell.length
      ? bell.map((p) => ({ period: p.period.trim(), start: p.start, end: p.end }))
      : [...(periodsUsed.get(label) ?? [])].sort(compareLabels).map((period) => ({ period }));
    days.push({ label, order: dayOrder(day), day, periods });
  }
  days.sort((a, b) => a.order - b.order);
  const dayOf = new Map(days.map((d) => [d.label, d]));

  const add = (map: Map<string, Section[]>, key: string, s: Section) => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== s) list.push(s);
    } else map.set(key, [s]);
  };
  // Each index is built the first time a search asks for it: a search may stop before it asks (a district's
  // teams below the block often do), and indexing 150,000 sections by teacher, room and course costs a normalised
  // name each.
  let byTeacherIndex: Map<string, Section[]> | undefined;
  const byTeacher = (): Map<string, Section[]> => {
    if (!byTeacherIndex) {
      byTeacherIndex = new Map();
      for (const s of teaching) {
        for (const t of s.teachers) add(byTeacherIndex, normaliseName(t), s);
        for (const m of s.meetings) for (const t of m.teachers ?? []) add(byTeacherIndex, normaliseName(t), s);
      }
    }
    return byTeacherIndex;
  };
  let byRoomIndex: Map<string, Section[]> | undefined;
  const byRoom = (): Map<string, Section[]> => {
    if (!byRoomIndex) {
      byRoomIndex = new Map();
      for (const s of teaching) if (s.room?.trim()) add(byRoomIndex, normaliseName(s.room), s);
    }
    return byRoomIndex;
  };
  let coursesIndex: Map<string, Section[]> | undefined;
  const courses = (): Map<string, Section[]> => {
    if (!coursesIndex) {
      coursesIndex = new Map();
      for (const s of teaching) add(coursesIndex, courseKey(s), s);
    }
    return coursesIndex;
  };

  function placed(s: Section): Placed[] {
    const resolved = clock.meetingsOf(s);
    return s.meetings.map((m, i) => {
      const day = dayLabel(m.day);
      const timedOnly = m.periods.length === 0;
      // A meeting by clock times sits in the bell periods it overlaps.
      const periods = timedOnly
        ? (dayOf.get(day)?.periods ?? []).filter((p) => p.start !== undefined && resolved[i].intervals.some(([a, b]) => a < p.end! && b > p.start!)).map((p) => p.period)
        : m.periods.map((p) => p.trim());
      return { day, periods, movable: !timedOnly && m.start === undefined && periods.length === 1, teachers: m.teachers ?? s.teachers };
    });
  }

  const teacherCache = new Map<string, Map<string, Map<string, Occupant>>>();
  function teacher(who: string): ReadonlyMap<string, ReadonlyMap<string, Occupant>> {
    let byDay = teacherCache.get(who);
    if (byDay) return byDay;
    teacherCache.set(who, (byDay = new Map()));
    for (const s of byTeacher().get(who) ?? []) {
      for (const m of placed(s)) {
        if (!m.teachers.some((t) => normaliseName(t) === who)) continue;
        let byPeriod = byDay.get(m.day);
        if (!byPeriod) byDay.set(m.day, (byPeriod = new Map()));
        for (const p of m.periods) byPeriod.set(p, { section: s, movable: m.movable });
      }
    }
    return byDay;
  }

  const roomCache = new Map<string, Set<string>>();
  function roomInUse(room: string, day: string, period: string): boolean {
    let used = roomCache.get(room);
    if (!used) {
      roomCache.set(room, (used = new Set()));
      for (const s of byRoom().get(room) ?? []) for (const m of placed(s)) for (const p of m.periods) used.add(cell(room, m.day, p));
    }
    return used.has(cell(room, day, period));
  }

  let slots: Map<string, Section[]> | undefined;
  function sectionsAt(day: string, period: string): readonly Section[] {
    if (!slots) {
      slots = new Map();
      for (const s of teaching) for (const m of placed(s)) for (const p of m.periods) add(slots, cell('', m.day, p), s);
    }
    return slots.get(cell('', day, period)) ?? [];
  }

  let studentSections: Map<string, Section[]> | undefined;
  let sectionStudents: Map<string, string[]> | undefined;
  if (parsed.students.length) {
    const byId = new Map<string, Section>();
    for (const s of teaching) if (!byId.has(s.id)) byId.set(s.id, s);
    studentSections = new Map();
    sectionStudents = new Map();
    for (const e of parsed.students) {
      const s = byId.get(e.sectionId);
      if (!s) continue;
      const list = studentSections.get(e.studentId);
      if (list) list.push(s);
      else studentSections.set(e.studentId, [s]);
      const students = sectionStudents.get(s.id);
      if (students) students.push(e.studentId);
      else sectionStudents.set(s.id, [e.studentId]);
    }
  }

  return {
    days,
    teacher,
    roomInUse,
    sectionsAt,
    get courses() {
      return courses();
    },
    studentSections,
    sectionStudents,
    passingMinutes: clock.passingMinutes,
    periodMinutes: clock.periodMinutes,
    minutesOf(day, from, to) {
      const first = day.periods[from];
      const last = day.periods[to];
      if (first.start !== undefined && last.end !== undefined) return last.end - first.start;
      return clock.periodMinutes === undefined ? null : (to - from + 1) * clock.periodMinutes;
    },
  };
}

/** Whether period i + 1 follows period i with passing time only (or, without times, is the next period number). */
export function joined(day: SchoolDayPeriods, i: number, passingMinutes: number): boolean {
  const a = day.periods[i];
  const b = day.periods[i + 1];
  if (a.end !== undefined && b.start !== undefined) return b.start - a.end <= passingMinutes;
  const na = Number(a.period);
  const nb = Number(b.period);
  return Number.isInteger(na) && Number.isInteger(nb) ? nb === na + 1 : true;
}
