import type { NoCostBlockOption, ParsedWorkbook, ScheduleMove, SchoolLevel, Section, TeamCollaboration } from '../types';
import { noRegroupings, specialsRegroup, type Regroupings } from './specialsRegroup';
import { dayLabel, type ScheduleClock } from './meetingTime';
import { normaliseName } from './stats';
import { buildTimetable, cell, courseKey, joined, type Occupant, type SchoolDayPeriods, type Timetable } from './timetable';

// Could a schedule change give a team its weekly collaboration block at no cost? Before cover is priced, this
// searches for moves of the members' own sections that leave every member free in the same adjacent periods of one
// day, long enough for the block. The clock (meetingTime.ts / schoolDay.ts) owns clock time: which periods are
// teaching periods, and which join across passing time; this module only moves sections between those periods.
//
// The search, bounded and deterministic:
// - Targets: on each day, each shortest run of adjacent teaching periods (joined by passing time only, never across
//   lunch or a break) that lasts the block. Each member's class in a target takes one move, so targets are tried in
//   order of the members' classes they hold, greedily, member by member, period by period; the first reached wins,
//   against others holding as few classes by fewer moves, then fewer students re-sectioned, then the earlier day
//   and period. A member with fewer free periods on every day than a target needs rules the search out at once.
// - A member busy in the target is freed by, in order of preference:
//   1. swapping teachers with another section of the same course that meets in a period outside the target on the
//      same days, taught by a non-member free in the member's period (no student changes period);
//   2. moving the section to a period outside the target where every teacher of the section (co-teachers too) is
//      free on every day it meets, and its room is free. With a student roster, each of its students who takes
//      another class in the new period must be able to take that class's course in the period given up (another
//      section meets then); seats in those sections are not checked, and each move's students are checked against the
//      timetable as it stands, not after the other moves' re-sectioning. Without one, only a section of a course that
//      runs in two or more sections is moved, and the students are not checked.
//   A class of several periods (a double block) and a meeting given by clock times only are not moved.
// - Moves never change how many periods a member teaches in a day, so a member who teaches all but one period every
//   day can never be free for a two-period block: that is said as the reason, with the longest block that moves can
//   give (aligning free periods, the PARTIAL_TARGETS longest targets holding fewest classes) as a partial option, so
//   cover is only needed for the rest.
// - In an elementary school, when no section move gives the block, regrouping the grade's specials with a
//   neighbouring grade's is tried (specialsRegroup.ts).
// - Work is bounded: MAX_CHECKS checks (a teacher's period, a student's class) per team and MAX_TOTAL_CHECKS for the
//   school; a team beyond either, or larger than MAX_TEAM, is said to be unsearched. The timetable works out where a
//   teacher or room is only when asked, so a district's meetings are not all indexed for a few teams.

const MAX_TEAM = 30;
const MAX_CHECKS = 200_000;
const MAX_TOTAL_CHECKS = 2_000_000;
/** The partial alignment is a fallback: only the targets holding fewest classes are tried. */
const PARTIAL_TARGETS = 6;

/** Checks done so far and where this team's search must stop. */
interface Bound {
  checks: number;
  limit: number;
}

interface Move extends ScheduleMove {
  /** Teacher/room occupancy changes the move makes, for the trial. */
  changes: Change[];
}

interface Change {
  who: string;
  day: string;
  from: string;
  to: string;
}

export interface PlanningSwapInput {
  parsed: ParsedWorkbook;
  clock: ScheduleClock;
  block: number;
  /** In an elementary school, regrouping a grade's specials is tried when no section move gives the block. */
  level?: SchoolLevel;
}

/** For each team below the block (every member's timetable read), the no-cost option or why none was found. */
export function noCostBlockOptions(teams: readonly TeamCollaboration[], input: PlanningSwapInput): NoCostBlockOption[] {
  // The teams the collaboration flags flag: a block shorter than the threshold, or, with no lengths known, no common time.
  const below = teams.filter(
    (t) =>
      t.timesKnown !== false &&
      t.members.length > 1 &&
      (t.longestBlockMinutes === null ? t.commonPeriodsPerCycle === 0 && t.scheduledCollaborationMinutesPerWeek === 0 : t.longestBlockMinutes < input.block),
  );
  if (below.length === 0) return [];
  const timetable = buildTimetable(input.parsed, input.clock);
  // Regroupings must hold together across teams: a grade's day is regrouped for one team only.
  const regroupings = noRegroupings();
  const work = { checks: 0 };
  return below.map((team) => {
    const bound = { checks: work.checks, limit: Math.min(work.checks + MAX_CHECKS, MAX_TOTAL_CHECKS) };
    const option = searchTeam(team, timetable, input, regroupings, bound);
    work.checks = bound.checks;
    return option;
  });
}

