import type { CellValue, SheetGrid } from '../types';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';

// A section's source keeps its runs of rows, so a link lands on its own rows (issue 11).

const sheet = (rows: CellValue[][]): SheetGrid => ({ name: 'Sections', rows, originRow: 0, originCol: 0 });

describe("a section's source rows", () => {
  const parsed = parseWorkbook(
    {
      sheets: [
        sheet([
          ['Section', 'Teacher', 'Course', 'Day', 'Period', 'Enrollment'],
          ['A1', 'Smith', 'Algebra', 'Mon', 1, 28], // row 2
          ['A1', 'Smith', 'Algebra', 'Tue', 1, 28], // row 3
          ['B1', 'Jones', 'Biology', 'Mon', 2, 25], // row 4
          ['B1', 'Jones', 'Biology', 'Tue', 2, 25], // row 5
          ['A1', 'Smith', 'Algebra', 'Wed', 1, 28], // row 6: A1 again, after B1's rows
        ]),
      ],
    },
    defaultSettings(),
  );
  const source = (id: string) => parsed.sections.find((s) => s.id === id)!.source;

  it('keeps rows 2-3 and 6 as two runs, not rows 2-6, which hold another section', () => {
    expect(source('A1')).toEqual({ sheet: 'Sections', firstRow: 2, lastRow: 6, runs: [{ firstRow: 2, lastRow: 3 }, { firstRow: 6, lastRow: 6 }] });
  });

  it('gives a section on rows next to each other one plain range', () => {
    expect(source('B1')).toEqual({ sheet: 'Sections', firstRow: 4, lastRow: 5 });
  });
});
