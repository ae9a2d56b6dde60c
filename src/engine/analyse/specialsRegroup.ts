import type { NoCostBlockOption, Section, TeamCollaboration } from '../types';
import { sectionGradeKey } from './subjects';
import { mostFrequent, normaliseName } from './stats';
import { joined, type SchoolDayPeriods, type Timetable } from './timetable';

// Regrouping the week's specials so a grade team's homeroom teachers get a 90-minute block while their classes are at
// specials (ERS: "90 + 90 + 60 + 60 instead of 60 a day"), without changing anyone's minutes.
//
// The change this module looks for, between two grades whose specials sit back to back with the same specials
// teachers: on one day (d) the team's grade stays with its specials teachers for one period more, the period they
// would have taught the other grade; on another day (e) the other grade takes one period from the team's grade the
// same way. Each grade keeps its specials minutes a week (the two periods must be as long), the specials teachers teach
// the same periods, and the homeroom lesson the team's grade gives up on d is taught on e in the period its class comes
// back early. It is checked, on both days:
// - every specials teacher of the team's grade's classes in the edge period teaches one class of the other grade in
//   the next period, and the other grade has no class with anyone else then, so each teacher stays with a class;
// - the other grade's homeroom teachers are free in that period, so they can have their classes back;
// - the team's members are free in the edge period on e (their classes are at specials).
// Not checked: which homeroom lessons move between the two days (a literacy block in that period is shortened).
// A regrouping also gives the other grade a longer specials run on e; when that reaches the block, the other grade's
// team is offered the same regrouping rather than a second one, and no grade's day is regrouped twice, so the options
// of all teams hold together (the school-wide flag adds them up).
// Bounded: days × runs × 2 directions × days.

/** The option, or why none fits; no reason when the team is not a grade's homeroom teachers (nothing to regroup). */
export type RegroupResult = { option: NoCostBlockOption } | { reason?: string };

interface Exchange {
  otherGrade: string;
  specialsTeachers: string[];
  /** The other grade's homeroom teachers (normalised). */
  otherHomeroom: Set<string>;
}

/**
 * The regroupings found so far, so that all teams' options hold together (the school-wide flag adds them up): a
 * grade's day is regrouped once, and a regrouping that also gives the other grade's team its block is offered to it.
 */
export interface Regroupings {
  /** "grade|day" pairs a regrouping changes. */
  days: Set<string>;
  gives: { grade: string; homeroom: Set<string>; day: string; periods: string[]; minutes: number; option: NoCostBlockOption }[];
}

export function noRegroupings(): Regroupings {
  return { days: new Set(), gives: [] };
}

