import type { BellPeriod } from '../types';

// The school day a bell schedule describes: its teaching periods and the breaks between them. Every analysis asks
// here what is teaching (and planning) time, so breaks and lunch are treated one way everywhere:
// - A bell row named lunch, break, recess, nutrition or passing is not a teaching period: nobody is taught in it,
//   and it is nobody's planning time, though nobody teaches in it either.
// - Time between two teaching periods is passing time when it lasts at most the passing time (a setting, 10 minutes
//   by default), else a break, whatever the bell sheet calls it or leaves unnamed. A double period runs on through
//   its passing time; a break is neither teaching time nor a planning slot.
// - Where a teaching period and a break row overlap (a lunch written inside period 5), the period wins: the bell
//   says a class meets then.

/** Bell rows that are no one's teaching or planning time. */
export const NOT_TEACHING_PERIOD = /lunch|recess|break|passing|nutrition/i;

/** Minutes after midnight, start before end. */
export type Interval = [number, number];

export interface Break {
  start: number;
  end: number;
  /** What the bell sheet calls it, lower case ("lunch", "morning break"); "break" for an unnamed gap. */
  label: string;
}

export interface SchoolDay {
  /** Teaching periods in start order. */
  periods: BellPeriod[];
  /** Breaks in start order: gaps longer than passing time between teaching periods, and break rows outside them. */
  breaks: Break[];
}

type BellRow = Pick<BellPeriod, 'period' | 'start' | 'end'>;

export function isTeachingPeriod(row: Pick<BellPeriod, 'period'>): boolean {
  return !NOT_TEACHING_PERIOD.test(row.period);
}

export function describeSchoolDay<T extends BellRow>(rows: readonly T[], passingMinutes: number): { periods: T[]; breaks: Break[] } {
  const periods = rows.filter(isTeachingPeriod).sort((a, b) => a.start - b.start || a.end - b.end);
  const breakRows = rows.filter((r) => !isTeachingPeriod(r));
  const covered = union(periods.map((p) => [p.start, p.end]));
  const breaks: Break[] = [];
  const labelOf = (start: number, end: number) => {
    const names = [...new Set(breakRows.filter((r) => r.start < end && r.end > start).map((r) => r.period.trim().toLowerCase()))];
    return names.length ? names.join(' and ') : 'break';
  };
  for (let i = 0; i + 1 < covered.length; i++) {
    const [start, end] = [covered[i][1], covered[i + 1][0]];
    if (end - start > passingMinutes) breaks.push({ start, end, label: labelOf(start, end) });
  }
  // Break rows before the first period or after the last (breakfast, an afternoon recess) are breaks too.
  const first = covered.length ? covered[0][0] : Infinity;
  const last = covered.length ? covered[covered.length - 1][1] : -Infinity;
  for (const row of breakRows) {
    const outside: Interval[] = covered.length ? [[row.start, Math.min(row.end, first)], [Math.max(row.start, last), row.end]] : [[row.start, row.end]];
    for (const [start, end] of outside) if (end > start) breaks.push({ start, end, label: row.period.trim().toLowerCase() });
  }
  breaks.sort((a, b) => a.start - b.start);
  return { periods, breaks };
}

/** Overlapping or touching intervals merged, in start order. */
export function union(intervals: readonly Interval[]): Interval[] {
  return joinGaps(intervals, 0);
}

/**
 * Intervals of one meeting joined across passing time: periods 1 and 2 with 5 minutes between them are one stretch
 * of 105 minutes, as the class runs on through the change; periods either side of a longer gap stay apart.
 */
export function joinAcrossPassing(intervals: readonly Interval[], passingMinutes: number): Interval[] {
  return joinGaps(intervals, passingMinutes);
}

function joinGaps(intervals: readonly Interval[], gap: number): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const joined: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = joined[joined.length - 1];
    if (last && start - last[1] <= gap) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** A clock interval with the breaks cut out: what is left is teaching time. */
export function withoutBreaks(start: number, end: number, breaks: readonly Break[]): Interval[] {
  const parts: Interval[] = [];
  let from = start;
  for (const b of breaks) {
    if (b.end <= from || b.start >= end) continue;
    if (b.start > from) parts.push([from, b.start]);
    from = Math.max(from, b.end);
  }
  if (end > from) parts.push([from, end]);
  return parts;
}

/** The breaks that fill the time between two moments wholly, or null when some of it is not a break. */
export function breaksFilling(from: number, to: number, breaks: readonly Break[]): Break[] | null {
  const inside = breaks.filter((b) => b.start < to && b.end > from);
  let reached = from;
  for (const b of inside) {
    if (b.start > reached) return null;
    reached = Math.max(reached, b.end);
  }
  return reached >= to ? inside : null;
}

export function totalMinutes(intervals: readonly Interval[]): number {
  let total = 0;
  for (const [start, end] of intervals) total += end - start;
  return total;
}
