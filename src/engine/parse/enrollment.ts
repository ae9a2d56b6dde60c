import type { CellValue, DataCheckItem, DetectedTable, EnrollmentRow, SheetGrid } from '../types';
import { readTableRows, type TableRow } from './tableRows';
import { newSheetParse, readField, reportCell, skipRow, type SheetParse } from './rowReport';
import { cellAddress, cellText, parseCount, parseNumber } from './values';
import { totalsRowBelow } from './totalsRow';
import { CATEGORY_NAMES, enrolledGrade, schoolCountOf, wideRowCount, type SchoolCount } from './enrollmentLabels';
import { isWideEnrollment, WIDE_LABEL_FIELD, WIDE_TOTAL_FIELD, wideGradeOf } from '../detect/wideEnrollment';

// The enrollment profile: students per grade, with special-education, English-learner and free/reduced-lunch counts
// when given. District allocation workbooks often give it as a short "Category | Students" table instead: rows for
// special education, English learners, free/reduced lunch and a "Total Enrollment" row, with or without grade rows.
// Those counts become one whole-school row (grade "All") holding what the grade rows do not: the total's students
// beyond the grade rows (all of them when there are none), and the category counts.

/** The grade of the whole-school row a categories table makes. */
export const WHOLE_SCHOOL = 'All';

interface SchoolCountRow {
  count: number;
  row: number;
  cell: string;
}

export function parseEnrollment(grid: SheetGrid, table: DetectedTable): { enrollment: EnrollmentRow[]; parse: SheetParse } {
  if (isWideEnrollment(table)) return parseWideEnrollment(grid, table);
  const parse = newSheetParse(grid.name);
  const enrollment: EnrollmentRow[] = [];
  const rows = readTableRows(grid, table);
  // A label that is neither a grade nor a count of the school is a grade as written ("Ungraded") in a table of
  // grades, but a subgroup not to be counted ("Gifted") in a table of categories.
  const hasCategories = rows.some((row) => {
    const label = row.get('grade');
    return enrolledGrade(label) === undefined && schoolCountOf(cellText(label)) !== undefined;
  });
  const school = new Map<SchoolCount, SchoolCountRow>();

  for (const row of rows) {
    const label = readField(parse, row, 'grade');
    if (label === null) {
      skipRow(parse, row, 'it has no grade');
      continue;
    }
    const grade = enrolledGrade(label);
    const category = grade === undefined ? schoolCountOf(cellText(label)) : undefined;
    if (grade === undefined && hasCategories && category === undefined) {
      skipRow(
        parse,
        row,
        `"${cellText(label)}" is neither a grade nor one of the counts read from a categories table (total enrollment, special education, English learners, free/reduced lunch)`,
      );
      continue;
    }
    const studentsValue = readField(parse, row, 'students');
    const students = parseCount(studentsValue);
    if (students === null) {
      if (studentsValue !== null) reportCell(parse, row, 'students', 'unreadable-number', notACount(studentsValue, 120));
      skipRow(parse, row, 'it has no readable number of students');
      continue;
    }
    parse.rowsRead++;
    if (category !== undefined) {
      if (school.has(category)) reportRepeatedCount(parse, row, category, school.get(category) as SchoolCountRow);
      else school.set(category, { count: students, row: row.rowNumber, cell: row.cell('students') });
      continue;
    }
    const optional = (field: string): number | undefined => {
      const value = readField(parse, row, field);
      if (value === null) return undefined;
      const n = parseCount(value);
      if (n === null) reportCell(parse, row, field, 'unreadable-number', notACount(value, 12));
      return n ?? undefined;
    };
    enrollment.push({
      grade: grade ?? cellText(label),
      students,
      specialEducation: optional('specialEducation'),
      englishLearners: optional('englishLearners'),
      lowIncome: optional('lowIncome'),
      source: { sheet: grid.name, firstRow: row.rowNumber, lastRow: row.rowNumber },
    });
  }

  if (!school.has('total')) {
    const below = totalsBelow(grid, table);
    if (below) school.set('total', below);
  }
  const wholeSchool = wholeSchoolRow(grid.name, enrollment, school, parse.dataCheck);
  if (wholeSchool) enrollment.push(wholeSchool);
  return { enrollment, parse };
}

