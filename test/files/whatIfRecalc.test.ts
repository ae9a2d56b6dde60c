import * as path from 'node:path';
import type { FormulaExpr, Report, ReportSheet, ReportTable } from '../../src/engine/types';
import { reportCellResolver } from '../../src/engine/report/formula';
import { evaluateWhatIf, whatIfSheet, type WhatIf, type WhatIfResult } from '../../src/engine/whatIf';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { reviewCaseStudy } from '../casestudies/reviewCaseStudy';
import { recalculatedFormulaValues } from '../support/recalc';
import { temporaryFolder } from '../support/temporaryFolder';

jest.setTimeout(180_000);

// One source of truth for the What If arithmetic: LibreOffice recalculates the high school's What If sheet, written
// with its formulas and NO cached results, and every value must equal the engine's own (evaluateWhatIf), for the start
// values, for today's values and for three changed inputs per lever. One workbook holds every scenario, one sheet each
// (its tables renamed), so LibreOffice starts once.

/** Three values per lever, different from its start: inside its range, at its ends, and past them (typed anyway). */
const CHANGES: Record<string, number[]> = {
  coreClassSize: [20, 25, 32],
  sectionsPerCoreTeacher: [4, 5.5, 6],
  teamsCovered: [0, 3, 7],
  alignedSchedule: [1, 3, 6],
  counselorFte: [0, 2.5, 4],
  aideFte: [0, 4.5, 9],
  coachFte: [0, 0.5, 2],
  pdDollars: [0, 30000, 100000],
  lockedRedirected: [0, 100000, 400000],
};

/** The sheet with every table renamed by a suffix, and every formula's references with it. */
function renamed(sheet: ReportSheet, suffix: string, name: string): ReportSheet {
  const expr = (e: FormulaExpr): FormulaExpr => {
    if ('ref' in e) return { ref: { ...e.ref, table: e.ref.table + suffix } };
    if ('range' in e) return { range: { from: { ...e.range.from, table: e.range.from.table + suffix }, to: { ...e.range.to, table: e.range.to.table + suffix } } };
    if ('op' in e) return { ...e, left: expr(e.left), right: expr(e.right) };
    if ('neg' in e) return { neg: expr(e.neg) };
    if ('fn' in e) return { ...e, args: e.args.map(expr) };
    return e;
  };
  const table = (t: ReportTable): ReportTable => {
    const formulas = Object.fromEntries(Object.entries(t.formulas ?? {}).map(([r, byCol]) => [r, Object.fromEntries(Object.entries(byCol).map(([c, f]) => [c, expr(f)]))]));
    // No cached value in a formula cell: what is read back is LibreOffice's own.
    const rows = t.rows.map((row, r) => row.map((v, c) => (t.formulas?.[r]?.[c] ? null : v)));
    return { ...t, name: t.name + suffix, rows, formulas };
  };
  return { ...sheet, name, table: table(sheet.table), moreTables: sheet.moreTables?.map((m) => ({ ...m, table: table(m.table) })) };
}

function same(actual: unknown, expected: number | string | null | undefined): boolean {
  if (expected === null || expected === undefined || expected === '') return actual === null || actual === '';
  if (typeof expected === 'string') return actual === expected;
  return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

describe('the What If sheet recalculated by LibreOffice', () => {
  let whatIf: WhatIf;
  const dir = temporaryFolder('srr-whatif-recalc-');
  beforeAll(async () => {
    whatIf = (await reviewCaseStudy('high-school.xlsx')).whatIf!;
  });

  it('gives the engine’s values for the start, for today and for three changed inputs per lever, and for the option sets', async () => {
    // Every lever of the high school's findings is tried (it has no two small sections of a course to merge).
    expect(whatIf.levers.map((l) => l.id).sort()).toEqual(Object.keys(CHANGES).sort());
    const start = Object.fromEntries(whatIf.levers.map((l) => [l.id, l.start]));
    const today = Object.fromEntries(whatIf.levers.map((l) => [l.id, l.current ?? l.start]));
    const scenarios: { label: string; inputs: Record<string, number> }[] = [
      { label: 'start', inputs: start },
      { label: 'today', inputs: today },
      ...Object.entries(CHANGES).flatMap(([id, values]) => values.map((v) => ({ label: `${id}=${v}`, inputs: { ...start, [id]: v } }))),
    ];
    const report: Report = { sheets: scenarios.map((s, i) => renamed(whatIfSheet(whatIf, s.inputs), `_${i}`, `W${i}`)) };
    const file = path.join(dir(), 'what-if-scenarios.xlsx');
    await writeReportXlsx(report, file);
    const recalculated = await recalculatedFormulaValues(file, dir());
    const resolve = reportCellResolver(report, report.sheets.map((s) => s.name));
    const read = (table: string, row: number, column: number) => {
      const place = resolve({ table, row, column });
      return recalculated.get(place.sheet)?.get(place.address);
    };

    const mismatches: string[] = [];
    let compared = 0;
    scenarios.forEach((scenario, i) => {
      const expected: WhatIfResult[] = evaluateWhatIf(whatIf, scenario.inputs);
      expected.forEach((r, row) => {
        const value = read(`srr_WhatIfResults_${i}`, row, 2);
        const status = read(`srr_WhatIfResults_${i}`, row, 4);
        compared++;
        if (!same(value, r.value)) mismatches.push(`${scenario.label} ${r.id}: LibreOffice ${String(value)}, engine ${String(r.value)}`);
        if (r.status !== undefined && !same(status, r.status)) mismatches.push(`${scenario.label} ${r.id} status: LibreOffice ${String(status)}, engine ${r.status}`);
      });
    });
    // The option sets, side by side on the first sheet: each result row by its label, each set's column.
    const options = report.sheets[0].moreTables!.find((m) => m.table.name === 'srr_WhatIfOptions_0')!.table;
    whatIf.optionSets.forEach((set, j) => {
      for (const r of set.results) {
        // Rows by id (the first column); set j in column j + 2, after the id and the label.
        const row = options.rows.findIndex((cells) => cells[0] === r.id);
        const value = read('srr_WhatIfOptions_0', row, j + 2);
        compared++;
        if (!same(value, r.value)) mismatches.push(`${set.id} ${r.id}: LibreOffice ${String(value)}, engine ${String(r.value)}`);
      }
    });
    expect(mismatches).toEqual([]);
    // 29 scenarios × 18 results, and 3 option sets × 18 results.
    expect(compared).toBe(29 * 18 + 3 * 18);
    // By hand, so the test cannot pass on two empty sides. Start: class 29.6 × 100 / 165 = 17.9 → 17.5; 2,486 seats /
    // 17.5 / 5 = 28.41 FTE, 11.61 more than today's 2,486 / 29.6 / 5 = 16.8, × $98,215.83 average teacher cost = $1,140,285.76.
    expect(read('srr_WhatIfResults_0', 2, 2)).toBeCloseTo(1140285.76, 2);
    // Fund both: that + cover for 6 teams $192,859 − 2 aides × $43,500 − $66,800 of locked money = $1,179,344.76.
    const net = options.rows.findIndex((cells) => cells[0] === 'netCost');
    expect(read('srr_WhatIfOptions_0', net, 4)).toBeCloseTo(1179344.76, 2);
  });
});
