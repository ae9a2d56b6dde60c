import type { BudgetSummary, ParsedWorkbook, Settings } from '../types';
import type { ScheduleAnalysis } from './schedule';

// OWNER: budget helper. Budget by use, ratios and the budget-vs-schedule check. null when there is no budget.
export function analyseBudget(parsed: ParsedWorkbook, settings: Settings, schedule: ScheduleAnalysis): BudgetSummary | null {
  void parsed;
  void settings;
  void schedule;
  throw new Error('analyseBudget: not implemented yet');
}