interface Target {
  day: SchoolDayPeriods;
  from: number;
  to: number;
  minutes: number;
}

/** Runs of adjacent periods lasting at least `min` and less than `max` minutes: the shortest from each start when min is the block. */
function targets(timetable: Timetable, min: number, shortestOnly: boolean, max = Infinity): Target[] {
  const found: Target[] = [];
  for (const day of timetable.days) {
    for (let from = 0; from < day.periods.length; from++) {
      for (let to = from; to < day.periods.length; to++) {
        if (to > from && !joined(day, to - 1, timetable.passingMinutes)) break;
        const minutes = timetable.minutesOf(day, from, to);
        if (minutes === null || minutes >= max) break;
        if (minutes < min) continue;
        found.push({ day, from, to, minutes });
        if (shortestOnly) break;
      }
    }
  }
  return found;
}

interface Trial {
  moves: Move[];
  /** Occupancy added and removed by the moves so far. */
  added: Set<string>;
  removed: Set<string>;
  checks: number;
  failure?: string;
}

function searchTeam(team: TeamCollaboration, timetable: Timetable, input: PlanningSwapInput, regroupings: Regroupings, bound: Bound): NoCostBlockOption {
  const checked = checkedText(timetable);
  const none = (text: string): NoCostBlockOption => ({ team: team.team, found: false, kind: 'none', moves: [], summary: '', text, checked });
  if (team.members.length > MAX_TEAM) return none(`No schedule change was searched: the team has ${team.members.length} members (more than ${MAX_TEAM}), so aligning their timetables is a timetable rebuild.`);
  if (timetable.days.every((d) => d.periods.length === 0)) return none('No schedule change was searched: the timetable gives no periods to move sections between.');
  if (timetable.periodMinutes === undefined && timetable.days.every((d) => d.periods.every((p) => p.start === undefined))) {
    return none('No schedule change was searched: without the periods\' lengths, whether one gives the block cannot be judged.');
  }

  const members = team.members.map(normaliseName);
  if (bound.checks >= bound.limit) {
    return none(`No schedule change was searched: the search's bound of ${MAX_TOTAL_CHECKS.toLocaleString('en-US')} checks for the school was reached before this team.`);
  }
  const shortest = targets(timetable, input.block, true);
  const capacity = shortest.length ? capacityReason(team, members, timetable, shortest) : undefined;
  const best = capacity ? null : bestTrial(shortest, members, timetable, bound);
  if (best) {
    const { target, trial } = best;
    const periods = periodsOf(target);
    return {
      team: team.team,
      found: true,
      kind: 'section-moves',
      day: target.day.label,
      periods,
      blockMinutes: target.minutes,
      moves: trial.moves.map(publicMove),
      summary: trial.moves.map((m) => m.text).join('; '),
      text:
        `No-cost option: ${trial.moves.map((m) => m.text).join('; ')}. Then all ${team.members.length} members are free together on ` +
        `${target.day.label} in ${periodText(periods)} (${target.minutes} minutes), a weekly ${input.block}-minute block without cover.`,
      checked,
    };
  }
  const regroup = input.level === 'elementary' ? specialsRegroup(team, timetable, input.block, regroupings) : undefined;
  if (regroup && 'option' in regroup) return regroup.option;
  const regroupReason = regroup?.reason ? `; ${regroup.reason}` : '';
  const reason = capacity ?? (bound.checks >= bound.limit ? 'the search stopped at its bound of checks' : whyNone(team, members, timetable, input.block));
  const partialBest = bestTrial(targets(timetable, (team.longestBlockMinutes ?? 0) + 1, false, input.block), members, timetable, bound, true, PARTIAL_TARGETS);
  const partial = partialBest
    ? {
        day: partialBest.target.day.label,
        periods: periodsOf(partialBest.target),
        blockMinutes: partialBest.target.minutes,
        moves: partialBest.trial.moves.map(publicMove),
        text:
          `Aligning free periods gives ${partialBest.target.minutes} common minutes on ${partialBest.target.day.label} ` +
          `(${periodText(periodsOf(partialBest.target))}) at no cost` +
          `${partialBest.trial.moves.length ? `: ${partialBest.trial.moves.map((m) => m.text).join('; ')}` : ' (the members are already free then)'}; ` +
          `cover is then needed for ${team.members.length} × (${input.block} − ${partialBest.target.minutes}) = ${team.members.length * (input.block - partialBest.target.minutes)} minutes a week.`,
      }
    : undefined;
  return {
    ...none(`No no-cost schedule change found for a ${input.block}-minute block: ${reason}${regroupReason}.${partial ? ` ${partial.text}` : ''}`),
    ...(partial ? { partial } : {}),
  };
}

