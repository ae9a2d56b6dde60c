import type { Flag, ParsedWorkbook, SchoolLevel, Settings } from '../types';
import type { ScheduleAnalysis } from '../analyse/schedule';

// OWNER: schedule-analysis helper. Flags for schedule measures, with levers priced at averageTeacherCost.
export function scheduleFlags(
  analysis: ScheduleAnalysis,
  parsed: ParsedWorkbook,
  settings: Settings,
  level: SchoolLevel,
  averageTeacherCost: number | null,
): Flag[] {
  void analysis;
  void parsed;
  void settings;
  void level;
  void averageTeacherCost;
  throw new Error('scheduleFlags: not implemented yet');
}
