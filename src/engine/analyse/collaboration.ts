import type { Meeting, MeetingDay, ParsedWorkbook, SchoolLevel, Section, TeacherLoad, TeamCollaboration } from '../types';
import { dayOrder, type ResolvedMeeting, type ScheduleClock } from './meetingTime';
import { breaksFilling, describeSchoolDay, totalMinutes, union, type Break, type Interval } from './schoolDay';
import { compareLabels, mostFrequent, normaliseName, round } from './stats';
import { weeklyMinutes } from './timeBySubject';
import { meetingTeachers, namesMeetingTeachers } from './teacherLoad';
import { gradeKey, sectionGradeKey } from './subjects';

// Collaborative planning per team (BRIEF.md "Collaborative planning time"): the slots of the school day when
// every member is free of teaching at once, plus time scheduled as collaboration.
//
// Choices, and why:
// - Teams are the staff roster's teams (the school's own), grade teams in an elementary school, and departments
//   (a teacher's department is the roster's, else what they teach most), each labelled by its basis; a team with
//   the same members as one before it is not repeated.
// - The school day's slots are its teaching bell periods (schoolDay.ts: never lunch, recess, breaks or the gaps
//   between periods), cut where a meeting given by clock times starts or ends inside one. Without a bell schedule
//   they are the stretches the day's teaching meetings cover. So no team gets common time outside a bell period.
// - A member is busy in a slot when any of their teaching meetings that day overlaps it, in any term: common
//   time has to hold all year. A member with no teaching that day is free all day.
// - Common minutes are the sum of the common free slots' lengths. Scheduled collaboration of the team's own (a PLC
//   after the last bell) adds the part that lies outside the day's slots, so a PLC inside the day is not counted
//   twice.
// - The longest block joins consecutive common free slots of one day. Passing time between them counts, as a
//   double period runs through it; a break or lunch between them adds no minutes, and the block records that it
//   runs across it, so the team can judge it. With periods only, consecutive period numbers are adjacent and each
//   period lasts settings.periodMinutes.


export interface Team {
  team: string;
  basis: TeamCollaboration['basis'];
  members: string[];
}

interface Slot {
  start?: number;
  end?: number;
  period?: string;
  minutes: number | null;
}

/** A stretch of common time: a free slot (its index in the day's slots) or the team's scheduled collaboration. */
interface Piece {
  start: number;
  end: number;
  slot?: number;
}

interface Block {
  minutes: number;
  across: string[];
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
  const rosterTeams = new Map<string, Set<string>>();
  for (const m of parsed.staff) if (m.team?.trim()) addMember(rosterTeams, m.team.trim(), m.name.trim());
  const teams: Team[] = group(rosterTeams, 'roster');
  const derived: Team[] = [];
  if (level === 'elementary') {
    // A grade team is the teachers of one grade: the roster's grade, else the grade of more than half their
    // sections. A specialist who teaches every grade belongs to no grade team (their most frequent grade is chance).
    const staffGrade = new Map(parsed.staff.filter((m) => m.grade).map((m) => [normaliseName(m.name), m.grade!]));
    const sectionGrades = new Map<string, string[]>();
    for (const s of parsed.sections) {
      const grade = sectionGradeKey(s);
      if (s.collaboration || grade === undefined) continue;
      for (const t of s.teachers) {
        const list = sectionGrades.get(t);
        if (list) list.push(grade);
        else sectionGrades.set(t, [grade]);
      }
    }
    const gradeTeams = new Map<string, Set<string>>();
    for (const t of teachers) {
      const grades = sectionGrades.get(t.teacher) ?? [];
      const usual = mostFrequent(grades);
      const majority = usual !== undefined && grades.filter((g) => g === usual).length * 2 > grades.length ? usual : undefined;
      const grade = staffGrade.get(normaliseName(t.teacher)) ?? majority;
      if (grade !== undefined) addMember(gradeTeams, `Grade ${gradeKey(grade) ?? grade}`, t.teacher);
    }
    derived.push(...group(gradeTeams, 'grade'));
  }
  // Straight into each department's members: no pair array per teacher (a district has 25,000).
  const departments = new Map<string, Set<string>>();
  for (const t of teachers) if (t.department) addMember(departments, t.department, t.teacher);
  derived.push(...group(departments, 'department'));
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
  // Two teams can have the same members only with as many members: a team whose size no other team has is kept
  // without its members' key text (a district's departments have thousands of members each). A name holding the
  // key's separator could make lists of two sizes one key: then every team's key is made, as always.
  const teamsOfSize = new Map<number, number>();
  for (const t of teams) teamsOfSize.set(t.members.length, (teamsOfSize.get(t.members.length) ?? 0) + 1);
  const keyEveryTeam = teams.some((t) => t.members.some((m) => m.includes('|')));
  const seenMembers = new Set<string>();
  const names = new Set<string>();
  const kept: Team[] = [];
  for (const t of teams) {
    if (keyEveryTeam || teamsOfSize.get(t.members.length)! > 1) {
      const members = t.members.map(normaliseName).sort().join('|');
      if (seenMembers.has(members)) continue;
      seenMembers.add(members);
    }
    const team = names.has(t.team) ? `${t.team} (${t.basis})` : t.team;
    names.add(team);
    kept.push({ ...t, team });
  }
  return kept;
}