function periodsOf(target: Target): string[] {
  return target.day.periods.slice(target.from, target.to + 1).map((p) => p.period);
}

function periodText(periods: readonly string[]): string {
  return periods.length === 1 ? `period ${periods[0]}` : `periods ${periods[0]}-${periods[periods.length - 1]}`;
}

function publicMove(move: Move): ScheduleMove {
  const { changes: _changes, ...rest } = move;
  return rest;
}

/**
 * The target reached with the fewest moves (then fewest students re-sectioned, then longest when `longest`, then the
 * earliest day and period), or null when none can be reached.
 */
function bestTrial(
  candidates: readonly Target[],
  members: readonly string[],
  timetable: Timetable,
  bound: Bound,
  longest = false,
  maxTried = Infinity,
): { target: Target; trial: Trial } | null {
  // Each member's class in the target takes one move (fewer only when a co-teaching member moves with it), so the
  // targets are tried in order of the classes they hold: once one is reached, only targets holding as few classes
  // (and, for the longest block, as long) can beat it.
  const empty: Trial = { moves: [], added: new Set(), removed: new Set(), checks: 0 };
  const ranked = candidates
    .map((target, order) => {
      const periods = periodsOf(target);
      let classes = 0;
      for (const m of members) for (const p of periods) if (occupantAt(timetable, empty, m, target.day.label, p)) classes++;
      return { target, classes, order };
    })
    .sort((a, b) => (longest ? b.target.minutes - a.target.minutes : 0) || a.classes - b.classes || a.order - b.order);
  bound.checks += candidates.length * members.length;
  let best: { target: Target; trial: Trial; classes: number } | null = null;
  let tried = 0;
  for (const { target, classes } of ranked) {
    if (bound.checks >= bound.limit || tried++ >= maxTried) break;
    if (best && (classes > best.classes || (longest && target.minutes < best.target.minutes))) break;
    const trial = tryTarget(target, members, timetable);
    bound.checks += trial.checks;
    if (trial.failure !== undefined) continue;
    if (!best || better({ target, trial }, best, longest)) best = { target, trial, classes };
  }
  return best;
}

function better(a: { target: Target; trial: Trial }, b: { target: Target; trial: Trial }, longest: boolean): boolean {
  if (longest && a.target.minutes !== b.target.minutes) return a.target.minutes > b.target.minutes;
  if (a.trial.moves.length !== b.trial.moves.length) return a.trial.moves.length < b.trial.moves.length;
  return resectioned(a.trial) < resectioned(b.trial);
}

const resectioned = (trial: Trial) => trial.moves.reduce((s, m) => s + (m.studentsResectioned ?? 0), 0);

function tryTarget(target: Target, members: readonly string[], timetable: Timetable): Trial {
  const trial: Trial = { moves: [], added: new Set(), removed: new Set(), checks: 0 };
  const inTarget = new Set(periodsOf(target));
  const day = target.day.label;
  for (const member of members) {
    for (const period of inTarget) {
      const occupant = occupantAt(timetable, trial, member, day, period);
      if (!occupant) continue;
      const move = freeMember(member, members, occupant, day, period, inTarget, timetable, trial);
      if (typeof move === 'string') {
        trial.failure = move;
        return trial;
      }
      apply(trial, move);
      trial.moves.push(move);
    }
  }
  return trial;
}

