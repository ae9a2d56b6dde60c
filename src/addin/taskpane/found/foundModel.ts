import type { CellValue, DetectedTable, MappingSettings, TableKind, WorkbookGrids } from '../../../engine/types';
import { columnLetter } from '../../bridge/a1';

/** The order a principal thinks in: timetable first, then money, then people and pupils. */
export const FOUND_KINDS: readonly TableKind[] = ['schedule', 'bell', 'budget', 'staff', 'enrollment', 'students'];

export const KIND_LABELS: Record<TableKind, string> = {
  schedule: 'Master schedule',
  bell: 'Bell schedule',
  budget: 'Budget',
  staff: 'Staff roster',
  enrollment: 'Enrollment',
  students: 'Student roster',
};

/** "3 columns matched in master schedule": the column list's heading, and the same line while it downloads. */
export function columnsMatchedText(table: DetectedTable): string {
  return `${table.columns.length} columns matched in ${KIND_LABELS[table.kind].toLowerCase()}`;
}

export interface HeaderChoice {
  /** What goes into the mapping: the header text, or the column letter when the header cell is blank. */
  value: string;
  label: string;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return '';
  return String(value).trim();
}

/** The header cells of a sheet's header row, as choices for remapping a column. */
export function headerChoices(grids: WorkbookGrids, sheetName: string, headerRow: number): HeaderChoice[] {
  const sheet = grids.sheets.find((s) => s.name === sheetName);
  if (!sheet) return [];
  const row = sheet.rows[headerRow - 1 - sheet.originRow] ?? [];
  const seen = new Set<string>();
  return row.map((cell, index) => {
    const letter = columnLetter(sheet.originCol + index);
    const text = cellText(cell);
    // A repeated header cannot name one column, so the letter does.
    const value = text && !seen.has(text) ? text : letter;
    seen.add(text);
    return { value, label: text ? `${letter} · ${text}` : `${letter} (no header)` };
  });
}

/** "courseTitle" → "Course title": field keys are code, the pane speaks English. */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Choosing a sheet starts that kind's mapping afresh: columns from another sheet would not fit. */
export function withSheet(mapping: MappingSettings, kind: TableKind, sheet: string): MappingSettings {
  const next = { ...mapping };
  if (sheet) next[kind] = { sheet };
  else delete next[kind];
  return next;
}

/** A column choice pins the sheet it was made on, so detection cannot move it elsewhere. */
export function withColumn(mapping: MappingSettings, table: DetectedTable, field: string, header: string): MappingSettings {
  const current = mapping[table.kind] ?? {};
  return {
    ...mapping,
    [table.kind]: {
      ...current,
      sheet: table.sheet,
      headerRow: current.headerRow ?? table.headerRow,
      columns: { ...(current.columns ?? {}), [field]: header },
    },
  };
}

/** Confirming keeps what was detected as the user's own choice, so a later edit to the data cannot shift it. */
export function withConfirmedSheets(mapping: MappingSettings, tables: DetectedTable[]): MappingSettings {
  const next = { ...mapping };
  for (const table of tables) {
    if (!next[table.kind]?.sheet) next[table.kind] = { ...(next[table.kind] ?? {}), sheet: table.sheet };
  }
  return next;
}
