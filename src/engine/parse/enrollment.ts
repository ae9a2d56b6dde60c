import type { CellValue, DetectedTable, EnrollmentRow, SheetGrid } from '../types';
import { readTableRows } from './tableRows';
import { newSheetParse, readField, reportCell, skipRow, type SheetParse } from './rowReport';
import { parseCount, parseGrade, parseNumber } from './values';

// The enrollment profile: students per grade, with special-education and English-learner counts when given.

export function parseEnrollment(grid: SheetGrid, table: DetectedTable): { enrollment: EnrollmentRow[]; parse: SheetParse } {
  const parse = newSheetParse(grid.name);
  const enrollment: EnrollmentRow[] = [];
  for (const row of readTableRows(grid, table)) {
    const grade = parseGrade(readField(parse, row, 'grade'));
    if (!grade) {
      skipRow(parse, row, 'it has no grade');
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
    const optional = (field: string): number | undefined => {
      const value = readField(parse, row, field);
      if (value === null) return undefined;
      const n = parseCount(value);
      if (n === null) reportCell(parse, row, field, 'unreadable-number', notACount(value, 12));
      return n ?? undefined;
    };
    enrollment.push({
      grade,
      students,
      specialEducation: optional('specialEducation'),
      englishLearners: optional('englishLearners'),
      source: { sheet: grid.name, firstRow: row.rowNumber, lastRow: row.rowNumber },
    });
  }
  return { enrollment, parse };
}

function notACount(value: CellValue, example: number): string {
  return parseNumber(value) === null
    ? `is not a number of students (expected a count such as ${example})`
    : `is not a whole number of students (expected a count such as ${example}, not a percentage or fraction)`;
}