function occupantAt(timetable: Timetable, trial: Trial, who: string, day: string, period: string): Occupant | undefined {
  const key = cell(who, day, period);
  if (trial.removed.has(key)) return undefined;
  const base = timetable.teacher(who).get(day)?.get(period);
  if (base) return base;
  return trial.added.has(key) ? { movable: false } : undefined;
}

function busy(timetable: Timetable, trial: Trial, who: string, day: string, period: string): boolean {
  trial.checks++;
  return occupantAt(timetable, trial, who, day, period) !== undefined;
}

function roomBusy(timetable: Timetable, trial: Trial, room: string, day: string, period: string): boolean {
  const key = cell(`room:${room}`, day, period);
  if (trial.removed.has(key)) return false;
  return trial.added.has(key) || timetable.roomInUse(room, day, period);
}

function apply(trial: Trial, move: Move): void {
  for (const c of move.changes) {
    const gone = cell(c.who, c.day, c.from);
    const come = cell(c.who, c.day, c.to);
    if (trial.added.has(gone)) trial.added.delete(gone);
    else trial.removed.add(gone);
    if (trial.removed.has(come)) trial.removed.delete(come);
    else trial.added.add(come);
  }
}

/** Days on which the section meets in exactly this one period. */
function singlePeriodDays(section: Section, period: string): string[] {
  return section.meetings.filter((m) => m.periods.length === 1 && m.periods[0].trim() === period && m.start === undefined).map((m) => dayLabel(m.day));
}

const hasPeriodOn = (timetable: Timetable, day: string, period: string) => timetable.days.some((d) => d.label === day && d.periods.some((p) => p.period === period));

/** A move that frees the member in (day, period), or why none does. */
function freeMember(member: string, members: readonly string[], occupant: Occupant, day: string, period: string, inTarget: ReadonlySet<string>, timetable: Timetable, trial: Trial): Move | string {
  const section = occupant.section;
  const label = sectionLabel(section);
  if (!section || !occupant.movable) return `${label} cannot move: it is ${section ? 'a class of several periods or given by clock times' : 'moved there already'}`;
  const days = singlePeriodDays(section, period);
  const dayDef = timetable.days.find((d) => d.label === day)!;
  const others = dayDef.periods.map((p) => p.period).filter((p) => !inTarget.has(p) && p !== period && days.every((d) => hasPeriodOn(timetable, d, p)));
  const swap = teacherSwap(member, members, section, period, days, others, timetable, trial);
  if (swap) return swap;
  let lastReason = `no other period is a teaching period on all its days`;
  trial.checks += (timetable.courses.get(courseKey(section))?.length ?? 0) + (timetable.sectionStudents?.get(section.id)?.length ?? 0);
  // Periods where the course already runs come first, as a scheduler would try them; the first valid period wins.
  const sameCourseRuns = (p: string) => (timetable.courses.get(courseKey(section)) ?? []).some((s) => s !== section && s.meetings.some((m) => m.periods.some((q) => q.trim() === p)));
  for (const to of [...others].sort((a, b) => Number(sameCourseRuns(b)) - Number(sameCourseRuns(a)))) {
    const teacherBusy = section.teachers.map(normaliseName).find((t) => days.some((d) => busy(timetable, trial, t, d, to)));
    if (teacherBusy !== undefined) {
      lastReason = `${section.teachers.find((t) => normaliseName(t) === teacherBusy)} teaches in period ${to}`;
      continue;
    }
    const room = section.room?.trim() ? normaliseName(section.room) : undefined;
    if (room && days.some((d) => roomBusy(timetable, trial, room, d, to))) {
      lastReason = `room ${section.room} is in use in period ${to}`;
      continue;
    }
    const students = studentCheck(section, period, to, days, timetable);
    if (typeof students === 'string') {
      lastReason = students;
      continue;
    }
    const changes: Change[] = [];
    for (const t of section.teachers.map(normaliseName)) for (const d of days) changes.push({ who: t, day: d, from: period, to });
    if (room) for (const d of days) changes.push({ who: `room:${room}`, day: d, from: period, to });
    return {
      kind: 'move',
      section: section.id,
      course: section.course,
      teacher: section.teachers.find((t) => normaliseName(t) === member) ?? member,
      fromPeriod: period,
      toPeriod: to,
      days,
      ...(students > 0 ? { studentsResectioned: students } : {}),
      text:
        `move ${label} from period ${period} to period ${to} (${dayList(days)})` +
        `${students > 0 ? `, ${students} of its students taking their period-${to} class in period ${period} instead` : ''}`,
      changes,
    };
  }
  return `${label} cannot leave period ${period}: ${lastReason}`;
}