/** The students counted on the totals row under a table of grades ("Total | 1,240"), where detection stopped. */
function totalsBelow(grid: SheetGrid, table: DetectedTable): SchoolCountRow | null {
  const gridRow = totalsRowBelow(grid, table);
  const col = table.columns.find((c) => c.field === 'students')?.col;
  if (gridRow === null || col === undefined) return null;
  const count = parseCount(grid.rows[gridRow]?.[col] ?? null);
  return count === null ? null : { count, row: grid.originRow + gridRow + 1, cell: cellAddress(grid, gridRow, col) };
}

/**
 * The whole-school row: what the school's counts hold beyond the grade rows. Per pupil then comes from the total, and
 * special-education, EL and low-income counts from their rows. A grade row total above the school's total is
 * reported and the grade rows are kept.
 */
function wholeSchoolRow(
  sheet: string,
  grades: readonly EnrollmentRow[],
  school: Map<SchoolCount, SchoolCountRow>,
  dataCheck: DataCheckItem[],
): EnrollmentRow | null {
  const categoryCounts = (['specialEducation', 'englishLearners', 'lowIncome'] as const).filter((c) => school.has(c));
  const total = school.get('total');
  if (!total && grades.length === 0) {
    if (categoryCounts.length > 0) {
      const first = school.get(categoryCounts[0]) as SchoolCountRow;
      dataCheck.push({
        severity: 'warning',
        sheet,
        cell: first.cell,
        code: 'enrollment-no-total',
        message: `Sheet "${sheet}" gives ${categoryCounts.map((c) => CATEGORY_NAMES[c]).join(', ')} but no total enrollment row and no grades, so the school's number of students is unknown and these counts are not used; add a "Total Enrollment" row`,
      });
    }
    return null;
  }
  const beyondGrades = (field: SchoolCount, inGrades: number): number | undefined => {
    const given = school.get(field);
    if (!given) return undefined;
    if (given.count >= inGrades) return given.count - inGrades;
    dataCheck.push({
      severity: 'warning',
      sheet,
      cell: given.cell,
      code: 'enrollment-total-mismatch',
      message: `Sheet "${sheet}" cell ${given.cell}: the count of ${CATEGORY_NAMES[field]} (${given.count}) is smaller than the grade rows' sum (${inGrades}); the grade rows are used`,
    });
    return 0;
  };
  const sumOf = (pick: (row: EnrollmentRow) => number | undefined) => grades.reduce((n, row) => n + (pick(row) ?? 0), 0);
  const gradeStudents = sumOf((row) => row.students);
  const students = beyondGrades('total', gradeStudents) ?? 0;
  if (total && grades.length > 0 && students > 0) {
    dataCheck.push({
      severity: 'info',
      sheet,
      cell: total.cell,
      code: 'enrollment-total-mismatch',
      message: `Sheet "${sheet}" cell ${total.cell}: the total enrollment (${total.count}) is ${students} more than the grade rows (${gradeStudents}); per-pupil figures use the total, and the ${students} count in no grade`,
    });
  }
  if (students === 0 && categoryCounts.length === 0) return null;
  return {
    grade: WHOLE_SCHOOL,
    students,
    specialEducation: beyondGrades('specialEducation', sumOf((r) => r.specialEducation)),
    englishLearners: beyondGrades('englishLearners', sumOf((r) => r.englishLearners)),
    lowIncome: beyondGrades('lowIncome', sumOf((r) => r.lowIncome)),
    source: sourceOf(sheet, [...school.values()]),
  };
}

function sourceOf(sheet: string, counts: readonly SchoolCountRow[]): EnrollmentRow['source'] {
  const rows = counts.map((c) => c.row);
  return { sheet, firstRow: Math.min(...rows), lastRow: Math.max(...rows) };
}

function reportRepeatedCount(parse: SheetParse, row: TableRow, category: SchoolCount, first: SchoolCountRow): void {
  parse.dataCheck.push({
    severity: 'warning',
    sheet: parse.sheet,
    cell: row.cell('students'),
    code: 'enrollment-repeated-count',
    message: `Sheet "${parse.sheet}" row ${row.rowNumber} gives the ${CATEGORY_NAMES[category]} again; the first, ${first.count} in cell ${first.cell}, is used`,
  });
}

