import type { Flag, SchoolLevel, Settings } from '../types';
import type { InstructionalDay } from '../analyse/instructionalDay';
import { formatTime } from '../parse/times';

// Annual instructional minutes against the state minimum: minutes a day from the bell schedule × school days.
// Defaults are California's (Education Code 46201): 54,000 a year for grades 4-8 (the stricter elementary figure,
// as one bell schedule serves every grade) and 64,800 for grades 9-12; both minimum and days are settings.

export const STATE_MINIMUM_SOURCE = 'California Education Code 46201 (annual instructional minutes by grade span); the minimum and the school days are settings';
const CALIFORNIA_MINIMUM: Record<SchoolLevel, number> = { elementary: 54_000, middle: 54_000, high: 64_800 };
const SCHOOL_DAYS = 180;

export function annualMinutesFlag(day: InstructionalDay | null | undefined, settings: Settings, level: SchoolLevel): Flag[] {
  if (!day) return [];
  const minimum = settings.annualInstructionalMinutesMin ?? CALIFORNIA_MINIMUM[level];
  const days = settings.schoolDaysPerYear ?? SCHOOL_DAYS;
  const annual = Math.round(day.minutesPerDay * days);
  if (annual >= minimum) return [];
  const { start, end, excluded } = day.firstDay;
  const perDay = Math.round(day.minutesPerDay * 10) / 10;
  const short = Math.ceil((minimum - annual) / days);
  return [
    {
      id: 'annual-minutes',
      unit: 'minutes',
      severity: 'warning',
      measure: 'Annual instructional minutes',
      finding:
        `The bell schedule gives ${perDay} instructional minutes a day (first bell ${formatTime(start)} to last ${formatTime(end)}, ` +
        `less ${excluded} minutes of lunch and breaks); at ${days} days that is ${annual.toLocaleString('en-US')} a year, below the state minimum of ${minimum.toLocaleString('en-US')}.`,
      value: annual,
      threshold: minimum,
      source: STATE_MINIMUM_SOURCE,
      rows: day.rows,
      lever: {
        text: `Adding about ${short} minutes a day (${(short * days).toLocaleString('en-US')} a year) meets the minimum; it lengthens the teachers' day, which the contract governs.`,
        cost: null,
      },
      settings: [],
      principle: 2,
    },
  ];
}
