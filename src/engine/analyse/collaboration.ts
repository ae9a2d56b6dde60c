import type { MeetingDay, ParsedWorkbook, SchoolLevel, Section, TeacherLoad, TeamCollaboration } from '../types';
import { dayOrder, PASSING_MINUTES, type ResolvedMeeting, type ScheduleClock } from './meetingTime';
import { compareLabels, mostFrequent, normaliseName, round } from './stats';
import { weeklyMinutes } from './timeBySubject';
import { meetingTeachers } from './teacherLoad';
import { gradeKey } from './subjects';

// Collaborative planning per team (BRIEF.md "Collaborative planning time"): the slots of the school day when
// every member is free of teaching at once, plus time scheduled as collaboration.
//
// Choices, and why:
// - Teams are the staff roster's teams (the school's own), grade teams in an elementary school, and departments
//   (a teacher's department is the roster's, else what they teach most), each labelled by its basis; a team with
//   the same members as one before it is not repeated.
// - The school day's slots are the bell schedule's periods for that day (not lunch, recess or breaks), else the
//   union of every period or time the schedule uses that day; scheduled collaboration meetings add their own
//   slots, so a PLC before the first bell still counts, and a PLC inside the day is not counted twice.
// - A member is busy in a slot when any of their teaching meetings that day overlaps it, in any term: common
//   time has to hold all year. A member with no teaching that day is free all day.
// - Consecutive free slots form one block when they are adjacent in time: a gap of up to 10 minutes (passing
//   time) joins them, and the block's length runs from the first start to the last end. With periods only,
//   consecutive period numbers are adjacent and each period lasts settings.periodMinutes.


/** Bell periods that are nobody's planning time, though no one teaches in them. */
export const NOT_PLANNING_TIME = /lunch|recess|break|passing|nutrition/i;

export interface Team {
  team: string;
  basis: TeamCollaboration['basis'];
  members: string[];
}

interface Slot {
  key: string;
  start?: number;
  end?: number;
  period?: string;
  minutes: number | null;
}

interface Day {
  label: string;
  order: number;
  scale: number;
  meetingDay: MeetingDay;
}

export interface CollaborationResult {
  collaboration: TeamCollaboration[];
  singleMemberTeams: Team[];
  /** Free slots per team and day, for the flags' "rearranging periods" lever. */
  freeSlots: Map<string, { day: string; slots: string[]; minutes: number | null }[]>;
  timeMode: boolean;
}

/**
 * The roster's teams, grade teams (elementary) and departments, each labelled by its basis: a coach serves a
 * department while the roster names grade teams, so each can have common time the other lacks. A team with the
 * same members as one listed before it is the same team and is left out (the roster's name wins); a team whose
 * name another basis already uses is named with its basis, e.g. "Mathematics (department)".
 */
export function formTeams(parsed: ParsedWorkbook, level: SchoolLevel, teachers: readonly TeacherLoad[]): Team[] {
  const rosterTeams = parsed.staff.filter((m) => m.team?.trim());
  const teams: Team[] = [...group(rosterTeams.map((m) => [m.team!.trim(), m.name.trim()] as const), 'roster')];
  const derived: Team[] = [];
  if (level === 'elementary') {
    // A grade team is the teachers of one grade: the roster's grade, else the grade of more than half their
    // sections. A specialist who teaches every grade belongs to no grade team (their most frequent grade is chance).
    const staffGrade = new Map(parsed.staff.filter((m) => m.grade).map((m) => [normaliseName(m.name), m.grade!]));
    const sectionGrades = new Map<string, string[]>();
    for (const s of parsed.sections) {
      if (s.collaboration || !s.grade) continue;
      for (const t of s.teachers) {
        const list = sectionGrades.get(t);
        if (list) list.push(gradeKey(s.grade) ?? s.grade.trim());
        else sectionGrades.set(t, [gradeKey(s.grade) ?? s.grade.trim()]);
      }
    }
    const pairs: (readonly [string, string])[] = [];
    for (const t of teachers) {
      const grades = sectionGrades.get(t.teacher) ?? [];
      const usual = mostFrequent(grades);
      const majority = usual !== undefined && grades.filter((g) => g === usual).length * 2 > grades.length ? usual : undefined;
      const grade = staffGrade.get(normaliseName(t.teacher)) ?? majority;
      if (grade !== undefined) pairs.push([`Grade ${gradeKey(grade) ?? grade}`, t.teacher]);
    }
    derived.push(...group(pairs, 'grade'));
  }
  derived.push(...group(teachers.filter((t) => t.department).map((t) => [t.department!, t.teacher] as const), 'department'));
  // Beside the roster's own teams, a one-member grade or department is no team to report.
  return distinctTeams([...teams, ...(teams.length ? derived.filter((t) => t.members.length > 1) : derived)]);
}

