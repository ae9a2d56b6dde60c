import type { ColumnType, ConditionalRule, FormulaExpr, Report, ReportSheet, ReportTable, ReportValue, SchoolLevel, Thresholds } from '../types';
import { colourKey, groupColours } from '../report/chartColours';
import { cells, fn, num, op, ref } from '../report/formula';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import { validateThresholds } from '../settings/validate';
import { limitReportText } from '../report/cellText';
import { formatMoney, formatPercent } from '../practice/scheduleLevers';
import { round } from '../analyse/stats';
import type { SchoolFigures } from './schoolFigures';
import { MAP_FIGURES, shownValue } from './figures';
import { ranksDescending, spread } from './quartiles';
import { applyFormula, DEFAULT_FORMULA, type FormulaResult, type FormulaSettings } from './formula';
import { formulaInputs, inputId } from './formulaInputs';
import { LEVELS, needShares, needSplits, sizeBands } from './need';

// The Resource Map: the district view of the seed report (Brief #1) as a report the writers already render.
// Sheets: Schools (one row per school, coloured against recommended practice), By level (quartiles), Ranks (within
// level), Money and need, Weighted formula, Core load, Not compared.

/** A school that could not be reviewed, with the reason a reader can act on. */
export interface NotCompared {
  source: string;
  reason: string;
}

export interface MapInput {
  schools: readonly SchoolFigures[];
  notCompared: readonly NotCompared[];
  thresholds?: Thresholds;
  formula?: FormulaSettings;
  /** The formula before the values kept from an earlier map (formulaInputs.ts): the sheet's "Starting value" column. */
  formulaStart?: FormulaSettings;
  /** YYYY-MM-DD, from the caller (the engine has no clock). */
  runDate?: string;
}

export interface DistrictMap {
  report: Report;
  /** The schools in the order of the Schools sheet (by level, then per pupil, highest first). */
  schools: SchoolFigures[];
  formula: FormulaResult;
}

const LEVEL_ORDER: Record<SchoolLevel, number> = { elementary: 0, middle: 1, high: 2 };

/** The schools in the map's order: elementary, middle, high; within a level, highest per pupil first, then by name. */
export function mapOrder(schools: readonly SchoolFigures[]): SchoolFigures[] {
  return [...schools].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (b.perPupil ?? -Infinity) - (a.perPupil ?? -Infinity) ||
      a.name.localeCompare(b.name, 'en') ||
      a.source.localeCompare(b.source, 'en'),
  );
}

export function districtMap(input: MapInput): DistrictMap {
  const thresholds = validateThresholds(input.thresholds ?? DEFAULT_THRESHOLDS);
  const settings = input.formula ?? DEFAULT_FORMULA;
  const schools = mapOrder(input.schools);
  const formula = applyFormula(schools, settings);
  const report = limitReportText({
    sheets: [
      schoolsSheet(schools, input, thresholds),
      byLevelSheet(schools),
      ranksSheet(schools),
      needSheet(schools, formula),
      formulaSheet(schools, formula, settings, input.formulaStart ?? settings),
      coreLoadSheet(schools, thresholds),
      notComparedSheet(input.notCompared),
    ],
    banner: MAP_BANNER,
  });
  return { report, schools, formula };
}

const schoolColumns = [
  { header: 'School', type: 'text' as const, width: 30 },
  { header: 'Level', type: 'text' as const, width: 11 },
];

