import type { DataCheckItem, DetectedTable, MappingSettings, WorkbookGrids } from '../types';

// OWNER: schedule-parsing helper. Finds each table kind's sheet, header row, columns and data extent.
export function detectTables(
  workbook: WorkbookGrids,
  mapping: MappingSettings,
): { tables: DetectedTable[]; dataCheck: DataCheckItem[] } {
  void workbook;
  void mapping;
  throw new Error('detectTables: not implemented yet');
}
