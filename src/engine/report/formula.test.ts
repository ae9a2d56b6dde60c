import type { Report, ReportSheet, ReportTable } from '../types';
import { cells, evaluateFormula, evaluateReportFormulas, fn, formulaText, FormulaError, neg, num, op, quartileInclusive, ref, reportCellResolver, word } from './formula';

function table(name: string, rows: ReportTable['rows'], formulas?: ReportTable['formulas']): ReportTable {
  return { name, columns: rows[0].map((_, i) => ({ header: `C${i}`, type: 'number' as const })), rows, formulas };
}

function sheet(name: string, main: ReportTable, preamble: string[] = ['Title'], more: ReportTable[] = []): ReportSheet {
  return { name, preamble, table: main, moreTables: more.map((t) => ({ title: t.name, table: t })) };
}

// Layout (report/layout.ts): row 1 mark, preamble from row 2, a blank row, then the header. With one preamble line
// the header is row 4 and the first data row 5; a sub-table of 2 rows sits under a title 2 rows below the last row.
const report: Report = {
  sheets: [
    sheet('What If', table('srr_Inputs', [[10, 20], [30, 40]]), ['Title'], [table('srr_Results', [[null], [null]])]),
    sheet("Principal's Map", table('srr_Other', [[1, 2, 3]]), ['Title', 'Second line']),
  ],
};

describe('formulaText', () => {
  const resolve = reportCellResolver(report, ['What If', "Principal's Map"]);

  it('places a table cell through the shared layout', () => {
    // Main table: header row 4, data rows 5-6. Sub-table: title row 8, header 9, data 10-11.
    expect(formulaText(ref('srr_Inputs', 1, 1), resolve, 'What If')).toBe('=B6');
    expect(formulaText(ref('srr_Results', 1, 0), resolve, 'What If')).toBe('=A11');
  });

  it('names the other sheet, quoted with its apostrophe doubled', () => {
    // Two preamble lines: header row 5, data row 6.
    expect(formulaText(ref('srr_Other', 0, 2), resolve, 'What If')).toBe("='Principal''s Map'!C6");
  });

  it('brackets every operation and negative number, so precedence never depends on the reader', () => {
    const expr = op(op(ref('srr_Inputs', 0, 0), '+', num(-2)), '*', neg(num(3)));
    expect(formulaText(expr, resolve, 'What If')).toBe('=((A5+(-2))*-(3))');
  });

  it('writes functions over ranges and the report\'s own words', () => {
    const expr = fn('IF', op(fn('SUM', cells('srr_Inputs', [0, 0], [1, 1])), '>', num(90)), word('far from'), word('meets'));
    expect(formulaText(expr, resolve, 'What If')).toBe('=IF((SUM(A5:B6)>90),"far from","meets")');
  });

  it('refuses anything outside the grammar: unknown tables, rows past the table, free text, other functions', () => {
    expect(() => formulaText(ref('srr_Nope', 0, 0), resolve, 'What If')).toThrow('no table "srr_Nope"');
    expect(() => formulaText(ref('srr_Inputs', 2, 0), resolve, 'What If')).toThrow('row 2 is outside');
    expect(() => formulaText(ref('srr_Inputs', 0, 2), resolve, 'What If')).toThrow('column 2 is outside');
    expect(() => formulaText({ word: '=HYPERLINK("x")' as never }, resolve, 'What If')).toThrow('not one of the report');
    expect(() => formulaText({ fn: 'INDIRECT' as never, args: [] }, resolve, 'What If')).toThrow('unknown function');
    expect(() => formulaText(num(Number.NaN), resolve, 'What If')).toThrow();
  });
});

