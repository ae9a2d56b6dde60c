import type { ColumnType, FormulaExpr, Thresholds } from '../types';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import { WATCH_BAND } from '../practice/keyFigureStatus';
import { fn, num, op, word } from '../report/formula';
import { formatMoney } from '../practice/scheduleLevers';
import type { WhatIfFigureId, WhatIfLeverId, WhatIfPractice, WhatIfResultId } from './types';

// The one owner of the What If arithmetic: each result is a formula tree over the levers' input cells and the
// baseline's cells. The sheet writes these trees, the option sets write them once per set, and the engine
// evaluates the same trees (evaluate.ts), so Excel and the engine cannot disagree about a lever.

/** Where a formula finds its inputs: the levers' cells, the baseline's cells and the other results' cells. */
export interface WhatIfCells {
  input(id: WhatIfLeverId): FormulaExpr;
  figure(id: WhatIfFigureId): FormulaExpr;
  result(id: WhatIfResultId): FormulaExpr;
}

export interface ResultDefinition {
  id: WhatIfResultId;
  label: string;
  unit: ColumnType;
  /** Levers the result is made of: it is left out when the review has no finding for one of them. */
  levers: WhatIfLeverId[];
  /** Baseline figures it needs: when one is not in this workbook (or a divisor is 0) the result is not computed. */
  figures: WhatIfFigureId[];
  /** Figures it divides by, which must be more than 0. */
  divisors?: WhatIfFigureId[];
  value(cells: WhatIfCells): FormulaExpr;
  /** How it is computed, in words, beside it on the sheet. */
  how: string;
  recommended?(practice: WhatIfPractice): string;
  /** The status word, by formula, from the value's cell (and the inputs). */
  status?(value: FormulaExpr, cells: WhatIfCells, practice: WhatIfPractice): FormulaExpr;
  /** Whether it counts in the net effect as new money (cost, negative when money is released) or as money freed. */
  money?: 'cost' | 'freed';
}

/** The numbers the statuses compare with, from the run's thresholds (the recommended defaults when none given). */
export function practiceOf(thresholds: Thresholds = DEFAULT_THRESHOLDS): WhatIfPractice {
  return {
    coreLoadWarn: thresholds.coreLoadWarn,
    coreLoadCritical: thresholds.coreLoadCritical,
    studentsPerCounselorMax: thresholds.studentsPerCounselorMax,
    spedStudentsPerAideMin: thresholds.spedStudentsPerAideMin,
    collaborationBlockMinutes: thresholds.collaborationBlockMinutes,
    watchBand: WATCH_BAND,
  };
}

const times = (a: FormulaExpr, b: FormulaExpr) => op(a, '*', b);
/**
 * Rounded as the sheet shows it, so a status and the results built on a figure use what the reader sees: FTE to the
 * hundredth (as the Flags' levers price FTE), loads to the student, ratios to a tenth.
 */
const rounded = (value: FormulaExpr, digits: number) => fn('ROUND', value, num(digits));
const over = (a: FormulaExpr, b: FormulaExpr) => op(a, '/', b);
const minus = (a: FormulaExpr, b: FormulaExpr) => op(a, '-', b);

/** meets at or below the recommended maximum, watch below the far line, else far from (the Summary's bands). */
function atMost(value: FormulaExpr, recommended: number, far: number): FormulaExpr {
  return fn('IF', op(value, '<=', num(recommended)), word('meets'), fn('IF', op(value, '<', num(far)), word('watch'), word('far from')));
}

/** meets at or above the recommended minimum, watch within the band below it, else far from. */
function atLeast(value: FormulaExpr, recommended: number, watchFrom: number): FormulaExpr {
  return fn('IF', op(value, '>=', num(recommended)), word('meets'), fn('IF', op(value, '>=', num(watchFrom)), word('watch'), word('far from')));
}

/** Core teacher FTE for a class size and sections per teacher: seats ÷ class size ÷ sections, to the hundredth. */
function coreFte(c: WhatIfCells, classSize: FormulaExpr, sections: FormulaExpr): FormulaExpr {
  return rounded(over(over(c.figure('coreSeats'), classSize), sections), 2);
}

