import type { CellValue, SheetGrid } from '../types';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';

// Rows are merged into sections by id whether the ids come sorted (found without a map) or not (the map is made at
// the first id out of order, from the sections already read).

const sectionsOf = (rows: CellValue[][]) =>
  parseWorkbook(
    { sheets: [{ name: 'Sections', rows: [['Section', 'Teacher', 'Course', 'Day', 'Period', 'Enrollment'], ...rows], originRow: 0, originCol: 0 } as SheetGrid] },
    defaultSettings(),
  ).sections.map((s) => [s.id, s.meetings.map((m) => `${m.day.kind === 'weekday' ? m.day.day : '?'}/${m.periods.join('+')}`).join(' '), s.source.firstRow, s.source.lastRow]);

describe('sections by id', () => {
  it('keeps sorted ids apart, one section each', () => {
    expect(sectionsOf([['A1', 'Smith', 'Art', 'Mon', 1, 20], ['A2', 'Smith', 'Art', 'Mon', 2, 20], ['B1', 'Jones', 'Bio', 'Tue', 1, 22]])).toEqual([
      ['A1', '1/1', 2, 2],
      ['A2', '1/2', 3, 3],
      ['B1', '2/1', 4, 4],
    ]);
  });

  it('merges a sorted id repeated on the next row (not greater than the last)', () => {
    expect(sectionsOf([['A1', 'Smith', 'Art', 'Mon', 1, 20], ['A2', 'Smith', 'Art', 'Mon', 2, 20], ['A2', 'Smith', 'Art', 'Wed', 2, 20]])).toEqual([
      ['A1', '1/1', 2, 2],
      ['A2', '1/2 3/2', 3, 4],
    ]);
  });

  it('merges ids that come back out of order, before and after the map is made, in the order first met', () => {
    // Rows: C (2), A (3: out of order, the map is made), C again (4), B (5), A again (6), D (7), B again (8).
    expect(
      sectionsOf([
        ['C', 'Lee', 'Chem', 'Mon', 3, 18],
        ['A', 'Smith', 'Art', 'Mon', 1, 20],
        ['C', 'Lee', 'Chem', 'Tue', 3, 18],
        ['B', 'Jones', 'Bio', 'Mon', 2, 22],
        ['A', 'Smith', 'Art', 'Tue', 1, 20],
        ['D', 'Ng', 'Drama', 'Fri', 4, 15],
        ['B', 'Jones', 'Bio', 'Tue', 2, 22],
      ]),
    ).toEqual([
      ['C', '1/3 2/3', 2, 4],
      ['A', '1/1 2/1', 3, 6],
      ['B', '1/2 2/2', 5, 8],
      ['D', '5/4', 7, 7],
    ]);
  });
});