/** Adds a member to a team's set of members, in the order met (a member met twice is there once). */
function addMember(teams: Map<string, Set<string>>, team: string, member: string): void {
  const set = teams.get(team);
  if (set) set.add(member);
  else teams.set(team, new Set([member]));
}

/** The teams, sorted by name, each with its members in the order met. */
function group(teams: ReadonlyMap<string, Set<string>>, basis: Team['basis']): Team[] {
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
  // Sections that meet alike share one meetings list (parse/schedule.ts), and a section's resolved meetings follow
  // from its list alone: each list's days and timing are read once per kind of section, in first-seen order.
  const listsSeen = { teaching: new Set<readonly Meeting[]>(), collaboration: new Set<readonly Meeting[]>() };
  // The teaching sections and the (few) scheduled collaboration sections, split in the same pass.
  const teaching: Section[] = [];
  const collaborationSections: Section[] = [];
  // The first teaching section of each meetings list: between them they hold every distinct teaching meeting.
  const teachingLists: Section[] = [];
  // Indexed loops over sections here and below: this function runs once, mostly before it is optimised, and each
  // step of an iterator then costs an allocation (a district's 150,000 sections: 14 MB of garbage, measured).
  for (let n = 0; n < parsed.sections.length; n++) {
    const s = parsed.sections[n];
    (s.collaboration ? collaborationSections : teaching).push(s);
    const seen = s.collaboration ? listsSeen.collaboration : listsSeen.teaching;
    if (seen.has(s.meetings)) continue;
    seen.add(s.meetings);
    if (!s.collaboration) teachingLists.push(s);
    const list = resolved(s);
    for (let i = 0; i < s.meetings.length; i++) {
      const r = list[i];
      if (!days.has(r.dayLabel)) days.set(r.dayLabel, { label: r.dayLabel, order: dayOrder(s.meetings[i].day), scale: r.weekScale, meetingDay: s.meetings[i].day });
      if (!s.collaboration) {
        anyTeaching = true;
        if (!r.timed) timeMode = false;
      }
    }
  }
  if (!anyTeaching) timeMode = false;

  const breaksByDay = new Map<string, Break[]>();
  const slotsByDay = timeMode ? timeSlots(teachingLists, resolved, days, clock, breaksByDay) : periodSlots(teachingLists, resolved, clock);
  const periodOrder = timeMode ? [] : globalPeriodOrder(slotsByDay);

  // Every slot of the week has a number (its day's first number plus its index in the day), and a teacher's busy slots
  // are bits in a small array: a district's 25,000 teachers each had a set of key texts, and each meeting added to it.
  const firstSlotOf = new Map<string, number>();
  let slotCount = 0;
  for (const [label, slots] of slotsByDay) {
    firstSlotOf.set(label, slotCount);
    slotCount += slots.length;
  }
  const busyWords = Math.max(1, Math.ceil(slotCount / 32));
  const busy = new Map<string, Uint32Array>();
  // Resolved meetings are shared between identical meetings, so their slots are worked out once.
  const slotNumbers = new Map<ResolvedMeeting, number[]>();
  const numbersOf = (r: ResolvedMeeting) => {
    let numbers = slotNumbers.get(r);
    if (!numbers) {
      const first = firstSlotOf.get(r.dayLabel) ?? 0;
      const found: number[] = [];
      (slotsByDay.get(r.dayLabel) ?? []).forEach((slot, i) => {
        if (overlaps(slot, r)) found.push(first + i);
      });
      slotNumbers.set(r, (numbers = found));
    }
    return numbers;
  };
  // Each name as written finds its bits at once (names that normalise alike share them).
  const busyByName = new Map<string, Uint32Array>();
  const busyOf = (teacher: string) => {
    let bits = busyByName.get(teacher);
    if (!bits) {
      const name = normaliseName(teacher);
      bits = busy.get(name);
      if (!bits) busy.set(name, (bits = new Uint32Array(busyWords)));
      busyByName.set(teacher, bits);
    }
    return bits;
  };
  const markBusy = (bits: Uint32Array, numbers: readonly number[]) => {
    for (const n of numbers) bits[n >>> 5] |= 1 << (n & 31);
  };
  // Per meetings list: the slot numbers of all its meetings when the section's teachers teach every one (most
  // sections), else null (the meetings name their own teachers). Sections that meet alike share the list: one look-up.
  const numbersByList = new Map<readonly Meeting[], number[] | null>();
  for (let n = 0; n < teaching.length; n++) {
    const s = teaching[n];
    let listNumbers = numbersByList.get(s.meetings);
    if (listNumbers === undefined) {
      listNumbers = namesMeetingTeachers(s.meetings) ? null : resolved(s).flatMap(numbersOf);
      numbersByList.set(s.meetings, listNumbers);
    }
    if (listNumbers) {
      for (let t = 0; t < s.teachers.length; t++) markBusy(busyOf(s.teachers[t]), listNumbers);
      continue;
    }
    const rs = resolved(s);
    for (let i = 0; i < rs.length; i++) {
      const numbers = numbersOf(rs[i]);
      for (const teacher of meetingTeachers(s, s.meetings[i])) markBusy(busyOf(teacher), numbers);
    }
  }
  /** Whether slot n is free for every one of these members' busy bits. */
  const allFree = (memberBits: readonly Uint32Array[], n: number): boolean => {
    const word = n >>> 5;
    const bit = 1 << (n & 31);
    for (let k = 0; k < memberBits.length; k++) if ((memberBits[k][word] & bit) !== 0) return false;
    return true;
  };

  // Few sections are scheduled collaboration; found once (above) rather than once per team.
  const ownCollaborationOf = collaborationOwners(collaborationSections, teams);
  const orderedDays = [...days.values()].sort((a, b) => a.order - b.order);
  const collaboration: TeamCollaboration[] = [];
  const singleMemberTeams: Team[] = [];
  const freeSlots = new Map<string, { day: string; slots: string[]; minutes: number | null }[]>();
  for (const team of teams) {
    if (team.members.length < 2) {
      singleMemberTeams.push(team);
      continue;
    }
    // Each member's busy bits, looked up once per team rather than once per slot (a district's departments have
    // thousands of members and the week 40 slots); a member who never teaches is free in every slot, so not listed.
    const memberBits: Uint32Array[] = [];
    for (const member of team.members) {
      const bits = busy.get(normaliseName(member));
      if (bits !== undefined) memberBits.push(bits);
    }
    const ownCollaboration = ownCollaborationOf.get(team) ?? [];
    let periods = 0;
    const lengthsKnown = timeMode || clock.periodMinutes !== undefined;
    let minutes: number | null = lengthsKnown ? 0 : null;
    let longest: Block | null = lengthsKnown ? { minutes: 0, across: [] } : null;
    const teamDays: string[] = [];
    const teamFree: { day: string; slots: string[]; minutes: number | null }[] = [];
    for (const day of orderedDays) {
      const daySlots = slotsByDay.get(day.label) ?? [];
      const firstSlot = firstSlotOf.get(day.label) ?? 0;
      const free: number[] = [];
      for (let i = 0; i < daySlots.length; i++) {
        if (allFree(memberBits, firstSlot + i)) free.push(i);
      }
      const scheduled = timeMode
        ? scheduledOutsideSlots(ownCollaboration, resolved, day.label, daySlots)
        : scheduledOutsidePeriods(ownCollaboration, resolved, day.label, daySlots, clock.periodMinutes);
      if (free.length === 0 && scheduled.meetings === 0) continue;
      teamDays.push(day.label);
      periods += free.length + scheduled.meetings;
      let freeMinutes: number | null = 0;
      for (const i of free) freeMinutes = daySlots[i].minutes === null || freeMinutes === null ? null : freeMinutes + daySlots[i].minutes!;
      const dayMinutes = freeMinutes === null || scheduled.minutes === null ? null : freeMinutes + scheduled.minutes;
      minutes = minutes === null || dayMinutes === null ? null : minutes + dayMinutes * day.scale;
      let block: Block | null;
      if (timeMode) {
        const pieces: Piece[] = [...free.map((i) => ({ start: daySlots[i].start!, end: daySlots[i].end!, slot: i })), ...scheduled.pieces.map(([start, end]) => ({ start, end }))];
        const freeSet = new Set(free);
        const busySlots: Interval[] = [];
        for (let i = 0; i < daySlots.length; i++) if (!freeSet.has(i)) busySlots.push([daySlots[i].start!, daySlots[i].end!]);
        block = longestTimedBlock(pieces, breaksByDay.get(day.label) ?? [], clock.passingMinutes, busySlots);
      } else {
        const labels = [...free.map((i) => daySlots[i].period!), ...scheduled.periods].sort(compareLabels);
        block = longestPeriodBlock(labels, periodOrder, clock.periodMinutes);
      }
      longest = longest === null || block === null ? null : betterBlock(longest, block);
      if (free.length) teamFree.push({ day: day.label, slots: free.map((i) => daySlots[i].period ?? formatInterval(daySlots[i])), minutes: freeMinutes });
    }
    freeSlots.set(team.team, teamFree);
    collaboration.push({
      team: team.team,
      basis: team.basis,
      members: team.members,
      commonMinutesPerWeek: minutes === null ? null : round(minutes, 1),
      commonPeriodsPerCycle: periods,
      longestBlockMinutes: longest === null ? null : longest.minutes,
      ...(longest?.across.length ? { longestBlockAcross: longest.across } : {}),
      days: teamDays,
      scheduledCollaborationMinutesPerWeek: scheduledMinutes(ownCollaboration, clock),
    });
  }
  return { collaboration, singleMemberTeams, freeSlots, timeMode };
}