/** A load scaled by the class size and the sections tried, against today's: a teacher's load is classes × class size. */
function scaledLoad(load: WhatIfFigureId, c: WhatIfCells): FormulaExpr {
  return times(times(c.figure(load), over(c.input('coreClassSize'), c.figure('coreClassSize'))), over(c.input('sectionsPerCoreTeacher'), c.figure('sectionsPerTeacher')));
}

/** Students per position as typed, to a tenth; "" when the FTE typed is 0 (no ratio), never a division error. */
function perPosition(students: WhatIfFigureId, lever: WhatIfLeverId, c: WhatIfCells): FormulaExpr {
  return fn('IF', op(c.input(lever), '>', num(0)), rounded(over(c.figure(students), c.input(lever)), 1), word(''));
}

/** What a change of a position's FTE costs at the position's own cost in this budget (its dollars / its FTE). */
function positionCost(lever: WhatIfLeverId, fte: WhatIfFigureId, dollars: WhatIfFigureId, c: WhatIfCells): FormulaExpr {
  return times(minus(c.input(lever), c.figure(fte)), over(c.figure(dollars), c.figure(fte)));
}

const CORE = ['coreClassSize', 'sectionsPerCoreTeacher'] as WhatIfLeverId[];
const COVER = ['teamsCovered', 'alignedSchedule'] as WhatIfLeverId[];

