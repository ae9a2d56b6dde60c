import type { DetectedTable, SheetGrid, StudentEnrollment } from '../types';
import { readTableRows } from './tableRows';
import { newSheetParse, readField, skipRow, type SheetParse } from './rowReport';
import { cellText, parseGrade } from './values';

// The student roster: one row per student per section, for unique-student teacher loads.

export function parseStudents(grid: SheetGrid, table: DetectedTable): { students: StudentEnrollment[]; parse: SheetParse } {
  const parse = newSheetParse(grid.name);
  const students: StudentEnrollment[] = [];
  for (const row of readTableRows(grid, table)) {
    const studentId = cellText(readField(parse, row, 'studentId'));
    const sectionId = cellText(readField(parse, row, 'sectionId'));
    if (studentId === '' || sectionId === '') {
      skipRow(parse, row, studentId === '' ? 'it has no student ID' : 'it has no section ID');
      continue;
    }
    parse.rowsRead++;
    students.push({
      studentId,
      sectionId,
      grade: parseGrade(readField(parse, row, 'grade')),
      source: { sheet: grid.name, firstRow: row.rowNumber, lastRow: row.rowNumber },
    });
  }
  return { students, parse };
}
