import type { BudgetSummary, Flag, ParsedWorkbook, SchoolLevel, Settings } from '../types';
import type { ScheduleAnalysis } from '../analyse/schedule';

// OWNER: budget helper. Budget flags and the flags that join budget and schedule, with levers in dollars.
export function budgetFlags(
  budget: BudgetSummary,
  schedule: ScheduleAnalysis,
  parsed: ParsedWorkbook,
  settings: Settings,
  level: SchoolLevel,
): Flag[] {
  void budget;
  void schedule;
  void parsed;
  void settings;
  void level;
  throw new Error('budgetFlags: not implemented yet');
}
