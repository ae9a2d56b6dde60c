import type { CellValue, SheetGrid } from '../types';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { MAX_DOUBLE_BOOKINGS_LISTED } from './doubleBooking';
import { countingWork } from '../workCount';

const clashesIn = (rows: CellValue[][]) => {
  const grid: SheetGrid = { name: 'Schedule', rows: [['Section', 'Course', 'Teacher', 'Day', 'Period'], ...rows], originRow: 0, originCol: 0 };
  return parseWorkbook({ sheets: [grid] }, defaultSettings()).dataCheck.filter((d) => d.code === 'double-booking');
};

describe('double-booking detection', () => {
  it('ignores placeholder teachers such as TBA and Staff', () => {
    expect(clashesIn([['1', 'Art', 'TBA', 'Mon', 1], ['2', 'Music', 'TBA', 'Mon', 1], ['3', 'PE', 'Staff', 'Mon', 1], ['4', 'PE 2', 'Staff', 'Mon', 1]])).toEqual([]);
  });

  it('flags a co-teacher booked in two sections, by meeting', () => {
    const clashes = clashesIn([['1', 'Art', 'Diaz; Fox', 'Mon', 1], ['2', 'Music', 'Fox', 'Mon', '1-2'], ['2', 'Music', 'Fox', 'Tue', '1']]);
    expect(clashes.map((c) => c.message)).toEqual([
      'Teacher Fox is booked twice on Mon, period 1: section "1" (Art, cell E2) and section "2" (Music, cell E3)',
    ]);
  });

  it('lists a pair of sections that clash on several days once, with each day and period and the first clash\'s cell', () => {
    const clashes = clashesIn([
      ['1', 'Art', 'Fox', 'MWF', 3],
      ['2', 'Music', 'Fox', 'M-F', '3'],
      ['3', 'Drama', 'Fox', 'Tue', 3],
    ]);
    // Art × Music clash Mon, Wed, Fri in period 3; Music × Drama on Tue only; Art × Drama never meet on one day.
    expect(clashes.map((c) => [c.cell, c.message])).toEqual([
      [
        'E2',
        'Teacher Fox is in two sections at once 3 times (Mon P3, Wed P3, Fri P3): section "1" (Art, cell E2) and section "2" (Music, cell E3)',
      ],
      ['E3', 'Teacher Fox is booked twice on Tue, period 3: section "2" (Music, cell E3) and section "3" (Drama, cell E4)'],
    ]);
  });

  it('groups one row per meeting by section pair and teacher, days in week order', () => {
    const clashes = clashesIn([
      ['7', 'Latin', 'Ono; Roe', 'Fri', 2],
      ['7', 'Latin', 'Ono; Roe', 'Mon', 2],
      ['8', 'Greek', 'Ono; Roe', 'Mon', 2],
      ['8', 'Greek', 'Ono; Roe', 'Fri', 2],
      ['8', 'Greek', 'Ono; Roe', 'Wed', 4],
    ]);
    expect(clashes.map((c) => [c.cell, c.message])).toEqual([
      [
        'E2',
        'Teacher Ono is in two sections at once 2 times (Mon P2, Fri P2): section "7" (Latin, cell E2) and section "8" (Greek, cell E5)',
      ],
      [
        'E2',
        'Teacher Roe is in two sections at once 2 times (Mon P2, Fri P2): section "7" (Latin, cell E2) and section "8" (Greek, cell E5)',
      ],
    ]);
  });

  it(`lists at most ${MAX_DOUBLE_BOOKINGS_LISTED} and counts the rest`, () => {
    // 204 sections at the same time: 204 × 203 / 2 = 20,706 pairs.
    const rows: CellValue[][] = Array.from({ length: 204 }, (_, i) => [String(i), 'Art', 'Ono', 'Mon', 1]);
    const clashes = clashesIn(rows);
    expect(clashes).toHaveLength(MAX_DOUBLE_BOOKINGS_LISTED + 1);
    expect(clashes[MAX_DOUBLE_BOOKINGS_LISTED].message).toBe(
      '20506 more double-bookings are not listed (20706 in all); check the teacher, day and period columns',
    );
  });

  it('counts the work of a teacher without a clash, settled by testing rows, in the units of the day-by-day search', () => {
    const { value, work } = countingWork(() =>
      clashesIn([
        ['1', 'Art', 'Fox', 'M-F', 1],
        ['2', 'Music', 'Fox', 'M-F', 2],
        ['3', 'Drama', 'Fox', 'MWF', 3],
        ['4', 'PE', 'Lee', 'M-F', 1],
      ]),
    );
    expect(value).toEqual([]);
    // Fox: 5 + 5 + 3 = 13 meetings. Same-day pairs: Art x Music 5 days, Art x Drama 3, Music x Drama 3 = 11 (the
    // day-by-day search: Mon, Wed, Fri 3 meetings = 3 pairs each, Tue, Thu 2 = 1 each: 3 x 3 + 2 x 1 = 11).
    // Lee has one row: nothing to compare.
    expect(work.meetingsCompared).toBe(13);
    expect(work.meetingPairs).toBe(11);
  });
});
