import type { ColumnType, FormulaExpr, ReportSheet, ReportValue } from '../types';
import { ref } from '../report/formula';
import { colourByWord } from '../report/highlight';
import {
  DISCRETIONARY_LEFT_LABEL,
  NET_COST_LABEL,
  RESULT_DEFINITIONS,
  netCostFormula,
  netCostRecommended,
  netCostStatus,
  type ResultDefinition,
  type WhatIfCells,
} from './resultFormulas';
import type { WhatIf, WhatIfFigureId, WhatIfResultId } from './types';
import { op } from '../report/formula';

// The What If sheet: the levers as input cells (main table, keyed by lever id so a re-run keeps what the principal
// typed), the results as formulas over them, the option sets side by side, and the baseline they all stand on.

export const WHAT_IF_SHEET = 'What If';
export const LEVERS_TABLE = 'srr_WhatIf';
export const RESULTS_TABLE = 'srr_WhatIfResults';
export const OPTIONS_TABLE = 'srr_WhatIfOptions';
export const BASELINE_TABLE = 'srr_WhatIfBaseline';
export const LEVER_ID_HEADER = 'Id';
/** Zero-based column of the principal's input in the levers table. */
export const INPUT_COLUMN = 3;
const VALUE_COLUMN = 1;
const STATUS_COLUMN = 3;

/** A result as the sheet writes it: its formula, or null when a figure it needs is not in this workbook. */
export interface PlannedResult {
  id: WhatIfResultId;
  label: string;
  unit: ColumnType;
  formula: ((cells: WhatIfCells) => FormulaExpr) | null;
  status?: (value: FormulaExpr, cells: WhatIfCells) => FormulaExpr;
  recommended?: string;
}

/** The results this review can show, in order: each lever's, then the net effect over those that count money. */
export function plannedResults(whatIf: WhatIf): PlannedResult[] {
  const levers = new Set(whatIf.levers.map((l) => l.id));
  const known = new Map(whatIf.baseline.map((f) => [f.id, f.value]));
  const isKnown = (id: WhatIfFigureId) => known.get(id) !== null && known.get(id) !== undefined;
  const isPositive = (id: WhatIfFigureId) => (known.get(id) ?? 0) > 0;
  const priced = (d: ResultDefinition) => d.figures.every(isKnown) && (d.divisors ?? []).every(isPositive);
  const shown = RESULT_DEFINITIONS.filter((d) => d.levers.every((l) => levers.has(l)));
  const planned: PlannedResult[] = shown.map((d) => ({
    id: d.id,
    label: d.label,
    unit: d.unit,
    formula: priced(d) ? d.value : null,
    ...(d.status ? { status: (v: FormulaExpr, c: WhatIfCells) => d.status!(v, c, whatIf.practice) } : {}),
    ...(d.recommended ? { recommended: d.recommended(whatIf.practice) } : {}),
  }));
  const money = shown.filter((d) => d.money && priced(d));
  if (money.length > 0) {
    const discretionary = known.get('discretionaryDollars') ?? null;
    planned.push({
      id: 'netCost',
      label: NET_COST_LABEL,
      unit: 'currency',
      formula: (c) => netCostFormula(money, c),
      recommended: netCostRecommended(discretionary),
      ...(discretionary === null ? {} : { status: netCostStatus }),
    });
    if (discretionary !== null) {
      planned.push({
        id: 'discretionaryLeft',
        label: DISCRETIONARY_LEFT_LABEL,
        unit: 'currency',
        formula: (c) => op(c.figure('discretionaryDollars'), '-', c.result('netCost')),
      });
    }
  }
  return planned;
}

