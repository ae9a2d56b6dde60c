// The analysis a review makes: grids and settings in, the result out. Kept apart from review() (review.ts), which
// also describes the report's sheets, so a caller that writes no workbook (--json, the district map) loads none of
// the report modules (issue 12).
import type {
  DataCheckItem,
  DetectedTable,
  KeyFigures,
  LevelBasis,
  ParsedWorkbook,
  ReviewProgress,
  ReviewResult,
  SchoolLevel,
  Settings,
  WorkbookGrids,
} from './types';
import { settingsDataCheck, validateSettings } from './settings/validate';
import { parseWorkbook } from './parse/parseWorkbook';
import { analyseSchedule, type ScheduleAnalysis } from './analyse/schedule';
import { assumedLevelCheck, inferLevelWithBasis } from './analyse/level';
import { analyseBudget } from './analyse/budget';
import { enrolledStudents, needCounts, partialNeedCountChecks } from './analyse/needCounts';
import { scheduleFlags } from './practice/scheduleFlags';
import { k3KeyFigures } from './practice/classSizeFlags';
import { budgetFlags } from './practice/budgetFlags';
import { coreLoadOf, newTeachers } from './practice/teacherFlags';
import { median } from './analyse/stats';
import { schoolNameFromWorkbook } from './detect/schoolName';
import { describeChangedSettings } from './settings/changedSettings';
import { teamsWithReadTimetables, unreadTeamsCheck } from './analyse/unreadTimetables';
import { courseCosts, costPerStudentMinute } from './practice/courseCosts';
import { leverBasis } from './practice/scheduleLevers';
import { orderFlags } from './practice/flagOrder';
import { buildWhatIf } from './whatIf/build';
import { whatIfFacts } from './whatIf/facts';
import { keptWhatIfInputs, type TypedWhatIfInput } from './whatIf/keptInputs';

export interface ReviewInput {
  workbook: WorkbookGrids;
  settings?: Partial<Settings>;
  /** The team's notes from a previous run, by flag id; they reappear beside the same flags. */
  notes?: Record<string, string>;
  /** The date of the run for the Summary (YYYY-MM-DD), from the caller: the engine has no clock, so tests stay exact. */
  runDate?: string;
  /**
   * The What If sheet's input cells from last time, by lever id, each with the start beside it, as a reader found them;
   * what the principal typed is kept beside the new baseline, and said on the Data Check when it cannot be kept.
   */
  whatIfInputs?: Record<string, TypedWhatIfInput>;
  onProgress?: (progress: ReviewProgress) => void;
}


/**
 * The result alone, for a caller that writes no workbook (--json, the district map): building the report's sheets
 * cost a tenth of a district's --json run for nothing (issue 12). The figures are review()'s, from the same code.
 */
export function reviewResult(input: Omit<ReviewInput, 'notes'>): ReviewResult {
  return analyse(input).result;
}

/** The result, with what review() needs to describe the report from it. */
export function analyse(input: ReviewInput): {
  result: ReviewResult;
  thresholds: Settings['thresholds'];
  keptWhatIfInputs: Record<string, number>;
} {
  // Settings travel with workbooks and files from anywhere: a bad field is named on the Data Check and left at its default.
  const { settings, problems: settingsProblems } = validateSettings(input.settings);
  const progress = input.onProgress ?? (() => undefined);
  const sheetCount = input.workbook.sheets.length;

  progress({ stage: 'checking', done: 0, total: sheetCount, message: `Finding tables in ${sheetCount} sheets` });
  const parsed = parseWorkbook(input.workbook, settings);
  progress({
    stage: 'checking',
    done: sheetCount,
    total: sheetCount,
    message: `Read ${parsed.sections.length} sections and ${parsed.budget.length} budget lines`,
  });

  const levelInferred = settings.schoolLevel === undefined;
  const { level, basis: levelBasis }: { level: SchoolLevel; basis: LevelBasis } =
    settings.schoolLevel === undefined ? inferLevelWithBasis(parsed) : { level: settings.schoolLevel, basis: 'settings' };

  progress({ stage: 'analysing', done: 0, total: 3, message: 'Analysing the schedule' });
  const schedule = analyseSchedule(parsed, settings, level);
  progress({ stage: 'analysing', done: 1, total: 3, message: 'Analysing the budget' });
  const budget = analyseBudget(parsed, settings, schedule);
  progress({ stage: 'analysing', done: 2, total: 3, message: 'Checking against recommended practice' });
  // What a teacher's time costs, worked out once for the flags' levers, the course costs, the cost per student-minute
  // and the What If levers alike.
  const basis = leverBasis(schedule.teachers, parsed, budget?.averageTeacherCost ?? null);
  const allFlags = [
    ...scheduleFlags(schedule, parsed, settings, level, basis),
    ...(budget ? budgetFlags(budget, schedule, parsed, settings, level, basis) : []),
  ];
  const flags = orderFlags(allFlags);
  progress({ stage: 'analysing', done: 3, total: 3, message: `${flags.length} flags` });

  const result: ReviewResult = {
    school: { ...schoolName(input.workbook, parsed.tables, settings), level, levelInferred, levelBasis },
    ...(input.runDate ? { runDate: input.runDate } : {}),
    changedSettings: describeChangedSettings(settings),
    tables: parsed.tables,
    sheetStats: parsed.sheetStats,
    keyFigures: keyFigures(parsed, schedule, budget?.perPupil ?? null, settings),
    teachers: schedule.teachers,
    classSizes: schedule.classSizes,
    classSizeGroups: schedule.classSizeGroups,
    teacherTime: schedule.teacherTime ?? null,
    courseCosts: courseCosts(schedule.classSizes, parsed.sections, basis),
    costPerStudentMinute: costPerStudentMinute(schedule.studentMinutes ?? [], basis),
    timeBySubject: schedule.timeBySubject,
    coreShare: schedule.coreShare,
    collaboration: schedule.collaboration,
    noCostBlocks: schedule.noCostBlocks ?? [],
    budget,
    flags,
    dataCheck: [
      ...nothingToReview(parsed.tables),
      ...(input.workbook.dataCheck ?? []),
      ...settingsDataCheck(settingsProblems),
      ...(levelBasis === 'assumed' ? [assumedLevelCheck(level)] : []),
      ...parsed.dataCheck,
      ...partialNeedCountChecks(parsed),
      ...schedule.dataCheck,
      ...unreadTeamsCheck(schedule.collaboration, parsed),
    ],
  };
  result.whatIf = buildWhatIf(result, whatIfFacts(parsed, basis), settings.thresholds);
  const kept = keptWhatIfInputs(result.whatIf, input.whatIfInputs ?? {});
  result.dataCheck.push(...kept.dataCheck);
  return { result, thresholds: settings.thresholds, keptWhatIfInputs: kept.inputs };
}

