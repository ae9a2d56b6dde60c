import fc from 'fast-check';
import type { Meeting, MeetingDay, Section } from '../types';
import type { RowMeetings } from './schedule';
import type { TableRow } from './tableRows';
import { findDoubleBookings, MAX_DOUBLE_BOOKINGS_LISTED } from './doubleBooking';
import { findDoubleBookingsByPairs } from '../../../test/support/doubleBookingByPairs';

// The grouped check (by teacher, day and time slot, text only for the clashes listed) must give exactly the items
// of the check it replaced, which compared every pair: same items, same order, same cells, same words.

const TEACHERS = ['Ono', 'Roe', 'Fox', 'TBA'];
const PERIODS = ['1', '2', '3', '4'];
const DAYS: MeetingDay[] = [
  { kind: 'weekday', day: 1 },
  { kind: 'weekday', day: 2 },
  { kind: 'weekday', day: 5 },
  { kind: 'ab', day: 'A' },
  { kind: 'cycle', day: 3 },
];

interface SectionSpec {
  id: number;
  course: string;
  term?: string;
  teachers: string[];
  sheet: string;
}
interface MeetingSpec {
  day: number;
  periods: string[];
  time?: { start: number; minutes: number };
  teachers?: string[];
  samePeriodsAsFirst: boolean;
}
interface RowSpec {
  section: number;
  meetings: MeetingSpec[];
  periodCell: boolean;
  dayText: string;
}

const sectionSpec: fc.Arbitrary<SectionSpec> = fc.record(
  {
    id: fc.integer({ min: 0, max: 25 }), // ids repeat: two sections may share one, as in a split schedule
    course: fc.constantFrom('Art', 'Music', 'Latin'),
    term: fc.constantFrom('Fall', 'fall', 'Spring', 'Year', 'S1'),
    teachers: fc.subarray(TEACHERS, { minLength: 1 }),
    sheet: fc.constantFrom('Schedule', 'Other'),
  },
  { requiredKeys: ['id', 'course', 'teachers', 'sheet'] },
);
const meetingSpec: fc.Arbitrary<MeetingSpec> = fc.record(
  {
    day: fc.integer({ min: 0, max: DAYS.length - 1 }),
    periods: fc.subarray(PERIODS, { maxLength: 3 }),
    time: fc.record({ start: fc.integer({ min: 48, max: 56 }).map((n) => n * 10), minutes: fc.integer({ min: 1, max: 6 }).map((n) => n * 10) }),
    teachers: fc.subarray(TEACHERS, { minLength: 1 }),
    samePeriodsAsFirst: fc.boolean(),
  },
  { requiredKeys: ['day', 'periods', 'samePeriodsAsFirst'] },
);
const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  section: fc.nat(),
  meetings: fc.array(meetingSpec, { minLength: 1, maxLength: 5 }),
  periodCell: fc.boolean(),
  dayText: fc.constantFrom('Mon', 'M', 'MWF', ''),
});

function buildRows(sections: SectionSpec[], specs: RowSpec[]): RowMeetings[] {
  const built = sections.map(
    (s) => ({ id: `S${s.id}`, course: s.course, term: s.term, teachers: s.teachers, source: { sheet: s.sheet } }) as unknown as Section,
  );
  return specs.map((spec, r) => {
    const rowNumber = r + 2;
    const row: TableRow = {
      rowNumber,
      get: (field) => (field === 'days' ? spec.dayText || null : null),
      cell: (field) => (field === 'period' ? (spec.periodCell ? `E${rowNumber}` : '') : field === 'days' ? `D${rowNumber}` : ''),
      format: () => undefined,
    };
    const meetings: Meeting[] = [];
    for (const m of spec.meetings) {
      // Rows written as one line share one periods array across their meetings; the check must not depend on it.
      const periods = m.samePeriodsAsFirst && meetings.length ? meetings[0].periods : m.periods;
      meetings.push({
        day: DAYS[m.day],
        periods,
        ...(m.time ? { start: m.time.start, end: m.time.start + m.time.minutes } : {}),
        ...(m.teachers ? { teachers: m.teachers } : {}),
      });
    }
    const section = built[spec.section % built.length];
    return { section, row, teachers: section.teachers, meetings };
  });
}

/** Each section once, on one Monday row in the period `periodOf` gives its index (rows typed "Mon", period cell filled). */
function oneMondayRowEach(sections: SectionSpec[], periodOf: (i: number) => string): RowMeetings[] {
  const specs: RowSpec[] = sections.map((_, i) => ({
    section: i,
    meetings: [{ day: 0, periods: [periodOf(i)], samePeriodsAsFirst: false }],
    periodCell: true,
    dayText: 'Mon',
  }));
  return buildRows(sections, specs);
}

