import type { CellValue, ParsedWorkbook, SheetGrid } from '../types';
import { parseWorkbook } from '../parse/parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { analyseSchedule } from './schedule';
import { rowRange } from './dataCheckCells';

// Data-check items about a whole column or a team point at the cell to fix.

const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 0, originCol: 0 });
const itemsOf = (parsed: ParsedWorkbook, level: 'elementary' | 'middle' | 'high', code: string) =>
  analyseSchedule(parsed, defaultSettings(), level)
    .dataCheck.filter((d) => d.code === code)
    .map((d) => [d.sheet, d.cell, d.message]);

describe('data-check cells', () => {
  it('points unknown minutes at the period column header, below the title rows', () => {
    const parsed = parseWorkbook(
      {
        sheets: [
          sheet('Schedule', [
            ['Master schedule 2025'],
            [],
            ['Section', 'Course', 'Teacher', 'Period', 'Days', 'Department'],
            ['1', 'Biology', 'Fox', 1, 'M-F', 'Science'],
            ['2', 'Chemistry', 'Fox', 2, 'M-F', 'Science'],
            ['3', 'Algebra', 'Ono', 1, 'M-F', 'Math'],
            ['4', 'Geometry', 'Roe', 2, 'M-F', 'Math'],
          ]),
        ],
      },
      defaultSettings(),
    );
    expect(itemsOf(parsed, 'high', 'minutes-unknown').map(([s, c]) => [s, c])).toEqual([['Schedule', 'D3']]);
    // Science has Fox alone; Fox's first row is sheet row 4, and the department column is F.
    expect(itemsOf(parsed, 'high', 'single-member-team')).toEqual([
      ['Schedule', 'F4', 'Team "Science" has one member (Fox), so it has no common planning time to measure.'],
    ]);
  });

  it("points partly unknown minutes (Ono's period 2 has no times) at the start column and a one-member roster team at its staff row", () => {
    const parsed = parseWorkbook(
      {
        sheets: [
          sheet('Schedule', [
            ['Section', 'Course', 'Teacher', 'Days', 'Start', 'End', 'Period'],
            ['1', 'Biology', 'Fox', 'M-F', '8:00', '8:50', 1],
            ['2', 'Algebra', 'Ono', 'M-F', null, null, 2],
            ['3', 'Geometry', 'Roe', 'M-F', '8:00', '8:50', 1],
            ['4', 'Calculus', 'Ono', 'M-F', '9:00', '9:50', 3],
          ]),
          sheet('Staff', [
            ['Name', 'Position', 'Team'],
            ['Fox', 'Teacher', 'Blue'],
            ['Ono', 'Teacher', 'Blue'],
            ['Roe', 'Teacher', 'Gold'],
          ]),
        ],
      },
      defaultSettings(),
    );
    expect(itemsOf(parsed, 'high', 'minutes-partly-unknown').map(([s, c]) => [s, c])).toEqual([['Schedule', 'E1']]);
    expect(itemsOf(parsed, 'high', 'single-member-team')).toEqual([
      ['Staff', 'C4', 'Team "Gold" has one member (Roe), so it has no common planning time to measure.'],
    ]);
  });

  it('points a one-teacher grade team at the grade cell of the teacher\'s first row', () => {
    const parsed = parseWorkbook(
      {
        sheets: [
          sheet('Schedule', [
            ['Section', 'Course', 'Teacher', 'Period', 'Grade'],
            ['1', 'Reading', 'Ali', 1, 'K'],
            ['2', 'Reading', 'Bea', 1, 'K'],
            ['3', 'Math', 'Cy', 2, 1],
            ['4', 'Reading', 'Cy', 1, 1],
          ]),
        ],
      },
      defaultSettings(),
    );
    // Cy alone teaches grade 1; Cy's first row is sheet row 4 and the grade column is E.
    expect(itemsOf(parsed, 'elementary', 'single-member-team').map(([s, c]) => [s, c])).toEqual([['Schedule', 'E4']]);
  });

  it('gives the rows from the first to the last record', () => {
    const at = (firstRow: number, lastRow: number) => ({ source: { firstRow, lastRow } });
    expect(rowRange([at(9, 9), at(4, 5), at(12, 14)])).toBe('4:14');
    expect(rowRange([])).toBe('');
  });
});
