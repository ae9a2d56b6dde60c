import type {
  ClassSizeGroup,
  ClassSizeRow,
  DataCheckItem,
  GradeCoreShare,
  ParsedWorkbook,
  SchoolLevel,
  Settings,
  TeacherLoad,
  TeamCollaboration,
  TimeBySubject,
} from '../types';

export interface ScheduleAnalysis {
  teachers: TeacherLoad[];
  classSizes: ClassSizeRow[];
  classSizeGroups: ClassSizeGroup[];
  timeBySubject: TimeBySubject[];
  coreShare: GradeCoreShare[];
  collaboration: TeamCollaboration[];
  dataCheck: DataCheckItem[];
}

// OWNER: schedule-analysis helper.
export function analyseSchedule(parsed: ParsedWorkbook, settings: Settings, level: SchoolLevel): ScheduleAnalysis {
  void parsed;
  void settings;
  void level;
  throw new Error('analyseSchedule: not implemented yet');
}

/** School level from the grades in the schedule and enrollment (K-5 elementary, 6-8 middle, 9-12 high). */
export function inferLevel(parsed: ParsedWorkbook): SchoolLevel {
  void parsed;
  throw new Error('inferLevel: not implemented yet');
}
