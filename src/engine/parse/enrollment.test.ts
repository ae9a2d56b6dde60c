import type { CellValue, ParsedWorkbook, SheetGrid } from '../types';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { review } from '../review';
import { schoolCountOf } from './enrollmentLabels';

// Enrollment given as a total: a district allocation's "Category | Students" table (issue 8, part 3).

const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 0, originCol: 0 });
const parse = (...sheets: SheetGrid[]): ParsedWorkbook => parseWorkbook({ sheets }, defaultSettings());
const codes = (parsed: ParsedWorkbook, code: string) => parsed.dataCheck.filter((d) => d.code === code);

describe('schoolCountOf', () => {
  it.each([
    ['Special Education', 'specialEducation'],
    ['Students with Disabilities (SWD)', 'specialEducation'],
    ['Total SPED students', 'specialEducation'],
    ['English Learners', 'englishLearners'],
    ['ELL', 'englishLearners'],
    ['Free/Reduced Lunch', 'lowIncome'],
    ['Free or Reduced Price Meals', 'lowIncome'],
    ['Economically Disadvantaged', 'lowIncome'],
    ['Total K-8 Enrollment', 'total'],
    ['Total Enrollment (incl. Special Education)', 'total'],
    ['Enrollment Total', 'total'],
    ['All Students', 'total'],
  ])('reads %p as %p', (label, count) => {
    expect(schoolCountOf(label)).toBe(count);
  });

  it.each(['Gifted', 'Grade 3', 'Electronics', 'Elective'])('%p is none of them', (label) => {
    expect(schoolCountOf(label)).toBeUndefined();
  });
});

describe('a Category | Students table', () => {
  const parsed = parse(
    sheet('Enrollment', [
      ['Harbor View Elementary — FY27 allocation inputs', null],
      [null, null],
      ['Category', 'Students'],
      ['Special Education', 142],
      ['English Learners', '310'],
      ['Free/Reduced Lunch', '1,012'],
      ['Gifted', 60],
      ['Total K-8 Enrollment', '1,180'],
    ]),
  );

  it('becomes one whole-school row: students from the total, SPED, EL and free/reduced lunch from their rows', () => {
    expect(parsed.enrollment).toEqual([
      {
        grade: 'All',
        students: 1180,
        specialEducation: 142,
        englishLearners: 310,
        lowIncome: 1012,
        source: { sheet: 'Enrollment', firstRow: 4, lastRow: 8 },
      },
    ]);
  });

  it('does not count a subgroup it does not know, and says so with the row', () => {
    expect(codes(parsed, 'row-skipped').map((d) => [d.cell, d.message])).toEqual([
      [
        '7:7',
        'Sheet "Enrollment" row 7 was skipped: "Gifted" is neither a grade nor one of the counts read from a categories table (total enrollment, special education, English learners, free/reduced lunch)',
      ],
    ]);
  });
});

describe('per pupil and special-education figures from a categories table', () => {
  const outcome = review({
    workbook: {
      sheets: [
        sheet('Schedule', [
          ['Section ID', 'Course', 'Teacher', 'Period', 'Enrolled'],
          ['1', 'English 9', 'Ali', 1, 28],
        ]),
        sheet('Budget', [
          ['Description', 'FTE', 'Amount'],
          ['Regular Teacher', 10, 1000000],
          ['Special Education Aide', 4, 180000],
        ]),
        // "Total Enrollment" closes the table, so it is read from the totals row under it.
        sheet('Enrollment', [
          ['Category', 'Students'],
          ['Special Education', 60],
          ['English Learners', 45],
          [null, null],
          ['Total Enrollment', 590],
        ]),
      ],
    },
  });

  it('divides the budget by the total enrollment, not by the sum of the category rows', () => {
    // (1,000,000 + 180,000) / 590 = 2,000 per pupil (the category rows, 60 + 45 = 105, are not students).
    expect(outcome.result.budget?.perPupil).toBe(2000);
    expect(outcome.result.keyFigures.students).toBe(590);
  });

  it('counts special-education students from their row: 60 per 4 aides = 15', () => {
    expect(outcome.result.budget?.spedStudentsPerAide).toBe(15);
  });
});

describe('grade rows with category rows and a total', () => {
  const parsed = parse(
    sheet('Enrollment', [
      ['Grade', 'Students', 'SPED'],
      ['K', 60, 4],
      ['1', 62, 5],
      ['2', 58, 6],
      ['English Learners', 40, null],
      ['Special Education', 21, null],
      ['Total Enrollment', 185, null],
    ]),
  );

  it('keeps the grades, and the whole-school row holds only what the grade rows do not', () => {
    // Grades: 60 + 62 + 58 = 180 of a total 185, so 5 students in no grade; SPED 4 + 5 + 6 = 15 of 21, so 6 more.
    expect(parsed.enrollment.map((e) => [e.grade, e.students, e.specialEducation, e.englishLearners])).toEqual([
      ['K', 60, 4, undefined],
      ['1', 62, 5, undefined],
      ['2', 58, 6, undefined],
      ['All', 5, 6, 40],
    ]);
    expect(parsed.enrollment.reduce((n, e) => n + e.students, 0)).toBe(185);
    expect(codes(parsed, 'enrollment-total-mismatch').map((d) => [d.cell, d.message])).toEqual([
      [
        'B7',
        'Sheet "Enrollment" cell B7: the total enrollment (185) is 5 more than the grade rows (180); per-pupil figures use the total, and the 5 count in no grade',
      ],
    ]);
  });

  it('keeps the grade rows when the total is smaller than they are, and says so', () => {
    const smaller = parse(
      sheet('Enrollment', [
        ['Grade', 'Students'],
        ['9', 300],
        ['10', 280],
        [null, null],
        ['Total', 500],
      ]),
    );
    expect(smaller.enrollment.map((e) => [e.grade, e.students])).toEqual([
      ['9', 300],
      ['10', 280],
    ]);
    expect(codes(smaller, 'enrollment-total-mismatch').map((d) => [d.cell, d.message])).toEqual([
      ['B5', 'Sheet "Enrollment" cell B5: the count of total enrollment (500) is smaller than the grade rows\' sum (580); the grade rows are used'],
    ]);
  });

  it('says nothing when a plain grade table’s total row agrees with its grades', () => {
    const agrees = parse(sheet('Enrollment', [['Grade', 'Students'], ['9', 300], ['10', 280], ['Total', 580]]));
    expect(agrees.enrollment.map((e) => e.grade)).toEqual(['9', '10']);
    expect(codes(agrees, 'enrollment-total-mismatch')).toEqual([]);
  });
});