/** The What If sheet with the principal's inputs (a lever not given starts at the value that meets practice). */
export function whatIfSheet(whatIf: WhatIf, inputs: Readonly<Record<string, number>> = {}): ReportSheet {
  const leverRow = new Map(whatIf.levers.map((l, i) => [l.id, i]));
  const figureRow = new Map(whatIf.baseline.map((f, i) => [f.id, i]));
  const planned = plannedResults(whatIf);
  const resultRow = new Map(planned.map((r, i) => [r.id, i]));
  const figure = (id: WhatIfFigureId) => ref(BASELINE_TABLE, at(figureRow, id), 1);
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

  // Option sets: one column per set, its levers' values above and the same result formulas below, over that column.
  const sets = whatIf.optionSets;
  const optionFormulas: Record<number, Record<number, FormulaExpr>> = {};
  const optionTypes: Record<number, Record<number, ColumnType>> = {};
  const levers = whatIf.levers.length;
  whatIf.levers.forEach((l, i) => {
    optionTypes[i] = Object.fromEntries(sets.map((_, j) => [j + 1, l.unit]));
  });
  planned.forEach((r, i) => {
    optionTypes[levers + i] = Object.fromEntries(sets.map((_, j) => [j + 1, r.unit]));
    if (!r.formula) return;
    const formula = r.formula;
    optionFormulas[levers + i] = Object.fromEntries(
      sets.map((_, j) => {
        const cells: WhatIfCells = {
          input: (id) => ref(OPTIONS_TABLE, at(leverRow, id), j + 1),
          figure,
          result: (id) => ref(OPTIONS_TABLE, levers + at(resultRow, id), j + 1),
        };
        return [j + 1, formula(cells)];
      }),
    );
  });

  const absent = whatIf.absent.map((a) => `${a.label}: ${a.why}`);
  return {
    name: WHAT_IF_SHEET,
    preamble: [
      'Try the levers: type in the orange input cells of "Your value"; the results below are Excel formulas over them and the baseline, and recalculate as you type.',
      'Each lever comes from a finding on the Flags sheet and starts at the value that meets recommended practice; "Now" is the school today. ' +
        'A re-run of the review updates the baseline and keeps what you typed.',
      ...(absent.length ? [`Not in this review (no finding to act on): ${absent.join('; ')}.`] : []),
    ],
    keepsInputs: true,
    table: {
      name: LEVERS_TABLE,
      columns: [
        { header: LEVER_ID_HEADER, type: 'text', width: 12, muted: true },
        { header: 'Lever', type: 'text', width: 30, wrap: true },
        { header: 'Now', type: 'number', width: 11 },
        { header: 'Your value', type: 'number', width: 11, input: true },
        { header: 'Meets practice at', type: 'number', width: 11 },
        { header: 'What it means', type: 'text', width: 60, wrap: true },
      ],
      rows: whatIf.levers.map((l) => [l.id, l.label, l.current, inputs[l.id] ?? l.start, l.start, l.note]),
      cellTypes: Object.fromEntries(whatIf.levers.map((l, i) => [i, { 2: l.unit, 3: l.unit, 4: l.unit }])),
    },
    moreTables: [
      {
        title: 'Results (Excel formulas over your values and the baseline)',
        table: {
          name: RESULTS_TABLE,
          columns: [
            { header: 'Result', type: 'text', width: 30, wrap: true },
            { header: 'Value', type: 'number', width: 11 },
            { header: 'Recommended', type: 'text', width: 11, wrap: true },
            { header: 'Status', type: 'text', width: 11 },
          ],
          rows: planned.map((r) => [r.label, null, r.recommended ?? (r.formula ? '' : 'not in this workbook'), '']),
          cellTypes: resultTypes,
          formulas: resultFormulas,
          conditionalFormats: colourByWord(STATUS_COLUMN, [
            ['meets', 'good'],
            ['watch', 'warning'],
            ['far from', 'critical'],
          ]),
        },
      },
      ...(sets.length
        ? [
            {
              title: 'Option sets side by side (each with its net cost)',
              table: {
                name: OPTIONS_TABLE,
                columns: [
                  { header: 'Lever or result', type: 'text' as const, width: 30, wrap: true },
                  ...sets.map((s) => ({ header: s.label, type: 'number' as const, width: 14, wrap: true })),
                ],
                rows: [
                  ...whatIf.levers.map((l): ReportValue[] => [l.label, ...sets.map((s) => s.inputs[l.id] ?? l.current)]),
                  ...planned.map((r): ReportValue[] => [r.label, ...sets.map(() => null)]),
                ],
                cellTypes: optionTypes,
                formulas: optionFormulas,
              },
            },
          ]
        : []),
      {
        title: 'Baseline: the school today, from the review',
        table: {
          name: BASELINE_TABLE,
          columns: [
            { header: 'Figure', type: 'text', width: 30, wrap: true },
            { header: 'Value', type: 'number', width: 11 },
            { header: 'From sheet', type: 'text', width: 14 },
          ],
          rows: whatIf.baseline.map((f) => [f.label, f.value, f.value === null ? `${f.source} (not in this workbook)` : f.source]),
          cellTypes: Object.fromEntries(whatIf.baseline.map((f, i) => [i, { 1: f.unit }])),
        },
      },
    ],
  };
}

function at<K>(rows: Map<K, number>, id: K): number {
  const row = rows.get(id);
  if (row === undefined) throw new Error(`What If: no row for "${String(id)}"`);
  return row;
}