/** Another section of the course, taught by a non-member, meeting outside the target on the same days: exchange teachers. */
function teacherSwap(member: string, members: readonly string[], section: Section, period: string, days: readonly string[], others: readonly string[], timetable: Timetable, trial: Trial): Move | null {
  if (section.teachers.length !== 1) return null;
  for (const other of timetable.courses.get(courseKey(section)) ?? []) {
    if (other === section || other.teachers.length !== 1) continue;
    const teacher = normaliseName(other.teachers[0]);
    // A member would be put into the target periods.
    if (members.includes(teacher)) continue;
    for (const to of others) {
      const otherDays = singlePeriodDays(other, to);
      if (otherDays.length !== days.length || !days.every((d) => otherDays.includes(d))) continue;
      if (days.some((d) => busy(timetable, trial, member, d, to) || busy(timetable, trial, teacher, d, period))) continue;
      // The member's cell at `to` is the other teacher's section now; trial occupancy only tracks who is busy.
      const changes: Change[] = days.flatMap((d) => [
        { who: member, day: d, from: period, to },
        { who: teacher, day: d, from: to, to: period },
      ]);
      return {
        kind: 'swap-teachers',
        section: section.id,
        course: section.course,
        teacher: section.teachers[0],
        fromPeriod: period,
        toPeriod: to,
        days: [...days],
        withSection: other.id,
        withTeacher: other.teachers[0],
        text: `${section.teachers[0]} and ${other.teachers[0]} exchange ${section.course} sections: ${section.teachers[0]} takes ${other.id} in period ${to}, ${other.teachers[0]} takes ${section.id} in period ${period} (${dayList(days)}; no student changes period)`,
        changes,
      };
    }
  }
  return null;
}

/**
 * With a student roster: each student of the section who takes another class in the new period must find that class's
 * course in the period given up; returns how many switch, or why the move fails. Without one: a section of a course
 * with no other section is not moved.
 */
function studentCheck(section: Section, from: string, to: string, days: readonly string[], timetable: Timetable): number | string {
  // The check reads the timetable as it stands, never a trial's moves: the same move is worked out once.
  const key = `${section.id}\u0000${from}\u0000${to}`;
  let cached = studentChecks.get(timetable)?.get(key);
  if (cached === undefined) {
    cached = studentCheckOnce(section, from, to, days, timetable);
    let byTimetable = studentChecks.get(timetable);
    if (!byTimetable) studentChecks.set(timetable, (byTimetable = new Map()));
    byTimetable.set(key, cached);
  }
  return cached;
}

const studentChecks = new WeakMap<Timetable, Map<string, number | string>>();

function studentCheckOnce(section: Section, from: string, to: string, days: readonly string[], timetable: Timetable): number | string {
  if (!timetable.studentSections) {
    return (timetable.courses.get(courseKey(section))?.length ?? 0) > 1 ? 0 : `it is the only section of ${section.course}, and no student roster shows its students are free in another period`;
  }
  const meetsAt = (s: Section, period: string) => days.some((d) => slotsOf(s).has(`${d}\u0000${period}`));
  // Another section of the clashing class's course meets in the period given up, on every day the move covers.
  const canSwitch = (c: Section) => {
    const counts = courseSlots(timetable, courseKey(c));
    return days.every((d) => (counts.get(`${d}\u0000${from}`) ?? 0) - (slotsOf(c).has(`${d}\u0000${from}`) ? 1 : 0) > 0);
  };
  let switched = 0;
  let stuck = 0;
  let example = '';
  for (const student of timetable.sectionStudents?.get(section.id) ?? []) {
    const clashes = (timetable.studentSections.get(student) ?? []).filter((s) => s !== section && meetsAt(s, to));
    if (clashes.length === 0) continue;
    const blocked = clashes.find((c) => !canSwitch(c));
    if (!blocked) switched++;
    else {
      stuck++;
      if (!example) example = blocked.course;
    }
  }
  if (stuck) return `${stuck} of its students take ${example} in period ${to}, which has no section in period ${from}`;
  return switched;
}

