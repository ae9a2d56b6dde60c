import type { CellValue, ParsedWorkbook, SheetGrid } from '../types';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { parseCount } from './values';

// An enrollment is a whole count of students: "25%" is not a quarter of a student.

const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 0, originCol: 0 });
const parse = (...sheets: SheetGrid[]): ParsedWorkbook => parseWorkbook({ sheets }, defaultSettings());
const messages = (parsed: ParsedWorkbook, code: string) =>
  parsed.dataCheck.filter((d) => d.code === code).map((d) => [d.sheet, d.cell, d.message]);

describe('parseCount', () => {
  it.each([
    [28, 28],
    ['28', 28],
    [' 1,200 ', 1200],
    [0, 0],
    ['30.0', 30],
  ])('reads %p as %p', (input, expected) => {
    expect(parseCount(input)).toBe(expected);
  });

  it.each(['25%', 0.25, 27.5, '27.5', -3, 'lots', null, { error: '#N/A' }])('refuses %p', (input) => {
    expect(parseCount(input)).toBeNull();
  });
});

describe('enrollments that are not whole counts', () => {
  const parsed = parse(
    sheet('Master Schedule', [
      ['Section ID', 'Course Title', 'Teacher', 'Period', 'Enrolled'],
      ['1', 'English 9', 'Ali', 1, 28],
      ['2', 'English 9', 'Ali', 2, '25%'],
      ['3', 'Algebra 1', 'Bo', 1, 27.5],
      ['4', 'Algebra 1', 'Bo', 2, 'lots'],
    ]),
    sheet('Enrollment', [
      ['Grade', 'Students', 'SPED', 'ELL'],
      ['9', '120', '10%', 20],
      ['10', '95%', 12, 8],
      ['11', 110.5, 12, 8],
    ]),
  );

  it('leaves the section enrollment unknown rather than 0.25 or 27.5 students', () => {
    expect(parsed.sections.map((s) => [s.id, s.enrollment])).toEqual([
      ['1', 28],
      ['2', undefined],
      ['3', undefined],
      ['4', undefined],
    ]);
  });

  it('reports each cell with what was expected, and counts the sections among those without enrollment', () => {
    expect(messages(parsed, 'unreadable-number')).toEqual([
      [
        'Master Schedule',
        'E3',
        'Sheet "Master Schedule" cell E3: "25%" is not a whole number of students (expected a count such as 28, not a percentage or fraction); the section\'s enrollment is left unknown',
      ],
      [
        'Master Schedule',
        'E4',
        'Sheet "Master Schedule" cell E4: "27.5" is not a whole number of students (expected a count such as 28, not a percentage or fraction); the section\'s enrollment is left unknown',
      ],
      ['Master Schedule', 'E5', 'Sheet "Master Schedule" cell E5: "lots" is not an enrollment (expected a count of students such as 28)'],
      [
        'Enrollment',
        'C2',
        'Sheet "Enrollment" cell C2: "10%" is not a whole number of students (expected a count such as 12, not a percentage or fraction)',
      ],
      [
        'Enrollment',
        'B3',
        'Sheet "Enrollment" cell B3: "95%" is not a whole number of students (expected a count such as 120, not a percentage or fraction)',
      ],
      [
        'Enrollment',
        'B4',
        'Sheet "Enrollment" cell B4: "110.5" is not a whole number of students (expected a count such as 120, not a percentage or fraction)',
      ],
    ]);
    expect(messages(parsed, 'no-enrollment')).toEqual([
      ['Master Schedule', 'E3', '3 of 4 sections have no enrollment, so their class size and seats are unknown (cells E3, E4, E5)'],
    ]);
  });

  it('keeps grades whose student count is readable and skips those whose count is not', () => {
    expect(parsed.enrollment.map((e) => [e.grade, e.students, e.specialEducation, e.englishLearners])).toEqual([['9', 120, undefined, 20]]);
    expect(parsed.sheetStats.find((s) => s.sheet === 'Enrollment')).toEqual({ sheet: 'Enrollment', kind: 'enrollment', rowsRead: 1, rowsSkipped: 2 });
  });
});

describe('sections without an enrollment', () => {
  it('counts them all among the teaching sections and lists the first ten cells, then an ellipsis', () => {
    // 12 teaching sections on rows 2-13, all but row 7 without an enrollment, and a PLC (collaboration, not counted).
    const rows: CellValue[][] = Array.from({ length: 12 }, (_, i) => [`S${i + 1}`, `T${i + 1}`, 'English 9', 1, i === 5 ? 25 : null]);
    rows.push(['S13', 'T1', 'PLC', 2, null]);
    const parsed = parse(sheet('Master Schedule', [['Section', 'Teacher', 'Course', 'Period', 'Enrollment'], ...rows]));
    // 11 of the 12 teaching sections lack one; the first ten are rows 2-6 and 8-12 (row 7 has 25), row 13 is left out.
    expect(messages(parsed, 'no-enrollment')).toEqual([
      [
        'Master Schedule',
        'E2',
        '11 of 12 sections have no enrollment, so their class size and seats are unknown (cells E2, E3, E4, E5, E6, E8, E9, E10, E11, E12, …)',
      ],
    ]);
  });
});
