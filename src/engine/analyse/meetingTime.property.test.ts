import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../types';
import { parseWorkbook } from '../parse/parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { analyseSchedule } from './schedule';

// Property tests for issue 8 part 1: random bell schedules with breaks of 0-45 minutes between periods (some named
// Lunch, Break, Recess, Nutrition or Passing in the bell sheet, some unnamed) and random multi-period meetings,
// written as period ranges ("2-4"), period lists ("1,3") or the start and end times of a run of periods. Each
// workbook goes through the parser and the analyses, as a real one does. The expected figures are worked out here
// from the bell directly, period by period, without the engine's interval code.

const PASSING = defaultSettings().passingMinutes!;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;
const TEACHERS = ['Ames', 'Bell', 'Cruz', 'Diaz', 'Eng'] as const;
const DEPARTMENT: Record<(typeof TEACHERS)[number], string> = { Ames: 'Math', Bell: 'Math', Cruz: 'Math', Diaz: 'Art', Eng: 'Art' };

interface Bell {
  /** Teaching periods 1..n in order, as [start, end] minutes after midnight. */
  periods: [number, number][];
  /** Rows for the time between periods i and i+1 that the sheet names, if any. */
  named: ({ name: string } | null)[];
}

interface MeetingSpec {
  teacher: (typeof TEACHERS)[number];
  day: number;
  /** 1-based period numbers, ascending. */
  periods: number[];
  form: 'range' | 'list' | 'times';
}

const bellArb: fc.Arbitrary<Bell> = fc
  .record({
    dayStart: fc.integer({ min: 7 * 60 + 30, max: 9 * 60 }),
    lengths: fc.array(fc.integer({ min: 20, max: 60 }), { minLength: 3, maxLength: 8 }),
    gaps: fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 7, maxLength: 7 }),
    names: fc.array(fc.constantFrom(null, 'Lunch', 'Break', 'Recess', 'Nutrition', 'Passing', 'Morning Break'), { minLength: 7, maxLength: 7 }),
  })
  .map(({ dayStart, lengths, gaps, names }) => {
    const periods: [number, number][] = [];
    let at = dayStart;
    lengths.forEach((length, i) => {
      periods.push([at, at + length]);
      at += length + (gaps[i] ?? 0);
    });
    const named = periods.slice(1).map((_, i) => (names[i] && gaps[i] > 0 ? { name: names[i]! } : null));
    return { periods, named };
  });

function meetingArb(periodCount: number): fc.Arbitrary<MeetingSpec> {
  return fc
    .record({
      teacher: fc.constantFrom(...TEACHERS),
      day: fc.integer({ min: 0, max: 4 }),
      first: fc.integer({ min: 1, max: periodCount }),
      length: fc.integer({ min: 1, max: 3 }),
      skip: fc.boolean(),
      form: fc.constantFrom('range' as const, 'list' as const, 'times' as const),
    })
    .map(({ teacher, day, first, length, skip, form }) => {
      const last = Math.min(periodCount, first + length - 1);
      let periods = Array.from({ length: last - first + 1 }, (_, i) => first + i);
      // A list may leave a period out ("1,3"); a range and a time span are always a run.
      if (form === 'list' && skip && periods.length === 3) periods = [periods[0], periods[2]];
      return { teacher, day, periods, form };
    });
}

const scenarioArb = bellArb.chain((bell) =>
  fc.record({ bell: fc.constant(bell), meetings: fc.array(meetingArb(bell.periods.length), { minLength: 1, maxLength: 25 }) }),
);

const asExcelTime = (minutes: number) => minutes / 1440;

