import type { DataCheckItem, DetectedTable, ParsedWorkbook, Section, Settings, SheetGrid, TableKind, WorkbookGrids } from '../types';
import { detectTables } from '../detect/detectTables';
import { countSkippedRows } from './tableRows';
import { BellLookup, parseBell } from './bell';
import { parseSchedule, type RowMeetings } from './schedule';
import { scheduleBlanks, sectionIdsOnSeveralSheets } from './scheduleChecks';
import { joinSectionsAcrossDays } from './daySplit';
import { findDoubleBookings } from './doubleBooking';
import { parseStaff } from './staff';
import { parseEnrollment } from './enrollment';
import { parseStudents } from './students';
import { parseBudget } from './budget';
import type { SheetParse } from './rowReport';
import { withMergesFilled } from '../grid/merges';

// Detects tables and parses every kind into typed records + data-check items.
export function parseWorkbook(workbook: WorkbookGrids, settings: Settings): ParsedWorkbook {
  const detected = detectTables(workbook, settings.mapping ?? {});
  const parsed: ParsedWorkbook = {
    tables: detected.tables,
    sections: [],
    bell: [],
    staff: [],
    enrollment: [],
    students: [],
    budget: [],
    dataCheck: [...detected.dataCheck],
    sheetStats: [],
  };
  const said = new Set<string>();
  const seen = (item: DataCheckItem) => {
    const key = `${item.code}\u0000${item.sheet}\u0000${item.cell}\u0000${item.message}`;
    if (said.has(key)) return true;
    said.add(key);
    return false;
  };
  const tableOf = (kind: TableKind) => detected.tables.find((t) => t.kind === kind);
  // The same merge-filled grid detection read (withMergesFilled remembers it).
  const gridOf = (table: DetectedTable) => withMergesFilled(workbook.sheets.find((s) => s.name === table.sheet) as SheetGrid);
  const record = (table: DetectedTable, parse: SheetParse) => {
    const blank = countSkippedRows(gridOf(table), table);
    // Checks that do not depend on the sheet (the bell schedule's gaps) come once, not once per schedule part.
    for (const item of parse.dataCheck) if (!seen(item)) parsed.dataCheck.push(item);
    parsed.sheetStats.push({ sheet: table.sheet, kind: table.kind, rowsRead: parse.rowsRead, rowsSkipped: parse.rowsSkipped + blank });
  };

  const bellTable = tableOf('bell');
  if (bellTable) {
    const { bell, parse } = parseBell(gridOf(bellTable), bellTable);
    parsed.bell = bell;
    record(bellTable, parse);
  }

  // A schedule split over several sheets with the same header (one per department or grade) is one schedule: each
  // part is parsed on its own sheet, so every section and message names its sheet, and teachers are checked for
  // double-bookings across all parts at once. Split one sheet per day, a section's rows on several days are one.
  const scheduleTables = detected.tables.filter((t) => t.kind === 'schedule');
  if (scheduleTables.length > 0) {
    const bell = new BellLookup(parsed.bell);
    let allRows: RowMeetings[] = [];
    for (const scheduleTable of scheduleTables) {
      const { sections, rows, index, parse } = parseSchedule(gridOf(scheduleTable), scheduleTable, settings, bell);
      parsed.sections = joined(parsed.sections, sections);
      allRows = joined(allRows, rows);
      append(parse.dataCheck, scheduleBlanks(gridOf(scheduleTable), scheduleTable, index));
      record(scheduleTable, parse);
    }
    if (scheduleTables.some((t) => t.sheetDay !== undefined)) {
      const joined = joinSectionsAcrossDays(parsed.sections);
      parsed.sections = joined.sections;
      append(parsed.dataCheck, joined.dataCheck);
    } else if (scheduleTables.length > 1) append(parsed.dataCheck, sectionIdsOnSeveralSheets(parsed.sections));
    append(parsed.dataCheck, findDoubleBookings(scheduleTables[0].sheet, allRows, settings.fullYearTermNames));
  } else {
    parsed.dataCheck.push({
      severity: detected.tables.length === 0 ? 'error' : 'warning',
      sheet: '',
      cell: '',
      code: 'no-schedule',
      message:
        'No master schedule was found: no sheet has a header row with a teacher column and at least two of section, course, period, days, times or enrollment in its first 30 rows. Map the schedule sheet and its columns by hand.',
    });
  }

  const staffTable = tableOf('staff');
  if (staffTable) {
    const { staff, parse } = parseStaff(gridOf(staffTable), staffTable);
    parsed.staff = staff;
    record(staffTable, parse);
  }

  const enrollmentTable = tableOf('enrollment');
  if (enrollmentTable) {
    const { enrollment, parse } = parseEnrollment(gridOf(enrollmentTable), enrollmentTable);
    parsed.enrollment = enrollment;
    record(enrollmentTable, parse);
  }

  const studentsTable = tableOf('students');
  if (studentsTable) {
    const { students, parse } = parseStudents(gridOf(studentsTable), studentsTable);
    parsed.students = students;
    record(studentsTable, parse);
  }

  const budgetTable = tableOf('budget');
  if (budgetTable) {
    const grid = gridOf(budgetTable);
    const { lines, dataCheck, rowsRead, rowsSkipped } = parseBudget(grid, budgetTable, settings);
    parsed.budget = lines;
    append(parsed.dataCheck, dataCheck);
    parsed.sheetStats.push({
      sheet: budgetTable.sheet,
      kind: 'budget',
      rowsRead,
      rowsSkipped: rowsSkipped + countSkippedRows(grid, budgetTable),
    });
  }

  packSources(parsed.sections);
  return parsed;
}

/**
 * Makes each section's row reference again, one after another, so the references sit together in memory in
 * section order. A district's output reads them 750,000 times over (each flag's and teacher's rows, each class
 * size), in teacher order: made during the parse they lay scattered among 150,000 sections' other objects, and
 * JSON.stringify of the flags' rows took 150 ms instead of 95 (measured). Nothing has kept the old ones yet.
 */
function packSources(sections: Section[]): void {
  for (let i = 0; i < sections.length; i++) {
    // A copy with the same keys in the same order (the JSON shows them): the usual three, else all of them.
    const source = sections[i].source;
    sections[i].source =
      source.cell === undefined && source.runs === undefined
        ? { sheet: source.sheet, firstRow: source.firstRow, lastRow: source.lastRow }
        : { ...source };
  }
}

/** push(...items) overflows the call stack on district-sized lists. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * target and items as one list: items itself when target is empty (a schedule on one sheet: its 150,000 sections and
 * rows are not copied into a second array), else target with items appended. items must be the caller's to give.
 */
function joined<T>(target: T[], items: T[]): T[] {
  if (target.length === 0) return items;
  append(target, items);
  return target;
}