/** The grouped check's items, once they are found equal to the pair-by-pair check's. */
function itemsAsByPairs(rows: RowMeetings[], fullYear?: string[]) {
  const items = findDoubleBookings('Schedule', rows, fullYear);
  expect(items).toEqual(findDoubleBookingsByPairs('Schedule', rows, fullYear));
  return items;
}

/** The names of terms that run the whole year (a "Year" section meets in every term), or none. */
const fullYearTerms = fc.constantFrom(['Year'], [] as string[]);

describe('findDoubleBookings grouped by time slot', () => {
  it('lists exactly what comparing every pair listed, on random schedules', () => {
    fc.assert(
      fc.property(
        fc.array(sectionSpec, { minLength: 1, maxLength: 30 }),
        fc.array(rowSpec, { minLength: 1, maxLength: 60 }),
        fullYearTerms,
        (sections, specs, fullYear) => {
          itemsAsByPairs(buildRows(sections, specs), fullYear);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists the same first clashes and counts the same rest past the listing limit', () => {
    // 400 sections, each taught by Ono and Roe on Monday in one of three periods: about 400² / 3 / 2 ≈ 26,600 pairs
    // of sections share a period, for each of the two teachers, far past the 200 listed.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const sections: SectionSpec[] = Array.from({ length: 400 }, (_, i) => ({ id: i, course: 'Art', teachers: ['Ono', 'Roe'], sheet: 'Schedule' }));
    const items = itemsAsByPairs(oneMondayRowEach(sections, () => PERIODS[next() % 3]));
    expect(items).toHaveLength(MAX_DOUBLE_BOOKINGS_LISTED + 1);
    expect(items[MAX_DOUBLE_BOOKINGS_LISTED].message).toMatch(/^\d+ more double-bookings are not listed \(\d+ in all\)/);
  });

  it('counts the same clashes past the listing limit, with meetings lists shared between rows and meetings with teachers of their own', () => {
    // Crowded schedules (two periods, 120-200 rows over 40 sections: far more than 200 clashes), where some rows reuse
    // an earlier row's very meetings list, as sections that meet alike do (schedule.ts): past the limit each teacher's
    // pairs are only counted, by rows and by shared lists, and the count must be the pair-by-pair one.
    const crowdedMeeting = meetingSpec.map((m) => ({ ...m, periods: m.periods.filter((p) => p === '1' || p === '2') }));
    const crowdedRow = fc.record({
      section: fc.nat(),
      meetings: fc.array(crowdedMeeting, { minLength: 1, maxLength: 4 }),
      periodCell: fc.boolean(),
      dayText: fc.constantFrom('Mon', ''),
      // A row that takes the meetings list of an earlier row (by how far back), or none.
      sharesWith: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    });
    let pastLimit = 0;
    fc.assert(
      fc.property(
        fc.array(sectionSpec, { minLength: 20, maxLength: 40 }),
        fc.array(crowdedRow, { minLength: 120, maxLength: 200 }),
        fullYearTerms,
        (sections, specs, fullYear) => {
          const rows = buildRows(sections, specs);
          specs.forEach((spec, r) => {
            if (spec.sharesWith !== undefined && r - spec.sharesWith >= 0) rows[r].meetings = rows[r - spec.sharesWith].meetings;
          });
          const items = itemsAsByPairs(rows, fullYear);
          if (items.length > MAX_DOUBLE_BOOKINGS_LISTED) pastLimit++;
        },
      ),
      { numRuns: 25 },
    );
    // The schedules are crowded enough that most runs reach the count-only path.
    expect(pastLimit).toBeGreaterThan(12);
  });

  it("knows two sections with one id as one, past the sections scanned for one teacher's clashes", () => {
    // 90 section objects with 45 ids (S0-S44 twice), all Ono's on Monday period 1, most of them in each of two terms:
    // the pairs are of ids, so sections numbered by a scan (the first 32) and by a map after must agree.
    const sections: SectionSpec[] = Array.from({ length: 90 }, (_, i) => ({ id: i % 45, course: 'Art', term: i % 7 ? 'Fall' : 'Spring', teachers: ['Ono'], sheet: 'Schedule' }));
    const items = itemsAsByPairs(oneMondayRowEach(sections, () => '1'));
    expect(items).toHaveLength(MAX_DOUBLE_BOOKINGS_LISTED + 1);
  });
});