export const RESULT_DEFINITIONS: readonly ResultDefinition[] = [
  {
    id: 'coreTeacherFte',
    label: 'Core teacher FTE needed',
    how: 'Seats in core sections ÷ class size ÷ sections per teacher.',
    unit: 'number',
    levers: CORE,
    figures: ['coreSeats'],
    value: (c) => coreFte(c, c.input('coreClassSize'), c.input('sectionsPerCoreTeacher')),
  },
  {
    id: 'coreTeacherFteChange',
    label: 'Change in core teacher FTE',
    how: "Against the same at today's class size and sections per teacher, so today's values change nothing.",
    unit: 'number',
    levers: CORE,
    figures: ['coreSeats', 'coreClassSize', 'sectionsPerTeacher'],
    divisors: ['coreClassSize', 'sectionsPerTeacher'],
    value: (c) => minus(c.result('coreTeacherFte'), coreFte(c, c.figure('coreClassSize'), c.figure('sectionsPerTeacher'))),
  },
  {
    id: 'coreCost',
    label: 'Core teachers: cost (below 0: freed)',
    how: "The change in FTE × this budget's average teacher cost.",
    unit: 'currency',
    levers: CORE,
    figures: ['coreSeats', 'coreClassSize', 'sectionsPerTeacher', 'averageTeacherCost'],
    divisors: ['coreClassSize', 'sectionsPerTeacher'],
    value: (c) => times(c.result('coreTeacherFteChange'), c.figure('averageTeacherCost')),
    money: 'cost',
  },
  {
    id: 'medianCoreLoad',
    label: 'Median core teacher load',
    how: "Today's median × the class size and the sections per teacher against today's: a load is classes × class size.",
    unit: 'integer',
    levers: CORE,
    figures: ['medianCoreLoad', 'coreClassSize', 'sectionsPerTeacher'],
    divisors: ['coreClassSize', 'sectionsPerTeacher'],
    value: (c) => rounded(scaledLoad('medianCoreLoad', c), 0),
    recommended: (p) => `${p.coreLoadWarn} or fewer`,
    status: (v, _c, p) => atMost(v, p.coreLoadWarn, p.coreLoadCritical),
  },
  {
    id: 'highestCoreLoad',
    label: 'Highest core teacher load',
    how: "Today's highest, scaled the same way.",
    unit: 'integer',
    levers: CORE,
    figures: ['highestCoreLoad', 'coreClassSize', 'sectionsPerTeacher'],
    divisors: ['coreClassSize', 'sectionsPerTeacher'],
    value: (c) => rounded(scaledLoad('highestCoreLoad', c), 0),
    recommended: (p) => `${p.coreLoadWarn} or fewer`,
    status: (v, _c, p) => atMost(v, p.coreLoadWarn, p.coreLoadCritical),
  },
  {
    id: 'coverCost',
    label: 'Cover for the weekly block: cost',
    how:
      "Teams covered, first those no schedule change serves at the average share of the Flags' cover for them, then those a " +
      'schedule change could serve at the average share of the rest of the cover for all.',
    unit: 'currency',
    levers: COVER,
    figures: ['coverCost', 'teamsWithoutBlock', 'teamsServedAtNoCost', 'coverForTheRest'],
    divisors: ['teamsWithoutBlock'],
    value: (c) => {
      // Without a no-cost option (served 0) this is teams covered × the average share of the cover for all of them.
      const served = c.figure('teamsServedAtNoCost');
      const rest = minus(c.figure('teamsWithoutBlock'), served);
      const covered = c.input('teamsCovered');
      const restCost = times(fn('MIN', covered, rest), fn('IF', op(rest, '>', num(0)), over(c.figure('coverForTheRest'), rest), num(0)));
      const servedCost = times(
        fn('MIN', fn('MAX', minus(covered, rest), num(0)), served),
        fn('IF', op(served, '>', num(0)), over(minus(c.figure('coverCost'), c.figure('coverForTheRest')), served), num(0)),
      );
      return op(restCost, '+', servedCost);
    },
    money: 'cost',
  },
  {
    id: 'teamsWithoutBlock',
    label: 'Teams still without a weekly block',
    how: 'Teams without one today, less those covered and those given one by the schedule.',
    unit: 'integer',
    levers: COVER,
    figures: ['teamsWithoutBlock'],
    value: (c) => fn('MAX', num(0), minus(minus(c.figure('teamsWithoutBlock'), c.input('teamsCovered')), c.input('alignedSchedule'))),
    recommended: () => '0',
    status: (v, c) => fn('IF', op(v, '<=', num(0)), word('meets'), fn('IF', op(v, '<', c.figure('teamsWithoutBlock')), word('watch'), word('far from'))),
  },
  {
    id: 'studentsPerCounselor',
    label: 'Students per counselor',
    how: 'Students ÷ counselor FTE.',
    unit: 'number',
    levers: ['counselorFte'],
    figures: ['students'],
    value: (c) => perPosition('students', 'counselorFte', c),
    recommended: (p) => `${p.studentsPerCounselorMax} or fewer`,
    status: (v, c, p) =>
      fn('IF', op(c.input('counselorFte'), '<=', num(0)), word('far from'), atMost(v, p.studentsPerCounselorMax, p.studentsPerCounselorMax * (1 + p.watchBand))),
  },
  {
    id: 'counselorCost',
    label: 'Counselors: cost (below 0: freed)',
    how: "The change in FTE × this budget's cost per counselor (counselors' cost ÷ their FTE).",
    unit: 'currency',
    levers: ['counselorFte'],
    figures: ['counselorFte', 'counselorCost'],
    divisors: ['counselorFte'],
    value: (c) => positionCost('counselorFte', 'counselorFte', 'counselorCost', c),
    money: 'cost',
  },
  {
    id: 'spedStudentsPerAide',
    label: 'Special-education students per aide',
    how: 'Special-education students ÷ aide FTE.',
    unit: 'number',
    levers: ['aideFte'],
    figures: ['spedStudents'],
    value: (c) => perPosition('spedStudents', 'aideFte', c),
    recommended: (p) => `${p.spedStudentsPerAideMin} or more`,
    status: (v, c, p) =>
      fn('IF', op(c.input('aideFte'), '<=', num(0)), word(''), atLeast(v, p.spedStudentsPerAideMin, p.spedStudentsPerAideMin * (1 - p.watchBand))),
  },
  {
    id: 'aideCost',
    label: 'Special-education aides: cost (below 0: freed)',
    how: "The change in FTE × this budget's cost per aide; freed money stays in special education.",
    unit: 'currency',
    levers: ['aideFte'],
    figures: ['aideFte', 'aideCost'],
    divisors: ['aideFte'],
    value: (c) => positionCost('aideFte', 'aideFte', 'aideCost', c),
    money: 'cost',
  },
  {
    id: 'coachPerTeacher',
    label: 'Coaching per teacher FTE',
    how: "Coach FTE × this budget's cost per coach ÷ teacher FTE.",
    unit: 'currency',
    levers: ['coachFte'],
    figures: ['coachFte', 'coachCost', 'teacherFte'],
    divisors: ['coachFte', 'teacherFte'],
    value: (c) => over(times(c.input('coachFte'), over(c.figure('coachCost'), c.figure('coachFte'))), c.figure('teacherFte')),
  },
  {
    id: 'coachCost',
    label: 'Coaches: cost (below 0: freed)',
    how: "The change in FTE × this budget's cost per coach.",
    unit: 'currency',
    levers: ['coachFte'],
    figures: ['coachFte', 'coachCost'],
    divisors: ['coachFte'],
    value: (c) => positionCost('coachFte', 'coachFte', 'coachCost', c),
    money: 'cost',
  },
  {
    id: 'pdPerTeacher',
    label: 'PD per teacher FTE (PD lines)',
    how: 'PD dollars ÷ teacher FTE.',
    unit: 'currency',
    levers: ['pdDollars'],
    figures: ['teacherFte'],
    divisors: ['teacherFte'],
    value: (c) => over(c.input('pdDollars'), c.figure('teacherFte')),
  },
  {
    id: 'pdCost',
    label: 'PD: cost (below 0: freed)',
    how: 'PD dollars less the PD lines today.',
    unit: 'currency',
    levers: ['pdDollars'],
    figures: ['pdDollars'],
    value: (c) => minus(c.input('pdDollars'), c.figure('pdDollars')),
    money: 'cost',
  },
  {
    id: 'lockedFreed',
    label: 'Locked money redirected: money freed',
    how: 'The dollars typed, up to the locked money in compliance positions.',
    unit: 'currency',
    levers: ['lockedRedirected'],
    figures: ['lockedCompliance'],
    value: (c) => fn('MAX', num(0), fn('MIN', c.input('lockedRedirected'), c.figure('lockedCompliance'))),
    money: 'freed',
  },
  {
    id: 'mergedFreed',
    label: 'Small sections merged: money freed',
    how: "Sections merged ÷ sections a full-time teacher teaches × this budget's average teacher cost.",
    unit: 'currency',
    levers: ['sectionsMerged'],
    figures: ['sectionsPerTeacher', 'averageTeacherCost'],
    divisors: ['sectionsPerTeacher'],
    value: (c) => times(over(fn('MAX', num(0), c.input('sectionsMerged')), c.figure('sectionsPerTeacher')), c.figure('averageTeacherCost')),
    money: 'freed',
  },
];

