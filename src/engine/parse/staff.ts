import type { DetectedTable, SheetGrid, StaffMember } from '../types';
import { readTableRows } from './tableRows';
import { newSheetParse, readField, reportCell, skipRow, type SheetParse } from './rowReport';
import { cellText, parseGrade, parseNumber } from './values';

// The staff roster: name, role, department, team, grade, FTE, years of experience.

export function parseStaff(grid: SheetGrid, table: DetectedTable): { staff: StaffMember[]; parse: SheetParse } {
  const parse = newSheetParse(grid.name);
  const staff: StaffMember[] = [];
  for (const row of readTableRows(grid, table)) {
    const name = cellText(readField(parse, row, 'name'));
    if (name === '') {
      skipRow(parse, row, 'it has no name');
      continue;
    }
    parse.rowsRead++;
    const number = (field: string, expectation: string): number | undefined => {
      const value = readField(parse, row, field);
      if (value === null) return undefined;
      const n = parseNumber(value);
      if (n === null) reportCell(parse, row, field, 'unreadable-number', `is not a number (${expectation})`);
      return n ?? undefined;
    };
    const text = (field: string) => cellText(readField(parse, row, field)) || undefined;
    staff.push({
      name,
      role: text('role'),
      department: text('department'),
      team: text('team'),
      grade: parseGrade(readField(parse, row, 'grade')),
      fte: number('fte', 'expected an FTE such as 1 or 0.5'),
      yearsExperience: number('yearsExperience', 'expected years such as 3'),
      source: { sheet: grid.name, firstRow: row.rowNumber, lastRow: row.rowNumber },
    });
  }
  return { staff, parse };
}
