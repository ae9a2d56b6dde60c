import type { ColumnType, ReviewResult, TeacherLoad, Thresholds } from '../types';
import { round, sumOf } from '../analyse/stats';
import { NOT_IN_WORKBOOK, UNKNOWN } from '../report/unknown';
import { formatPercent as pct } from './scheduleLevers';

// The Summary's key figures, each beside the recommended value and judged in one word, so a principal sees in
// seconds which figures meet recommended practice and which are far from it. The bands between "meets" and
// "far from" are this product's, stated in each figure's basis; the recommended values are BRIEF.md's.

export type Standing = 'meets' | 'watch' | 'far from';

export interface KeyFigureReading {
  figure: string;
  /** null = the workbook does not give it, or gives it unreadably (missing says which; the basis says why). */
  value: number | null;
  /** How a null value reads: not in this workbook, or unknown (the data is there but could not be read). */
  missing?: typeof NOT_IN_WORKBOOK | typeof UNKNOWN;
  unit: ColumnType;
  /** The recommended value as a phrase ("100 or fewer"), or a reference point where practice sets none. */
  recommended: string;
  /** null = not judged: unknown, or a figure with a reference point rather than a recommendation. */
  standing: Standing | null;
  /** What the figure counts and why it stands where it does, or why it is not in the workbook. */
  basis: string;
}

/** Per-pupil spending by level in LAUSD, FY06: the seed report's district view, a reference rather than a target. */
const LAUSD_PER_PUPIL = { elementary: 9000, middle: 7000, high: 7600 } as const;
/** "Watch" band above a maximum or below a minimum: within this share of the recommended value. */
export const WATCH_BAND = 0.25;
/** Points of ELA + math share above the "no prioritization" line that still read as barely prioritized. */
const SHARE_WATCH_POINTS = 0.05;

export function keyFigureReadings(result: ReviewResult, thresholds: Thresholds): KeyFigureReading[] {
  const k = result.keyFigures;
  const level = result.school.level;
  const secondary = level !== 'elementary';
  const budget = result.budget;
  const readings: KeyFigureReading[] = [];

  const loadUnit = coreLoadUnit(result.teachers);
  for (const [figure, value] of [
    ['Median core teacher load', k.medianCoreLoad],
    ['Highest core teacher load', k.highestCoreLoad],
  ] as const) {
    readings.push({
      figure,
      value,
      unit: 'integer',
      recommended: secondary ? `${thresholds.coreLoadWarn} or fewer` : 'one class (self-contained)',
      standing: value === null || !secondary ? null : atMost(value, thresholds.coreLoadWarn, thresholds.coreLoadCritical),
      basis:
        value === null
          ? 'no enrollment or student roster, so loads are not known'
          : secondary
            ? `${loadUnit} per core teacher; above ${thresholds.coreLoadWarn} is watch (NCTE's limit for English), ` +
              `${thresholds.coreLoadCritical} or more far from (ERS: individual attention "nearly impossible")`
            : `${loadUnit}; an elementary homeroom teacher's load is the class, so no load limit applies`,
    });
  }

  const shareLine = thresholds.secondaryCoreShareMin;
  readings.push({
    figure: 'Share of time in ELA/ELD + math',
    value: k.elaMathShare,
    unit: 'percent',
    recommended: secondary ? `more than ${pct(shareLine)}` : `${thresholds.elementaryLiteracyMinutesPerDay} min literacy + ${thresholds.elementaryMathMinutesPerDay} min math a day`,
    standing:
      k.elaMathShare === null || !secondary
        ? null
        : k.elaMathShare <= shareLine
          ? 'far from'
          : k.elaMathShare <= shareLine + SHARE_WATCH_POINTS
            ? 'watch'
            : 'meets',
    basis:
      k.elaMathShare === null
        ? 'no class times or enrollment to weigh the minutes'
        : secondary
          ? `student-weighted over all grades; ${pct(shareLine)} or less means no prioritization, up to ` +
            `${pct(shareLine + SHARE_WATCH_POINTS)} is barely more (LAUSD secondary: 36%, ERS)`
          : 'student-weighted; judged per grade and day on the Time by Subject sheet and in the Flags',
  });

  readings.push(teamBlocksReading(result, thresholds));

  readings.push({
    figure: 'Budget per pupil',
    value: budget?.perPupil ?? null,
    unit: 'currency',
    recommended: `LAUSD ${level} schools: $${LAUSD_PER_PUPIL[level].toLocaleString('en-US')} (FY06, for reference)`,
    standing: null,
    basis: !budget ? 'no budget sheet' : budget.perPupil === null ? 'no enrollment to divide by' : 'every budget line over the enrollment profile’s students',
  });

  readings.push({
    figure: 'Locked (restricted) share of the budget',
    value: budget?.lockedShare ?? null,
    unit: 'percent',
    recommended: 'for reference: the rest is the principal’s to direct',
    standing: null,
    basis: !budget
      ? 'no budget sheet'
      : budget.lockedShare === null
        ? 'no budget line names a fund or program, so locked money cannot be told from the rest'
        : 'money whose fund carries rules (categorical, grant); see Budget by Use',
  });

  const perAide = budget?.spedStudentsPerAide ?? null;
  const aideMin = thresholds.spedStudentsPerAideMin;
  readings.push({
    figure: 'Special-education students per aide',
    value: perAide,
    unit: 'number',
    recommended: `${aideMin} or more`,
    standing: perAide === null ? null : atLeast(perAide, aideMin),
    basis:
      perAide === null
        ? !budget
          ? 'no budget sheet'
          : 'no special-education aides in the budget, or no special-education count in the enrollment'
        : `benchmark districts 12-20 per aide, LAUSD 9 (ERS); below ${round1(aideMin * (1 - WATCH_BAND))} is far from`,
  });

  const perCounselor = budget?.studentsPerCounselor ?? null;
  const counselorMax = thresholds.studentsPerCounselorMax;
  readings.push({
    figure: 'Students per counselor',
    value: perCounselor,
    unit: 'number',
    recommended: `${counselorMax} or fewer`,
    standing: perCounselor === null ? null : atMost(perCounselor, counselorMax, counselorMax * (1 + WATCH_BAND)),
    basis:
      perCounselor === null
        ? !budget
          ? 'no budget sheet'
          : 'no counselors in the budget, or no enrollment'
        : `ASCA; above ${Math.round(counselorMax * (1 + WATCH_BAND))} is far from`,
  });

  readings.push(classSizeReading(result, thresholds));
  return readings;
}