function schoolsSheet(schools: readonly SchoolFigures[], input: MapInput, thresholds: Thresholds): ReportSheet {
  const counts = LEVELS.map((l) => `${schools.filter((s) => s.level === l).length} ${l}`).join(', ');
  const conditionalFormats: ConditionalRule[] = [];
  MAP_FIGURES.forEach((figure, i) => {
    for (const rule of figure.rules?.(thresholds) ?? []) conditionalFormats.push({ ...rule, column: schoolColumns.length + i });
  });
  return {
    name: 'Schools',
    preamble: [
      'District resource map: each school as its own review measures it',
      `${input.runDate ? `Run ${input.runDate} · ` : ''}${schools.length} schools compared (${counts})` +
        (input.notCompared.length ? `; ${input.notCompared.length} could not be read (see Not compared)` : ''),
      'Coloured against recommended practice (the thresholds of a single review): red far from it, amber to watch.',
      'A blank is a figure the school’s workbook does not give, never a zero. Class sizes and ratios to one decimal, as the Summary shows them.',
    ],
    table: {
      name: 'srr_MapSchools',
      columns: [
        ...schoolColumns,
        ...MAP_FIGURES.map((f) => ({ header: f.header, type: f.type, width: f.width })),
        { header: 'Level from', type: 'text', width: 10 },
        { header: 'Reviewed from', type: 'text', width: 40 },
      ],
      rows: schools.map((s) => [s.name, s.level, ...MAP_FIGURES.map((f) => shownValue(f, f.value(s))), s.levelFrom, s.source]),
      // A level assumed for want of grades is a guess the reader should see (set it in the school's settings).
      conditionalFormats: [...conditionalFormats, { column: schoolColumns.length + MAP_FIGURES.length, operator: 'equal', value: 'assumed', severity: 'warning' }],
      chart: {
        type: 'bar',
        title: `Per pupil by school, highest first within each level (${colourKey(groupColours(schools.map((s) => s.level)))})`,
        categoryColumn: 0,
        valueColumn: schoolColumns.length + MAP_FIGURES.findIndex((f) => f.header === 'Per pupil'),
        place: 'above',
        colourByColumn: 1,
      },
    },
  };
}

function byLevelSheet(schools: readonly SchoolFigures[]): ReportSheet {
  const rows: ReportValue[][] = [];
  const cellTypes: Record<number, Record<number, ColumnType>> = {};
  for (const figure of MAP_FIGURES) {
    for (const level of LEVELS) {
      const ofLevel = schools.filter((s) => s.level === level);
      if (ofLevel.length === 0) continue;
      const s = spread(ofLevel.map(figure.value));
      cellTypes[rows.length] = { 3: figure.type, 4: figure.type, 5: figure.type, 6: figure.type, 7: figure.type };
      const shown = (v: number | undefined) => (v === undefined ? null : shownValue(figure, v));
      rows.push([figure.header, level, s?.count ?? 0, shown(s?.min), shown(s?.lowerQuartile), shown(s?.median), shown(s?.upperQuartile), shown(s?.max)]);
    }
  }
  return {
    name: 'By level',
    preamble: [
      'Every figure of the Schools sheet by level: the seed report’s “elementary $9.0K, middle $7.0K, high $7.6K” view (LAUSD FY06).',
      'Quartiles as Excel’s QUARTILE.INC computes them (linear between the ranked values); schools without the figure are left out of its count.',
    ],
    table: {
      name: 'srr_MapByLevel',
      columns: [
        { header: 'Figure', type: 'text', width: 26 },
        { header: 'Level', type: 'text', width: 11 },
        { header: 'Schools', type: 'integer', width: 8 },
        { header: 'Minimum', type: 'number', width: 12 },
        { header: 'Lower quartile', type: 'number', width: 12 },
        { header: 'Median', type: 'number', width: 12 },
        { header: 'Upper quartile', type: 'number', width: 12 },
        { header: 'Maximum', type: 'number', width: 12 },
      ],
      rows,
      cellTypes,
    },
  };
}

