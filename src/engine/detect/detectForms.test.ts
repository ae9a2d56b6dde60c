import type { CellValue, DataCheckItem, SheetGrid, WorkbookGrids } from '../types';
import { detectTables } from './detectTables';

// Forms of real exports that detection must read, and sheets it must account for (issue 8, part 5).

const sheet = (name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ name, rows, originRow: 0, originCol: 0, ...extra });
const book = (...sheets: SheetGrid[]): WorkbookGrids => ({ sheets });
const fieldsOf = (cols: { field: string; letter: string }[]) => Object.fromEntries(cols.map((c) => [c.field, c.letter]));
const byCode = (items: DataCheckItem[], code: string) => items.filter((d) => d.code === code);

const HEADER = ['Section', 'Course', 'Teacher', 'Period', 'Days', 'Enrolled'];

describe('detectTables: a schedule split over several sheets', () => {
  const workbook = book(
    sheet('English', [HEADER, ['E1', 'English 9', 'Smith', 1, 'M-F', 28]]),
    sheet('Math', [HEADER, ['M1', 'Algebra 1', 'Lee', 2, 'M-F', 30]]),
    // Same header in another column order: still the same table.
    sheet('Science', [
      ['Teacher', 'Section', 'Course', 'Period', 'Days', 'Enrolled'],
      ['Ng', 'S1', 'Biology', 3, 'M-F', 25],
    ]),
    sheet('Staff', [['Name', 'Role', 'Department'], ['Smith', 'Teacher', 'English']]),
  );
  const { tables, dataCheck } = detectTables(workbook, {});

  it('reads every sheet with the schedule header as a part of one schedule, not as a roster or enrollment', () => {
    expect(tables.map((t) => [t.kind, t.sheet])).toEqual([
      ['schedule', 'English'],
      ['schedule', 'Math'],
      ['schedule', 'Science'],
      ['staff', 'Staff'],
    ]);
    expect(fieldsOf(tables[2].columns)).toMatchObject({ teacher: 'A', sectionId: 'B', course: 'C' });
    expect(byCode(dataCheck, 'split-schedule')).toEqual([
      {
        severity: 'info',
        sheet: 'English',
        cell: '',
        code: 'split-schedule',
        message: 'Sheets "English", "Math", "Science" have the same schedule header and are read as one schedule, 3 parts; each section links to its own sheet',
      },
    ]);
    expect(byCode(dataCheck, 'sheet-not-used')).toEqual([]);
  });

  it('leaves a sheet the user mapped as another table to that table, even with the schedule header', () => {
    // The schedule's mapping is handled first, before the staff mapping has claimed its sheet.
    const mapped = detectTables(workbook, { schedule: { sheet: 'English' }, staff: { sheet: 'Math' } });
    expect(mapped.tables.map((t) => [t.kind, t.sheet])).toEqual([
      ['schedule', 'English'],
      ['schedule', 'Science'],
      ['staff', 'Math'],
    ]);
  });

  it('reads the day from each sheet\u2019s name when the schedule is split one sheet per day without a days column', () => {
    const noDays = ['Section', 'Course', 'Teacher', 'Period'];
    const row = ['1', 'Art', 'Kim', 1];
    const byDay = detectTables(book(sheet('Day 1 timetable', [noDays, row]), sheet('Day 2 timetable', [noDays, row]), sheet('Day 3 timetable', [noDays, row])), {});
    expect(byDay.tables.map((t) => t.sheetDay)).toEqual(['Day 1', 'Day 2', 'Day 3']);
    expect(byCode(byDay.dataCheck, 'split-schedule')[0].message).toContain("one sheet per day: each sheet's rows meet on the day its name gives");
    // Department sheets have no day in their names; sheets with a days column keep it.
    expect(tables.map((t) => t.sheetDay)).toEqual([undefined, undefined, undefined, undefined]);
    const withDays = detectTables(book(sheet('Monday', [HEADER, ['1', 'Art', 'Kim', 1, 'M', 20]]), sheet('Tuesday', [HEADER, ['2', 'Art', 'Kim', 1, 'T', 20]])), {});
    expect(withDays.tables.map((t) => t.sheetDay)).toEqual([undefined, undefined]);
  });

  it('does not take a sheet with another header as a part', () => {
    const other = detectTables(
      book(sheet('English', [HEADER, ['E1', 'English 9', 'Smith', 1, 'M-F', 28]]), sheet('Electives', [['Teacher', 'Course', 'Period'], ['Ruiz', 'Art', 4]])),
      {},
    );
    expect(other.tables.map((t) => t.sheet)).toEqual(['English']);
    expect(byCode(other.dataCheck, 'sheet-not-used')[0]).toMatchObject({ severity: 'warning', sheet: 'Electives', cell: '1:1' });
    expect(byCode(other.dataCheck, 'sheet-not-used')[0].message).toBe(
      'Sheet "Electives" was not used: its row 1 looks like a schedule table header, but the schedule table was read from sheet "English", which fits better; only one schedule table is read, so map this sheet as the schedule table if it is the one to use',
    );
  });
});

