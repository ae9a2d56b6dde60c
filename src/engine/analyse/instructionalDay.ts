import type { SourceRef } from '../types';
import type { ScheduleClock } from './meetingTime';

// Instructional minutes a day from the bell schedule, as state minimums count them: first bell to last, less
// lunch and breaks. What a break is (a lunch, recess or nutrition row, or a gap longer than passing time) is the
// school day's rule (schoolDay.ts, asked through the clock), so this figure and teachers' minutes never disagree.
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
    const { periods, breaks } = clock.schoolDay({ kind: 'weekday', day });
    if (periods.length === 0) continue;
    const start = Math.min(...periods.map((p) => p.start));
    const end = Math.max(...periods.map((p) => p.end));
    // Only breaks inside the day's span: a breakfast before the first bell was never part of it.
    const excluded = breaks.reduce((sum, b) => sum + Math.max(0, Math.min(b.end, end) - Math.max(b.start, start)), 0);
    if (days.length === 0) rows = periods.map((p) => p.source);
    days.push({ start, end, excluded });
  }
  if (days.length === 0) return null;
  const minutesPerDay = days.reduce((s, d) => s + d.end - d.start - d.excluded, 0) / days.length;
  return { minutesPerDay, firstDay: days[0], rows };
}