function overlaps(slot: Slot, r: ResolvedMeeting): boolean {
  if (slot.period !== undefined) return r.periods.some((p) => p.trim() === slot.period);
  return r.intervals.some(([start, end]) => start < slot.end! && end > slot.start!);
}

/**
 * The school day's slots: its teaching bell periods, cut at every start and end of a teaching meeting inside them;
 * without a bell schedule for the day, the stretches its teaching meetings cover, cut the same way. Fills
 * breaksByDay with the day's breaks (without a bell, the gaps between those stretches longer than passing time).
 */
function timeSlots(
  teaching: readonly Section[],
  resolved: (s: Section) => ResolvedMeeting[],
  days: Map<string, Day>,
  clock: ScheduleClock,
  breaksByDay: Map<string, Break[]>,
): Map<string, Slot[]> {
  const meetingIntervals = new Map<string, Interval[]>();
  for (const r of distinctMeetings(teaching, resolved)) {
    let list = meetingIntervals.get(r.dayLabel);
    if (!list) meetingIntervals.set(r.dayLabel, (list = []));
    for (const interval of r.intervals) list.push(interval);
  }
  const result = new Map<string, Slot[]>();
  for (const day of days.values()) {
    const meetings = meetingIntervals.get(day.label) ?? [];
    const schoolDay = clock.schoolDay(day.meetingDay);
    let spans: Interval[];
    if (schoolDay.periods.length) {
      spans = schoolDay.periods.map((p) => [p.start, p.end]);
      breaksByDay.set(day.label, schoolDay.breaks);
    } else {
      spans = meetings.filter(([start, end]) => end > start);
      const covered = union(spans).map(([start, end]) => ({ period: '', start, end }));
      breaksByDay.set(day.label, describeSchoolDay(covered, clock.passingMinutes).breaks);
    }
    const bounds = [...new Set([...spans.flat(), ...meetings.flat()])].sort((a, b) => a - b);
    const slots: Slot[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [start, end] = [bounds[i], bounds[i + 1]];
      if (spans.some(([s, e]) => s <= start && e >= end)) slots.push({ start, end, minutes: end - start });
    }
    result.set(day.label, slots);
  }
  return result;
}

