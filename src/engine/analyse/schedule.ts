import type {
  ClassSizeGroup,
  ClassSizeRow,
  DataCheckItem,
  GradeCoreShare,
  ParsedWorkbook,
  SchoolLevel,
  Settings,
  TeacherLoad,
  TeacherTime,
  TeamCollaboration,
  TimeBySubject,
  NoCostBlockOption,
} from '../types';
import { createClock } from './meetingTime';
import { analyseTeacherLoad } from './teacherLoad';
import { classSizeGroups, classSizeRows } from './classSize';
import { analyseTimeBySubject } from './timeBySubject';
import { analyseCollaboration, formTeams } from './collaboration';
import { inferSchoolLevel } from './level';
import { subjectBlocks, type GradeSubjectBlocks } from './subjectBlocks';
import { instructionalDay, type InstructionalDay } from './instructionalDay';
import { teacherTime } from './teacherTime';
import { columnHeaderCell, teamMemberCell } from './dataCheckCells';
import { markUnreadTeams } from './unreadTimetables';
import { noCostBlockOptions } from './planningSwaps';
import { studentMinutesByGroup, type StudentMinutes } from './studentMinutes';
import { k3Classes, type K3Grade } from './k3Classes';

export interface ScheduleAnalysis {
  teachers: TeacherLoad[];
  classSizes: ClassSizeRow[];
  classSizeGroups: ClassSizeGroup[];
  timeBySubject: TimeBySubject[];
  coreShare: GradeCoreShare[];
  collaboration: TeamCollaboration[];
  dataCheck: DataCheckItem[];
  /** Free common slots per team and day (labels such as "3" or "10:05-10:50"), used to say where a block could go. */
  teamFreeSlots?: Record<string, { day: string; slots: string[]; minutes: number | null }[]>;
  /** Student- and teacher-minutes a week of core courses and electives, for their cost per student-minute. */
  studentMinutes?: StudentMinutes[];
  /** Per team below the collaboration block: a schedule change that gives it at no cost, or why none was found. */
  noCostBlocks?: NoCostBlockOption[];
  /** Longest uninterrupted literacy and math block per self-contained class and day, per grade (elementary). */
  subjectBlocks?: GradeSubjectBlocks[];
  /** Instructional minutes a day from the bell schedule (analyse/instructionalDay.ts); null without one. */
  instructionalDay?: InstructionalDay | null;
  /** A typical teacher's contract week (analyse/teacherTime.ts); null without the contract day setting. */
  teacherTime?: TeacherTime | null;
  /** Whether every section is led by its one teacher under an ID of its own (TeacherLoadResult.everySectionLedAlone). */
  everySectionLedAlone: boolean;
  /** The K-3 classes of each grade, by grade key (analyse/k3Classes.ts): for the K-3 flag and the key figures. */
  k3Classes: ReadonlyMap<string, K3Grade>;
}

const SCHEDULE_SHEET_FALLBACK = '';

export function analyseSchedule(parsed: ParsedWorkbook, settings: Settings, level: SchoolLevel): ScheduleAnalysis {
  const clock = createClock(parsed, settings);
  const load = analyseTeacherLoad(parsed, settings, clock);
  const classSizes = classSizeRows(parsed.sections);
  const time = analyseTimeBySubject(parsed, settings, clock);
  const teams = formTeams(parsed, level, load.teachers);
  const collab = analyseCollaboration(parsed, teams, clock);

  const day = instructionalDay(clock);
  const scheduleSheet = parsed.sections[0]?.source.sheet ?? SCHEDULE_SHEET_FALLBACK;
  const dataCheck: DataCheckItem[] = [];
  const anyTeaching = parsed.sections.some((s) => !s.collaboration && s.meetings.length > 0);
  // Minutes come from the schedule's times, else its periods through the bell schedule: point at that column.
  const timingCell = columnHeaderCell(parsed, 'schedule', ['start', 'end', 'minutes', 'period'])?.cell ?? '';
  if (anyTeaching && load.teachers.every((t) => t.minutesPerWeek === null)) {
    dataCheck.push({
      severity: 'warning',
      sheet: scheduleSheet,
      cell: timingCell,
      code: 'minutes-unknown',
      message:
        'Teaching minutes are unknown: the schedule has no start/end times or minutes, no bell schedule gives the ' +
        'periods times, and no period length is set. Periods are still counted. To get minutes, add start and end ' +
        'times to the schedule, add a bell schedule sheet, or set the period length (periodMinutes).',
    });
  } else if (load.partlyTimed.length) {
    dataCheck.push({
      severity: 'warning',
      sheet: scheduleSheet,
      cell: timingCell,
      code: 'minutes-partly-unknown',
      message:
        `Some meetings have no known length, so the weekly minutes of ${load.partlyTimed.length} teacher(s) ` +
        `count only their timed meetings: ${load.partlyTimed.slice(0, 10).join(', ')}` +
        `${load.partlyTimed.length > 10 ? ', …' : ''}. Add times, a bell schedule or the period length.`,
    });
  }
  for (const [, info] of time.studentsBasis) {
    if (info.basis !== 'peak seats') continue;
    dataCheck.push({
      severity: 'info',
      sheet: scheduleSheet,
      cell: '',
      code: 'grade-students-estimated',
      message:
        `Grade ${info.grade}: no enrollment profile or student roster gives its students, so minutes per subject ` +
        `divide by the most seats the grade fills at one time (${info.students}). Add an enrollment profile for an exact figure.`,
    });
  }
  for (const team of collab.singleMemberTeams) {
    const place = teamMemberCell(parsed, team);
    dataCheck.push({
      severity: 'info',
      sheet: place?.sheet ?? scheduleSheet,
      cell: place?.cell ?? '',
      code: 'single-member-team',
      message: `Team "${team.team}" has one member (${team.members[0]}), so it has no common planning time to measure.`,
    });
  }

  const collaboration = markUnreadTeams(collab.collaboration, parsed.sections);
  return {
    teachers: load.teachers,
    classSizes,
    classSizeGroups: classSizeGroups(classSizes),
    timeBySubject: time.timeBySubject,
    coreShare: time.coreShare,
    collaboration,
    studentMinutes: studentMinutesByGroup(parsed.sections, clock),
    noCostBlocks: noCostBlockOptions(collaboration, { parsed, clock, block: settings.thresholds.collaborationBlockMinutes, level }),
    dataCheck,
    teamFreeSlots: Object.fromEntries(collab.freeSlots),
    subjectBlocks: level === 'elementary' ? subjectBlocks(parsed.sections, clock) : [],
    instructionalDay: day,
    teacherTime: teacherTime(load.teachers, collab.collaboration, day, settings.contractMinutesPerDay),
    everySectionLedAlone: load.everySectionLedAlone,
    k3Classes: k3Classes(parsed.sections),
  };
}

/** School level from the grades in the schedule and enrollment (K-5 elementary, 6-8 middle, 9-12 high). */
export function inferLevel(parsed: ParsedWorkbook): SchoolLevel {
  return inferSchoolLevel(parsed);
}
