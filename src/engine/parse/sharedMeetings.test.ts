import type { CellValue, SheetGrid } from '../types';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { createClock } from '../analyse/meetingTime';

// Sections that meet as one row says (same days and periods, no times) share one frozen meetings list (issue 12: a
// district's 750,000 meetings are a few dozen objects). A section with further rows gets meetings of its own, so
// teachers merged into its meetings never reach another section.

const sheet = (rows: CellValue[][]): SheetGrid => ({ name: 'Sections', rows, originRow: 0, originCol: 0 });

describe('meetings shared between sections that meet alike', () => {
  const parsed = parseWorkbook(
    {
      sheets: [
        sheet([
          ['Section', 'Teacher', 'Course', 'Days', 'Period', 'Enrollment'],
          ['A1', 'Smith', 'Algebra', 'MWF', 1, 28], // row 2
          ['B1', 'Jones', 'Biology', 'MWF', 1, 25], // row 3: meets as A1 does
          ['C1', 'Kim', 'Chemistry', 'MW', 2, 20], // row 4
          ['D1', 'Ng', 'Drama', 'MW', 2, 18], // row 5: meets as C1's first row does
          ['C1', 'Lee', 'Chemistry', 'F', 2, 20], // row 6: C1 again, another teacher on Friday
          ['E1', 'Ortiz', 'English', 'MWF', 3, 22], // row 7: another period
        ]),
      ],
    },
    defaultSettings(),
  );
  const byId = (id: string) => parsed.sections.find((s) => s.id === id)!;

  it('gives sections from one row each with the same days and period one frozen list', () => {
    expect(byId('B1').meetings).toBe(byId('A1').meetings);
    expect(Object.isFrozen(byId('A1').meetings)).toBe(true);
    expect(byId('A1').meetings.map((m) => [m.day, m.periods])).toEqual([
      [{ kind: 'weekday', day: 1 }, ['1']],
      [{ kind: 'weekday', day: 3 }, ['1']],
      [{ kind: 'weekday', day: 5 }, ['1']],
    ]);
    expect(byId('E1').meetings).not.toBe(byId('A1').meetings);
  });

  it("gives a section with a further row meetings of its own, each with its row's teacher, leaving the other section's alone", () => {
    // C1: Kim on Mon and Wed (row 4), Lee on Fri (row 6): two teachers who take different meetings.
    expect(byId('C1').teachers).toEqual(['Kim', 'Lee']);
    expect(byId('C1').meetings.map((m) => [m.day.day, m.teachers])).toEqual([
      [1, ['Kim']],
      [3, ['Kim']],
      [5, ['Lee']],
    ]);
    expect(Object.isFrozen(byId('C1').meetings)).toBe(false);
    // D1 met as C1's first row did and keeps the shared list, untouched by Kim and Lee.
    expect(Object.isFrozen(byId('D1').meetings)).toBe(true);
    expect(byId('D1').meetings.map((m) => [m.day.day, m.teachers])).toEqual([
      [1, undefined],
      [3, undefined],
    ]);
    expect(byId('C1').program).toBe('general'); // different meetings, not in the room at once
  });

  it('resolves a shared list once: the schedule clock gives both sections the same resolved meetings', () => {
    const clock = createClock(parsed, defaultSettings());
    expect(clock.meetingsOf(byId('B1'))).toBe(clock.meetingsOf(byId('A1')));
    expect(clock.meetingsOf(byId('A1')).map((m) => [m.dayLabel, m.slotKeys])).toEqual([
      ['Mon', ['Mon|1']],
      ['Wed', ['Wed|1']],
      ['Fri', ['Fri|1']],
    ]);
  });
});