function ranksSheet(schools: readonly SchoolFigures[]): ReportSheet {
  const ranks = MAP_FIGURES.map((figure) => {
    const byIndex = new Map<number, number | null>();
    for (const level of LEVELS) {
      const indices = schools.map((s, i) => (s.level === level ? i : -1)).filter((i) => i >= 0);
      const ranked = ranksDescending(indices.map((i) => figure.value(schools[i])));
      indices.forEach((i, k) => byIndex.set(i, ranked[k]));
    }
    return byIndex;
  });
  return {
    name: 'Ranks',
    preamble: [
      'Each school’s rank among the schools of its level, figure by figure: 1 is the highest value (the most money, the',
      'heaviest load), whether that is good or not; ties share a rank (Excel’s RANK.EQ). A blank: the figure is not in its workbook.',
    ],
    table: {
      name: 'srr_MapRanks',
      columns: [
        ...schoolColumns,
        { header: 'Schools in level', type: 'integer', width: 9 },
        ...MAP_FIGURES.map((f) => ({ header: f.header, type: 'integer' as const, width: f.width })),
      ],
      rows: schools.map((s, i) => [s.name, s.level, schools.filter((o) => o.level === s.level).length, ...ranks.map((r) => r.get(i) ?? null)]),
    },
  };
}

function needSheet(schools: readonly SchoolFigures[], formula: FormulaResult): ReportSheet {
  const needIndex = schools.map((s, i) => (s.students && formula.rows[i].weightedPupils !== null ? formula.rows[i].weightedPupils! / s.students : null));
  // Sorted by need within level, so the chart reads as the seed's graph: does per pupil rise with need?
  const order = schools
    .map((_, i) => i)
    .sort((a, b) => LEVEL_ORDER[schools[a].level] - LEVEL_ORDER[schools[b].level] || (needIndex[a] ?? Infinity) - (needIndex[b] ?? Infinity) || a - b);
  const medianPerWeighted = new Map(
    LEVELS.map((level) => [level, spread(schools.map((s, i) => (s.level === level ? formula.rows[i].perWeightedPupil : null)))?.median ?? null]),
  );
  const splits = needSplits(schools, needIndex);
  const bands = sizeBands(schools);
  return {
    name: 'Money and need',
    preamble: [
      'Does money follow need? Per pupil beside each school’s share of students in special education, learning English and in poverty',
      '(free/reduced lunch), sorted by need within each level. Need index = weighted pupils ÷ students, with the Weighted formula sheet’s weights.',
      'Per weighted pupil is the current budget over weighted pupils: a school well below its level’s median gets less than its needs would say.',
      ...splits.map(
        (s) =>
          `${capital(s.level)}: the ${s.higherNeed} higher-need schools get a median ${formatMoney(s.higherNeedMedianPerPupil)} per pupil, the ` +
          `${s.lowerNeed} lower-need ${formatMoney(s.lowerNeedMedianPerPupil)} (${s.premium >= 0 ? '+' : ''}${formatPercent(s.premium)}).`,
      ),
    ],
    table: {
      name: 'srr_MapNeed',
      columns: [
        ...schoolColumns,
        { header: 'Students', type: 'integer', width: 10 },
        { header: 'Per pupil', type: 'currency', width: 11 },
        { header: 'Special education', type: 'percent', width: 10 },
        { header: 'English learners', type: 'percent', width: 10 },
        { header: 'Free/reduced lunch', type: 'percent', width: 10 },
        { header: 'Need index', type: 'number', width: 9 },
        { header: 'Per weighted pupil', type: 'currency', width: 11 },
        { header: 'Per weighted pupil vs level median', type: 'percent', width: 13 },
      ],
      rows: order.map((i) => {
        const s = schools[i];
        const shares = needShares(s);
        const perWeighted = formula.rows[i].perWeightedPupil;
        const median = medianPerWeighted.get(s.level) ?? null;
        return [
          s.name,
          s.level,
          s.students,
          s.perPupil,
          shares.specialEducation,
          shares.englishLearners,
          shares.lowIncome,
          needIndex[i] === null ? null : round(needIndex[i]!, 3),
          perWeighted,
          perWeighted === null || !median ? null : perWeighted / median - 1,
        ];
      }),
      conditionalFormats: [{ column: 9, operator: 'lessThan', value: -0.1, severity: 'warning' }],
      chart: { type: 'bar', title: 'Per pupil by school, least to most need within each level', categoryColumn: 0, valueColumn: 3, place: 'above' },
    },
    moreTables: [
      {
        title: 'Per pupil by size (the seed: elementary schools under 300 students cost more; 500 to 1,000 made virtually no difference)',
        table: {
          name: 'srr_MapSize',
          columns: [
            { header: 'Level', type: 'text', width: 30 },
            { header: 'Size band', type: 'text', width: 11 },
            { header: 'Schools', type: 'integer', width: 10 },
            { header: 'Students', type: 'integer', width: 11 },
            { header: 'Budget', type: 'currency', width: 14 },
            { header: 'Per pupil (pooled)', type: 'currency', width: 12 },
            { header: 'Median per pupil', type: 'currency', width: 12 },
          ],
          rows: bands.map((b) => [b.level, b.band, b.schools, b.students, b.budget, b.perPupil, b.medianPerPupil]),
        },
      },
    ],
  };
}