/** The team's own scheduled collaboration on a day that lies outside the day's slots, and how many meetings add some. */
function scheduledOutsideSlots(
  sections: readonly Section[],
  resolved: (s: Section) => ResolvedMeeting[],
  day: string,
  slots: readonly Slot[],
): ScheduledTime {
  if (sections.length === 0) return NO_SCHEDULED_TIME;
  const covered = union(slots.map((s) => [s.start!, s.end!]));
  const pieces: Interval[] = [];
  let meetings = 0;
  for (const s of sections) {
    for (const r of resolved(s)) {
      if (r.dayLabel !== day) continue;
      const outside = r.intervals.flatMap(([start, end]) => outsideOf(start, end, covered));
      if (outside.length === 0) continue;
      meetings++;
      pieces.push(...outside);
    }
  }
  const joined = union(pieces);
  return { pieces: joined, periods: [], meetings, minutes: totalMinutes(joined) };
}

/** The same with periods only: the team's collaboration periods that are no teaching period of the day. */
function scheduledOutsidePeriods(
  sections: readonly Section[],
  resolved: (s: Section) => ResolvedMeeting[],
  day: string,
  slots: readonly Slot[],
  periodMinutes: number | undefined,
): ScheduledTime {
  if (sections.length === 0) return NO_SCHEDULED_TIME;
  const taught = new Set(slots.map((s) => s.period));
  const extra = new Set<string>();
  for (const s of sections) for (const r of resolved(s)) if (r.dayLabel === day) for (const p of r.periods) if (!taught.has(p.trim())) extra.add(p.trim());
  return { pieces: [], periods: [...extra], meetings: extra.size, minutes: extra.size === 0 ? 0 : periodMinutes === undefined ? null : extra.size * periodMinutes };
}

