import type { CellValue, ParsedWorkbook, SheetGrid } from '../types';
import { parseWorkbook } from '../parse/parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { review } from '../review';
import { enrolledStudents, needCounts, partialNeedCountChecks, specialEducationStudents } from './needCounts';

// The special-education count is added up in one place (needCounts.ts) and read by the key figures, the What If,
// students per aide and the aide flag. A count no row gives is unknown, and so is a count only some grades give.

const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 0, originCol: 0 });
const parse = (...sheets: SheetGrid[]): ParsedWorkbook => parseWorkbook({ sheets }, defaultSettings());
const partial = (parsed: ParsedWorkbook) => partialNeedCountChecks(parsed);

const SCHEDULE = sheet('Schedule', [
  ['Section ID', 'Course', 'Teacher', 'Period', 'Enrolled'],
  ['1', 'English 9', 'Ali', 1, 28],
]);

// Grade 10 leaves SPED blank; grade 12 has no students, so its blank counts are not missing.
const PARTLY_BLANK = sheet('Enrollment', [
  ['Grade', 'Students', 'SPED', 'English Learners'],
  ['9', 400, 40, 20], // row 2
  ['10', 350, null, 15], // row 3: SPED blank in C3
  ['11', 300, 30, 10], // row 4
  ['12', 0, null, null], // row 5
]);

const PARTLY_BLANK_MESSAGE =
  'Sheet "Enrollment": 2 grades give a count of special-education students (70 in all) but it is blank for grade 10 (C3), ' +
  "so the school's special-education students are unknown rather than 70, and students per special-education aide is not judged. " +
  'Expected a count of special-education students in every grade (0 where a grade has none), or one for the whole school.';

describe('specialEducationStudents and the need counts', () => {
  it('adds up a complete column: 40 + 26 + 30 = 96 (a grade of 0 students needs no count)', () => {
    const parsed = parse(
      sheet('Enrollment', [
        ['Grade', 'Students', 'SPED'],
        ['9', 400, 40],
        ['10', 350, 26],
        ['11', 300, 30],
        ['12', 0, null],
      ]),
    );
    expect(specialEducationStudents(parsed.enrollment)).toBe(96);
    expect(partial(parsed)).toEqual([]);
  });

  it('is null, with nothing on the Data Check, when the enrollment has no special-education column', () => {
    const parsed = parse(sheet('Enrollment', [['Grade', 'Students'], ['9', 400], ['10', 350]]));
    expect(specialEducationStudents(parsed.enrollment)).toBeNull();
    expect(needCounts(parsed)).toEqual({ specialEducation: null, englishLearners: null, lowIncome: null, byGrade: [{ grade: '9', students: 400 }, { grade: '10', students: 350 }] });
    expect(partial(parsed)).toEqual([]);
  });

  it('is null, not the 70 the other grades add up to, when a grade with students leaves it blank, and the Data Check names the cell', () => {
    const parsed = parse(PARTLY_BLANK);
    expect(specialEducationStudents(parsed.enrollment)).toBeNull();
    // English learners are complete (grade 12 has no students): 20 + 15 + 10 = 45.
    expect(needCounts(parsed)).toMatchObject({ specialEducation: null, englishLearners: 45, lowIncome: null });
    expect(partial(parsed)).toEqual([{ severity: 'warning', sheet: 'Enrollment', cell: 'C3', code: 'enrollment-count-partial', message: PARTLY_BLANK_MESSAGE }]);
  });

  it('holds English learners and low-income students to the same rule, each with its own item', () => {
    const parsed = parse(
      sheet('Enrollment', [
        ['Grade', 'Students', 'English Learners', 'Free/Reduced Lunch'],
        ['9', 400, 20, null], // row 2: FRL blank in D2
        ['10', 350, null, 150], // row 3: EL blank in C3
      ]),
    );
    expect(needCounts(parsed)).toMatchObject({ specialEducation: null, englishLearners: null, lowIncome: null });
    expect(partial(parsed).map((d) => [d.cell, d.message.split(', Expected')[0].split('. Expected')[0]])).toEqual([
      [
        'C3',
        'Sheet "Enrollment": 1 grade gives a count of English learners (20 in all) but it is blank for grade 10 (C3), so the school\'s ' +
          'English learners are unknown rather than 20, and the school\'s English learners are left out when schools are compared by need',
      ],
      [
        'D2',
        'Sheet "Enrollment": 1 grade gives a count of free/reduced-lunch (low-income) students (150 in all) but it is blank for grade 9 (D2), ' +
          "so the school's free/reduced-lunch (low-income) students are unknown rather than 150, and the school's low-income students are " +
          'left out when schools are compared by need',
      ],
    ]);
  });

  it("is the school's own count when a categories row gives it, whatever the grades leave blank: 40 + (75 − 40) = 75", () => {
    const parsed = parse(
      sheet('Enrollment', [
        ['Grade', 'Students', 'SPED'],
        ['9', 400, 40],
        ['10', 350, null],
        ['Special Education', 75, null],
        ['Total Enrollment', 750, null],
      ]),
    );
    expect(specialEducationStudents(parsed.enrollment)).toBe(75);
    expect(partial(parsed)).toEqual([]);
  });

  it('is null when a total counts students beyond the grades whose special education no row gives', () => {
    // 770 − (400 + 350) = 20 students in no grade; the grades give 40 + 32 = 72.
    const parsed = parse(
      sheet('Enrollment', [
        ['Grade', 'Students', 'SPED'],
        ['9', 400, 40],
        ['10', 350, 32],
        ['Total Enrollment', 770, null], // row 4
      ]),
    );
    expect(specialEducationStudents(parsed.enrollment)).toBeNull();
    // The students are the total's: 400 + 350 in the grades and 20 beyond them.
    expect(enrolledStudents(parsed.enrollment)).toBe(770);
    expect(partial(parsed).map((d) => [d.cell, d.message])).toEqual([
      [
        '4:4',
        `Sheet "Enrollment": 2 grades give a count of special-education students (72 in all) but it is blank for the total's 20 students ` +
          "beyond the grade rows (row 4), so the school's special-education students are unknown rather than 72, and students per " +
          'special-education aide is not judged. Expected a count of special-education students in every grade (0 where a grade has none), ' +
          'or one for the whole school.',
      ],
    ]);
  });

  it('names the grade and its column when the grades run across the columns', () => {
    const parsed = parse(
      SCHEDULE,
      sheet('Enrollment', [
        ['Grade', 'K', '1st', 'Grade 2', 'Total'],
        ['Students', 60, 62, 58, 180], // row 2
        ['Special Education', 4, null, 6, null], // grade 1 blank, in C3
      ]),
    );
    expect(specialEducationStudents(parsed.enrollment)).toBeNull();
    // The blank cell itself: grade 1's column (C) in the special-education row (3). 4 + 6 = 10 from the others.
    expect(partial(parsed).map((d) => [d.cell, d.message.split(', so ')[0]])).toEqual([
      ['C3', 'Sheet "Enrollment": 2 grades give a count of special-education students (10 in all) but it is blank for grade 1 (C3)'],
    ]);
  });
});

