import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/engine/types';
import { cells, evaluateReportFormulas, fn, num, op, ref, word } from '../../src/engine/report/formula';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { recalculatedFormulaValues } from '../support/recalc';
import { temporaryFolder } from '../support/temporaryFolder';

jest.setTimeout(150_000);

// A small What If: the principal's inputs (students, class size, classes today, cost per class) and results as live
// formulas. The report is written with EMPTY cached results, so every value read back is LibreOffice's own.
function whatIf(students: number, classSize: number): Report {
  return {
    sheets: [
      {
        name: 'What If',
        preamble: ['What if'],
        table: {
          name: 'srr_WhatIfInputs',
          columns: [
            { header: 'Lever', type: 'text' },
            { header: 'Your value', type: 'number', input: true },
          ],
          rows: [['Students', students], ['Class size', classSize], ['Classes today', 4], ['Cost per class', 97148]],
        },
        moreTables: [
          {
            title: 'Results',
            table: {
              name: 'srr_WhatIfResults',
              columns: [
                { header: 'Result', type: 'text' },
                { header: 'Value', type: 'number' },
                { header: 'Status', type: 'text' },
              ],
              rows: [['Classes needed', null, null], ['Cost', null, null], ['Average of inputs', null, null]],
              formulas: {
                0: {
                  1: fn('ROUNDUP', op(ref('srr_WhatIfInputs', 0, 1), '/', ref('srr_WhatIfInputs', 1, 1)), num(0)),
                  2: fn('IF', op(ref('srr_WhatIfInputs', 1, 1), '<=', num(20)), word('meets'), word('far from')),
                },
                1: { 1: op(fn('MAX', num(0), op(ref('srr_WhatIfResults', 0, 1), '-', ref('srr_WhatIfInputs', 2, 1))), '*', ref('srr_WhatIfInputs', 3, 1)) },
                2: { 1: fn('ROUND', fn('AVERAGE', cells('srr_WhatIfInputs', [0, 1], [2, 1])), num(1)) },
              },
            },
          },
        ],
      },
      {
        // A second sheet whose formula reaches into the first: sheet names are quoted as Excel needs.
        name: "Principal's sums",
        preamble: ['Sums'],
        table: {
          name: 'srr_Sums',
          columns: [{ header: 'Total cost', type: 'currency' }],
          rows: [[null]],
          formulas: { 0: { 0: op(ref('srr_WhatIfResults', 1, 1), '+', num(0.5)) } },
        },
      },
    ],
  };
}

describe('formula cells in the written workbook', () => {
  const dir = temporaryFolder('srr-formula-');

  it.each([
    // 96 / 24 = 4 classes, none more; 4 + 24 + 96 / 3 = 41.3.
    [96, 24, { classes: 4, cost: 0, status: 'far from', average: 41.3 }],
    // 96 / 20 = 4.8 → 5 classes, 1 more = $97,148; (96 + 20 + 4) / 3 = 40.
    [96, 20, { classes: 5, cost: 97148, status: 'meets', average: 40 }],
    // 130 / 18 = 7.2 → 8 classes, 4 more = $388,592; (130 + 18 + 4) / 3 = 50.7.
    [130, 18, { classes: 8, cost: 388592, status: 'meets', average: 50.7 }],
  ])('LibreOffice recalculates %i students in classes of %i to the engine\'s values', async (students, size, expected) => {
    const report = whatIf(students, size);
    const engine = evaluateReportFormulas(report);
    const results = engine.sheets[0].moreTables![0].table.rows;
    expect(results.map((r) => r[1])).toEqual([expected.classes, expected.cost, expected.average]);
    expect(results[0][2]).toBe(expected.status);

    const file = path.join(dir(), `what-if-${students}-${size}.xlsx`);
    await writeReportXlsx(report, file);
    const recalculated = await recalculatedFormulaValues(file, path.join(dir(), `lo-${students}-${size}`));
    // Layout: mark row 1, preamble row 2, header row 4, inputs rows 5-8; Results title row 10, header 11, rows 12-14.
    const sheet = recalculated.get('What If')!;
    expect(sheet.get('B12')).toBe(expected.classes);
    expect(sheet.get('C12')).toBe(expected.status);
    expect(sheet.get('B13')).toBe(expected.cost);
    expect(sheet.get('B14')).toBe(expected.average);
    expect(recalculated.get("Principal's sums")!.get('A5')).toBe(expected.cost + 0.5);
  });

  it('writes the formula text, the engine\'s cached value and the input cells\' look', async () => {
    const report = evaluateReportFormulas(whatIf(96, 20));
    const file = path.join(dir(), 'cached.xlsx');
    await writeReportXlsx(report, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const ws = workbook.getWorksheet('What If')!;
    expect(ws.getCell('B12').value).toEqual({ formula: 'ROUNDUP((B5/B6),0)', result: 5 });
    expect(ws.getCell('C12').value).toEqual({ formula: 'IF((B6<=20),"meets","far from")', result: 'meets' });
    expect(ws.getCell('C12').numFmt ?? 'General').toBe('General'); // not Text (@)
    expect(workbook.getWorksheet("Principal's sums")!.getCell('A5').value).toEqual({ formula: "('What If'!B13+0.5)", result: 97148.5 });
    // Input cells: Excel's "Input" colours, unlocked; the label column is not an input.
    const input = ws.getCell('B5');
    expect(input.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCC99' } });
    expect(input.protection).toMatchObject({ locked: false });
    expect(ws.getCell('A5').protection).toBeUndefined();
  });
});