describe('evaluateFormula (the engine reads its formulas as Excel does)', () => {
  const values: Record<string, number | string | null> = { '0,0': 10, '0,1': 20, '1,0': 30, '1,1': null, '2,0': 'text', '2,1': 0 };
  const lookup = (r: { row: number; column: number }) => values[`${r.row},${r.column}`] ?? null;

  it('rounds half away from zero, as Excel does (not to even)', () => {
    expect(evaluateFormula(fn('ROUND', num(2.5), num(0)), lookup)).toBe(3);
    expect(evaluateFormula(fn('ROUND', num(-2.5), num(0)), lookup)).toBe(-3);
    expect(evaluateFormula(fn('ROUND', num(1.005), num(2)), lookup)).toBe(1.01);
    expect(evaluateFormula(fn('ROUNDUP', num(4.01), num(0)), lookup)).toBe(5);
    expect(evaluateFormula(fn('ROUNDDOWN', num(-4.99), num(0)), lookup)).toBe(-4);
  });

  it('reads an empty cell as 0 in arithmetic and catches division by zero with IFERROR', () => {
    expect(evaluateFormula(op(ref('t', 1, 1), '+', num(5)), lookup)).toBe(5);
    expect(evaluateFormula(op(num(1), '/', ref('t', 2, 1)), lookup)).toEqual(new FormulaError('#DIV/0!'));
    expect(evaluateFormula(fn('IFERROR', op(num(1), '/', ref('t', 2, 1)), num(-1)), lookup)).toBe(-1);
    expect(evaluateFormula(op(ref('t', 2, 0), '*', num(2)), lookup)).toEqual(new FormulaError('#VALUE!'));
  });

  it('skips text and empty cells in SUM, COUNT, AVERAGE and MEDIAN', () => {
    const all = cells('t', [0, 0], [2, 1]); // 10, 20, 30, empty, "text", 0
    expect(evaluateFormula(fn('SUM', all), lookup)).toBe(60);
    expect(evaluateFormula(fn('COUNT', all), lookup)).toBe(4);
    expect(evaluateFormula(fn('AVERAGE', all), lookup)).toBe(15);
    expect(evaluateFormula(fn('MEDIAN', all), lookup)).toBe(15); // 0, 10, 20, 30 → (10 + 20) / 2
    expect(evaluateFormula(fn('SUMPRODUCT', cells('t', [0, 0], [1, 0]), cells('t', [0, 1], [1, 1])), lookup)).toBe(200); // 10×20 + 30×empty
  });

  it('computes QUARTILE as QUARTILE.INC', () => {
    // 1, 2, 4, 10: first quartile at rank (4 - 1) × 1/4 = 0.75 → 1 + 0.75 × (2 - 1) = 1.75; third at 2.25 → 4 + 0.25 × 6 = 5.5.
    expect(quartileInclusive([10, 4, 2, 1], 1)).toBe(1.75);
    expect(quartileInclusive([10, 4, 2, 1], 2)).toBe(3);
    expect(quartileInclusive([10, 4, 2, 1], 3)).toBe(5.5);
    expect(quartileInclusive([], 1)).toBeNull();
  });

  it('compares as Excel does: an empty cell is 0 or "", text case-insensitively', () => {
    expect(evaluateFormula(op(ref('t', 1, 1), '=', num(0)), lookup)).toBe(true);
    expect(evaluateFormula(op(ref('t', 2, 0), '=', word('')), lookup)).toBe(false);
    expect(evaluateFormula(fn('IF', op(ref('t', 0, 0), '>=', num(10)), word('meets'), word('watch')), lookup)).toBe('meets');
  });
});

describe('evaluateReportFormulas', () => {
  it('fills formula cells in dependency order, across tables and sheets, and leaves errors and cycles empty', () => {
    const inputs = table('srr_In', [[96, 24]]);
    // Classes needed = ROUNDUP(students / class size); extra = that - 4 classes today; cost = extra × 97,148.
    const results = table('srr_Out', [[null, null, null, null, null]], {
      0: {
        0: fn('ROUNDUP', op(ref('srr_In', 0, 0), '/', ref('srr_In', 0, 1)), num(0)),
        1: op(ref('srr_Out', 0, 0), '-', num(4)),
        2: op(ref('srr_Out', 0, 3), '*', num(97148)), // refers to a later cell: order comes from dependencies
        3: op(ref('srr_Out', 0, 1), '+', num(1)),
        4: op(ref('srr_Out', 0, 4), '+', num(1)), // a cycle
      },
    });
    const evaluated = evaluateReportFormulas({ sheets: [sheet('A', inputs), sheet('B', results)] });
    // 96 / 24 = 4 classes; 4 - 4 = 0; 0 + 1 = 1; 1 × 97,148.
    expect(evaluated.sheets[1].table.rows[0]).toEqual([4, 0, 97148, 1, null]);
    // The input report is not changed.
    expect(results.rows[0]).toEqual([null, null, null, null, null]);
  });
});