/** Most teams have no scheduled collaboration of their own: one shared, never-changed answer. */
const NO_SCHEDULED_TIME: ScheduledTime = Object.freeze({ meetings: 0, minutes: 0, pieces: [], periods: [] });

interface ScheduledTime {
  /** Scheduled collaboration meetings (or periods) that add time outside the day's slots. */
  meetings: number;
  minutes: number | null;
  /** Their clock intervals, when the schedule has times. */
  pieces: Interval[];
  /** Their periods, when it has periods only. */
  periods: string[];
}

function outsideOf(start: number, end: number, covered: readonly Interval[]): Interval[] {
  const parts: Interval[] = [];
  let from = start;
  for (const [s, e] of covered) {
    if (e <= from || s >= end) continue;
    if (s > from) parts.push([from, s]);
    from = Math.max(from, e);
  }
  if (end > from) parts.push([from, end]);
  return parts;
}

/**
 * The longest block of one day's common time. Consecutive free slots join: passing time between them counts, a
 * break between them adds nothing and is recorded. Scheduled collaboration outside the slots joins what it meets
 * across passing time only. A gap no longer than passing time is still no passing time when a member teaches in it
 * (a 5-minute homeroom between two free periods): `busySlots` are the day's slots some member is busy in.
 */
function longestTimedBlock(pieces: Piece[], breaks: readonly Break[], passingMinutes: number, busySlots: readonly Interval[]): Block {
  pieces.sort((a, b) => a.start - b.start);
  let best: Block = { minutes: 0, across: [] };
  let current: Block | null = null;
  let previous: Piece | null = null;
  for (const piece of pieces) {
    const length = piece.end - piece.start;
    const gap = previous ? piece.start - previous.end : Infinity;
    const consecutive = previous?.slot !== undefined && piece.slot !== undefined && piece.slot === previous.slot + 1;
    const across = consecutive && gap > passingMinutes ? breaksFilling(previous!.end, piece.start, breaks) : null;
    if (current && gap <= passingMinutes && !(gap > 0 && busyWithin(previous!.end, piece.start, busySlots))) current.minutes += Math.max(gap, 0) + length;
    else if (current && across) {
      current.minutes += length;
      for (const b of across) if (!current.across.includes(b.label)) current.across.push(b.label);
    } else current = { minutes: length, across: [] };
    best = betterBlock(best, current);
    previous = piece;
  }
  return { minutes: best.minutes, across: [...best.across] };
}