/** The Weighted formula sheet's name and its inputs table's headers, by which the next run finds what was typed. */
export const FORMULA_SHEET = 'Weighted formula';
/**
 * Row 1 of each map sheet (report/banner.ts): a map has no Flags and no team notes; what the next comparison keeps is
 * what was typed into the Weighted formula's inputs (files/previousMap.ts reads them back by their ids).
 */
export const MAP_BANNER = `Running the comparison again replaces this sheet; the values typed into the ${FORMULA_SHEET} sheet's inputs are kept.`;
export const FORMULA_VALUE_HEADER = 'Value';
export const FORMULA_START_HEADER = 'Starting value';
export const FORMULA_ID_HEADER = 'Input id';

/** Table names of the Weighted formula sheet, for its formulas' references. */
export const FORMULA_TABLES = { inputs: 'srr_MapFormulaInputs', schools: 'srr_MapFormula', totals: 'srr_MapFormulaTotals' } as const;

/**
 * The weighted student formula as live formulas over input cells, so a district can try its own base and weights in
 * the workbook: the inputs at the top (from the settings), each school's weighted pupils, amount, allocation and
 * difference as formulas over them, and the totals that scale the formula to today's money. Every cell caches the
 * engine's own value (formula.ts), which LibreOffice's recalculation must reproduce (test/compare).
 */