describe('detectTables: a copy of the schedule is not a part of it', () => {
  it('sets aside a sheet whose rows mostly repeat the schedule, rather than counting its sections twice', () => {
    const rows: CellValue[][] = [HEADER, ['E1', 'English 9', 'Smith', 1, 'M-F', 28], ['E2', 'English 10', 'Lee', 2, 'M-F', 26], ['E3', 'Drama', 'Ruiz', 3, 'M-F', 20]];
    // Last year's sheet: rows E1 and E2 are the same, E3 changed teacher; 2 of 3 rows repeat, at least half.
    const lastYear: CellValue[][] = [HEADER, rows[1], rows[2], ['E3', 'Drama', 'Kim', 3, 'M-F', 20]];
    const { tables, dataCheck } = detectTables(book(sheet('2025-26', rows), sheet('2024-25', lastYear)), {});
    expect(tables.map((t) => [t.kind, t.sheet])).toEqual([['schedule', '2025-26']]);
    expect(byCode(dataCheck, 'split-schedule')).toEqual([]);
    expect(byCode(dataCheck, 'sheet-not-used').map((d) => [d.severity, d.sheet, d.message])).toEqual([
      [
        'warning',
        '2024-25',
        'Sheet "2024-25" was not used: it has the schedule\'s header, but 2 of its 3 rows repeat rows of sheet "2025-26": it looks like a copy or another version of the schedule, so it is not read as a part of it (its sections would count twice); map it as the schedule if it is the one to use',
      ],
    ]);
  });
});

describe('detectTables: every sheet is accounted for', () => {
  it('says why each unused sheet was not used: empty, or what its closest header lacks', () => {
    const { dataCheck } = detectTables(
      book(
        sheet('Master', [HEADER, ['1', 'English 9', 'Smith', 1, 'M-F', 28]]),
        sheet('Blank', [[null, '  '], [null, null]]),
        // St Paul's times.csv: a list of time slots with no clock times.
        sheet('times', [['time_id', 'time_name', 'day', 'period'], ['TimeSlot_ma1', 'ma1', 'ma', 1]]),
      ),
      {},
    );
    expect(byCode(dataCheck, 'sheet-not-used').map((d) => [d.sheet, d.cell, d.message])).toEqual([
      ['Blank', '', 'Sheet "Blank" was not used: it is empty'],
      ['times', '1:1', 'Sheet "times" was not used: its row 1 comes closest to a schedule table (day as days, period as period), but it has no teacher column'],
    ]);
  });

  it('makes a schedule sheet with headers and no rows an error, naming the sheet and header row', () => {
    const { tables, dataCheck } = detectTables(book(sheet('Schedule', [['Lincoln High'], HEADER, [null], [null]])), {});
    expect(tables[0]).toMatchObject({ kind: 'schedule', headerRow: 2, firstDataRow: 3, lastDataRow: 2 });
    expect(byCode(dataCheck, 'headers-only')).toEqual([
      {
        severity: 'error',
        sheet: 'Schedule',
        cell: '2:2',
        code: 'headers-only',
        message: 'Schedule sheet "Schedule" has headers but no rows: row 2 is its header and no data follows it, so nothing was read from it',
      },
    ]);
  });

  it('names cells the reader set aside far from the data', () => {
    const grid = sheet('Master', [HEADER, ['1', 'English 9', 'Smith', 1, 'M-F', 28]], {
      outlyingCells: [
        { row: 1048575, col: 16383, value: 'x' },
        { row: 5000, col: 0, value: 'y' },
      ],
    });
    expect(byCode(detectTables(book(grid), {}).dataCheck, 'outlying-cells')).toEqual([
      {
        severity: 'warning',
        sheet: 'Master',
        cell: 'XFD1048576',
        code: 'outlying-cells',
        message:
          'Sheet "Master" has 2 cells with data far from the rest of its data (XFD1048576, A5001); they were not read. Move them next to the table they belong to, if any',
      },
    ]);
  });
});