const BASIS_ORDER: readonly TeamCollaboration['basis'][] = ['roster', 'grade', 'department'];

/**
 * The teams of the first basis present (the roster's, else grade teams, else departments): one team per teacher,
 * for sums over teams (cover priced per member) that would count a teacher twice across overlapping bases.
 */
export function primaryTeams<T extends { basis: TeamCollaboration['basis'] }>(teams: readonly T[]): T[] {
  const basis = BASIS_ORDER.find((b) => teams.some((t) => t.basis === b));
  return teams.filter((t) => t.basis === basis);
}

function distinctTeams(teams: readonly Team[]): Team[] {
  const seenMembers = new Set<string>();
  const names = new Set<string>();
  const kept: Team[] = [];
  for (const t of teams) {
    const members = t.members.map(normaliseName).sort().join('|');
    if (seenMembers.has(members)) continue;
    seenMembers.add(members);
    const team = names.has(t.team) ? `${t.team} (${t.basis})` : t.team;
    names.add(team);
    kept.push({ ...t, team });
  }
  return kept;
}

function group(pairs: readonly (readonly [string, string])[], basis: Team['basis']): Team[] {
  const teams = new Map<string, Set<string>>();
  for (const [team, member] of pairs) {
    const set = teams.get(team);
    if (set) set.add(member);
    else teams.set(team, new Set([member]));
  }
  return [...teams.entries()]
    .sort((a, b) => compareLabels(a[0], b[0]))
    .map(([team, members]) => ({ team, basis, members: [...members] }));
}

