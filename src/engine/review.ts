import type {
  DataCheckItem,
  DetectedTable,
  Flag,
  KeyFigures,
  ParsedWorkbook,
  ReviewOutcome,
  ReviewProgress,
  ReviewResult,
  Settings,
  WorkbookGrids,
} from './types';
import { resolveSettings } from './settings/defaults';
import { parseWorkbook } from './parse/parseWorkbook';
import { analyseSchedule, inferLevel, type ScheduleAnalysis } from './analyse/schedule';
import { analyseBudget } from './analyse/budget';
import { scheduleFlags } from './practice/scheduleFlags';
import { budgetFlags } from './practice/budgetFlags';
import { buildReport } from './report/buildReport';
import { coreLoadOf } from './practice/teacherFlags';
import { median } from './analyse/stats';
import { courseCosts } from './practice/courseCosts';
import { leverBasis } from './practice/scheduleLevers';

export interface ReviewInput {
  workbook: WorkbookGrids;
  settings?: Partial<Settings>;
  /** The team's notes from a previous run, by flag id; they reappear beside the same flags. */
  notes?: Record<string, string>;
  onProgress?: (progress: ReviewProgress) => void;
}

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** The whole engine: grids and settings in, result and report description out. Pure and synchronous. */
export function review(input: ReviewInput): ReviewOutcome {
  const settings = resolveSettings(input.settings);
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
  const level = settings.schoolLevel ?? inferLevel(parsed);

  progress({ stage: 'analysing', done: 0, total: 3, message: 'Analysing the schedule' });
  const schedule = analyseSchedule(parsed, settings, level);
  progress({ stage: 'analysing', done: 1, total: 3, message: 'Analysing the budget' });
  const budget = analyseBudget(parsed, settings, schedule);
  progress({ stage: 'analysing', done: 2, total: 3, message: 'Checking against recommended practice' });
  const flags = [
    ...scheduleFlags(schedule, parsed, settings, level, budget?.averageTeacherCost ?? null),
    ...(budget ? budgetFlags(budget, schedule, parsed, settings, level) : []),
  ].sort(bySeverityThenMeasure);
  progress({ stage: 'analysing', done: 3, total: 3, message: `${flags.length} flags` });

  const result: ReviewResult = {
    school: { name: input.workbook.name, level, levelInferred },
    tables: parsed.tables,
    sheetStats: parsed.sheetStats,
    keyFigures: keyFigures(parsed, schedule, budget?.perPupil ?? null, settings),
    teachers: schedule.teachers,
    classSizes: schedule.classSizes,
    classSizeGroups: schedule.classSizeGroups,
    teacherTime: schedule.teacherTime ?? null,
    courseCosts: courseCosts(schedule.classSizes, parsed.sections, leverBasis(schedule.teachers, parsed, budget?.averageTeacherCost ?? null)),
    timeBySubject: schedule.timeBySubject,
    coreShare: schedule.coreShare,
    collaboration: schedule.collaboration,
    budget,
    flags,
    dataCheck: [...nothingToReview(parsed.tables), ...parsed.dataCheck, ...schedule.dataCheck],
  };
  return { result, report: buildReport(result, input.notes ?? {}, settings.thresholds) };
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

function bySeverityThenMeasure(a: Flag, b: Flag): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.measure.localeCompare(b.measure) || a.id.localeCompare(b.id);
}

function keyFigures(parsed: ParsedWorkbook, schedule: ScheduleAnalysis, perPupil: number | null, settings: Settings): KeyFigures {
  // A teacher whose load is unknown (no enrollment, no roster) is left out rather than counted as 0.
  const coreLoads = schedule.teachers
    .filter((t) => t.teachesCore)
    .map(coreLoadOf)
    .filter((load): load is number => load !== null)
    .sort((a, b) => a - b);
  const enrolled = parsed.enrollment.reduce((s, e) => s + e.students, 0);
  const total = schedule.coreShare.reduce((s, g) => s + g.totalMinutesPerWeek, 0);
  const elaMath = schedule.coreShare.reduce((s, g) => s + g.elaMathMinutesPerWeek, 0);
  const block = settings.thresholds.collaborationBlockMinutes;
  return {
    students: enrolled > 0 ? enrolled : null,
    teachers: schedule.teachers.length,
    // Every taught section read, not only those with a class size: a schedule without enrollment still has sections.
    sections: parsed.sections.filter((s) => !s.collaboration).length,
    perPupil,
    medianCoreLoad: median(coreLoads),
    highestCoreLoad: coreLoads.length ? coreLoads[coreLoads.length - 1] : null,
    elaMathShare: total > 0 ? elaMath / total : null,
    teamsWith90MinuteBlock: schedule.collaboration.filter((t) => (t.longestBlockMinutes ?? 0) >= block).length,
    ...(schedule.collaboration.length > 0 && schedule.collaboration.every((t) => t.longestBlockMinutes === null)
      ? { teamBlocksKnown: false }
      : {}),
    teams: schedule.collaboration.length,
  };
}

