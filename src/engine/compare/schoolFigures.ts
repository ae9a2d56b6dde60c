import type { NeedCounts, ReviewResult, SchoolLevel, Severity } from '../types';
import { averageGeneralClassSize } from '../practice/keyFigureStatus';
import { lockedDollars } from '../analyse/budget';

// One school's row of the district map, taken from its own review: every figure here is a field the single review
// already computed (key figures, budget summary, the Summary's class sizes), so a school's row equals its review.
// The row is small plain data: a worker reviews a school, keeps this and lets the rest of the result go.

export interface SchoolFigures {
  /** The school's name as its review gives it (settings, workbook, file). */
  name: string;
  /** The path given on the command line (a workbook or a folder of CSV files). */
  source: string;
  level: SchoolLevel;
  /** Where the level came from: its settings, its grades, or assumed for want of grades (then say so beside it). */
  levelFrom: 'settings' | 'grades' | 'assumed';
  students: number | null;
  budget: number | null;
  perPupil: number | null;
  lockedShare: number | null;
  /** Locked (restricted) dollars: the budget's locked amounts by use, added up; null when funds are not named. */
  lockedDollars: number | null;
  medianCoreLoad: number | null;
  highestCoreLoad: number | null;
  elaMathShare: number | null;
  teamsWith90MinuteBlock: number | null;
  /** Teams the 90-minute count is out of (those that could be judged); null without a schedule. */
  teamsJudged: number | null;
  averageClassSize: number | null;
  /** Elementary only: the Summary's average K-3 homeroom class. */
  k3ClassSize: number | null;
  spedStudentsPerAide: number | null;
  studentsPerCounselor: number | null;
  pdPerTeacher: number | null;
  coachPerTeacher: number | null;
  newTeacherShare: number | null;
  flags: Record<Severity, number>;
  need: NeedCounts | null;
}

export function schoolFigures(result: ReviewResult, source: string): SchoolFigures {
  const k = result.keyFigures;
  const budget = result.budget;
  const flags: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const flag of result.flags) flags[flag.severity]++;
  return {
    name: result.school.name ?? source,
    source,
    level: result.school.level,
    levelFrom: result.school.levelBasis ?? (result.school.levelInferred ? 'grades' : 'settings'),
    students: k.students,
    budget: budget?.total ?? null,
    perPupil: k.perPupil,
    lockedShare: budget?.lockedShare ?? null,
    lockedDollars: budget ? lockedDollars(budget) : null,
    medianCoreLoad: k.medianCoreLoad,
    highestCoreLoad: k.highestCoreLoad,
    elaMathShare: k.elaMathShare,
    teamsWith90MinuteBlock: k.teamsWith90MinuteBlock,
    teamsJudged: k.teamsWith90MinuteBlock === null ? null : (k.teamsJudged ?? k.teams),
    averageClassSize: averageGeneralClassSize(result)?.average ?? null,
    k3ClassSize: result.school.level === 'elementary' ? (k.k3ClassSize ?? null) : null,
    spedStudentsPerAide: budget?.spedStudentsPerAide ?? null,
    studentsPerCounselor: budget?.studentsPerCounselor ?? null,
    pdPerTeacher: budget?.pdPerTeacher ?? null,
    coachPerTeacher: budget?.coachPerTeacher ?? null,
    newTeacherShare: k.newTeacherShare ?? null,
    flags,
    need: k.need ?? null,
  };
}
