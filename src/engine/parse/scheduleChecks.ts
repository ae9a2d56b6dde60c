import type { DataCheckItem, DetectedTable, Section, SheetGrid } from '../types';
import { hasColumn, indexTableRows, type TableRowIndex } from './tableRows';

// What the schedule parser reads past without a word: a row with no teacher or no period is still read, so the Data
// Check names each such cell; and a section ID found on two parts of a split schedule is said to be two sections.

/** Cells listed one by one per kind of blank; beyond that, one item counts the rest. */
export const BLANK_CELLS_LISTED = 20;

/** index: the table's rows when the caller has already found them (parseSchedule has: 150,000 in a district). */
export function scheduleBlanks(grid: SheetGrid, table: DetectedTable, index: TableRowIndex = indexTableRows(grid, table)): DataCheckItem[] {
  const checkTeacher = hasColumn(table, 'teacher') || hasColumn(table, 'teacherLast');
  const checkPeriod = hasColumn(table, 'period');
  if (!checkTeacher && !checkPeriod) return [];
  const teacherCells: string[] = [];
  const periodCells: string[] = [];
  const [sectionId, course, courseCode, teacher, start, end, period] = ['sectionId', 'course', 'courseCode', 'teacher', 'start', 'end', 'period'].map(
    (field) => index.field(field).access,
  );
  // One view moved from row to row, each field looked up once.
  const row = index.cursor();
  for (let r = 0; r < index.gridRows.length; r++) {
    row.moveTo(index.gridRows[r]);
    // A row with nothing that names a section is skipped by the parser, which says so.
    const named = row.value(sectionId) !== null || row.value(course) !== null || row.value(courseCode) !== null;
    if (checkTeacher && named && row.value(teacher) === null) teacherCells.push(row.cell('teacher'));
    const timed = row.value(start) !== null || row.value(end) !== null;
    if (checkPeriod && (named || row.value(teacher) !== null) && !timed && row.value(period) === null) periodCells.push(row.cell('period'));
  }
  return [
    ...listCells(grid.name, 'blank-teacher', teacherCells, 'the teacher is blank; the row is read without a teacher, so it counts in no teacher’s load or team'),
    ...listCells(grid.name, 'blank-period', periodCells, 'the period is blank and the row has no start or end time, so when it meets is unknown'),
  ];
}

function listCells(sheet: string, code: string, cells: string[], reason: string): DataCheckItem[] {
  const items: DataCheckItem[] = cells.slice(0, BLANK_CELLS_LISTED).map((cell) => ({
    severity: 'warning',
    sheet,
    cell,
    code,
    message: `Sheet "${sheet}" cell ${cell}: ${reason}`,
  }));
  if (cells.length > BLANK_CELLS_LISTED) {
    const rest = cells.length - BLANK_CELLS_LISTED;
    items.push({
      severity: 'warning',
      sheet,
      cell: cells[BLANK_CELLS_LISTED],
      code,
      message: `Sheet "${sheet}": ${rest} more cell${rest === 1 ? '' : 's'} like the ones above (${cells.length} in all, the next at ${cells[BLANK_CELLS_LISTED]}): ${reason}`,
    });
  }
  return items;
}

/**
 * Section IDs found on more than one part of a split schedule. Each part's rows stay separate sections (numbering
 * often restarts per department), so the user is told rather than left with seats counted twice unawares.
 */
export function sectionIdsOnSeveralSheets(sections: readonly Section[]): DataCheckItem[] {
  const sheetsOf = new Map<string, Section[]>();
  for (const section of sections) {
    const list = sheetsOf.get(section.id);
    if (list) list.push(section);
    else sheetsOf.set(section.id, [section]);
  }
  const items: DataCheckItem[] = [];
  let more = 0;
  for (const [id, list] of sheetsOf) {
    const sheets = [...new Set(list.map((s) => s.source.sheet))];
    if (sheets.length < 2) continue;
    if (items.length >= BLANK_CELLS_LISTED) {
      more++;
      continue;
    }
    const first = list[0].source;
    items.push({
      severity: 'warning',
      sheet: first.sheet,
      cell: `${first.firstRow}:${first.lastRow}`,
      code: 'section-on-several-sheets',
      message: `Section "${id}" is on sheets ${sheets.map((s) => `"${s}"`).join(' and ')} of the schedule; each sheet's rows are read as a separate section. If they are one section, put its rows on one sheet`,
    });
  }
  if (more > 0) {
    items.push({
      severity: 'warning',
      sheet: items[0].sheet,
      cell: '',
      code: 'section-on-several-sheets',
      message: `${more} more section IDs are on several sheets of the schedule; each sheet's rows are read as separate sections`,
    });
  }
  return items;
}