export function analyseCollaboration(
  parsed: ParsedWorkbook,
  teams: readonly Team[],
  clock: ScheduleClock,
): CollaborationResult {
  // The clock keeps each section's resolved meetings, so they are asked for again rather than held twice.
  const resolved = (s: Section) => clock.meetingsOf(s);
  const days = new Map<string, Day>();
  let timeMode = true;
  let anyTeaching = false;
  for (const s of parsed.sections) {
    const list = resolved(s);
    for (let i = 0; i < s.meetings.length; i++) {
      const r = list[i];
      if (!days.has(r.dayLabel)) days.set(r.dayLabel, { label: r.dayLabel, order: dayOrder(s.meetings[i].day), scale: r.weekScale, meetingDay: s.meetings[i].day });
      if (!s.collaboration) {
        anyTeaching = true;
        if (r.start === undefined || r.end === undefined) timeMode = false;
      }
    }
  }
  if (!anyTeaching) timeMode = false;

  const slotsByDay = timeMode ? timeSlots(parsed.sections, resolved, days, clock) : periodSlots(parsed.sections, resolved, clock);
  const periodOrder = timeMode ? [] : globalPeriodOrder(slotsByDay);

  // Busy slots per teacher, as day-qualified slot keys (busyKey): one set per teacher, not one per teacher and day.
  const busy = new Map<string, Set<string>>();
  // Resolved meetings are shared between identical meetings, so their slots are worked out once.
  const slotKeys = new Map<ResolvedMeeting, string[]>();
  const names = new Map<string, string>();
  const busyOf = (teacher: string) => {
    let name = names.get(teacher);
    if (name === undefined) names.set(teacher, (name = normaliseName(teacher)));
    let set = busy.get(name);
    if (!set) busy.set(name, (set = new Set()));
    return set;
  };
  for (const s of parsed.sections) {
    if (s.collaboration) continue;
    const rs = resolved(s);
    // Most sections' meetings are all taught by the section's teachers: look those teachers up once per section.
    const sectionBusy = s.meetings.some((m) => m.teachers) ? undefined : s.teachers.map(busyOf);
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i];
      let keys = slotKeys.get(r);
      if (!keys) {
        keys = (slotsByDay.get(r.dayLabel) ?? []).filter((slot) => overlaps(slot, r)).map((slot) => busyKey(r.dayLabel, slot));
        slotKeys.set(r, keys);
      }
      for (const set of sectionBusy ?? meetingTeachers(s, s.meetings[i]).map(busyOf)) {
        for (const k of keys) set.add(k);
      }
    }
  }

  // Few sections are scheduled collaboration; find them once rather than once per team.
  const collaborationSections = parsed.sections.filter((s) => s.collaboration);
  const orderedDays = [...days.values()].sort((a, b) => a.order - b.order);
  const collaboration: TeamCollaboration[] = [];
  const singleMemberTeams: Team[] = [];
  const freeSlots = new Map<string, { day: string; slots: string[]; minutes: number | null }[]>();
  for (const team of teams) {
    if (team.members.length < 2) {
      singleMemberTeams.push(team);
      continue;
    }
    const memberKeys = team.members.map(normaliseName);
    let periods = 0;
    const lengthsKnown = timeMode || clock.periodMinutes !== undefined;
    let minutes: number | null = lengthsKnown ? 0 : null;
    let longest: number | null = lengthsKnown ? 0 : null;
    const teamDays: string[] = [];
    const teamFree: { day: string; slots: string[]; minutes: number | null }[] = [];
    for (const day of orderedDays) {
      const free = (slotsByDay.get(day.label) ?? []).filter((slot) => {
        const key = busyKey(day.label, slot);
        return memberKeys.every((m) => !busy.get(m)?.has(key));
      });
      if (free.length === 0) continue;
      teamDays.push(day.label);
      periods += free.length;
      let dayMinutes: number | null = 0;
      for (const slot of free) dayMinutes = slot.minutes === null || dayMinutes === null ? null : dayMinutes + slot.minutes;
      minutes = minutes === null || dayMinutes === null ? null : minutes + dayMinutes * day.scale;
      const block = longestBlock(free, timeMode, periodOrder, clock.periodMinutes);
      longest = longest === null || block === null ? null : Math.max(longest, block);
      teamFree.push({ day: day.label, slots: free.map((s) => s.period ?? formatInterval(s)), minutes: dayMinutes });
    }
    freeSlots.set(team.team, teamFree);
    collaboration.push({
      team: team.team,
      basis: team.basis,
      members: team.members,
      commonMinutesPerWeek: minutes === null ? null : round(minutes, 1),
      commonPeriodsPerCycle: periods,
      longestBlockMinutes: longest,
      days: teamDays,
      scheduledCollaborationMinutesPerWeek: scheduledMinutes(collaborationSections, team, clock),
    });
  }
  return { collaboration, singleMemberTeams, freeSlots, timeMode };
}

function busyKey(day: string, slot: Slot): string {
  return `${day}\u0000${slot.key}`;
}

function overlaps(slot: Slot, r: ResolvedMeeting): boolean {
  if (slot.period !== undefined) return r.periods.some((p) => p.trim() === slot.period);
  return r.intervals.some(([start, end]) => start < slot.end! && end > slot.start!);
}

/** Elementary intervals between every bell and meeting boundary of the day that some bell period or meeting covers. */
function timeSlots(
  sections: readonly Section[],
  resolved: (s: Section) => ResolvedMeeting[],
  days: Map<string, Day>,
  clock: ScheduleClock,
): Map<string, Slot[]> {
  const intervals = new Map<string, Map<string, [number, number]>>();
  const add = (day: string, start: number, end: number) => {
    if (!(end > start)) return;
    let set = intervals.get(day);
    if (!set) intervals.set(day, (set = new Map()));
    set.set(`${start}-${end}`, [start, end]);
  };
  for (const r of distinctMeetings(sections, resolved)) for (const [start, end] of r.intervals) add(r.dayLabel, start, end);
  for (const day of days.values()) {
    for (const b of clock.bellFor(day.meetingDay)) if (!NOT_PLANNING_TIME.test(b.period)) add(day.label, b.start, b.end);
  }

  const result = new Map<string, Slot[]>();
  for (const [day, set] of intervals) {
    const spans = [...set.values()];
    const bounds = [...new Set(spans.flat())].sort((a, b) => a - b);
    const slots: Slot[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [start, end] = [bounds[i], bounds[i + 1]];
      if (spans.some(([s, e]) => s <= start && e >= end)) slots.push({ key: `${start}-${end}`, start, end, minutes: end - start });
    }
    result.set(day, slots);
  }
  return result;
}

