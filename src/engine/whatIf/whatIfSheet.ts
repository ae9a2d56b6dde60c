import type { ColumnType, FormulaExpr, ReportSheet, ReportValue } from '../types';
import { evaluateReportFormulas, op, ref } from '../report/formula';
import { colourByWord } from '../report/highlight';
import { NOT_IN_WORKBOOK } from '../report/unknown';
import {
  DISCRETIONARY_LEFT_HOW,
  DISCRETIONARY_LEFT_LABEL,
  netCostHow,
  NET_COST_LABEL,
  RESULT_DEFINITIONS,
  netCostFormula,
  netCostRecommended,
  netCostStatus,
  practiceOf,
  type ResultDefinition,
  type WhatIfCells,
} from './resultFormulas';
import type { WhatIf, WhatIfFigureId, WhatIfMoneySense, WhatIfResultId } from './types';

// The What If sheet: the levers as input cells (main table, keyed by its first column, the lever's id, so a re-run
// keeps what the principal typed), the results as formulas over them, the option sets side by side, and the baseline
// they all stand on. Every table starts with the same small grey id column, since a sheet's columns share their
// widths: then every label reads in column B and every figure in column C or after.

export const WHAT_IF_SHEET = 'What If';
const LEVERS_TABLE = 'srr_WhatIf';
export const RESULTS_TABLE = 'srr_WhatIfResults';
const OPTIONS_TABLE = 'srr_WhatIfOptions';
const BASELINE_TABLE = 'srr_WhatIfBaseline';
/** The id column (first, small and grey) of every table: in the levers table it keys the principal's inputs. */
export const LEVER_ID_HEADER = 'Id';
/** The header of the principal's input column: with "Id", it finds the levers table in an earlier output. */
export const INPUT_HEADER = 'Your value';
/** The header of the start values beside the inputs: an input equal to it was left as the review set it. */
export const START_HEADER = 'Meets practice at';
/** Zero-based columns of the levers table. */
export const LEVER_ID_COLUMN = 0;
export const INPUT_COLUMN = 3;
/** Zero-based columns of the results table (and the baseline's value column). */
export const VALUE_COLUMN = 2;
export const STATUS_COLUMN = 4;
const ID_COLUMN = { header: LEVER_ID_HEADER, type: 'text', width: 15, muted: true } as const;
// The columns every table shares (the sheet's columns share their widths): a wrapping label in B, figures from C.
const labelColumn = (header: string) => ({ header, type: 'text', width: 36, wrap: true }) as const;
const figureColumn = (header: string) => ({ header, type: 'number', width: 13 }) as const;
const explanationColumn = (header: string) => ({ header, type: 'text', width: 58, wrap: true }) as const;

/** A result as the sheet writes it: its formula, or null when a figure it needs is not in this workbook. */
export interface PlannedResult {
  id: WhatIfResultId;
  label: string;
  how: string;
  unit: ColumnType;
  formula: ((cells: WhatIfCells) => FormulaExpr) | null;
  status?: (value: FormulaExpr, cells: WhatIfCells) => FormulaExpr;
  recommended?: string;
  sense?: WhatIfMoneySense;
}

/** The results this review can show, in order: each lever's, then the net effect over those that count money. */
export function plannedResults(whatIf: WhatIf): PlannedResult[] {
  const levers = new Set(whatIf.levers.map((l) => l.id));
  const practice = whatIf.practice ?? practiceOf();
  const known = new Map(whatIf.baseline.map((f) => [f.id, f.value]));
  const isKnown = (id: WhatIfFigureId) => known.get(id) !== null && known.get(id) !== undefined;
  const isPositive = (id: WhatIfFigureId) => (known.get(id) ?? 0) > 0;
  const priced = (d: ResultDefinition) => d.figures.every(isKnown) && (d.divisors ?? []).every(isPositive);
  const shown = RESULT_DEFINITIONS.filter((d) => d.levers.every((l) => levers.has(l)));
  const planned: PlannedResult[] = shown.map((d) => ({
    id: d.id,
    label: d.label,
    how: d.how,
    unit: d.unit,
    formula: priced(d) ? d.value : null,
    ...(d.money ? { sense: d.money } : {}),
    ...(d.status ? { status: (v: FormulaExpr, c: WhatIfCells) => d.status!(v, c, practice) } : {}),
    // A result a missing figure keeps from being computed says so where its recommended value would be.
    ...(d.recommended ? { recommended: d.recommended(practice) } : priced(d) ? {} : { recommended: NOT_IN_WORKBOOK }),
  }));
  const money = shown.filter((d) => d.money && priced(d));
  const unpriced = shown.filter((d) => d.money && !priced(d)).map((d) => d.label);
  if (money.length > 0) {
    const discretionary = known.get('discretionaryDollars') ?? null;
    planned.push({
      id: 'netCost',
      label: NET_COST_LABEL,
      how: netCostHow(unpriced),
      unit: 'currency',
      formula: (c) => netCostFormula(money, c),
      sense: 'cost',
      recommended: netCostRecommended(discretionary),
      ...(discretionary === null ? {} : { status: netCostStatus }),
    });
    if (discretionary !== null) {
      planned.push({
        id: 'discretionaryLeft',
        label: DISCRETIONARY_LEFT_LABEL,
        how: DISCRETIONARY_LEFT_HOW,
        unit: 'currency',
        formula: (c) => op(c.figure('discretionaryDollars'), '-', c.result('netCost')),
        sense: 'left',
      });
    }
  }
  return planned;
}