function formulaSheet(schools: readonly SchoolFigures[], formula: FormulaResult, settings: FormulaSettings, start: FormulaSettings): ReportSheet {
  const { inputs: IN, schools: SC, totals: TO } = FORMULA_TABLES;
  const bands = settings.gradeBands;
  // Beside each value, its starting value (the --formula file's or the default) and its id: the next run keeps what
  // was typed by id, and only when it differs from the start (formulaInputs.ts), so rows may move.
  const startOf = new Map(formulaInputs(start).map((i) => [i.id, i.value]));
  const inputs = formulaInputs(settings);
  // Each input's row in the inputs table, by its id (formulaInputs.ts owns their order).
  const rowOf = (id: string) => inputs.findIndex((i) => i.id === id);
  const bandRow = (b: number) => rowOf(inputId.band(bands[b].label));
  const scaleRow = rowOf(inputId.scale);
  const inputRows: ReportValue[][] = inputs.map((i) => [i.label, i.value, startOf.get(i.id) ?? i.value, i.id]);
  const inputTypes: Record<number, Record<number, ColumnType>> = Object.fromEntries(
    inputs.flatMap((i, r) => (i.kind === 'currency' ? [[r, { 1: 'currency', 2: 'currency' }]] : [])),
  );

  const S = 3 + bands.length; // first need-count column
  const col = { sped: S, el: S + 1, frl: S + 2, weighted: S + 3, base: S + 4, amount: S + 5, allocation: S + 6, budget: S + 7, difference: S + 8, locked: S + 9 };
  const formulas: Record<number, Record<number, FormulaExpr>> = {};
  const rows = schools.map((s, i): ReportValue[] => {
    const row = formula.rows[i];
    if (row.formulaAmount !== null) {
      const own = (column: number) => ref(SC, i, column);
      const input = (r: number) => ref(IN, r, 1);
      // Only the counts the school gives are weighed: a missing count has no term (its weight is then 0, or the
      // school has no formula at all; formula.ts), so a blank is never read as zero pupils.
      let weighted: FormulaExpr = own(2);
      bands.forEach((_, b) => (weighted = op(weighted, '+', op(own(3 + b), '*', input(bandRow(b))))));
      for (const [key, column] of [['specialEducation', col.sped], ['englishLearners', col.el], ['lowIncome', col.frl]] as const) {
        if (s.need?.[key] !== null && s.need?.[key] !== undefined) weighted = op(weighted, '+', op(own(column), '*', input(rowOf(inputId.weight(key)))));
      }
      formulas[i] = {
        [col.weighted]: weighted,
        [col.base]: input(rowOf(inputId.base(s.level))),
        [col.amount]: op(own(col.base), '*', own(col.weighted)),
        [col.allocation]: op(own(col.amount), '*', ref(TO, 2, 1)),
        [col.difference]: op(own(col.allocation), '-', own(col.budget)),
      };
    }
    return [
      s.name,
      s.level,
      s.students,
      ...row.bandStudents,
      s.need?.specialEducation ?? null,
      s.need?.englishLearners ?? null,
      s.need?.lowIncome ?? null,
      row.weightedPupils,
      row.formulaAmount === null ? null : settings.basePerPupil[s.level],
      row.formulaAmount,
      row.allocation,
      s.budget,
      row.difference,
      s.lockedDollars,
      row.note,
    ];
  });
  const last = schools.length - 1;
  const totalsFormulas: Record<number, Record<number, FormulaExpr>> =
    schools.length === 0
      ? {}
      : {
          1: { 1: fn('SUM', cells(SC, [0, col.amount], [last, col.amount])) },
          2: { 1: fn('IF', op(ref(IN, scaleRow, 1), '=', num(1)), op(ref(TO, 0, 1), '/', ref(TO, 1, 1)), num(1)) },
          3: { 1: fn('SUM', cells(SC, [0, col.allocation], [last, col.allocation])) },
        };
  const totalAllocated = formula.rows.reduce((n, r) => n + (r.allocation ?? 0), 0);
  return {
    name: FORMULA_SHEET,
    preamble: [
      'What each school would receive under a weighted student formula, beside its current budget and its locked dollars.',
      'Type your own base and weights in the orange cells: every amount below is a live formula over them. The next',
      'compare to this file keeps what you typed; clear a cell, or type its starting value, to follow the --formula file or default.',
      'Weighted pupils = students + pupils in each grade band × its weight + special-education pupils × weight',
      '+ English learners × weight + free/reduced-lunch pupils × weight (a weight of 0.9 counts each such pupil as 1.9).',
      'Amount = the level’s base per pupil × weighted pupils; under the formula = amount × scale (scale 1: today’s money, shared by the formula).',
      'The seed report recommends a weighted student formula but gives no weights: these defaults are the tool’s own',
      'starting points (README, “District resource map”), for the district to set.',
    ],
    table: {
      name: IN,
      columns: [
        { header: 'Input', type: 'text', width: 30 },
        { header: FORMULA_VALUE_HEADER, type: 'number', width: 11, input: true },
        { header: FORMULA_START_HEADER, type: 'number', width: 11 },
        { header: FORMULA_ID_HEADER, type: 'text', width: 30 },
      ],
      rows: inputRows,
      cellTypes: inputTypes,
    },
    moreTables: [
      {
        title: 'Each school under the formula',
        table: {
          name: SC,
          columns: [
            ...schoolColumns,
            { header: 'Students', type: 'integer', width: 10 },
            ...bands.map((b) => ({ header: `Grades ${b.label}`, type: 'integer' as const, width: 9 })),
            { header: 'Special education', type: 'integer', width: 10 },
            { header: 'English learners', type: 'integer', width: 10 },
            { header: 'Free/reduced lunch', type: 'integer', width: 10 },
            { header: 'Weighted pupils', type: 'number', width: 11 },
            { header: 'Base per pupil', type: 'currency', width: 11 },
            { header: 'Formula amount', type: 'currency', width: 14 },
            { header: 'Under the formula', type: 'currency', width: 14 },
            { header: 'Current budget', type: 'currency', width: 14 },
            { header: 'Difference', type: 'currency', width: 13 },
            { header: 'Locked today', type: 'currency', width: 13 },
            { header: 'Note', type: 'text', width: 36, wrap: true },
          ],
          rows,
          formulas,
          conditionalFormats: [{ column: col.difference, operator: 'lessThan', value: 0, severity: 'info' }],
        },
      },
      {
        title: 'Totals',
        table: {
          name: TO,
          columns: [
            { header: 'Total', type: 'text', width: 40 },
            { header: 'Value', type: 'number', width: 14 },
          ],
          rows: [
            ['Current budgets of the schools under the formula', formula.currentTotal],
            ['Formula amounts before scaling', formula.formulaTotal],
            ['Scale', formula.scale],
            ['Total under the formula', totalAllocated],
          ],
          cellTypes: { 0: { 1: 'currency' }, 1: { 1: 'currency' }, 3: { 1: 'currency' } },
          formulas: totalsFormulas,
        },
      },
    ],
  };
}

