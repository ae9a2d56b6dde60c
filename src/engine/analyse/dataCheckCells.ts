import type { ParsedWorkbook, TableKind } from '../types';
import type { Team } from './collaboration';

// Where a finding about a whole column or a team points in the workbook, so each data-check item can be clicked
// through to the cells to fix.

export interface CellPlace {
  sheet: string;
  cell: string;
}

/** The header cell of the first of the fields that the table has ("F3" for Start), or null. */
export function columnHeaderCell(parsed: ParsedWorkbook, kind: TableKind, fields: readonly string[]): CellPlace | null {
  const table = parsed.tables.find((t) => t.kind === kind);
  if (!table) return null;
  for (const field of fields) {
    const column = table.columns.find((c) => c.field === field);
    if (column) return { sheet: table.sheet, cell: `${column.letter}${table.headerRow}` };
  }
  return null;
}

/**
 * The cell that put a one-member team's member in that team: the team cell of their staff row for a roster team;
 * for a grade or department team, that column on their first schedule row, else on their staff row, else the
 * column's header.
 */
export function teamMemberCell(parsed: ParsedWorkbook, team: Team): CellPlace | null {
  const member = team.members[0]?.trim();
  if (member === undefined) return null;
  const field = team.basis === 'roster' ? 'team' : team.basis;
  const staffRow = parsed.staff.find(
    (m) => m.name.trim() === member && (team.basis !== 'roster' || m.team?.trim() === team.team),
  )?.source.firstRow;
  const inStaff = (): CellPlace | null => {
    const header = columnHeaderCell(parsed, 'staff', [field]);
    return header && staffRow !== undefined ? { sheet: header.sheet, cell: `${columnOf(header.cell)}${staffRow}` } : null;
  };
  if (team.basis === 'roster') return inStaff() ?? columnHeaderCell(parsed, 'staff', [field]);

  const header = columnHeaderCell(parsed, 'schedule', [field]);
  let firstRow: number | undefined;
  for (const section of parsed.sections) {
    if (!section.teachers.includes(member)) continue;
    if (firstRow === undefined || section.source.firstRow < firstRow) firstRow = section.source.firstRow;
  }
  if (header && firstRow !== undefined) return { sheet: header.sheet, cell: `${columnOf(header.cell)}${firstRow}` };
  return inStaff() ?? header ?? columnHeaderCell(parsed, 'staff', [field]);
}

/** The rows from the first to the last of some records ("12:18"), or '' when there are none. */
export function rowRange(records: readonly { source: { firstRow: number; lastRow: number } }[]): string {
  if (records.length === 0) return '';
  let first = Infinity;
  let last = -Infinity;
  for (const { source } of records) {
    first = Math.min(first, source.firstRow);
    last = Math.max(last, source.lastRow);
  }
  return `${first}:${last}`;
}

function columnOf(cell: string): string {
  return cell.replace(/\d+$/, '');
}