/**
 * The sheet with each formula cell holding the engine's value of its formula (for readers that do not recalculate,
 * and for evaluateWhatIf). Only this sheet is evaluated: its formulas refer to its own tables alone, and a district's
 * other sheets hold 150,000 rows that need no copy. `planned`: plannedResults(whatIf), when the caller has it already.
 */
export function evaluatedWhatIfSheet(whatIf: WhatIf, inputs: Readonly<Record<string, number>> = {}, planned?: readonly PlannedResult[]): ReportSheet {
  return evaluateReportFormulas({ sheets: [whatIfSheet(whatIf, inputs, planned)] }).sheets[0];
}

/**
 * The What If sheet with the principal's inputs (a lever not given starts at the value that meets practice).
 * `planned`: plannedResults(whatIf), when the caller has it already (evaluateWhatIf, on every keystroke).
 */
export function whatIfSheet(whatIf: WhatIf, inputs: Readonly<Record<string, number>> = {}, planned: readonly PlannedResult[] = plannedResults(whatIf)): ReportSheet {
  const leverRow = new Map(whatIf.levers.map((l, i) => [l.id, i]));
  const figureRow = new Map(whatIf.baseline.map((f, i) => [f.id, i]));
  const resultRow = new Map(planned.map((r, i) => [r.id, i]));
  const figure = (id: WhatIfFigureId) => ref(BASELINE_TABLE, at(figureRow, id), VALUE_COLUMN);
  const mainCells: WhatIfCells = {
    input: (id) => ref(LEVERS_TABLE, at(leverRow, id), INPUT_COLUMN),
    figure,
    result: (id) => ref(RESULTS_TABLE, at(resultRow, id), VALUE_COLUMN),
  };

  // Results: value by formula, status by formula beside it, coloured by its word.
  const resultFormulas: Record<number, Record<number, FormulaExpr>> = {};
  const resultTypes: Record<number, Record<number, ColumnType>> = {};
  planned.forEach((r, i) => {
    resultTypes[i] = { [VALUE_COLUMN]: r.unit };
    if (!r.formula) return;
    resultFormulas[i] = { [VALUE_COLUMN]: r.formula(mainCells) };
    if (r.status) resultFormulas[i][STATUS_COLUMN] = r.status(mainCells.result(r.id), mainCells);
  });

  const absent = (whatIf.absent ?? []).map((a) => `${a.label.toLowerCase()} (${a.why})`);
  return {
    name: WHAT_IF_SHEET,
    preamble: [
      "What if: try the levers on this school's own figures and money",
      'Type in the orange "Your value" cells. The results below are Excel formulas over your values and the baseline at the ' +
        'foot of the sheet, and recalculate as you type. Each lever comes from a finding on the Flags sheet and starts at the ' +
        'value that meets recommended practice; "Now" is the school today. A re-run of the review updates the baseline and keeps ' +
        'what you typed.',
      ...(absent.length ? [`No lever for: ${absent.join('; ')}.`] : []),
    ],
    keepsInputs: true,
    table: {
      name: LEVERS_TABLE,
      columns: [
        ID_COLUMN,
        labelColumn('Lever'),
        figureColumn('Now'),
        { ...figureColumn(INPUT_HEADER), input: true },
        figureColumn(START_HEADER),
        explanationColumn('What it means'),
      ],
      rows: whatIf.levers.map((l) => [l.id, l.label, l.current, inputs[l.id] ?? l.start, l.start, l.note]),
      cellTypes: Object.fromEntries(whatIf.levers.map((l, i) => [i, { 2: l.unit, 3: l.unit, 4: l.unit }])),
    },
    moreTables: [
      {
        title: 'Results: Excel formulas over your values and the baseline',
        table: {
          name: RESULTS_TABLE,
          columns: [
            ID_COLUMN,
            labelColumn('Result'),
            figureColumn('Value'),
            { header: 'Recommended', type: 'text', width: 15, wrap: true },
            { header: 'Status', type: 'text', width: 13 },
            explanationColumn('How'),
          ],
          rows: planned.map((r) => [r.id, r.label, null, r.formula ? (r.recommended ?? '') : NOT_IN_WORKBOOK, '', r.how]),
          cellTypes: resultTypes,
          formulas: resultFormulas,
          conditionalFormats: colourByWord(STATUS_COLUMN, [
            ['meets', 'good'],
            ['watch', 'warning'],
            ['far from', 'critical'],
          ]),
        },
      },
      ...(whatIf.optionSets.length ? [{ title: 'Option sets side by side, each with its net cost', table: optionsTable(whatIf, planned, figure) }] : []),
      {
        title: 'Baseline: the school today, from the review',
        table: {
          name: BASELINE_TABLE,
          columns: [
            ID_COLUMN,
            labelColumn('Figure'),
            figureColumn('Value'),
            { header: 'From sheet', type: 'text', width: 13, wrap: true },
          ],
          rows: whatIf.baseline.map((f) => [f.id, f.label, f.value, f.value === null ? `${NOT_IN_WORKBOOK} (${f.source})` : f.source]),
          cellTypes: Object.fromEntries(whatIf.baseline.map((f, i) => [i, { [VALUE_COLUMN]: f.unit }])),
        },
      },
    ],
  };
}