/** The net effect: new money less money freed, over the results that count money and can be priced. */
export function netCostFormula(money: readonly ResultDefinition[], cells: WhatIfCells): FormulaExpr {
  let total: FormulaExpr = num(0);
  for (const d of money) total = d.money === 'freed' ? minus(total, cells.result(d.id)) : op(total, '+', cells.result(d.id));
  return total;
}

export const NET_COST_LABEL = 'Net effect: new money less money freed';
/**
 * How the net effect is made, naming the money results this workbook cannot price (a figure missing, a divisor of 0):
 * they are not in the sum, and a reader must not take the sum for the whole.
 */
export function netCostHow(leftOut: readonly string[]): string {
  const how = 'Every cost above less every sum freed.';
  return leftOut.length ? `${how} Left out, as this workbook cannot price them: ${leftOut.join('; ')}.` : how;
}
export const DISCRETIONARY_LEFT_LABEL = 'Site-discretionary dollars left';
export const DISCRETIONARY_LEFT_HOW = 'Site-discretionary dollars less the net effect.';

export function netCostStatus(value: FormulaExpr, cells: WhatIfCells): FormulaExpr {
  return fn('IF', op(value, '<=', num(0)), word('meets'), fn('IF', op(value, '<=', cells.figure('discretionaryDollars')), word('watch'), word('far from')));
}

export function netCostRecommended(discretionary: number | null): string {
  return discretionary === null ? 'within the money the school can direct' : `within ${formatMoney(discretionary)} (site-discretionary)`;
}
