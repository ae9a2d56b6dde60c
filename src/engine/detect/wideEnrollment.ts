import type { CellValue, DetectedTable, MatchedColumn, SheetGrid } from '../types';
import { cellText, columnLetter, isBlank, parseCount } from '../parse/values';
import { enrolledGrade, wideRowCount } from '../parse/enrollmentLabels';

// An enrollment profile laid out with the grades across the columns: a header row "Grade | K | 1 | 2 | … | Total"
// and a row of counts under it ("Students | 60 | 62 | …"), perhaps with more rows (special education, English
// learners). No header names a field, so synonyms cannot find it; its shape does. It is looked for before the other
// kinds are matched (a "Grade | … | Total" header would otherwise pass for a grade and a students column), on sheets
// the user did not map, and only when the user mapped no enrollment table.

/** Fields of a wide table's columns: the row labels, one column per grade, and a row total. */
export const WIDE_LABEL_FIELD = 'category';
export const WIDE_TOTAL_FIELD = 'total';
const GRADE_FIELD_PREFIX = 'students in grade ';

/** The grade a wide table's column holds ("K", "3"), or undefined for its label and total columns. */
export function wideGradeOf(field: string): string | undefined {
  return field.startsWith(GRADE_FIELD_PREFIX) ? field.slice(GRADE_FIELD_PREFIX.length) : undefined;
}

export function isWideEnrollment(table: DetectedTable): boolean {
  return table.columns.some((c) => wideGradeOf(c.field) !== undefined);
}

/** Fewest grade columns for a row to be a grades-across header (a school has at least three grades). */
const MIN_GRADES = 3;
/** Grades a school enrols: pre-K to 13 (sixth form). Bigger numbers in a row are counts or years, not grades. */
const MAX_GRADE = 13;

/** A header cell naming a grade: K, TK, PK, 1–13, "Grade 3", "3rd", "Year 7". */
function headerGrade(value: CellValue): string | undefined {
  const grade = enrolledGrade(value);
  return grade !== undefined && (!/^\d+$/.test(grade) || (Number(grade) >= 1 && Number(grade) <= MAX_GRADE)) ? grade : undefined;
}

const TOTAL_HEADER = /^(grand )?totals?\b|\btotals?$|^all grades$/;
const ROW_NAMES_HEADER = /grade|enrol|student|pupil|categor|count|year|level|population|group/;

/** The first grades-across enrollment table among the sheets, or null. */
export function detectWideEnrollment(sheets: readonly SheetGrid[], searchRows: number): DetectedTable | null {
  for (const grid of sheets) {
    const limit = Math.min(grid.rows.length, searchRows);
    for (let r = 0; r < limit; r++) {
      const table = wideTableAt(grid, r);
      if (table) return table;
    }
  }
  return null;
}

function wideTableAt(grid: SheetGrid, headerGridRow: number): DetectedTable | null {
  const header = grid.rows[headerGridRow] ?? [];
  const gradeCols: { col: number; grade: string }[] = [];
  const others: number[] = [];
  for (let col = 0; col < header.length; col++) {
    if (isBlank(header[col])) continue;
    const grade = headerGrade(header[col]);
    if (grade !== undefined) gradeCols.push({ col, grade });
    else others.push(col);
  }
  if (gradeCols.length < MIN_GRADES || new Set(gradeCols.map((g) => g.grade)).size < gradeCols.length) return null;
  const firstGradeCol = gradeCols[0].col;
  const totalCol = others.find((col) => col > firstGradeCol && TOTAL_HEADER.test(cellText(header[col]).toLowerCase()));
  // Besides its grades, a header row holds a label over the row names and a total, nothing else; a label such as
  // "Teacher" or "Room" over numbered columns is a timetable grid, not enrollment.
  const labelCol = others.find((col) => col < firstGradeCol);
  if (others.length > (labelCol !== undefined ? 1 : 0) + (totalCol !== undefined ? 1 : 0)) return null;
  if (labelCol !== undefined && !ROW_NAMES_HEADER.test(cellText(header[labelCol]).toLowerCase())) return null;

  // Without a label column the first column left of the grades (blank in the header) holds the row names, if any.
  const rowNamesCol = labelCol ?? (firstGradeCol > 0 ? firstGradeCol - 1 : undefined);

  // The data: the rows right under the header, up to the first blank row. One of them must be counts named as
  // students (or unnamed, or alone): rows of teachers' names over numbered columns are a timetable, not enrollment.
  let lastGridRow = headerGridRow;
  let studentRows = 0;
  const dataRows = [];
  for (let r = headerGridRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every(isBlank)) break;
    dataRows.push(row);
    lastGridRow = r;
  }
  for (const row of dataRows) {
    const counts = gradeCols.filter((g) => parseCount(row[g.col] ?? null) !== null).length;
    const name = rowNamesCol === undefined ? '' : cellText(row[rowNamesCol] ?? null);
    if (counts * 2 >= gradeCols.length && wideRowCount(name, dataRows.length === 1) === 'total') studentRows++;
  }
  if (studentRows === 0) return null;

  const column = (field: string, col: number): MatchedColumn => ({
    field,
    header: cellText(header[col]),
    col,
    letter: columnLetter(grid.originCol + col),
    how: 'synonym',
  });
  const columns: MatchedColumn[] = [];
  if (rowNamesCol !== undefined) columns.push(column(WIDE_LABEL_FIELD, rowNamesCol));
  for (const { col, grade } of gradeCols) columns.push(column(`${GRADE_FIELD_PREFIX}${grade}`, col));
  if (totalCol !== undefined) columns.push(column(WIDE_TOTAL_FIELD, totalCol));
  return {
    kind: 'enrollment',
    sheet: grid.name,
    headerRow: grid.originRow + headerGridRow + 1,
    firstDataRow: grid.originRow + headerGridRow + 2,
    lastDataRow: grid.originRow + lastGridRow + 1,
    columns,
    unmatchedHeaders: [],
    confidence: 0.8,
    how: 'detected',
  };
}