/**
 * One column per option set, as Hold'em's cards lie side by side: its name (a wrapping line, since a table's header
 * does not grow), its net cost first, then its levers' values, then every result by the same formulas as above, over
 * that column.
 */
function optionsTable(whatIf: WhatIf, planned: readonly PlannedResult[], figure: WhatIfCells['figure']): ReportSheet['table'] {
  const sets = whatIf.optionSets;
  const money = planned.filter((r) => r.id === 'netCost' || r.id === 'discretionaryLeft');
  const others = planned.filter((r) => !money.includes(r));
  const order = [...money, ...others];
  const LEVERS_FROM = 1 + money.length;
  const leverRow = new Map(whatIf.levers.map((l, i) => [l.id, LEVERS_FROM + i]));
  const resultRow = new Map<WhatIfResultId, number>([
    ...money.map((r, i): [WhatIfResultId, number] => [r.id, 1 + i]),
    ...others.map((r, i): [WhatIfResultId, number] => [r.id, LEVERS_FROM + whatIf.levers.length + i]),
  ]);
  // Set j's column: after the id and the label.
  const column = (j: number) => j + 2;
  const rows: ReportValue[][] = [['', 'Option set', ...sets.map((s) => s.label)]];
  const types: Record<number, Record<number, ColumnType>> = { 0: Object.fromEntries(sets.map((_, j) => [column(j), 'text'])) };
  const formulas: Record<number, Record<number, FormulaExpr>> = {};
  for (const r of money) rows[at(resultRow, r.id)] = [r.id, r.label, ...sets.map(() => null)];
  whatIf.levers.forEach((l) => {
    rows[at(leverRow, l.id)] = [l.id, l.label, ...sets.map((s) => s.inputs[l.id] ?? l.current ?? l.start)];
    types[at(leverRow, l.id)] = Object.fromEntries(sets.map((_, j) => [column(j), l.unit]));
  });
  for (const r of others) rows[at(resultRow, r.id)] = [r.id, r.label, ...sets.map(() => null)];
  for (const r of order) {
    const row = at(resultRow, r.id);
    types[row] = Object.fromEntries(sets.map((_, j) => [column(j), r.unit]));
    if (!r.formula) continue;
    const formula = r.formula;
    formulas[row] = Object.fromEntries(
      sets.map((_, j) => {
        const cells: WhatIfCells = {
          input: (id) => ref(OPTIONS_TABLE, at(leverRow, id), column(j)),
          figure,
          result: (id) => ref(OPTIONS_TABLE, at(resultRow, id), column(j)),
        };
        return [column(j), formula(cells)];
      }),
    );
  }
  return {
    name: OPTIONS_TABLE,
    columns: [
      ID_COLUMN,
      labelColumn('Lever or result'),
      ...sets.map((_, j) => figureColumn(`Set ${j + 1}`)),
    ],
    rows,
    cellTypes: types,
    formulas,
  };
}

function at<K>(rows: Map<K, number>, id: K): number {
  const row = rows.get(id);
  if (row === undefined) throw new Error(`What If: no row for "${String(id)}"`);
  return row;
}
