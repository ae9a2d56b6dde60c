import type { DetectedTable, SheetGrid } from '../types';
import { countSkippedRows, hasColumn, indexTableRows, mapsField, readTableRows } from './tableRows';
import { detectTables } from '../detect/detectTables';

const grid: SheetGrid = {
  name: 'Budget',
  originRow: 2,
  originCol: 1,
  rows: [
    ['Title', null],
    ['Fund', 'Amount'],
    ['Title I', 1200],
    [null, '  '],
    ['General', { error: '#REF!' }],
  ],
  numberFormats: [[], [], ['@', '$#,##0'], [], ['@', '$#,##0']],
};

const table: DetectedTable = {
  kind: 'budget',
  sheet: 'Budget',
  headerRow: 4,
  firstDataRow: 5,
  lastDataRow: 7,
  columns: [
    { field: 'fund', header: 'Fund', col: 0, letter: 'B', how: 'synonym' },
    { field: 'amount', header: 'Amount', col: 1, letter: 'C', how: 'synonym' },
  ],
  unmatchedHeaders: [],
  confidence: 1,
  how: 'detected',
};

describe('readTableRows', () => {
  it('gives field values, sheet rows and cell addresses, leaving blank rows out', () => {
    const rows = readTableRows(grid, table);
    expect(rows.map((r) => [r.rowNumber, r.get('fund'), r.get('amount'), r.cell('amount'), r.format('amount')])).toEqual([
      [5, 'Title I', 1200, 'C5', '$#,##0'],
      [7, 'General', { error: '#REF!' }, 'C7', '$#,##0'],
    ]);
    expect(rows[0].get('program')).toBeNull();
    expect(rows[0].cell('program')).toBe('');
    expect(countSkippedRows(grid, table)).toBe(1);
  });
});

describe('readTableRows after detection', () => {
  // Header on sheet row 1; row 4 blank, row 6 a subtotal, row 8 a second blank inside the data; totals on row 10.
  const schedule: SheetGrid = {
    name: 'Schedule',
    originRow: 0,
    originCol: 0,
    rows: [
      ['Section ID', 'Teacher', 'Course', 'Period'],
      ['S1', 'Lee', 'English 9', 1],
      ['S2', 'Lee', 'English 10', 2],
      [null, '', null, null],
      ['S3', 'Ruiz', 'Biology', 3],
      ['Subtotal Science', null, null, null],
      ['S4', 'Ruiz', 'Chemistry', 4],
      [null, null, null, null],
      ['S5', 'Cho', 'Art', 5],
      ['Grand Total', null, null, null],
    ],
  };

  it('skips the blank and subtotal rows detection found, as a scan of the rows would', () => {
    const table = detectTables({ name: 'w', sheets: [schedule] }, {}).tables.find((t) => t.kind === 'schedule')!;
    expect([table.firstDataRow, table.lastDataRow]).toEqual([2, 9]);
    const read = readTableRows(schedule, table);
    expect(read.map((r) => [r.rowNumber, r.get('sectionId')])).toEqual([
      [2, 'S1'],
      [3, 'S2'],
      [5, 'S3'],
      [7, 'S4'],
      [9, 'S5'],
    ]);
    // A copy of the table is not the one detected: its rows are found by scanning, with the same result.
    const scanned = readTableRows(schedule, { ...table });
    expect(scanned.map((r) => r.rowNumber)).toEqual(read.map((r) => r.rowNumber));
    expect(countSkippedRows(schedule, table)).toBe(3);
    expect(countSkippedRows(schedule, { ...table })).toBe(3);
  });
});

describe('mapsField', () => {
  // parseSchedule skips the fields a table does not map (issue 12), so this must agree with get(): a field is mapped
  // exactly when get() can give it a value.
  const schedule: DetectedTable = {
    ...table,
    kind: 'schedule',
    sheet: 'Monday',
    sheetDay: 'Monday',
    columns: [
      { field: 'teacherLast', header: 'Last Name', col: 0, letter: 'B', how: 'synonym' },
      { field: 'period', header: 'Period', col: 1, letter: 'C', how: 'synonym' },
    ],
  };

  // The field as parseSchedule looks it up, once per table; the sheet's rows do not matter here.
  const mapped = (t: DetectedTable, field: string) => mapsField(indexTableRows({ ...grid, name: t.sheet }, t).field(field));

  it('counts a column, joined parts and the sheet day as mapped, and nothing else', () => {
    expect(mapped(schedule, 'period')).toBe(true);
    expect(mapped(schedule, 'teacher')).toBe(true); // "Last Name" alone is joined into the teacher
    expect(mapped(schedule, 'days')).toBe(true); // the sheet's day
    expect(mapped(schedule, 'coTeacher')).toBe(false);
    expect(mapped(schedule, 'start')).toBe(false);
    expect(mapped({ ...schedule, sheetDay: undefined }, 'days')).toBe(false);
  });

  it('is wider than hasColumn, which counts only a column a Data Check item can point at', () => {
    expect(hasColumn(schedule, 'period')).toBe(true);
    expect(hasColumn(schedule, 'teacherLast')).toBe(true);
    // Joined from "Last Name" and the sheet's day: values, but no column of their own.
    expect(hasColumn(schedule, 'teacher')).toBe(false);
    expect(hasColumn(schedule, 'days')).toBe(false);
  });
});