/**
 * Grades across the columns (detect/wideEnrollment.ts): one row of students per grade, and rows of special-education,
 * EL and free/reduced-lunch counts when given. The students row is the one named as students, enrollment or total,
 * or without a name, or the table's only row; a row total that disagrees with its grades is reported.
 */
function parseWideEnrollment(grid: SheetGrid, table: DetectedTable): { enrollment: EnrollmentRow[]; parse: SheetParse } {
  const parse = newSheetParse(grid.name);
  const gradeColumns = table.columns.flatMap((c) => {
    const grade = wideGradeOf(c.field);
    return grade === undefined ? [] : [{ field: c.field, grade }];
  });
  const rows = readTableRows(grid, table);
  const byCount = new Map<SchoolCount, TableRow>();
  for (const row of rows) {
    const label = cellText(readField(parse, row, WIDE_LABEL_FIELD));
    const kind = wideRowCount(label, rows.length === 1);
    if (kind === undefined || byCount.has(kind)) {
      skipRow(parse, row, kind === undefined ? `"${label}" is not students, special education, English learners or free/reduced lunch` : `it repeats the ${CATEGORY_NAMES[kind]}`);
      continue;
    }
    byCount.set(kind, row);
    parse.rowsRead++;
  }
  const enrollment: EnrollmentRow[] = [];
  const studentsRow = byCount.get('total');
  if (!studentsRow) {
    parse.dataCheck.push({
      severity: 'warning',
      sheet: grid.name,
      cell: `${table.firstDataRow}:${table.lastDataRow}`,
      code: 'enrollment-no-total',
      message: `Sheet "${grid.name}" has grades across row ${table.headerRow} but no row of students under them (name it "Students" or "Enrollment"), so the school's number of students is unknown`,
    });
    return { enrollment, parse };
  }
  const countIn = (row: TableRow | undefined, field: string): number | undefined => {
    if (!row) return undefined;
    const value = readField(parse, row, field);
    if (value === null) return undefined;
    const n = parseCount(value);
    if (n === null) reportCell(parse, row, field, 'unreadable-number', notACount(value, row === studentsRow ? 120 : 12));
    return n ?? undefined;
  };
  const needRows = (['specialEducation', 'englishLearners', 'lowIncome'] as const).flatMap((kind) => {
    const row = byCount.get(kind);
    return row ? [{ kind, row }] : [];
  });
  for (const { field, grade } of gradeColumns) {
    const students = countIn(studentsRow, field);
    if (students === undefined) continue;
    enrollment.push({
      grade,
      students,
      specialEducation: countIn(byCount.get('specialEducation'), field),
      englishLearners: countIn(byCount.get('englishLearners'), field),
      lowIncome: countIn(byCount.get('lowIncome'), field),
      source: { sheet: grid.name, firstRow: studentsRow.rowNumber, lastRow: studentsRow.rowNumber, cell: studentsRow.cell(field) },
      ...(needRows.length ? { countCells: Object.fromEntries(needRows.map(({ kind, row }) => [kind, row.cell(field)])) } : {}),
    });
  }
  const total = countIn(studentsRow, WIDE_TOTAL_FIELD);
  const sum = enrollment.reduce((n, row) => n + row.students, 0);
  if (total !== undefined && total !== sum) {
    const cell = studentsRow.cell(WIDE_TOTAL_FIELD);
    parse.dataCheck.push({
      severity: 'warning',
      sheet: grid.name,
      cell,
      code: 'enrollment-total-mismatch',
      message: `Sheet "${grid.name}" cell ${cell}: the total (${total}) is not the sum of the grades read (${sum}); the grades are used`,
    });
  }
  return { enrollment, parse };
}

function notACount(value: CellValue, example: number): string {
  return parseNumber(value) === null
    ? `is not a number of students (expected a count such as ${example})`
    : `is not a whole number of students (expected a count such as ${example}, not a percentage or fraction)`;
}