/** "day\0period" keys a section meets in by its periods, worked out once per section. */
const sectionSlots = new WeakMap<Section, Set<string>>();
function slotsOf(section: Section): Set<string> {
  let keys = sectionSlots.get(section);
  if (!keys) {
    keys = new Set();
    for (const m of section.meetings) for (const p of m.periods) keys.add(`${dayLabel(m.day)}\u0000${p.trim()}`);
    sectionSlots.set(section, keys);
  }
  return keys;
}

/** How many sections of a course meet in each "day\0period", worked out once per course. */
const courseSlotCounts = new WeakMap<Timetable, Map<string, Map<string, number>>>();
function courseSlots(timetable: Timetable, course: string): Map<string, number> {
  let byCourse = courseSlotCounts.get(timetable);
  if (!byCourse) courseSlotCounts.set(timetable, (byCourse = new Map()));
  let counts = byCourse.get(course);
  if (!counts) {
    counts = new Map();
    for (const s of timetable.courses.get(course) ?? []) for (const k of slotsOf(s)) counts.set(k, (counts.get(k) ?? 0) + 1);
    byCourse.set(course, counts);
  }
  return counts;
}

function sectionLabel(section: Section | undefined): string {
  if (!section) return 'a section';
  return `${section.id} (${section.course === section.id ? '' : `${section.course}, `}${section.teachers.join(' / ')})`;
}

/** "Mon-Fri" for the five weekdays, else the days listed. */
function dayList(days: readonly string[]): string {
  return days.join(',') === 'Mon,Tue,Wed,Thu,Fri' ? 'Mon-Fri' : days.join(', ');
}

/**
 * Why no target could be reached: moves keep each member's teaching periods a day, so a member with fewer free periods
 * than the shortest block needs, on every day, rules the block out; else the first obstacle of the closest target.
 */
function whyNone(team: TeamCollaboration, members: readonly string[], timetable: Timetable, block: number): string {
  const shortest = targets(timetable, block, true);
  if (shortest.length === 0) return `no run of adjacent teaching periods in the day lasts ${block} minutes`;
  const capacity = capacityReason(team, members, timetable, shortest);
  if (capacity) return capacity;
  // The closest target: the one whose greedy trial got furthest is not tracked; the earliest target's obstacle is said.
  const first = tryTarget(shortest[0], members, timetable);
  return `on ${shortest[0].day.label}, ${periodText(periodsOf(shortest[0]))}: ${first.failure ?? 'no move found'}`;
}

/** Members who, on every day, have fewer free periods than the day's shortest target needs: no move can change that. */
function capacityReason(team: TeamCollaboration, members: readonly string[], timetable: Timetable, shortest: readonly Target[]): string | undefined {
  const needByDay = new Map<string, number>();
  for (const t of shortest) needByDay.set(t.day.label, Math.min(needByDay.get(t.day.label) ?? Infinity, t.to - t.from + 1));
  const tooFull: string[] = [];
  for (const [i, member] of members.entries()) {
    const blockedEveryDay = [...needByDay].every(([day, need]) => {
      const periods = timetable.days.find((d) => d.label === day)!.periods;
      const taught = periods.filter((p) => timetable.teacher(member).get(day)?.has(p.period)).length;
      return periods.length - taught < need;
    });
    if (blockedEveryDay) tooFull.push(team.members[i]);
  }
  if (tooFull.length) {
    const need = Math.min(...needByDay.values());
    const day = timetable.days.find((d) => needByDay.get(d.label) === need)!;
    const taught = Math.min(...tooFull.map((m) => day.periods.filter((p) => timetable.teacher(normaliseName(m)).get(day.label)?.has(p.period)).length));
    return (
      `${tooFull.join(', ')} ${tooFull.length === 1 ? 'teaches' : 'each teach'} at least ${taught} of the ${day.periods.length} periods a day, and the block needs ` +
      `${need} adjacent free periods; moving sections cannot give that without taking a section away`
    );
  }
  return undefined;
}

function checkedText(timetable: Timetable): string {
  return (
    'Each move was checked: every teacher of the section (co-teachers too) is free in the new period on each day it meets, and its room is free then; ' +
    (timetable.studentSections
      ? "each of its students who takes another class in the new period can take that class's course in the period given up (another section meets then; seats are not checked)."
      : 'students were not checked (no student roster), so only sections of courses with two or more sections are moved.')
  );
}
