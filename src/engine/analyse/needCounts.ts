import type { DataCheckItem, EnrollmentRow, NeedCounts, ParsedWorkbook } from '../types';
import { WHOLE_SCHOOL } from '../parse/enrollment';
import { CATEGORY_NAMES } from '../parse/enrollmentLabels';
import { rowRange } from './dataCheckCells';

// The enrollment profile's counts: the school's students, and its need counts (special education, English learners,
// low income). The one place each is added up: the key figures and the What If read them here, and so do the
// budget's per-pupil and per-counselor figures, students per special-education aide and their flags, so a count and
// the ratios built on it can never disagree.

type NeedField = 'specialEducation' | 'englishLearners' | 'lowIncome';

const NEED_FIELDS: readonly NeedField[] = ['specialEducation', 'englishLearners', 'lowIncome'];

/** What each count is for, said when a partial count leaves it unknown. */
const WHAT_IT_JUDGES: Record<NeedField, string> = {
  specialEducation: 'students per special-education aide is not judged',
  englishLearners: "the school's English learners are left out when schools are compared by need",
  lowIncome: "the school's low-income students are left out when schools are compared by need",
};

interface GivenCount {
  /** The school's count; null when no row gives it, or when only some rows do. */
  count: number | null;
  /** The sum of the rows that give it, when only some do. */
  partialSum: number;
  /** Rows with students that leave the count blank, when other rows give it. */
  blank: EnrollmentRow[];
}

/**
 * A count is the school's when every row with students gives it, or when the school gives its own count (the
 * whole-school row of a categories table holds what the grade rows do not, so the rows add up to it). When some
 * grades give it and others leave it blank, the sum of those that give it would understate the school (fewer
 * special-education students per aide than there are, an aide flag raised on missing data), so a partial count is
 * unknown, and the Data Check names the blank cells (partialNeedCountChecks). A row of 0 students needs no count.
 */
function givenCount(enrollment: readonly EnrollmentRow[], field: NeedField): GivenCount {
  let sum = 0;
  let given = 0;
  let schoolGivesIt = false;
  const blank: EnrollmentRow[] = [];
  for (const row of enrollment) {
    const n = row[field];
    if (n === undefined) {
      if (row.students > 0) blank.push(row);
      continue;
    }
    sum += n;
    given++;
    if (row.grade === WHOLE_SCHOOL) schoolGivesIt = true;
  }
  if (given === 0) return { count: null, partialSum: 0, blank: [] };
  if (schoolGivesIt || blank.length === 0) return { count: sum, partialSum: 0, blank: [] };
  return { count: null, partialSum: sum, blank };
}

/** The school's students: every enrollment row, the whole-school row's students beyond the grades included. */
export function enrolledStudents(enrollment: readonly EnrollmentRow[]): number {
  let students = 0;
  for (const row of enrollment) students += row.students;
  return students;
}

/** The school's count of one need as the enrollment gives it; null when unknown (never 0 for a blank). */
function needCount(enrollment: readonly EnrollmentRow[], field: NeedField): number | null {
  return givenCount(enrollment, field).count;
}

/** Special-education students: the key figure, the What If's figure and the numerator of students per aide. */
export function specialEducationStudents(enrollment: readonly EnrollmentRow[]): number | null {
  return needCount(enrollment, 'specialEducation');
}

/** The enrollment profile's need counts as given: a count that no row gives, or only some rows give, is null. */
export function needCounts(parsed: ParsedWorkbook): NeedCounts {
  return {
    specialEducation: needCount(parsed.enrollment, 'specialEducation'),
    englishLearners: needCount(parsed.enrollment, 'englishLearners'),
    lowIncome: needCount(parsed.enrollment, 'lowIncome'),
    byGrade: parsed.enrollment.filter((e) => e.grade !== WHOLE_SCHOOL).map((e) => ({ grade: e.grade, students: e.students })),
  };
}

/**
 * One Data Check item per count and sheet that some rows give and others leave blank: the count is unknown (not the
 * sum of the rows that give it), what that leaves unjudged, and the cells to fill in.
 */
export function partialNeedCountChecks(parsed: ParsedWorkbook): DataCheckItem[] {
  const items: DataCheckItem[] = [];
  for (const field of NEED_FIELDS) {
    const { count, partialSum, blank } = givenCount(parsed.enrollment, field);
    if (count !== null || blank.length === 0) continue;
    // Only grade rows: a whole-school row that gives the count makes it complete.
    const givingGrades = parsed.enrollment.filter((e) => e[field] !== undefined).length;
    for (const sheet of [...new Set(blank.map((row) => row.source.sheet))]) {
      const places = blank.filter((row) => row.source.sheet === sheet).map((row) => blankPlace(parsed, row, field));
      const name = CATEGORY_NAMES[field];
      items.push({
        severity: 'warning',
        sheet,
        cell: places[0].cell,
        code: 'enrollment-count-partial',
        message:
          `Sheet "${sheet}": ${givingGrades} ${givingGrades === 1 ? 'grade gives' : 'grades give'} a count of ${name} (${partialSum} in all) but ` +
          `it is blank for ${places.map((p) => p.text).join(', ')}, so the school's ` +
          `${name} are unknown rather than ${partialSum}, and ${WHAT_IT_JUDGES[field]}. Expected a count of ${name} in every ` +
          `grade (0 where a grade has none), or one for the whole school.`,
      });
    }
  }
  return items;
}

/**
 * Where a row's blank count is: its cell in the table's count column; for grades across the columns, the cell in the
 * count's row and the grade's column; for the whole-school row, its rows.
 */
function blankPlace(parsed: ParsedWorkbook, row: EnrollmentRow, field: NeedField): { text: string; cell: string } {
  if (row.grade === WHOLE_SCHOOL) {
    const { firstRow, lastRow } = row.source;
    const rows = firstRow === lastRow ? `row ${firstRow}` : `rows ${firstRow}-${lastRow}`;
    return { text: `the total's ${row.students} students beyond the grade rows (${rows})`, cell: rowRange([row]) };
  }
  const { sheet, firstRow } = row.source;
  const column = parsed.tables
    .find((t) => t.kind === 'enrollment' && t.sheet === sheet && t.firstDataRow <= firstRow && firstRow <= t.lastDataRow)
    ?.columns.find((c) => c.field === field);
  if (column) return { text: `grade ${row.grade} (${column.letter}${firstRow})`, cell: `${column.letter}${firstRow}` };
  const countCell = row.countCells?.[field];
  if (countCell) return { text: `grade ${row.grade} (${countCell})`, cell: countCell };
  if (row.source.cell) return { text: `grade ${row.grade} (column ${row.source.cell.replace(/\d+$/, '')})`, cell: row.source.cell };
  return { text: `grade ${row.grade} (row ${firstRow})`, cell: rowRange([row]) };
}