/** A regrouping that gives the team its block, reusing one found for another team when it already does; found ones are added to `plan`. */
export function specialsRegroup(team: TeamCollaboration, timetable: Timetable, block: number, plan: Regroupings): RegroupResult {
  const members = new Set(team.members.map(normaliseName));
  const grade = teamGrade(members, timetable);
  if (grade === undefined) return {};
  const given = plan.gives.find((g) => g.grade === grade && [...members].every((m) => g.homeroom.has(m)));
  if (given) {
    return {
      option: {
        ...given.option,
        team: team.team,
        day: given.day,
        periods: given.periods,
        blockMinutes: given.minutes,
        text:
          `No-cost option: the specials regrouping found for ${given.option.team} (${given.option.summary}) also gives this team its block: ` +
          `all ${team.members.length} members are free together on ${given.day} in periods ${given.periods[0]}-${given.periods[given.periods.length - 1]} (${given.minutes} minutes).`,
      },
    };
  }
  let anySpecials = false;
  for (const day of timetable.days) {
    for (const [from, to] of freeRuns(day, members, timetable)) {
      for (const after of [true, false]) {
        const edge = after ? to : from;
        const next = after ? to + 1 : from - 1;
        if (next < 0 || next >= day.periods.length || !joined(day, Math.min(edge, next), timetable.passingMinutes)) continue;
        if (specialsOf(grade, members, timetable, day.label, day.periods[edge].period).length) anySpecials = true;
        const minutes = timetable.minutesOf(day, Math.min(from, next), Math.max(to, next));
        if (minutes === null || minutes < block) continue;
        const there = exchange(grade, members, timetable, day.label, day.periods[edge].period, day.periods[next].period);
        if (!there) continue;
        const free = (d: string) => !plan.days.has(`${grade}|${d}`) && !plan.days.has(`${there.otherGrade}|${d}`);
        if (!free(day.label)) continue;
        const length = timetable.minutesOf(day, next, next);
        const back = timetable.days.find(
          (e) =>
            e !== day &&
            free(e.label) &&
            e.periods[edge]?.period === day.periods[edge].period &&
            e.periods[next]?.period === day.periods[next].period &&
            timetable.minutesOf(e, edge, edge) === length &&
            [...members].every((m) => !timetable.teacher(m).get(e.label)?.has(day.periods[edge].period)) &&
            exchange(grade, members, timetable, e.label, day.periods[edge].period, day.periods[next].period)?.otherGrade === there.otherGrade,
        );
        if (!back) continue;
        for (const g of [grade, there.otherGrade]) for (const d of [day.label, back.label]) plan.days.add(`${g}|${d}`);
        const option = describe(team, grade, there, day, back, from, to, edge, next, minutes, length!);
        // On the other day the other grade's classes go to specials a period early: its homeroom teachers' block.
        const theirs = freeRuns(back, there.otherHomeroom, timetable).find(([a, b]) => a <= next && next <= b);
        if (theirs && joined(back, Math.min(edge, next), timetable.passingMinutes)) {
          const [a, b] = [Math.min(theirs[0], edge), Math.max(theirs[1], edge)];
          const theirMinutes = timetable.minutesOf(back, a, b);
          if (theirMinutes !== null && theirMinutes >= block) {
            const periods = back.periods.slice(a, b + 1).map((p) => p.period);
            plan.gives.push({ grade: there.otherGrade, homeroom: there.otherHomeroom, day: back.label, periods, minutes: theirMinutes, option });
          }
        }
        return { option };
      }
    }
  }
  return {
    reason: anySpecials
      ? `regrouping Grade ${grade}'s specials with a neighbouring grade's does not fit: on no two days (not already regrouped for another team) do the specials teachers pass from Grade ${grade}'s classes straight to one other grade's, with that grade's homeroom teachers free to take their classes back`
      : `Grade ${grade}'s classes have no specials beside the team's free time to regroup`,
  };
}

/**
 * The grade more than half the members' teaching periods are for: a grade's homeroom teachers. A team of specialists
 * who teach every grade has none, and nothing to regroup.
 */
function teamGrade(members: ReadonlySet<string>, timetable: Timetable): string | undefined {
  const grades: string[] = [];
  for (const m of members) {
    for (const byPeriod of timetable.teacher(m).values()) {
      for (const o of byPeriod.values()) grades.push(sectionGradeKey(o.section) ?? '');
    }
  }
  const usual = mostFrequent(grades.filter((g) => g !== ''));
  return usual !== undefined && grades.filter((g) => g === usual).length * 2 > grades.length ? usual : undefined;
}