function coreLoadSheet(schools: readonly SchoolFigures[], thresholds: Thresholds): ReportSheet {
  const secondary = schools.filter((s) => s.level !== 'elementary');
  const rules: ConditionalRule[] = [2, 3].flatMap((column) => [
    { column, operator: 'greaterThanOrEqual' as const, value: thresholds.coreLoadCritical, severity: 'critical' as const },
    { column, operator: 'greaterThan' as const, value: thresholds.coreLoadWarn, severity: 'warning' as const },
  ]);
  return {
    name: 'Core load',
    preamble: [
      'Core teachers’ student load in the middle and high schools (an elementary homeroom teacher’s load is the class).',
      `Recommended ${thresholds.coreLoadWarn} or fewer (NCTE); ${thresholds.coreLoadCritical} or more makes individual attention “nearly impossible” (ERS).`,
    ],
    table: {
      name: 'srr_MapCoreLoad',
      columns: [...schoolColumns, { header: 'Median core load', type: 'integer', width: 11 }, { header: 'Highest core load', type: 'integer', width: 11 }],
      rows: secondary.map((s) => [s.name, s.level, s.medianCoreLoad, s.highestCoreLoad]),
      conditionalFormats: rules,
      chart: { type: 'bar', title: 'Median core teacher load by school', categoryColumn: 0, valueColumn: 2, place: 'above' },
    },
  };
}

function notComparedSheet(notCompared: readonly NotCompared[]): ReportSheet {
  const table: ReportTable = {
    name: 'srr_MapNotCompared',
    columns: [
      { header: 'Input', type: 'text', width: 50 },
      { header: 'Why it is not on the map', type: 'text', width: 90, wrap: true },
    ],
    rows: notCompared.map((n) => [n.source, n.reason]),
  };
  return {
    name: 'Not compared',
    preamble: [
      notCompared.length
        ? `${notCompared.length === 1 ? '1 input' : `${notCompared.length} inputs`} could not be reviewed; the rest are on the map.`
        : 'Every input was reviewed and is on the map.',
    ],
    table,
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
