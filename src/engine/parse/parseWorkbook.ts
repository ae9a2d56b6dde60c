import type { DetectedTable, ParsedWorkbook, Settings, SheetGrid, TableKind, WorkbookGrids } from '../types';
import { detectTables } from '../detect/detectTables';
import { countSkippedRows } from './tableRows';
import { BellLookup, parseBell } from './bell';
import { parseSchedule } from './schedule';
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
  const tableOf = (kind: TableKind) => detected.tables.find((t) => t.kind === kind);
  // The same merge-filled grid detection read (withMergesFilled remembers it).
  const gridOf = (table: DetectedTable) => withMergesFilled(workbook.sheets.find((s) => s.name === table.sheet) as SheetGrid);
  const record = (table: DetectedTable, parse: SheetParse) => {
    const blank = countSkippedRows(gridOf(table), table);
    append(parsed.dataCheck, parse.dataCheck);
    parsed.sheetStats.push({ sheet: table.sheet, kind: table.kind, rowsRead: parse.rowsRead, rowsSkipped: parse.rowsSkipped + blank });
  };

  const bellTable = tableOf('bell');
  if (bellTable) {
    const { bell, parse } = parseBell(gridOf(bellTable), bellTable);
    parsed.bell = bell;
    record(bellTable, parse);
  }

  const scheduleTable = tableOf('schedule');
  if (scheduleTable) {
    const { sections, rows, parse } = parseSchedule(gridOf(scheduleTable), scheduleTable, settings, new BellLookup(parsed.bell));
    append(parse.dataCheck, findDoubleBookings(scheduleTable.sheet, rows, settings.fullYearTermNames));
    parsed.sections = sections;
    record(scheduleTable, parse);
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

  return parsed;
}

/** push(...items) overflows the call stack on district-sized lists. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
