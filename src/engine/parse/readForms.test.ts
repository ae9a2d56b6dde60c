import type { CellValue, ParsedWorkbook, SheetGrid } from '../types';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';

// Real-export forms read end to end (issue 8, part 5): split schedules, names over two columns, names typed two
// ways, merged cells, and the blank cells the parser reads past.

const sheet = (name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ name, rows, originRow: 0, originCol: 0, ...extra });
const parse = (...sheets: SheetGrid[]): ParsedWorkbook => parseWorkbook({ sheets }, defaultSettings());
const codes = (parsed: ParsedWorkbook, code: string) => parsed.dataCheck.filter((d) => d.code === code);

const HEADER = ['Section', 'Course', 'Teacher', 'Period', 'Days', 'Enrolled'];

describe('a schedule split over department sheets', () => {
  const parsed = parse(
    sheet('English', [HEADER, ['E1', 'English 9', 'Smith', 1, 'M', 28], ['E2', 'English 10', 'Smith', 2, 'M', 26]]),
    sheet('Math', [HEADER, ['M1', 'Algebra 1', 'Lee', 1, 'M', 30], ['E2', 'Geometry', 'Smith', 2, 'M', 24]]),
  );

  it('reads every part, each section linked to its own sheet and rows', () => {
    expect(parsed.sections.map((s) => [s.id, s.source.sheet, s.source.firstRow])).toEqual([
      ['E1', 'English', 2],
      ['E2', 'English', 3],
      ['M1', 'Math', 2],
      ['E2', 'Math', 3],
    ]);
    expect(parsed.sheetStats).toEqual([
      { sheet: 'English', kind: 'schedule', rowsRead: 2, rowsSkipped: 0 },
      { sheet: 'Math', kind: 'schedule', rowsRead: 2, rowsSkipped: 0 },
    ]);
  });

  it('finds a teacher booked twice across two sheets and names both sheets', () => {
    // Smith: E2 (English, period 2, Mon) and the Math sheet's E2 (Geometry, period 2, Mon).
    const clashes = codes(parsed, 'double-booking');
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ sheet: 'English', cell: 'D3' });
    expect(clashes[0].message).toContain('section "E2" (English 10, sheet "English" cell D3) and section "E2" (Geometry, sheet "Math" cell D3)');
  });

  it('says when one section ID is on two sheets, since each sheet’s rows are read as a separate section', () => {
    expect(codes(parsed, 'section-on-several-sheets')).toEqual([
      {
        severity: 'warning',
        sheet: 'English',
        cell: '3:3',
        code: 'section-on-several-sheets',
        message:
          'Section "E2" is on sheets "English" and "Math" of the schedule; each sheet\'s rows are read as a separate section. If they are one section, put its rows on one sheet',
      },
    ]);
  });
});

describe('a schedule split one sheet per day, without a days column', () => {
  const header = ['Section', 'Course', 'Teacher', 'Period', 'Enrolled'];
  const parsed = parse(
    sheet('Monday', [header, ['S1', 'English 9', 'Smith', 1, 28], ['S2', 'Biology', 'Ng', 2, 25], ['S3', 'Art', 'Kim', 3, 20]]),
    sheet('Tuesday', [header, ['S1', 'English 9', 'Smith', 1, 28], ['S2', 'Biology', 'Ortiz', 2, 25], ['S3', 'Art', 'Kim', 3, 22]]),
  );
  const byId = (id: string) => parsed.sections.find((s) => s.id === id)!;
  const days = (id: string) => byId(id).meetings.map((m) => (m.day.kind === 'weekday' ? m.day.day : 0));

  it('reads each sheet\u2019s rows on the day its name gives, and a section on both days as one section', () => {
    // S1, S2, S3 once each (not six), each meeting Monday (1) and Tuesday (2).
    expect(parsed.sections.map((s) => s.id)).toEqual(['S1', 'S2', 'S3']);
    expect(days('S1')).toEqual([1, 2]);
    expect(byId('S1')).toMatchObject({ teachers: ['Smith'], enrollment: 28, source: { sheet: 'Monday', firstRow: 2 } });
    expect(codes(parsed, 'section-on-several-sheets')).toEqual([]);
    expect(codes(parsed, 'days-assumed')).toEqual([]);
  });

  it('keeps each day\u2019s teacher on that day\u2019s meeting, and counts seats once (the largest when they differ)', () => {
    expect(byId('S2').teachers).toEqual(['Ng', 'Ortiz']);
    expect(byId('S2').meetings.map((m) => m.teachers)).toEqual([['Ng'], ['Ortiz']]);
    expect(byId('S3').enrollment).toBe(22);
    expect(codes(parsed, 'enrollment-mismatch').map((d) => d.message)).toEqual([
      'Section "S3" has enrollment 20 on sheet "Monday" and 22 on sheet "Tuesday"; the largest, 22, is used once',
    ]);
  });
});

