import type { SchoolLevel } from '../types';
import type { SchoolFigures } from './schoolFigures';
import { quantileInc } from '../analyse/stats';

// Does money follow need? The seed report's district questions (Brief #1): per pupil by the share of students
// with greater needs, and per pupil by size (elementary schools under 300 students cost more; between 500 and
// 1,000 size made virtually no difference).

export const LEVELS: readonly SchoolLevel[] = ['elementary', 'middle', 'high'];

export interface NeedShares {
  specialEducation: number | null;
  englishLearners: number | null;
  lowIncome: number | null;
}

/** Each need count over the school's students; null when either is not given. */
export function needShares(school: SchoolFigures): NeedShares {
  const share = (count: number | null | undefined) =>
    count === null || count === undefined || !school.students ? null : count / school.students;
  return {
    specialEducation: share(school.need?.specialEducation),
    englishLearners: share(school.need?.englishLearners),
    lowIncome: share(school.need?.lowIncome),
  };
}

/** Size bands of the seed's finding; a school is in the band whose lower bound it reaches. */
export const SIZE_BANDS: readonly { label: string; min: number }[] = [
  { label: 'under 300', min: 0 },
  { label: '300-499', min: 300 },
  { label: '500-999', min: 500 },
  { label: '1,000 or more', min: 1000 },
];

export function sizeBand(students: number): string {
  let label = SIZE_BANDS[0].label;
  for (const band of SIZE_BANDS) if (students >= band.min) label = band.label;
  return label;
}

export interface SizeBandRow {
  level: SchoolLevel;
  band: string;
  schools: number;
  students: number;
  budget: number;
  /** Pooled: the band's budgets over its students. */
  perPupil: number;
  medianPerPupil: number;
}

/** Per pupil by level and size band, over the schools with both students and a budget. */
export function sizeBands(schools: readonly SchoolFigures[]): SizeBandRow[] {
  const rows: SizeBandRow[] = [];
  for (const level of LEVELS) {
    for (const band of SIZE_BANDS) {
      const inBand = schools.filter(
        (s) => s.level === level && s.students !== null && s.students > 0 && s.budget !== null && s.perPupil !== null && sizeBand(s.students) === band.label,
      );
      if (inBand.length === 0) continue;
      const students = inBand.reduce((n, s) => n + s.students!, 0);
      const budget = inBand.reduce((n, s) => n + s.budget!, 0);
      rows.push({
        level,
        band: band.label,
        schools: inBand.length,
        students,
        budget,
        perPupil: budget / students,
        medianPerPupil: quantileInc(inBand.map((s) => s.perPupil!).sort((a, b) => a - b), 0.5),
      });
    }
  }
  return rows;
}

export interface NeedSplit {
  level: SchoolLevel;
  /** Schools with per pupil and a need index, split at the level's median need index. */
  higherNeed: number;
  lowerNeed: number;
  higherNeedMedianPerPupil: number;
  lowerNeedMedianPerPupil: number;
  /** (higher − lower) ÷ lower: how much more the higher-need half gets per pupil; negative = less. */
  premium: number;
}

/**
 * Per level, the schools above the median need index against those at or below it, by median per pupil: the seed's
 * "schools with more students in poverty receive slightly more per pupil". The need index is weighted pupils over
 * students (formula.ts), so it counts special education, EL and poverty with the formula's own weights. A level
 * needs four schools with both figures to be split.
 */
export function needSplits(schools: readonly SchoolFigures[], needIndex: readonly (number | null)[]): NeedSplit[] {
  const splits: NeedSplit[] = [];
  for (const level of LEVELS) {
    const known = schools
      .map((s, i) => ({ s, need: needIndex[i] }))
      .filter((x): x is { s: SchoolFigures; need: number } => x.s.level === level && x.need !== null && x.s.perPupil !== null);
    if (known.length < 4) continue;
    const middle = quantileInc(known.map((x) => x.need).sort((a, b) => a - b), 0.5);
    const higher = known.filter((x) => x.need > middle).map((x) => x.s.perPupil!).sort((a, b) => a - b);
    const lower = known.filter((x) => x.need <= middle).map((x) => x.s.perPupil!).sort((a, b) => a - b);
    if (higher.length === 0 || lower.length === 0) continue;
    const h = quantileInc(higher, 0.5);
    const l = quantileInc(lower, 0.5);
    splits.push({ level, higherNeed: higher.length, lowerNeed: lower.length, higherNeedMedianPerPupil: h, lowerNeedMedianPerPupil: l, premium: (h - l) / l });
  }
  return splits;
}
