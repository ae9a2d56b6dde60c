import type { ParsedWorkbook, Settings, WorkbookGrids } from '../types';

// OWNER: schedule-parsing helper. Detects tables and parses every kind into typed records + data-check items.
export function parseWorkbook(workbook: WorkbookGrids, settings: Settings): ParsedWorkbook {
  void workbook;
  void settings;
  throw new Error('parseWorkbook: not implemented yet');
}