describe('names', () => {
  it('joins a teacher written over "Last Name | First Name" and a staff name over "Surname | Given Name"', () => {
    const parsed = parse(
      sheet('Timetable', [
        ['Course', 'Last Name', 'First Name', 'Period', 'Enrolled'],
        ['English 9', 'Núñez', 'Ana', 1, 25],
        ['Algebra 1', 'Lee', null, 2, 28],
      ]),
      sheet('Staff', [
        ['Surname', 'Given Name', 'Role'],
        ['Núñez', 'Ana', 'Teacher'],
      ]),
    );
    expect(parsed.sections.map((s) => s.teachers)).toEqual([['Núñez, Ana'], ['Lee']]);
    expect(parsed.staff.map((m) => m.name)).toEqual(['Núñez, Ana']);
  });

  it('compares names after Unicode NFC: "Núñez" typed precomposed and with combining accents is one teacher', () => {
    const precomposed = 'N\u00fa\u00f1ez';
    const combining = 'Nu\u0301n\u0303ez';
    expect(precomposed).not.toBe(combining);
    const parsed = parse(
      sheet('Schedule', [
        ['Section', 'Course', 'Teacher', 'Period', 'Days'],
        ['1', 'English 9', precomposed, 1, 'M'],
        ['2', 'English 10', ` ${combining} `, 1, 'M'],
      ]),
      sheet('Staff', [['Name', 'Role'], [combining, 'Teacher']]),
    );
    expect(new Set(parsed.sections.flatMap((s) => s.teachers))).toEqual(new Set([precomposed]));
    expect(parsed.staff[0].name).toBe(precomposed);
    // One teacher in two sections at period 1 on Monday: a double-booking, found only because the names are one.
    expect(codes(parsed, 'double-booking')).toHaveLength(1);
  });
});

describe('merged cells and blank cells', () => {
  it('reads a teacher merged down three rows as teaching all three', () => {
    const parsed = parse(
      sheet(
        'Schedule',
        [
          ['Section', 'Course', 'Teacher', 'Period'],
          ['1', 'English 9', 'Smith', 1],
          ['2', 'English 10', null, 2],
          ['3', 'English 11', null, 3],
        ],
        { merges: [{ top: 1, left: 2, bottom: 3, right: 2 }] },
      ),
    );
    expect(parsed.sections.map((s) => s.teachers)).toEqual([['Smith'], ['Smith'], ['Smith']]);
    expect(codes(parsed, 'blank-teacher')).toEqual([]);
  });

  it('names each blank teacher and blank period cell', () => {
    const parsed = parse(
      sheet('Schedule', [
        ['Section', 'Course', 'Teacher', 'Period', 'Start', 'End'],
        ['1', 'English 9', null, 1, null, null],
        ['2', 'English 10', 'Lee', null, null, null],
        ['3', 'Advisory', 'Kim', null, '8:00', '8:20'], // timed: no period needed
        [null, null, null, null, null, null],
        ['4', 'Art', '  ', '  ', null, null],
      ]),
    );
    expect(codes(parsed, 'blank-teacher').map((d) => [d.cell, d.message])).toEqual([
      ['C2', 'Sheet "Schedule" cell C2: the teacher is blank; the row is read without a teacher, so it counts in no teacher’s load or team'],
      ['C6', 'Sheet "Schedule" cell C6: the teacher is blank; the row is read without a teacher, so it counts in no teacher’s load or team'],
    ]);
    expect(codes(parsed, 'blank-period').map((d) => [d.cell, d.message])).toEqual([
      ['D3', 'Sheet "Schedule" cell D3: the period is blank and the row has no start or end time, so when it meets is unknown'],
      ['D6', 'Sheet "Schedule" cell D6: the period is blank and the row has no start or end time, so when it meets is unknown'],
    ]);
  });

  it('lists 20 blank teacher cells one by one and counts the rest in one item', () => {
    const rows: CellValue[][] = [['Section', 'Course', 'Teacher', 'Period']];
    for (let i = 1; i <= 25; i++) rows.push([String(i), 'Study hall', null, 1]);
    const blanks = codes(parse(sheet('Schedule', rows)), 'blank-teacher');
    // 25 blanks in C2:C26: C2..C21 listed, then one item for the 5 from C22.
    expect(blanks).toHaveLength(21);
    expect(blanks[19].cell).toBe('C21');
    expect(blanks[20]).toMatchObject({ cell: 'C22' });
    expect(blanks[20].message).toMatch(/^Sheet "Schedule": 5 more cells like the ones above \(25 in all, the next at C22\)/);
  });
});