function grids({ bell, meetings }: { bell: Bell; meetings: MeetingSpec[] }): SheetGrid[] {
  const bellRows: CellValue[][] = [['Period', 'Start', 'End']];
  bell.periods.forEach(([start, end], i) => {
    bellRows.push([i + 1, asExcelTime(start), asExcelTime(end)]);
    const gap = bell.named[i];
    if (gap) bellRows.push([gap.name, asExcelTime(end), asExcelTime(bell.periods[i + 1][0])]);
  });
  const scheduleRows: CellValue[][] = [['Course', 'Teacher', 'Department', 'Period', 'Days', 'Start', 'End', 'Enrolled']];
  meetings.forEach((m, i) => {
    // One course per row, so every row is its own section whatever the grouping rules.
    const row: CellValue[] = [`Course ${i + 1}`, m.teacher, DEPARTMENT[m.teacher], null, DAYS[m.day], null, null, 25];
    if (m.form === 'times') {
      row[5] = asExcelTime(bell.periods[m.periods[0] - 1][0]);
      row[6] = asExcelTime(bell.periods[m.periods[m.periods.length - 1] - 1][1]);
    } else {
      const first = m.periods[0];
      const last = m.periods[m.periods.length - 1];
      row[3] = m.form === 'range' ? (first === last ? String(first) : `${first}-${last}`) : m.periods.join(',');
    }
    scheduleRows.push(row);
  });
  return [
    { name: 'Bell Schedule', rows: bellRows, originRow: 0, originCol: 0 },
    { name: 'Master Schedule', rows: scheduleRows, originRow: 0, originCol: 0 },
  ];
}

const lengthOf = (bell: Bell, p: number) => bell.periods[p - 1][1] - bell.periods[p - 1][0];
/** Minutes between period p and period p + 1. */
const gapAfter = (bell: Bell, p: number) => bell.periods[p][0] - bell.periods[p - 1][1];

/** A run of consecutive periods taught or shared: their lengths, plus the passing time between them (a break adds none). */
function runMinutes(bell: Bell, periods: readonly number[]): number {
  let total = 0;
  periods.forEach((p, i) => {
    total += lengthOf(bell, p);
    const next = periods[i + 1];
    if (next === p + 1 && gapAfter(bell, p) <= PASSING) total += gapAfter(bell, p);
  });
  return total;
}

function review(scenario: { bell: Bell; meetings: MeetingSpec[] }) {
  const settings = defaultSettings();
  const parsed = parseWorkbook({ sheets: grids(scenario) }, settings);
  return analyseSchedule(parsed, settings, 'high');
}

describe('property: breaks and lunch are neither teaching nor planning time', () => {
  it("a teacher's weekly minutes are the lengths of the periods they teach, plus passing time inside a double period", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const analysis = review(scenario);
        for (const teacher of TEACHERS) {
          const own = scenario.meetings.filter((m) => m.teacher === teacher);
          const found = analysis.teachers.find((t) => t.teacher === teacher);
          if (own.length === 0) {
            expect(found).toBeUndefined();
            continue;
          }
          const expected = own.reduce((sum, m) => sum + runMinutes(scenario.bell, m.periods), 0);
          expect({ teacher, minutes: found?.minutesPerWeek }).toEqual({ teacher, minutes: expected });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a team gets exactly the lengths of the bell periods all its members are free, and no minute outside them', () => {
    // Counted so the property cannot pass on runs that formed no team at all (a team finder that found none).
    let teamsChecked = 0;
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { bell, meetings } = scenario;
        const analysis = review(scenario);
        const schoolDays = new Set(meetings.map((m) => m.day));
        for (const team of analysis.collaboration) {
          teamsChecked++;
          let minutes = 0;
          let longest = 0;
          const freeDays: string[] = [];
          for (const day of [...schoolDays].sort()) {
            const busy = new Set(meetings.filter((m) => m.day === day && team.members.includes(m.teacher)).flatMap((m) => m.periods));
            const free = bell.periods.map((_, i) => i + 1).filter((p) => !busy.has(p));
            if (free.length) freeDays.push(DAYS[day]);
            for (const p of free) minutes += lengthOf(bell, p);
            // Runs of consecutive free periods; a break between two of them joins them but adds no minutes.
            let run: number[] = [];
            for (const p of free) {
              if (run.length && p !== run[run.length - 1] + 1) run = [];
              run.push(p);
              longest = Math.max(longest, runMinutes(bell, run));
            }
          }
          expect({ team: team.team, minutes: team.commonMinutesPerWeek, longest: team.longestBlockMinutes, days: team.days }).toEqual({
            team: team.team,
            minutes,
            longest,
            days: freeDays,
          });
          // Every free slot the analysis lists lies inside one teaching bell period.
          for (const { slots } of analysis.teamFreeSlots?.[team.team] ?? []) {
            for (const slot of slots) {
              const [start, end] = slot.split('-').map((text) => {
                const [h, m] = text.split(':').map(Number);
                return h * 60 + m;
              });
              expect(bell.periods.some(([s, e]) => s <= start && end <= e)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(teamsChecked).toBeGreaterThan(0);
  });
});
