// Live formulas and input cells written through the bridge into the strict fake: the same formula text the .xlsx
// writer writes, references that follow the sheets' final names, and input cells in Excel's "Input" style.
import { cellAt, FakeWorkbook } from '../../src/addin/fake';
import { evaluateReportFormulas, fn, num, op, ref, word } from '../../src/engine/report/formula';
import type { Report } from '../../src/engine/types';
import { bridgeFor } from '../support/fakeBridge';

const REPORT: Report = evaluateReportFormulas({
  sheets: [
    {
      name: 'What If',
      preamble: ['What if'],
      table: {
        name: 'srr_Inputs',
        columns: [
          { header: 'Lever', type: 'text' },
          { header: 'Your value', type: 'integer', input: true },
        ],
        rows: [['Students', 96], ['Class size', 20]],
      },
      moreTables: [
        {
          title: 'Results',
          table: {
            name: 'srr_Results',
            columns: [
              { header: 'Result', type: 'text' },
              { header: 'Value', type: 'integer' },
              { header: 'Status', type: 'text' },
            ],
            rows: [['Classes needed', null, null]],
            formulas: {
              0: {
                1: fn('ROUNDUP', op(ref('srr_Inputs', 0, 1), '/', ref('srr_Inputs', 1, 1)), num(0)),
                2: fn('IF', op(ref('srr_Inputs', 1, 1), '<=', num(20)), word('meets'), word('far from')),
              },
            },
          },
        },
      ],
    },
    {
      name: 'Totals',
      preamble: ['Totals'],
      table: {
        name: 'srr_Totals',
        columns: [{ header: 'Classes', type: 'integer' }],
        rows: [[null]],
        formulas: { 0: { 0: op(ref('srr_Results', 0, 1), '*', num(2)) } },
      },
    },
  ],
});

describe('formula cells through the bridge', () => {
  it.each([1, 2, 3])('writes the formulas and input cells the same way on run %i, naming the final sheets', async (runs) => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    const bridge = bridgeFor(workbook);
    for (let i = 0; i < runs; i++) await bridge.writeReport(REPORT);
    const whatIf = workbook.findSheet('What If')!;
    // Zero-based rows: mark 0, preamble 1, blank 2, header 3, inputs 4-5; blank 6, Results title 7, header 8, row 9.
    expect(cellAt(whatIf, 9, 1)?.formula).toBe('=ROUNDUP((B5/B6),0)');
    expect(cellAt(whatIf, 9, 2)?.formula).toBe('=IF((B6<=20),"meets","far from")');
    // The status is a formula in a General cell: in a Text cell Excel would keep the formula's text.
    expect(cellAt(whatIf, 9, 2)?.numberFormat ?? 'General').toBe('General');
    // Written under a temporary name and renamed at the commit: the reference follows the rename.
    expect(cellAt(workbook.findSheet('Totals')!, 4, 0)?.formula).toBe("=('What If'!B10*2)");
    // Input cells: the built-in Input style, and the column's number format again after it.
    expect(cellAt(whatIf, 4, 1)).toMatchObject({ value: 96, style: 'Input', numberFormat: '#,##0' });
    expect(cellAt(whatIf, 4, 0)?.style).toBeUndefined();
    expect(workbook.sheets.map((s) => s.name).filter((n) => !n.startsWith('srr'))).toEqual(['What If', 'Totals']);
  });
});
