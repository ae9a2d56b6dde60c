import type { ColumnType, FormulaExpr } from '../types';
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
  recommended?(practice: WhatIfPractice): string;
  /** The status word, by formula, from the value's cell (and the inputs). */
  status?(value: FormulaExpr, cells: WhatIfCells, practice: WhatIfPractice): FormulaExpr;
  /** Whether it counts in the net effect as new money (cost, negative when money is released) or as money freed. */
  money?: 'cost' | 'freed';
}

const times = (a: FormulaExpr, b: FormulaExpr) => op(a, '*', b);
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

/** A load scaled by the class size and the sections tried, against today's: a teacher's load is classes × class size. */
function scaledLoad(load: WhatIfFigureId, c: WhatIfCells): FormulaExpr {
  return times(times(c.figure(load), over(c.input('coreClassSize'), c.figure('coreClassSize'))), over(c.input('sectionsPerCoreTeacher'), c.figure('sectionsPerTeacher')));
}

/** Students per position as typed; "" when the FTE typed is 0 (no ratio), never a division error in the sheet. */
function perPosition(students: WhatIfFigureId, lever: WhatIfLeverId, c: WhatIfCells): FormulaExpr {
  return fn('IF', op(c.input(lever), '>', num(0)), over(c.figure(students), c.input(lever)), word(''));
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
    label: 'Core teacher FTE needed (core seats ÷ class size ÷ sections per teacher)',
    unit: 'number',
    levers: CORE,
    figures: ['coreSeats'],
    value: (c) => over(over(c.figure('coreSeats'), c.input('coreClassSize')), c.input('sectionsPerCoreTeacher')),
  },
  {
    id: 'coreTeacherFteChange',
    label: 'Change in core teacher FTE (against core sections ÷ sections per teacher today)',
    unit: 'number',
    levers: CORE,
    figures: ['coreSeats', 'coreSections', 'sectionsPerTeacher'],
    divisors: ['sectionsPerTeacher'],
    value: (c) => minus(c.result('coreTeacherFte'), over(c.figure('coreSections'), c.figure('sectionsPerTeacher'))),
  },
  {
    id: 'coreCost',
    label: "Core staffing: cost (or money freed, below 0) at this budget's average teacher cost",
    unit: 'currency',
    levers: CORE,
    figures: ['coreSeats', 'coreSections', 'sectionsPerTeacher', 'averageTeacherCost'],
    divisors: ['sectionsPerTeacher'],
    value: (c) => times(c.result('coreTeacherFteChange'), c.figure('averageTeacherCost')),
    money: 'cost',
  },
  {
    id: 'medianCoreLoad',
    label: 'Median core teacher load',
    unit: 'integer',
    levers: CORE,
    figures: ['medianCoreLoad', 'coreClassSize', 'sectionsPerTeacher'],
    divisors: ['coreClassSize', 'sectionsPerTeacher'],
    value: (c) => scaledLoad('medianCoreLoad', c),
    recommended: (p) => `${p.coreLoadWarn} or fewer`,
    status: (v, _c, p) => atMost(v, p.coreLoadWarn, p.coreLoadCritical),
  },
  {
    id: 'highestCoreLoad',
    label: 'Highest core teacher load',
    unit: 'integer',
    levers: CORE,
    figures: ['highestCoreLoad', 'coreClassSize', 'sectionsPerTeacher'],
    divisors: ['coreClassSize', 'sectionsPerTeacher'],
    value: (c) => scaledLoad('highestCoreLoad', c),
    recommended: (p) => `${p.coreLoadWarn} or fewer`,
    status: (v, _c, p) => atMost(v, p.coreLoadWarn, p.coreLoadCritical),
  },
  {
    id: 'coverCost',
    label: "Cover for the teams' weekly block: cost (each team at the average team's share)",
    unit: 'currency',
    levers: COVER,
    figures: ['coverCost', 'teamsWithoutBlock'],
    divisors: ['teamsWithoutBlock'],
    value: (c) => times(fn('MIN', c.input('teamsCovered'), c.figure('teamsWithoutBlock')), over(c.figure('coverCost'), c.figure('teamsWithoutBlock'))),
    money: 'cost',
  },
  {
    id: 'teamsWithoutBlock',
    label: 'Teams still without a weekly common block',
    unit: 'integer',
    levers: COVER,
    figures: ['teamsWithoutBlock'],
    value: (c) => fn('MAX', num(0), minus(minus(c.figure('teamsWithoutBlock'), c.input('teamsCovered')), c.input('alignedSchedule'))),
    recommended: (p) => `0 (one ${p.collaborationBlockMinutes}-minute block a week for every team)`,
    status: (v, c) => fn('IF', op(v, '<=', num(0)), word('meets'), fn('IF', op(v, '<', c.figure('teamsWithoutBlock')), word('watch'), word('far from'))),
  },
  {
    id: 'studentsPerCounselor',
    label: 'Students per counselor',
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
    label: "Counselors: cost (or money freed, below 0) at this budget's cost per counselor",
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
    label: "Special-education aides: cost (or money freed, below 0) at this budget's cost per aide",
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
    unit: 'currency',
    levers: ['coachFte'],
    figures: ['coachFte', 'coachCost', 'teacherFte'],
    divisors: ['coachFte', 'teacherFte'],
    value: (c) => over(times(c.input('coachFte'), over(c.figure('coachCost'), c.figure('coachFte'))), c.figure('teacherFte')),
  },
  {
    id: 'coachCost',
    label: "Coaches: cost (or money freed, below 0) at this budget's cost per coach",
    unit: 'currency',
    levers: ['coachFte'],
    figures: ['coachFte', 'coachCost'],
    divisors: ['coachFte'],
    value: (c) => positionCost('coachFte', 'coachFte', 'coachCost', c),
    money: 'cost',
  },
  {
    id: 'pdPerTeacher',
    label: 'PD dollars per teacher FTE (PD lines)',
    unit: 'currency',
    levers: ['pdDollars'],
    figures: ['teacherFte'],
    divisors: ['teacherFte'],
    value: (c) => over(c.input('pdDollars'), c.figure('teacherFte')),
  },
  {
    id: 'pdCost',
    label: 'PD: cost (or money freed, below 0) against the PD lines today',
    unit: 'currency',
    levers: ['pdDollars'],
    figures: ['pdDollars'],
    value: (c) => minus(c.input('pdDollars'), c.figure('pdDollars')),
    money: 'cost',
  },
  {
    id: 'lockedFreed',
    label: 'Locked money redirected to teaching, within its rules: money freed',
    unit: 'currency',
    levers: ['lockedRedirected'],
    figures: ['lockedCompliance'],
    value: (c) => fn('MAX', num(0), fn('MIN', c.input('lockedRedirected'), c.figure('lockedCompliance'))),
    money: 'freed',
  },
  {
    id: 'mergedFreed',
    label: "Small sections merged: money freed at this budget's cost per section",
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

export const NET_COST_LABEL = 'Net effect on the budget: new money less money freed';
export const DISCRETIONARY_LEFT_LABEL = 'Site-discretionary dollars left after the net effect';

export function netCostStatus(value: FormulaExpr, cells: WhatIfCells): FormulaExpr {
  return fn('IF', op(value, '<=', num(0)), word('meets'), fn('IF', op(value, '<=', cells.figure('discretionaryDollars')), word('watch'), word('far from')));
}

export function netCostRecommended(discretionary: number | null): string {
  return discretionary === null ? 'within the money the school can direct' : `within the site-discretionary ${formatMoney(discretionary)}`;
}