function busyWithin(from: number, to: number, busySlots: readonly Interval[]): boolean {
  return busySlots.some(([start, end]) => start < to && end > from);
}

/** The longer block; of two as long, the one that runs across fewer breaks. */
function betterBlock(a: Block, b: Block): Block {
  if (b.minutes !== a.minutes) return b.minutes > a.minutes ? { minutes: b.minutes, across: [...b.across] } : a;
  return b.across.length < a.across.length ? { minutes: b.minutes, across: [...b.across] } : a;
}

/**
 * The resolved meetings in schedule order, each once: identical meetings share one resolved object, so a district's
 * 750,000 meetings come down to a few dozen, and what is collected from them keeps its first-seen order. Given the
 * first section of each meetings list (teachingLists), the order is the same as over every section.
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
      [...set].sort(compareLabels).map((period) => ({ period, minutes: clock.periodMinutes ?? null })),
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

/** Longest run of adjacent free periods, in minutes; null when the period length is unknown. */
function longestPeriodBlock(free: readonly string[], order: readonly string[], periodMinutes?: number): Block | null {
  if (periodMinutes === undefined) return null;
  if (free.length === 0) return { minutes: 0, across: [] };
  let best = 1;
  let run = 1;
  for (let i = 1; i < free.length; i++) {
    run = adjacentPeriods(free[i - 1], free[i], order) ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return { minutes: best * periodMinutes, across: [] };
}

/**
 * Each team's own scheduled collaboration rows. A row belongs to the team it names, so a grade team's PLC is not also
 * every department's whose teachers sit in it (Fir Ridge writes its grade PLCs one row per member, with the member's
 * department beside each):
 * - a team is named by its name, as whole words, in the row's title or teacher cell ("Math PLC", "Grade 6 Team
 *   PLC");
 * - a row that carries a grade (its grade cell, or "Grade 9" in its title) is a grade team's meeting: a department
 *   named on it, in its title or its department cell, says who attends, not whose meeting it is;
 * - the department cell names a department only on a row without a grade;
 * - a row that names no team by name belongs to its grade's team (by its grade) and to the teams holding most
 *   of its teachers, two or more (a department only when the row carries no grade): a row listing a grade team's
 *   eight teachers is that team's, not the departments' of the two English teachers among them.
 */
function collaborationOwners(sections: readonly Section[], teams: readonly Team[]): Map<Team, Section[]> {
  const owners = new Map<Team, Section[]>();
  if (sections.length === 0) return owners;
  const named = teams.map((team) => ({ team, words: words(team.team), members: new Set(team.members.map(normaliseName)) }));
  for (const s of sections) {
    if (!s.collaboration) continue;
    const titleWords = [s.course, ...s.teachers].map(words);
    const grade = sectionGradeKey(s) ?? titleGrade(s.course);
    const eligible = grade === undefined ? named : named.filter((t) => t.team.basis !== 'department');
    const gradeTeam = grade === undefined ? undefined : normaliseName(`Grade ${grade}`);
    const departmentWords = grade === undefined && s.department ? words(s.department) : [];
    let mine = eligible.filter(
      (t) =>
        titleWords.some((text) => namesTeam(text, t.words)) ||
        (t.team.basis === 'department' && departmentWords.length > 0 && namesTeam(departmentWords, t.words)),
    );
    if (mine.length === 0) {
      // Named by no name: its grade's team, and the teams holding most of its teachers (a roster's grade team may
      // hold the same teachers as the grade team found from the schedule, under its own name).
      const teachers = s.teachers.map(normaliseName);
      const held = eligible.map((t) => ({ t, count: teachers.filter((name) => t.members.has(name)).length }));
      const most = Math.max(2, ...held.map((h) => h.count));
      mine = eligible.filter((t, i) => (t.team.basis === 'grade' && normaliseName(t.team.team) === gradeTeam) || held[i].count === most);
    }
    for (const { team } of mine) {
      const list = owners.get(team);
      if (list) list.push(s);
      else owners.set(team, [s]);
    }
  }
  return owners;
}

function words(text: string): string[] {
  return normaliseName(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether the text holds the team's name as whole words: the whole text, or within it when the name is longer than two characters. */
function namesTeam(text: readonly string[], name: readonly string[]): boolean {
  if (name.length === 0 || text.length < name.length) return false;
  if (text.length === name.length) return name.every((w, i) => text[i] === w);
  if (name.join(' ').length <= 2) return false;
  for (let i = 0; i + name.length <= text.length; i++) if (name.every((w, j) => text[i + j] === w)) return true;
  return false;
}

/** The grade a collaboration row's title gives ("Grade 9 PLC", "Kindergarten team"), as gradeKey writes it. */
function titleGrade(title: string): string | undefined {
  const match = /\b(?:grade|gr\.?|year)\s*(k|\d{1,2})\b|\b(kindergarten)\b/i.exec(title);
  return match ? gradeKey(match[1] ?? match[2]) : undefined;
}

/**
 * The team's scheduled collaboration a week, each stretch of clock time counted once: a PLC that the schedule lists
 * as one row per member (as district exports often do) is one meeting of the team, not one per member, and rows that
 * overlap (a member who joins late) count the time they cover together (the union, as scheduledOutsideSlots joins
 * them). Meetings without clock intervals, or whose stated minutes are not their intervals', count once per day and
 * periods. A section whose minutes are not all known adds nothing, as before.
 */
function scheduledMinutes(ownCollaboration: readonly Section[], clock: ScheduleClock): number {
  const counted = new Set<string>();
  const clockTime = new Map<string, { weekScale: number; intervals: Interval[] }>();
  let total = 0;
  for (const s of ownCollaboration) {
    if (weeklyMinutes(s, clock) === null) continue;
    for (const r of clock.meetingsOf(s)) {
      if (r.intervals.length && r.minutes === totalMinutes(r.intervals)) {
        const day = clockTime.get(r.dayLabel);
        if (day) day.intervals.push(...r.intervals);
        else clockTime.set(r.dayLabel, { weekScale: r.weekScale, intervals: [...r.intervals] });
        continue;
      }
      const key = `${r.dayLabel}\u0000${r.periods.join(',')}`;
      if (counted.has(key)) continue;
      counted.add(key);
      total += r.minutes! * r.weekScale;
    }
  }
  for (const { weekScale, intervals } of clockTime.values()) total += totalMinutes(union(intervals)) * weekScale;
  return round(total, 1);
}

function formatInterval(slot: Slot): string {
  const hm = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  return `${hm(slot.start!)}-${hm(slot.end!)}`;
}

