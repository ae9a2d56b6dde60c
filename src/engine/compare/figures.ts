import type { ColumnType, ConditionalRule, Thresholds } from '../types';
import type { SchoolFigures } from './schoolFigures';

// The figures the district map compares, defined once: the Schools sheet's columns, the By level sheet's rows and
// the Ranks sheet all follow this list, so a figure cannot be shown under one name and summarised under another.

export interface MapFigure {
  header: string;
  type: ColumnType;
  width: number;
  value: (school: SchoolFigures) => number | null;
  /** Decimals a ratio is shown to (the Summary shows class sizes to one); undefined = the column's format shows it. */
  decimals?: number;
  /**
   * The colours against recommended practice (BRIEF.md's defaults, as the user's thresholds set them), for the
   * column; none for a figure with a reference point rather than a recommendation (per pupil, locked share).
   */
  rules?: (t: Thresholds) => Omit<ConditionalRule, 'column'>[];
}

/** A core load at or above the critical line is critical, above the recommended one a warning (the Summary's bands). */
const coreLoadRules = (t: Thresholds): Omit<ConditionalRule, 'column'>[] => [
  { operator: 'greaterThanOrEqual', value: t.coreLoadCritical, severity: 'critical' },
  { operator: 'greaterThan', value: t.coreLoadWarn, severity: 'warning' },
];

export const MAP_FIGURES: readonly MapFigure[] = [
  { header: 'Students', type: 'integer', width: 10, value: (s) => s.students },
  { header: 'Budget', type: 'currency', width: 14, value: (s) => s.budget },
  { header: 'Per pupil', type: 'currency', width: 11, value: (s) => s.perPupil },
  { header: 'Locked share', type: 'percent', width: 10, value: (s) => s.lockedShare },
  {
    header: 'Median core load',
    type: 'integer',
    width: 11,
    value: (s) => s.medianCoreLoad,
    rules: coreLoadRules,
  },
  {
    header: 'Highest core load',
    type: 'integer',
    width: 11,
    value: (s) => s.highestCoreLoad,
    rules: coreLoadRules,
  },
  {
    header: 'ELA + math share',
    type: 'percent',
    width: 10,
    value: (s) => s.elaMathShare,
    rules: (t) => [{ operator: 'lessThanOrEqual', value: t.secondaryCoreShareMin, severity: 'critical' }],
  },
  {
    header: 'Teams with a 90-min block',
    type: 'integer',
    width: 11,
    value: (s) => s.teamsWith90MinuteBlock,
    rules: () => [{ operator: 'equal', value: 0, severity: 'critical' }],
  },
  { header: 'Teams judged', type: 'integer', width: 9, value: (s) => s.teamsJudged },
  { header: 'Average class size', type: 'number', width: 10, value: (s) => s.averageClassSize, decimals: 1 },
  {
    header: 'K-3 class size',
    type: 'number',
    width: 9,
    value: (s) => s.k3ClassSize,
    decimals: 1,
    rules: (t) => [{ operator: 'greaterThan', value: t.k3ClassSizeMax, severity: 'warning' }],
  },
  {
    header: 'Sped students per aide',
    type: 'number',
    width: 10,
    value: (s) => s.spedStudentsPerAide,
    decimals: 1,
    rules: (t) => [{ operator: 'lessThan', value: t.spedStudentsPerAideMin, severity: 'warning' }],
  },
  {
    header: 'Students per counselor',
    type: 'number',
    width: 11,
    value: (s) => s.studentsPerCounselor,
    decimals: 1,
    rules: (t) => [{ operator: 'greaterThan', value: t.studentsPerCounselorMax, severity: 'warning' }],
  },
  { header: 'PD $ per teacher', type: 'currency', width: 11, value: (s) => s.pdPerTeacher },
  { header: 'Coach $ per teacher', type: 'currency', width: 11, value: (s) => s.coachPerTeacher },
  {
    header: 'New teachers share',
    type: 'percent',
    width: 10,
    value: (s) => s.newTeacherShare,
    rules: (t) => [{ operator: 'greaterThan', value: t.newTeacherShareMax, severity: 'warning' }],
  },
  {
    header: 'Critical flags',
    type: 'integer',
    width: 9,
    value: (s) => s.flags.critical,
    rules: () => [{ operator: 'greaterThan', value: 0, severity: 'critical' }],
  },
  { header: 'Warning flags', type: 'integer', width: 9, value: (s) => s.flags.warning },
  { header: 'Info flags', type: 'integer', width: 8, value: (s) => s.flags.info },
];

/** The value as the map shows it: a ratio to its decimals (the cell then holds what it shows), anything else as is. */
export function shownValue(figure: MapFigure, value: number | null): number | null {
  if (value === null || figure.decimals === undefined) return value;
  const f = 10 ** figure.decimals;
  return Math.round(value * f) / f;
}