/** The name a principal knows the school by: as set, else as the workbook prints it, else (said so) the file's. */
function schoolName(workbook: WorkbookGrids, tables: readonly DetectedTable[], settings: Settings): Pick<ReviewResult['school'], 'name' | 'nameFrom'> {
  const set = settings.schoolName?.trim();
  if (set) return { name: set, nameFrom: 'settings' };
  const printed = schoolNameFromWorkbook(workbook, tables);
  if (printed) return { name: printed, nameFrom: 'workbook' };
  return workbook.name ? { name: workbook.name, nameFrom: 'file' } : {};
}

/** The one finding that makes a review empty: every door (CLI, add-in) reports it the same way. */
export const NOTHING_TO_REVIEW = 'no-schedule-or-budget';

function nothingToReview(tables: readonly DetectedTable[]): DataCheckItem[] {
  if (tables.some((t) => t.kind === 'schedule' || t.kind === 'budget')) return [];
  const found = tables.length ? ` (found only: ${tables.map((t) => `${t.kind} in "${t.sheet}"`).join(', ')})` : '';
  return [
    {
      severity: 'error',
      sheet: '',
      cell: '',
      code: NOTHING_TO_REVIEW,
      message:
        `No master schedule and no budget found${found}. Expected a sheet with a header row such as Teacher, Course, ` +
        'Period, Enrolled (a schedule) or Description, Fund, FTE, Amount (a budget); choose the sheet or map its columns by hand.',
    },
  ];
}


/** Sections that are not scheduled collaboration, counted without a list of them (150,000 in a district). */
function taughtSections(parsed: ParsedWorkbook): number {
  let count = 0;
  // Indexed, not for…of: one pass per review, mostly unoptimised, where an iterator step allocates.
  for (let n = 0; n < parsed.sections.length; n++) if (!parsed.sections[n].collaboration) count++;
  return count;
}

function keyFigures(parsed: ParsedWorkbook, schedule: ScheduleAnalysis, perPupil: number | null, settings: Settings): KeyFigures {
  // A teacher whose load is unknown (no enrollment, no roster) is left out rather than counted as 0. One loop for the
  // loads and the highest, without three lists and a sort of a district's 25,000 teachers: median() sorts or counts
  // its own copy.
  const coreLoads: number[] = [];
  let highestCoreLoad = -Infinity;
  for (const t of schedule.teachers) {
    if (!t.teachesCore) continue;
    const load = coreLoadOf(t);
    if (load === null) continue;
    coreLoads.push(load);
    if (load > highestCoreLoad) highestCoreLoad = load;
  }
  const enrolled = enrolledStudents(parsed.enrollment);
  const total = schedule.coreShare.reduce((s, g) => s + g.totalMinutesPerWeek, 0);
  const elaMath = schedule.coreShare.reduce((s, g) => s + g.elaMathMinutesPerWeek, 0);
  const block = settings.thresholds.collaborationBlockMinutes;
  // Without a schedule there are no teachers, sections or teams to count: not in this workbook, not zero.
  const hasSchedule = parsed.tables.some((t) => t.kind === 'schedule');
  // A team is judged when its longest block is known and every member's timetable was read.
  const read = teamsWithReadTimetables(schedule.collaboration);
  const judged = read.filter((t) => t.longestBlockMinutes !== null);
  return {
    students: enrolled > 0 ? enrolled : null,
    teachers: hasSchedule ? schedule.teachers.length : null,
    // Every taught section read, not only those with a class size: a schedule without enrollment still has sections.
    sections: hasSchedule ? taughtSections(parsed) : null,
    perPupil,
    medianCoreLoad: median(coreLoads),
    highestCoreLoad: coreLoads.length ? highestCoreLoad : null,
    elaMathShare: total > 0 ? elaMath / total : null,
    teamsWith90MinuteBlock: judged.length > 0 ? judged.filter((t) => t.longestBlockMinutes! >= block).length : null,
    ...(schedule.collaboration.length > 0 && schedule.collaboration.every((t) => t.longestBlockMinutes === null)
      ? { teamBlocksKnown: false }
      : {}),
    teams: hasSchedule ? schedule.collaboration.length : null,
    ...(hasSchedule ? { teamsJudged: judged.length, teamsUnread: schedule.collaboration.length - read.length } : {}),
    newTeacherShare: newTeachers(parsed, schedule.teachers)?.share ?? null,
    ...k3KeyFigures(schedule.k3Classes),
    need: needCounts(parsed),
  };
}

