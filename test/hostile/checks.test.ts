import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Report, ReviewOutcome, ReviewResult } from '../../src/engine/types';
import { EXCEL_CELL_LIMIT } from '../../src/engine/report/cellText';
import { formulasIn, outcomeProblems } from '../support/hostileChecks';

// The checks the fuzz tests and the hostile corpus rely on, shown to find what they are for: every use of them
// expects an empty list, which a check that looked at nothing would also give.

const long = 'x'.repeat(EXCEL_CELL_LIMIT + 1);

/** A sheet with a harmless main table and, below it, a results table holding the given row. */
function reportWithResults(row: (string | number | null)[]): Report {
  return {
    sheets: [
      {
        name: 'What If',
        preamble: ['What if'],
        table: { name: 'srr_Inputs', columns: [{ header: 'Lever', type: 'text' }], rows: [['Class size']] },
        moreTables: [
          {
            title: 'Results',
            table: {
              name: 'srr_Results',
              columns: [
                { header: 'Result', type: 'text' },
                { header: 'Value', type: 'number' },
              ],
              rows: [row],
            },
          },
        ],
      },
    ],
  };
}

describe('the hostile checks find what they look for', () => {
  it('a NaN anywhere, an over-long cell and text in a number column, in a table below the main one too', () => {
    const outcome = { result: { flags: [{ value: Number.NaN }] } as unknown as ReviewResult, report: reportWithResults([long, 'not a number']) };
    expect(outcomeProblems(outcome as ReviewOutcome)).toEqual([
      'result.flags[0].value=NaN',
      `What If srr_Results 0,0: ${EXCEL_CELL_LIMIT + 1}`,
      // The add-in's writer cuts it to Excel's limit, so it is not sent as the report holds it either.
      'What If srr_Results 0,0: written without the text prefix',
      'What If srr_Results 0,1: text typed as number',
    ]);
  });

  it('a formula cell in a written file that is not one of the report’s own, and the longest cell', async () => {
    const dir = await fs.mkdtemp(path.join(tmpdir(), 'srr-checks-'));
    try {
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet('T');
      ws.getCell('A1').value = { formula: 'WEBSERVICE("http://x")' };
      ws.getCell('B2').value = 'twelve chars';
      const file = path.join(dir, 't.xlsx');
      await workbook.xlsx.writeFile(file);
      expect(await formulasIn(file)).toEqual({ cells: ['T!A1'], conditions: [], longest: 12 });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