describe('detectTables: duplicate headers', () => {
  it('reads a second Teacher column as the co-teacher and reports any other repeated header', () => {
    const rows: CellValue[][] = [
      ['Section', 'Course', 'Teacher', 'Teacher', 'Period', 'Period', 'Notes', 'Notes'],
      ['1', 'English 9', 'Smith', 'Lee', 1, 2, null, null],
    ];
    const { tables, dataCheck } = detectTables(book(sheet('Schedule', rows)), {});
    expect(fieldsOf(tables[0].columns)).toEqual({ sectionId: 'A', course: 'B', teacher: 'C', coTeacher: 'D', period: 'E' });
    expect(dataCheck.filter((d) => d.code !== 'unrecognised-column').map((d) => [d.severity, d.cell, d.code, d.message])).toEqual([
      [
        'warning',
        'F1',
        'duplicate-column',
        'Column F ("Period") in sheet "Schedule" repeats the header of column E, which is read as the period; column F is not used. Rename it, or map it if it holds something else',
      ],
      ['warning', 'H1', 'duplicate-column', 'Column H ("Notes") in sheet "Schedule" repeats the header of column G; neither is recognised, and column H is not used'],
      [
        'info',
        'D1',
        'second-teacher-column',
        'Column D of sheet "Schedule" is a second "Teacher" column: it is read as the co-teacher, so a row naming a teacher in both is a co-taught section',
      ],
    ]);
    expect(byCode(dataCheck, 'unrecognised-column').map((d) => d.cell)).toEqual(['G1']);
  });
});