/**
 * Teams with a block of the threshold, out of the teams that can be judged: "0 of 0 teams" is no finding, so a
 * count that rests on nothing says why instead.
 */
function teamBlocksReading(result: ReviewResult, thresholds: Thresholds): KeyFigureReading {
  const k = result.keyFigures;
  const figure = `Teams with a weekly ${thresholds.collaborationBlockMinutes}-minute block`;
  const teams = k.teams ?? 0;
  const recommended = teams > 1 ? `all ${teams} teams` : teams === 1 ? 'the 1 team' : 'every team';
  const none = (basis: string, missing: KeyFigureReading['missing'] = NOT_IN_WORKBOOK): KeyFigureReading => ({
    figure,
    value: null,
    missing,
    unit: 'integer',
    recommended,
    standing: null,
    basis,
  });
  if (k.teams === null) return none('no master schedule was found (see the Data Check)');
  if (k.teams === 0) return none('no teams could be formed: no team, grade or department is given');
  // Unreadable timetables come first: with no meeting read, no minutes are known either, and the days are the cause.
  if (k.teamsUnread === k.teams) {
    return none(`members of all ${plural(k.teams, 'team')} teach sections with no readable day and period or time (see the Data Check)`, UNKNOWN);
  }
  if (k.teamBlocksKnown === false || k.teamsWith90MinuteBlock === null) {
    return none(`no class times, bell schedule or period length for the ${k.teams === 1 ? 'team' : `${k.teams} teams`}`);
  }
  const judged = k.teamsJudged ?? k.teams;
  const unjudged = k.teams - judged;
  const count = k.teamsWith90MinuteBlock;
  return {
    figure,
    value: count,
    unit: 'integer',
    recommended,
    standing: count >= judged ? 'meets' : count === 0 ? 'far from' : 'watch',
    basis:
      `of ${plural(judged, 'team')}${unjudged > 0 ? `; ${unjudged} more could not be judged (see the Data Check)` : ''}: ` +
      'common planning time in one sitting (ERS, "Finding Time for Collaborative Planning")',
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Elementary: K-3 classes against the class-size limit; secondary: the average section, for reference. */
function classSizeReading(result: ReviewResult, thresholds: Thresholds): KeyFigureReading {
  if (result.school.level === 'elementary') {
    const average = result.keyFigures.k3ClassSize ?? null;
    const max = thresholds.k3ClassSizeMax;
    return {
      figure: 'Average K-3 class size',
      value: average === null ? null : round1(average),
      unit: 'number',
      recommended: `${max} or fewer`,
      standing: average === null ? null : atMost(average, max, max * 1.1),
      basis:
        average === null
          ? 'no K-3 classes with an enrollment in the schedule'
          : `${result.keyFigures.k3Classes} K-3 homeroom classes; California class-size reduction; above ${round1(max * 1.1)} is far from`,
    };
  }
  const general = averageGeneralClassSize(result);
  return {
    figure: 'Average class size',
    value: general === null ? null : round1(general.average),
    unit: 'number',
    recommended: `for reference; sections below ${thresholds.smallSectionMin} are flagged`,
    standing: null,
    basis: general === null ? 'no section enrollments in the schedule' : `${general.sections} general-education sections`,
  };
}

/** At or below the recommended maximum meets it; up to the far line is watch; beyond it, far from. */
function atMost(value: number, recommended: number, far: number): Standing {
  return value <= recommended ? 'meets' : value < far ? 'watch' : 'far from';
}

function atLeast(value: number, recommended: number): Standing {
  return value >= recommended ? 'meets' : value >= recommended * (1 - WATCH_BAND) ? 'watch' : 'far from';
}

/** Core loads are in unique students only when every core teacher's load comes from a roster. */
export function coreLoadUnit(teachers: readonly TeacherLoad[]): 'students' | 'seats' {
  const core = teachers.filter((t) => t.teachesCore);
  return core.length > 0 && core.every((t) => t.uniqueStudents !== null) ? 'students' : 'seats';
}

function round1(n: number): number {
  return round(n, 1);
}

/**
 * The average general-education section and how many it averages: the secondary Summary's average class, and the
 * district map's (unrounded there, for its quartiles). Null without a section enrollment.
 */
export function averageGeneralClassSize(result: ReviewResult): { average: number; sections: number } | null {
  const sizes = result.classSizes.filter((s) => s.program === 'general').map((s) => s.enrollment);
  return sizes.length ? { average: sumOf(sizes, (n) => n) / sizes.length, sections: sizes.length } : null;
}