describe('students per special-education aide reads the same count as the key figures', () => {
  // 10 teachers at $1,000,000; 10 special-education aide FTE at $400,000, $40,000 each.
  const BUDGET = sheet('Budget', [
    ['Description', 'FTE', 'Amount'],
    ['Regular Teacher', 10, 1_000_000],
    ['Special Education Aide', 10, 400_000],
  ]);
  const run = (enrollment: SheetGrid) => review({ workbook: { sheets: [SCHEDULE, BUDGET, enrollment] }, settings: { schoolLevel: 'high' } }).result;
  const spedFigure = (result: ReturnType<typeof run>) => result.whatIf?.baseline.find((f) => f.id === 'spedStudents')?.value;

  it('a complete column: 96 students / 10 aide FTE = 9.6 per aide, below 12, and the flag prices the aides above the ratio', () => {
    const result = run(
      sheet('Enrollment', [
        ['Grade', 'Students', 'SPED'],
        ['9', 400, 40],
        ['10', 350, 26],
        ['11', 300, 30],
      ]),
    );
    expect(result.keyFigures.need?.specialEducation).toBe(96);
    expect(spedFigure(result)).toBe(96);
    expect(result.budget?.spedStudentsPerAide).toBe(9.6);
    const flag = result.flags.find((f) => f.id === 'sped-aides')!;
    expect(flag.finding).toBe('96 special-education students and 10.0 special-education aide FTE: 9.6 students per aide, below the benchmark of 12.');
    // 96 / 12 = 8 FTE needed; 10 − 8 = 2 above, within the 25% scale-back (2.5); 2 × $40,000 = $80,000 freed.
    expect(flag.lever).toMatchObject({ cost: 0, freed: 80_000, fte: 2 });
  });

  it('a partly blank column: no count, no ratio and no aide flag (the 70 given would have read 7 per aide), and the Data Check says why', () => {
    const result = run(PARTLY_BLANK);
    expect(result.keyFigures.need?.specialEducation).toBeNull();
    expect(spedFigure(result)).toBeNull();
    expect(result.budget?.spedStudentsPerAide).toBeNull();
    expect(result.flags.find((f) => f.id === 'sped-aides')).toBeUndefined();
    expect(result.dataCheck.filter((d) => d.code === 'enrollment-count-partial')).toEqual([
      { severity: 'warning', sheet: 'Enrollment', cell: 'C3', code: 'enrollment-count-partial', message: PARTLY_BLANK_MESSAGE },
    ]);
  });

  it('no special-education column: no count, no ratio, no aide flag, and no partial-count item', () => {
    const result = run(sheet('Enrollment', [['Grade', 'Students'], ['9', 400], ['10', 350], ['11', 300]]));
    expect(result.keyFigures.need?.specialEducation).toBeNull();
    expect(spedFigure(result)).toBeNull();
    expect(result.budget?.spedStudentsPerAide).toBeNull();
    expect(result.flags.find((f) => f.id === 'sped-aides')).toBeUndefined();
    expect(result.dataCheck.filter((d) => d.code === 'enrollment-count-partial')).toEqual([]);
  });
});
