import type { CellValue, SheetGrid, WorkbookGrids } from '../types';
import { detectTables } from './detectTables';

const sheet = (name: string, rows: CellValue[][], originRow = 0, originCol = 0): SheetGrid => ({ name, rows, originRow, originCol });
const book = (...sheets: SheetGrid[]): WorkbookGrids => ({ sheets });
const fieldsOf = (cols: { field: string; letter: string }[]) => Object.fromEntries(cols.map((c) => [c.field, c.letter]));

const SCHEDULE_WITH_TITLES: CellValue[][] = [
  ['Lincoln High School — Master Schedule 2024-25', null, null, null, null, null], // merged banner
  [null, null, null, null, null, null],
  ['Fall semester', null, null, null, null, null],
  ['Section ID', 'Course Title', 'Teacher Name', 'Period', 'Meeting Days', 'Seats Filled'],
  ['101', 'English 9', 'Smith', 1, 'M-F', 28],
  ['102', 'Algebra 1', 'Lee', 2, 'M-F', 31],
  [null, null, null, null, null, null],
  ['103', 'Biology', 'Ng', 3, 'MWF', 25],
  [null, 'Total', null, null, null, 84],
  ['999', 'Not data', 'Nobody', 4, 'M', 1],
];

describe('detectTables', () => {
  it('finds a header row below titles, blank rows and a banner, and stops at the totals row', () => {
    const { tables, dataCheck } = detectTables(book(sheet('Master Schedule', SCHEDULE_WITH_TITLES)), {});
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'schedule', sheet: 'Master Schedule', headerRow: 4, firstDataRow: 5, lastDataRow: 8, how: 'detected', unmatchedHeaders: [] });
    expect(fieldsOf(tables[0].columns)).toEqual({ sectionId: 'A', course: 'B', teacher: 'C', period: 'D', days: 'E', enrollment: 'F' });
    expect(dataCheck).toEqual([
      {
        severity: 'info',
        sheet: 'Master Schedule',
        cell: '9:9',
        code: 'stopped-at-totals',
        message: 'Reading of sheet "Master Schedule" stopped at row 9, a totals row ("Total")',
      },
    ]);
  });

  it('reports rows and letters in sheet terms when the used range does not start at A1', () => {
    const rows = SCHEDULE_WITH_TITLES.slice(3, 6);
    const { tables } = detectTables(book(sheet('Sched', rows, 4, 2)), {});
    expect(tables[0]).toMatchObject({ headerRow: 5, firstDataRow: 6, lastDataRow: 7 });
    expect(fieldsOf(tables[0].columns)).toMatchObject({ sectionId: 'C', teacher: 'E', enrollment: 'H' });
    expect(tables[0].columns.find((c) => c.field === 'teacher')?.col).toBe(2);
  });

  it('stops at a gap of two blank rows, skips a single blank row, and says rows below were not read', () => {
    const rows: CellValue[][] = [
      ['Teacher', 'Course', 'Period'],
      ['Smith', 'English 9', 1],
      [null, null, null],
      ['Lee', 'Algebra', 2],
      [null, null, null],
      ['', '  ', null],
      ['Notes', 'see the office', null],
    ];
    const { tables, dataCheck } = detectTables(book(sheet('Schedule', rows)), {});
    expect(tables[0]).toMatchObject({ headerRow: 1, firstDataRow: 2, lastDataRow: 4 });
    expect(dataCheck.map((d) => [d.code, d.message])).toEqual([
      ['stopped-at-gap', 'Reading of sheet "Schedule" stopped at the blank rows from row 5; rows below them are not read'],
    ]);
  });

  it('skips a subtotal row inside grouped data and reads on to the end', () => {
    const rows: CellValue[][] = [
      ['Department', 'Teacher', 'Course', 'Period', 'Enrolled'],
      ['English', 'Smith', 'English 9', 1, 30],
      ['Subtotal English', null, null, null, 30],
      ['Math', 'Lee', 'Algebra', 2, 28],
    ];
    const { tables, dataCheck } = detectTables(book(sheet('Schedule', rows)), {});
    expect(tables[0]).toMatchObject({ firstDataRow: 2, lastDataRow: 4 });
    expect(dataCheck).toEqual([
      {
        severity: 'info',
        sheet: 'Schedule',
        cell: '3:3',
        code: 'subtotal-skipped',
        message: 'Sheet "Schedule" row 3 is a subtotal row; it was skipped so nothing is counted twice',
      },
    ]);
  });

  it('does not take a course named "Total Fitness" for a totals row, but does stop at "Grand Total"', () => {
    const rows: CellValue[][] = [
      ['Teacher', 'Course', 'Period'],
      ['Smith', 'Total Fitness', 1],
      ['Lee', 'Algebra', 2],
      ['Grand Total', null, null],
    ];
    const { tables } = detectTables(book(sheet('Schedule', rows)), {});
    expect(tables[0]).toMatchObject({ firstDataRow: 2, lastDataRow: 3 });
  });

  it('matches St Paul’s snake_case headers and reports columns it does not use', () => {
    const rows: CellValue[][] = [
      ['section_id', 'event_id', 'teacher', 'grade_or_class', 'day', 'period', 'Favourite colour'],
      ['gr_1', 'e1', 'ACL', '8A', 'ma', 1, 'blue'],
    ];
    const { tables, dataCheck } = detectTables(book(sheet('sections', rows)), {});
    expect(fieldsOf(tables[0].columns)).toEqual({ sectionId: 'A', teacher: 'C', grade: 'D', days: 'E', period: 'F' });
    expect(tables[0].unmatchedHeaders).toEqual(['event_id', 'Favourite colour']);
    expect(dataCheck.map((d) => [d.severity, d.cell, d.code])).toEqual([
      ['info', 'B1', 'unrecognised-column'],
      ['info', 'G1', 'unrecognised-column'],
    ]);
    expect(dataCheck[1].message).toBe(
      'Column "Favourite colour" in sheet "sections" (the schedule table) was not recognised and is not used; map it by hand if it matters',
    );
  });

  it('matches a co-teacher column and headers that contain a synonym', () => {
    const rows: CellValue[][] = [['Sect', 'Teacher 1', 'Teacher 2', 'Dept', 'Grade Level', 'Class Size', 'Semester', 'Start Time', 'End Time', 'Teacher Last Name']];
    const { tables } = detectTables(book(sheet('Sheet1', rows)), {});
    expect(fieldsOf(tables[0].columns)).toEqual({
      sectionId: 'A',
      teacher: 'B',
      coTeacher: 'C',
      department: 'D',
      grade: 'E',
      enrollment: 'F',
      term: 'G',
      start: 'H',
      end: 'I',
      // A teacher's last name beside a teacher column is read (longest synonym wins) but not used: the teacher
      // column comes first, and the name parts stand in for it only when it is missing.
      teacherLast: 'J',
    });
    expect(tables[0].unmatchedHeaders).toEqual([]);
  });

  it('gives each sheet the kind it fits best, one kind per sheet', () => {
    const workbook = book(
      sheet('Roster', [['Name', 'Role', 'Department', 'FTE', 'Years Experience'], ['Smith', 'Teacher', 'English', 1, 4]]),
      sheet('Bell Schedule', [['Day Type', 'Period', 'Start', 'End'], ['Regular', 1, '8:00', '8:50']]),
      sheet('Master', [['Section', 'Course', 'Teacher', 'Period', 'Room', 'Enrolled'], ['1', 'English 9', 'Smith', 1, '12', 30]]),
      sheet('Enrollment', [['Grade', 'Students', 'SWD', 'EL'], ['9', 400, 40, 60]]),
      sheet('Student Schedules', [['Student ID', 'Section ID', 'Grade'], ['S1', '1', 9]]),
      sheet('Notes', [['Anything at all'], ['more text']]),
    );
    const { tables } = detectTables(workbook, {});
    expect(tables.map((t) => [t.kind, t.sheet])).toEqual([
      ['schedule', 'Master'],
      ['bell', 'Bell Schedule'],
      ['staff', 'Roster'],
      ['enrollment', 'Enrollment'],
      ['students', 'Student Schedules'],
    ]);
    expect(fieldsOf(tables.find((t) => t.kind === 'enrollment')!.columns)).toEqual({ grade: 'A', students: 'B', specialEducation: 'C', englishLearners: 'D' });
  });

  it('lets a mapping choose the sheet, header row and columns by header text or letter', () => {
    const rows: CellValue[][] = [
      ['Who', 'What', 'Slot', 'Kids'],
      ['Section', 'Course', 'Teacher', 'Period'], // would be detected; the mapping says row 1
      ['Smith', 'English', 1, 28],
    ];
    const { tables, dataCheck } = detectTables(book(sheet('Odd', rows)), {
      schedule: { sheet: 'odd', headerRow: 1, columns: { teacher: 'Who', course: 'B', period: 'slot', enrollment: 'D' } },
    });
    expect(dataCheck).toEqual([]);
    expect(tables[0]).toMatchObject({ kind: 'schedule', sheet: 'Odd', headerRow: 1, firstDataRow: 2, lastDataRow: 3, how: 'mapping', confidence: 1 });
    expect(tables[0].columns.map((c) => [c.field, c.letter, c.header, c.how])).toEqual([
      ['teacher', 'A', 'Who', 'mapping'],
      ['course', 'B', 'What', 'mapping'],
      ['period', 'C', 'Slot', 'mapping'],
      ['enrollment', 'D', 'Kids', 'mapping'],
    ]);
  });

  it('lets a mapped column override a synonym match on a detected sheet', () => {
    const rows: CellValue[][] = [
      ['Teacher', 'Instructor', 'Course', 'Period'],
      ['Room 12', 'Smith', 'English', 1],
    ];
    const { tables } = detectTables(book(sheet('Schedule', rows)), { schedule: { columns: { teacher: 'Instructor' } } });
    expect(tables[0].how).toBe('detected');
    expect(fieldsOf(tables[0].columns)).toEqual({ teacher: 'B', course: 'C', period: 'D' });
    expect(tables[0].unmatchedHeaders).toEqual(['Teacher']);
  });

  it('names a mapped sheet or column that does not exist, and still detects the table', () => {
    const rows: CellValue[][] = [['Teacher', 'Course', 'Period'], ['Smith', 'English', 1]];
    const missingSheet = detectTables(book(sheet('Schedule', rows)), { schedule: { sheet: 'Timetable 2025' } });
    expect(missingSheet.tables.map((t) => t.sheet)).toEqual(['Schedule']);
    expect(missingSheet.dataCheck).toEqual([
      {
        severity: 'error',
        sheet: 'Timetable 2025',
        cell: '',
        code: 'mapping-missing-sheet',
        message:
          'The mapping for the schedule table names sheet "Timetable 2025", which is not in the workbook; the schedule table was looked for in the other sheets instead',
      },
    ]);

    const missingColumn = detectTables(book(sheet('Schedule', rows)), { schedule: { sheet: 'Schedule', columns: { enrollment: 'Seats' } } });
    expect(missingColumn.tables[0].columns.map((c) => c.field)).toEqual(['teacher', 'course', 'period']);
    expect(missingColumn.dataCheck).toEqual([
      {
        severity: 'error',
        sheet: 'Schedule',
        cell: '',
        code: 'mapping-missing-column',
        message:
          'The mapping for the schedule table names column "Seats" for enrollment, but sheet "Schedule" has no such header in row 1 and it is not a usable column letter',
      },
    ]);
  });

  it('finds nothing in a workbook without tables', () => {
    expect(detectTables(book(sheet('Notes', [['Hello'], ['World']])), {})).toEqual({
      tables: [],
      dataCheck: [
        {
          severity: 'info',
          sheet: 'Notes',
          cell: '',
          code: 'sheet-not-used',
          message:
            'Sheet "Notes" was not used: no row in its first 30 rows has column headers the review recognises (teacher, course, period, budget amount, grade, student and so on)',
        },
      ],
    });
  });
});
