import type { SourceRef } from '../types';
import { PASSING_MINUTES, type ScheduleClock } from './meetingTime';
import { NOT_PLANNING_TIME } from './collaboration';

// Instructional minutes a day from the bell schedule, as state minimums count them: first bell to last, less
// lunch (a period named lunch, recess, break or nutrition, or a gap between periods longer than passing time).
// Passing time between periods counts. The average over the weekdays the bell schedule covers; null without a
// bell schedule (the schedule alone does not say when the day starts and ends).

export interface InstructionalDay {
  minutesPerDay: number;
  /** Minutes left out of the span (lunch, breaks), on the first weekday, for the finding's arithmetic. */
  firstDay: { start: number; end: number; excluded: number };
  /** The bell rows of the first weekday, the rows behind the figure. */
  rows: SourceRef[];
}

export function instructionalDay(clock: ScheduleClock): InstructionalDay | null {
  if (!clock.hasBell) return null;
  const days: InstructionalDay['firstDay'][] = [];
  let rows: SourceRef[] = [];
  for (const day of [1, 2, 3, 4, 5] as const) {
    const bells = clock.bellFor({ kind: 'weekday', day });
    if (bells.length === 0) continue;
    const start = Math.min(...bells.map((b) => b.start));
    const end = Math.max(...bells.map((b) => b.end));
    let excluded = 0;
    let reached = start;
    for (const b of bells) {
      if (b.start - reached > PASSING_MINUTES) excluded += b.start - reached;
      if (NOT_PLANNING_TIME.test(b.period)) excluded += b.end - Math.max(b.start, reached);
      reached = Math.max(reached, b.end);
    }
    if (days.length === 0) rows = bells.map((b) => b.source);
    days.push({ start, end, excluded });
  }
  if (days.length === 0) return null;
  const minutesPerDay = days.reduce((s, d) => s + d.end - d.start - d.excluded, 0) / days.length;
  return { minutesPerDay, firstDay: days[0], rows };
}