describe('category counts without a total', () => {
  it('cannot give the school’s students, so it reads no row and asks for the total', () => {
    const parsed = parse(sheet('Enrollment', [['Category', 'Students'], ['Special Education', 60], ['English Learners', 45]]));
    expect(parsed.enrollment).toEqual([]);
    expect(codes(parsed, 'enrollment-no-total').map((d) => [d.cell, d.message])).toEqual([
      [
        'B2',
        'Sheet "Enrollment" gives special-education students, English learners but no total enrollment row and no grades, so the school\'s number of students is unknown and these counts are not used; add a "Total Enrollment" row',
      ],
    ]);
  });
});

describe('an enrollment sheet with the grades across the columns', () => {
  const schedule = sheet('Schedule', [
    ['Section ID', 'Course', 'Teacher', 'Period', 'Grade', 'Enrolled'],
    ['1', 'Reading 3', 'Ali', 1, 3, 24],
  ]);

  it('reads one row of counts under Grade | K | 1 | 2 … as students per grade, with SPED and EL rows', () => {
    const parsed = parse(
      schedule,
      sheet('Enrollment', [
        ['Harbor View Elementary, October count', null, null, null, null, null],
        ['Grade', 'K', '1st', 'Grade 2', 3, 'Total'],
        ['Students', 60, 62, '58', 61, 241],
        ['Special Education', 4, 5, 6, 7, 22],
        ['English Learners', 20, 18, 15, 12, 65],
        ['Boys', 31, 30, 29, 30, 120],
      ]),
    );
    expect(parsed.tables.find((t) => t.kind === 'enrollment')).toMatchObject({ sheet: 'Enrollment', headerRow: 2, firstDataRow: 3, lastDataRow: 6 });
    expect(parsed.enrollment.map((e) => [e.grade, e.students, e.specialEducation, e.englishLearners, e.source.cell])).toEqual([
      ['K', 60, 4, 20, 'B3'],
      ['1', 62, 5, 18, 'C3'],
      ['2', 58, 6, 15, 'D3'],
      ['3', 61, 7, 12, 'E3'],
    ]);
    // 60 + 62 + 58 + 61 = 241, as the Total column says: no mismatch. The Boys row is a subgroup, not read.
    expect(codes(parsed, 'enrollment-total-mismatch')).toEqual([]);
    expect(codes(parsed, 'row-skipped').map((d) => d.cell)).toEqual(['6:6']);
  });

  it('reads a header of grades alone over one row of counts, and reports a total that is not their sum', () => {
    const parsed = parse(
      schedule,
      sheet('Students by grade', [
        ['K', 1, 2, 3, 4, 5, 'Total'],
        [80, 75, 77, 70, 72, 'n/a', 400],
      ]),
    );
    expect(parsed.enrollment.map((e) => [e.grade, e.students])).toEqual([
      ['K', 80],
      ['1', 75],
      ['2', 77],
      ['3', 70],
      ['4', 72],
    ]);
    // 80 + 75 + 77 + 70 + 72 = 374 read; grade 5's "n/a" is reported; the total says 400.
    expect(codes(parsed, 'unreadable-number').map((d) => d.cell)).toEqual(['F2']);
    expect(codes(parsed, 'enrollment-total-mismatch').map((d) => [d.cell, d.message])).toEqual([
      ['G2', 'Sheet "Students by grade" cell G2: the total (400) is not the sum of the grades read (374); the grades are used'],
    ]);
  });

  it('does not take a timetable grid with periods across for enrollment', () => {
    const parsed = parse(
      schedule,
      sheet('Rooms', [
        ['Teacher', 1, 2, 3, 4],
        ['Ali', 101, 101, 204, 204],
      ]),
    );
    expect(parsed.tables.map((t) => t.kind)).toEqual(['schedule']);
    expect(parsed.enrollment).toEqual([]);

    // Unheaded teacher names over periods 1-4 and room numbers: no row is students.
    const unlabelled = parse(
      schedule,
      sheet('Rooms', [
        [null, 1, 2, 3, 4],
        ['Ali', 101, 101, 204, 204],
        ['Bo', 12, 12, 14, 14],
      ]),
    );
    expect(unlabelled.tables.map((t) => t.kind)).toEqual(['schedule']);
  });
});