describe('detectTables: names over two columns and two-row headers', () => {
  it('finds a schedule whose teacher is "Last Name | First Name", counting the two as one field', () => {
    const rows: CellValue[][] = [
      ['Course', 'Last Name', 'First Name', 'Period'],
      ['English 9', 'Núñez', 'Ana', 1],
    ];
    const { tables } = detectTables(book(sheet('Timetable', rows)), {});
    expect(tables).toHaveLength(1);
    expect(fieldsOf(tables[0].columns)).toEqual({ course: 'A', teacherLast: 'B', teacherFirst: 'C', period: 'D' });
  });

  it('does not take a student list with names and a section column for a schedule', () => {
    // Schedule fields: section + the name pair = 2 fields, under the 3 a schedule needs; it is the students table.
    const rows: CellValue[][] = [
      ['Student ID', 'Last Name', 'First Name', 'Section'],
      ['S1', 'Diaz', 'Eva', '101'],
    ];
    const { tables } = detectTables(book(sheet('Class lists', rows)), {});
    expect(tables.map((t) => t.kind)).toEqual(['students']);
  });

  it('reads group titles above column names as one header, spread over the columns the sheet merged', () => {
    const rows: CellValue[][] = [
      ['Master schedule 2025', null, null, null, null, null],
      ['Section', 'Course', 'Teacher', null, 'Meeting', null],
      [null, null, 'Last', 'First', 'Day', 'Period'],
      ['101', 'English 9', 'Núñez', 'Ana', 'M-F', 1],
    ];
    // "Teacher" is merged over C2:D2 and "Meeting" over E2:F2; Section and Course are merged down A2:A3 and B2:B3.
    const merges = [
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ];
    const { tables, dataCheck } = detectTables(book(sheet('Schedule', rows, { merges })), {});
    expect(tables[0]).toMatchObject({ headerRow: 3, firstDataRow: 4, lastDataRow: 4 });
    expect(tables[0].columns.map((c) => [c.field, c.letter, c.header])).toEqual([
      ['sectionId', 'A', 'Section'],
      ['course', 'B', 'Course'],
      ['teacherLast', 'C', 'Teacher Last'],
      ['teacherFirst', 'D', 'Teacher First'],
      ['days', 'E', 'Meeting Day'],
      ['period', 'F', 'Meeting Period'],
    ]);
    expect(byCode(dataCheck, 'two-row-header')).toEqual([
      {
        severity: 'info',
        sheet: 'Schedule',
        cell: '2:3',
        code: 'two-row-header',
        message: 'Sheet "Schedule" rows 2–3 were read as one header: group titles above the column names',
      },
    ]);
  });

  it('reads a two-row header without merges where each title sits above its own column', () => {
    // Neither row alone is a schedule: the lower one has no teacher ("Name"), the upper one only Teacher and Class.
    // Together: "Teacher Name" (teacher), "Course", "Class Size" (enrollment), "Period".
    const rows: CellValue[][] = [
      ['Teacher', null, 'Class', null],
      ['Name', 'Course', 'Size', 'Period'],
      ['Lee', 'Algebra 1', 28, 2],
    ];
    const { tables } = detectTables(book(sheet('Sheet1', rows)), {});
    expect(tables[0]).toMatchObject({ kind: 'schedule', headerRow: 2, firstDataRow: 3, lastDataRow: 3 });
    expect(tables[0].columns.map((c) => [c.field, c.header])).toEqual([
      ['teacher', 'Teacher Name'],
      ['course', 'Course'],
      ['enrollment', 'Class Size'],
      ['period', 'Period'],
    ]);
  });
  it('keeps the group titles when the pane pins the header row and a column is remapped by its lower-row text', () => {
    const rows: CellValue[][] = [
      ['Teacher', null, 'Class', null],
      ['Name', 'Title', 'Size', 'Period'],
      ['Lee', 'Algebra 1', 28, 2],
    ];
    const { tables, dataCheck } = detectTables(book(sheet('Sheet1', rows)), {
      schedule: { sheet: 'Sheet1', headerRow: 2, columns: { course: 'Title' } },
    });
    expect(byCode(dataCheck, 'mapping-missing-column')).toEqual([]);
    expect(tables[0].columns.map((c) => [c.field, c.header, c.how])).toEqual([
      ['teacher', 'Teacher Name', 'synonym'],
      ['course', 'Title', 'mapping'],
      ['enrollment', 'Class Size', 'synonym'],
      ['period', 'Period', 'synonym'],
    ]);
  });
  it('reads a merged group title exported without its merge (CSV): it spans only where that names a known header', () => {
    // C1 "Teacher" was merged over C1:D1. "Teacher" + "First" is a known header; "Teacher" + "Period" is not, so
    // Period keeps its own name. Row 1 alone: section, course, teacher = 3 points; rows 1-2: section 1 + course 1 +
    // the name pair 1 + 1 - 0.5 (counted as one field) + period 1 = 4.5 points, so they win.
    const rows: CellValue[][] = [
      ['Section', 'Course', 'Teacher', null, null],
      [null, null, 'Last', 'First', 'Period'],
      ['101', 'English 9', 'Núñez', 'Ana', 1],
    ];
    const { tables } = detectTables(book(sheet('sections', rows)), {});
    expect(tables[0]).toMatchObject({ headerRow: 2, firstDataRow: 3 });
    expect(tables[0].columns.map((c) => [c.field, c.header])).toEqual([
      ['sectionId', 'Section'],
      ['course', 'Course'],
      ['teacherLast', 'Teacher Last'],
      ['teacherFirst', 'Teacher First'],
      ['period', 'Period'],
    ]);
  });
  it('reads past merged areas no reader could send', () => {
    const rows: CellValue[][] = [['Teacher', 'Course', 'Period'], ['Lee', 'Art', 1]];
    const merges = [{ top: NaN, left: 0, bottom: 0, right: 2 }, { top: 0, left: 2, bottom: 0, right: 0 }];
    expect(detectTables(book(sheet('Schedule', rows, { merges })), {}).tables).toHaveLength(1);
  });
});
