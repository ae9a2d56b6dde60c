import type { MeetingDay, ParsedWorkbook, Section } from '../types';
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
  /** teacher key → day → period → occupant (a meeting by clock times sits in the bell periods it overlaps) */
  teachers: Map<string, Map<string, Map<string, Occupant>>>;
  /** cell(room, day, period) keys of the rooms in use, per room */
  rooms: Map<string, Set<string>>;
  /** day → period → the sections meeting then (a double period sits in each of its periods) */
  slots: Map<string, Map<string, Section[]>>;
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

export function buildTimetable(parsed: ParsedWorkbook, clock: ScheduleClock): Timetable {
  const teaching = parsed.sections.filter((s) => !s.collaboration);
  const dayByLabel = new Map<string, MeetingDay>();
  for (const s of teaching) for (const m of s.meetings) if (!dayByLabel.has(dayLabel(m.day))) dayByLabel.set(dayLabel(m.day), m.day);
  const days: SchoolDayPeriods[] = [];
  for (const [label, day] of dayByLabel) {
    const bell = clock.schoolDay(day).periods;
    let periods: DayPeriod[];
    if (bell.length) periods = bell.map((p) => ({ period: p.period.trim(), start: p.start, end: p.end }));
    else {
      const used = new Set<string>();
      for (const s of teaching) for (const m of s.meetings) if (dayLabel(m.day) === label) for (const p of m.periods) used.add(p.trim());
      periods = [...used].sort(compareLabels).map((period) => ({ period }));
    }
    days.push({ label, order: dayOrder(day), day, periods });
  }
  days.sort((a, b) => a.order - b.order);

  const teachers = new Map<string, Map<string, Map<string, Occupant>>>();
  const rooms = new Map<string, Set<string>>();
  const courses = new Map<string, Section[]>();
  const slots = new Map<string, Map<string, Section[]>>();
  for (const s of teaching) {
    const list = courses.get(courseKey(s));
    if (list) list.push(s);
    else courses.set(courseKey(s), [s]);
    const resolved = clock.meetingsOf(s);
    s.meetings.forEach((m, i) => {
      const label = dayLabel(m.day);
      const schoolDay = days.find((d) => d.label === label)!;
      const timedOnly = m.periods.length === 0;
      // A meeting by clock times sits in the bell periods it overlaps.
      const periods = timedOnly
        ? schoolDay.periods.filter((p) => p.start !== undefined && resolved[i].intervals.some(([a, b]) => a < p.end! && b > p.start!)).map((p) => p.period)
        : m.periods.map((p) => p.trim());
      const movable = !timedOnly && m.start === undefined && periods.length === 1;
      let inSlot = slots.get(label);
      if (!inSlot) slots.set(label, (inSlot = new Map()));
      for (const p of periods) {
        const here = inSlot.get(p);
        if (here) here.push(s);
        else inSlot.set(p, [s]);
      }
      for (const t of m.teachers ?? s.teachers) {
        const key = normaliseName(t);
        let byDay = teachers.get(key);
        if (!byDay) teachers.set(key, (byDay = new Map()));
        let byPeriod = byDay.get(label);
        if (!byPeriod) byDay.set(label, (byPeriod = new Map()));
        for (const p of periods) byPeriod.set(p, { section: s, movable });
      }
      if (s.room?.trim()) {
        const room = normaliseName(s.room);
        let set = rooms.get(room);
        if (!set) rooms.set(room, (set = new Set()));
        for (const p of periods) set.add(cell(room, label, p));
      }
    });
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
    teachers,
    slots,
    rooms,
    courses,
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
