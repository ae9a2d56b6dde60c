import type { ColumnType } from '../types';

// The What If contract: the school's figures (baseline), the levers a principal may try, the results of trying them
// and ready-made option sets. Pure data, so the result's JSON and the task pane's worker carry it as it is.

/** A figure of the school as the review found it, with the result sheet it comes from. */
export interface WhatIfFigure {
  /** One of WhatIfFigureId; typed as a string so a caller's own baseline (a test's, the pane's) needs no cast. */
  id: string;
  label: string;
  /** null = not in this workbook (never read as 0). */
  value: number | null;
  unit: ColumnType;
  /** The result sheet it comes from ("Budget by Use", "Flags"). */
  source: string;
}

export type WhatIfFigureId =
  | 'students'
  | 'coreSections'
  | 'coreSeats'
  | 'coreClassSize'
  | 'sectionsPerTeacher'
  | 'medianCoreLoad'
  | 'highestCoreLoad'
  | 'teacherFte'
  | 'averageTeacherCost'
  | 'periodsInDay'
  | 'commonMinutesPerTeam'
  | 'teamsWithoutBlock'
  | 'coverCost'
  | 'teamsServedAtNoCost'
  | 'coverForTheRest'
  | 'counselorFte'
  | 'counselorCost'
  | 'aideFte'
  | 'aideCost'
  | 'spedStudents'
  | 'coachFte'
  | 'coachCost'
  | 'pdDollars'
  | 'lockedDollars'
  | 'lockedCompliance'
  | 'discretionaryDollars';

export type WhatIfLeverId =
  | 'coreClassSize'
  | 'sectionsPerCoreTeacher'
  | 'teamsCovered'
  | 'alignedSchedule'
  | 'counselorFte'
  | 'aideFte'
  | 'coachFte'
  | 'pdDollars'
  | 'lockedRedirected'
  | 'sectionsMerged';

export interface WhatIfLever {
  /** One of WhatIfLeverId, stable across runs: keys the principal's kept input on the What If sheet. */
  id: string;
  label: string;
  unit: ColumnType;
  /** The value today; null when the workbook does not give it. */
  current: number | null;
  /** The value that meets recommended practice: the input starts here. */
  start: number;
  /** What it means, its basis and the constraint on its money. */
  note: string;
  /** The finding it comes from. */
  flagId?: string;
  min: number;
  max: number;
  step: number;
}

export type WhatIfStatus = 'meets' | 'watch' | 'far from' | '';

export type WhatIfResultId =
  | 'coreTeacherFte'
  | 'coreTeacherFteChange'
  | 'coreCost'
  | 'medianCoreLoad'
  | 'highestCoreLoad'
  | 'coverCost'
  | 'teamsWithoutBlock'
  | 'studentsPerCounselor'
  | 'counselorCost'
  | 'spedStudentsPerAide'
  | 'aideCost'
  | 'coachPerTeacher'
  | 'coachCost'
  | 'pdPerTeacher'
  | 'pdCost'
  | 'lockedFreed'
  | 'mergedFreed'
  | 'netCost'
  | 'discretionaryLeft';

export interface WhatIfResult {
  /** One of WhatIfResultId. */
  id: string;
  label: string;
  unit: ColumnType;
  /** null = cannot be computed (a figure not in this workbook, or a division by zero typed in). */
  value: number | null;
  /** Recommended practice, as a phrase ("100 or fewer"). */
  recommended?: string;
  status?: WhatIfStatus;
  /** How it is computed, in words (the sheet's "How" column). */
  how?: string;
  /**
   * What the sign of a money result means: new money ('cost'; below 0, money released), money 'freed', or what is
   * 'left' of a budget (below 0, short). Absent for a result that is not money, or money with no direction.
   */
  sense?: WhatIfMoneySense;
}

export type WhatIfMoneySense = 'cost' | 'freed' | 'left';

export interface WhatIfOptionSet {
  /** 'lowerCoreLoads' | 'blockForEveryTeam' | 'fundBoth'. */
  id: string;
  label: string;
  /** Every lever's value in this set (the others stay at their current value). */
  inputs: Record<string, number>;
  results: WhatIfResult[];
  /** New money less money freed; null when the set cannot be priced. */
  netCost: number | null;
}

/** The recommended-practice numbers the status formulas compare with (the run's settings). */
export interface WhatIfPractice {
  coreLoadWarn: number;
  coreLoadCritical: number;
  studentsPerCounselorMax: number;
  spedStudentsPerAideMin: number;
  collaborationBlockMinutes: number;
  /** "Watch" band beside a maximum or minimum, as the Summary's status uses (practice/keyFigureStatus.ts). */
  watchBand: number;
}

export interface WhatIf {
  baseline: WhatIfFigure[];
  levers: WhatIfLever[];
  /** The results at the levers' start values. */
  results: WhatIfResult[];
  optionSets: WhatIfOptionSet[];
  /** Levers the issue names that this review has no finding for, with why: the sheet says so. */
  absent?: { id: string; label: string; why: string }[];
  /** The thresholds the statuses compare with; undefined = the recommended defaults. */
  practice?: WhatIfPractice;
}
