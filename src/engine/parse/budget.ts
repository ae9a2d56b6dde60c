import type { BudgetLine, DataCheckItem, DetectedTable, Settings, SheetGrid } from '../types';

// OWNER: budget helper. Reads budget line items / position rosters / program allocations into BudgetLines.
export function parseBudget(
  grid: SheetGrid,
  table: DetectedTable,
  settings: Settings,
): { lines: BudgetLine[]; dataCheck: DataCheckItem[]; rowsRead: number; rowsSkipped: number } {
  void grid;
  void table;
  void settings;
  throw new Error('parseBudget: not implemented yet');
}