/**
 * The resolved meetings in schedule order, each once: identical meetings share one resolved object, so a district's
 * 750,000 meetings come down to a few dozen, and what is collected from them keeps its first-seen order.
 */
function distinctMeetings(sections: readonly Section[], resolved: (s: Section) => ResolvedMeeting[]): ResolvedMeeting[] {
  const seen = new Set<ResolvedMeeting>();
  for (const s of sections) for (const r of resolved(s)) seen.add(r);
  return [...seen];
}

function periodSlots(sections: readonly Section[], resolved: (s: Section) => ResolvedMeeting[], clock: ScheduleClock): Map<string, Slot[]> {
  const labels = new Map<string, Set<string>>();
  for (const r of distinctMeetings(sections, resolved)) {
    let set = labels.get(r.dayLabel);
    if (!set) labels.set(r.dayLabel, (set = new Set()));
    for (const p of r.periods) set.add(p.trim());
  }
  const result = new Map<string, Slot[]>();
  for (const [day, set] of labels) {
    result.set(
      day,
      [...set].sort(compareLabels).map((period) => ({ key: `p:${period}`, period, minutes: clock.periodMinutes ?? null })),
    );
  }
  return result;
}

function globalPeriodOrder(slotsByDay: Map<string, Slot[]>): string[] {
  const all = new Set<string>();
  for (const slots of slotsByDay.values()) for (const s of slots) all.add(s.period!);
  return [...all].sort(compareLabels);
}

function adjacentPeriods(a: string, b: string, order: readonly string[]): boolean {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isInteger(na) && Number.isInteger(nb)) return nb === na + 1;
  return order.indexOf(b) === order.indexOf(a) + 1;
}

/** Longest run of adjacent free slots, in minutes; null when slot lengths are unknown. */
function longestBlock(free: readonly Slot[], timeMode: boolean, order: readonly string[], periodMinutes?: number): number | null {
  if (timeMode) {
    let best = 0;
    let blockStart = free[0].start!;
    let blockEnd = free[0].end!;
    for (const slot of free.slice(1)) {
      if (slot.start! - blockEnd <= PASSING_MINUTES) blockEnd = slot.end!;
      else {
        best = Math.max(best, blockEnd - blockStart);
        blockStart = slot.start!;
        blockEnd = slot.end!;
      }
    }
    return Math.max(best, blockEnd - blockStart);
  }
  if (periodMinutes === undefined) return null;
  let best = 1;
  let run = 1;
  for (let i = 1; i < free.length; i++) {
    run = adjacentPeriods(free[i - 1].period!, free[i].period!, order) ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best * periodMinutes;
}

/** Collaboration rows that belong to the team: two or more of its members on it, or the team's name in it. */
export function teamCollaborationSections(sections: readonly Section[], team: Team): Section[] {
  const members = new Set(team.members.map(normaliseName));
  const teamName = normaliseName(team.team);
  return sections.filter((s) => {
    if (!s.collaboration) return false;
    const onIt = s.teachers.filter((t) => members.has(normaliseName(t))).length;
    if (onIt >= 2) return true;
    const text = [...s.teachers, s.course, s.department ?? ''].map(normaliseName);
    return text.some((t) => t === teamName || (teamName.length > 2 && t.includes(teamName)));
  });
}

function scheduledMinutes(sections: readonly Section[], team: Team, clock: ScheduleClock): number {
  let total = 0;
  for (const s of teamCollaborationSections(sections, team)) total += weeklyMinutes(s, clock) ?? 0;
  return round(total, 1);
}

function formatInterval(slot: Slot): string {
  const hm = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  return `${hm(slot.start!)}-${hm(slot.end!)}`;
}