/** Runs of adjacent periods (joined by passing time) in which every member is free, as [first, last] indexes. */
function freeRuns(day: SchoolDayPeriods, members: ReadonlySet<string>, timetable: Timetable): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= day.periods.length; i++) {
    const free = i < day.periods.length && [...members].every((m) => !timetable.teacher(m).get(day.label)?.has(day.periods[i].period));
    const continues = free && start >= 0 && joined(day, i - 1, timetable.passingMinutes);
    if (free && start < 0) start = i;
    else if (free && !continues) {
      runs.push([start, i - 1]);
      start = i;
    } else if (!free && start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  return runs;
}

const taughtBy = (s: Section, who: ReadonlySet<string>) => s.teachers.some((t) => who.has(normaliseName(t)));

/** The grade's classes at specials in a period: sections of the grade that no member teaches. */
function specialsOf(grade: string, members: ReadonlySet<string>, timetable: Timetable, day: string, period: string): Section[] {
  return (timetable.sectionsAt(day, period)).filter((s) => sectionGradeKey(s) === grade && !taughtBy(s, members));
}

/**
 * Whether the specials teachers of the grade's classes in `edge` all teach one class of a single other grade in `next`,
 * and that grade's classes are all with them then, with its homeroom teachers free: the grade can keep them for `next`.
 */
function exchange(grade: string, members: ReadonlySet<string>, timetable: Timetable, day: string, edge: string, next: string): Exchange | null {
  const ours = specialsOf(grade, members, timetable, day, edge);
  if (ours.length === 0) return null;
  const teachers = new Set(ours.flatMap((s) => s.teachers.map(normaliseName)));
  const atNext = timetable.sectionsAt(day, next);
  const theirs = atNext.filter((s) => taughtBy(s, teachers));
  const otherGrade = theirs.length ? sectionGradeKey(theirs[0]) : undefined;
  if (otherGrade === undefined || otherGrade === grade || theirs.length !== ours.length) return null;
  if (!theirs.every((s) => sectionGradeKey(s) === otherGrade && s.teachers.every((t) => teachers.has(normaliseName(t))) && !taughtBy(s, members))) return null;
  // Every class of the other grade in `next` is with these specials teachers; its homeroom teachers are free then.
  if (atNext.some((s) => sectionGradeKey(s) === otherGrade && !theirs.includes(s))) return null;
  const homeroom = new Set<string>();
  for (const { period } of timetable.days.find((d) => d.label === day)?.periods ?? []) {
    for (const s of timetable.sectionsAt(day, period)) if (sectionGradeKey(s) === otherGrade) for (const t of s.teachers) if (!teachers.has(normaliseName(t))) homeroom.add(normaliseName(t));
  }
  if ([...homeroom].some((t) => timetable.teacher(t).get(day)?.has(next))) return null;
  const names = new Map(ours.flatMap((s) => s.teachers.map((t) => [normaliseName(t), t] as const)));
  return { otherGrade, specialsTeachers: [...names.values()], otherHomeroom: homeroom };
}

function describe(
  team: TeamCollaboration,
  grade: string,
  there: Exchange,
  day: SchoolDayPeriods,
  back: SchoolDayPeriods,
  from: number,
  to: number,
  edge: number,
  next: number,
  minutes: number,
  length: number,
): NoCostBlockOption {
  const period = (i: number) => day.periods[i].period;
  const first = Math.min(from, next);
  const last = Math.max(to, next);
  const periods = day.periods.slice(first, last + 1).map((p) => p.period);
  const other = there.otherGrade;
  const text =
    `No-cost option: regroup Grade ${grade}'s specials with Grade ${other}'s. On ${day.label}, Grade ${grade}'s classes stay with their ` +
    `specials teachers (${there.specialsTeachers.join('; ')}) ${next > edge ? 'through' : 'from'} period ${period(next)}, which Grade ${other} gives up that day; on ${back.label}, ` +
    `Grade ${other}'s classes take period ${period(edge)} from Grade ${grade} the same way. Each grade keeps its specials minutes a week ` +
    `(${length} minutes more one day, ${length} less the other), the specials teachers teach the same periods, and Grade ${grade}'s homeroom ` +
    `lesson in period ${period(next)} on ${day.label} moves to period ${period(edge)} on ${back.label} (Grade ${other}'s the other way). Then all ${team.members.length} members ` +
    `are free together on ${day.label} in periods ${periods[0]}-${periods[periods.length - 1]} (${minutes} minutes), a weekly block without cover.`;
  return {
    team: team.team,
    found: true,
    kind: 'specials-regroup',
    summary: `regroup Grade ${grade}'s and Grade ${other}'s specials on ${day.label} and ${back.label}`,
    day: day.label,
    periods,
    blockMinutes: minutes,
    moves: [],
    text,
    checked:
      `Checked on ${day.label} and ${back.label}: each specials teacher of Grade ${grade}'s classes in period ${period(edge)} teaches one Grade ${other} class ` +
      `in period ${period(next)} and no one else teaches Grade ${other} then, and Grade ${other}'s homeroom teachers are free to have their classes back. ` +
      'Not checked: which homeroom lesson moves between the two days (a literacy block in that period is shortened that day).',
  };
}
