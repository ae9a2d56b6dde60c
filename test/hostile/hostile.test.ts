import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { review } from '../../src/engine/review';
import type { Report, Settings } from '../../src/engine/types';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { EXCEL_CELL_LIMIT } from '../../src/engine/report/cellText';
import { formulasIn, outcomeProblems, OUR_CONDITION } from '../support/hostileChecks';
import { CORPUS } from './corpus';
import { countedRun, workbookSize, workOverBounds } from '../support/workBounds';
import { temporaryFolder } from '../support/temporaryFolder';

// Each case of the hostile corpus: the review must not throw, must do work bounded by the workbook's size (counted,
// not timed: test/support/workBounds), must keep the properties every review keeps (no NaN or Infinity, no cell over
// Excel's limit, no user text as a formula), and must make of the workbook what the case says. Cases marked writeXlsx also go through the .xlsx writer and are read back.

const dir = temporaryFolder('srr-hostile-');

describe('hostile corpus', () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const { value: outcome, work } = countedRun(testCase.workbook, (workbook) =>
      review({ workbook, settings: testCase.settings as Partial<Settings> | undefined }),
    );
    expect(workOverBounds(work, workbookSize(testCase.workbook))).toEqual([]);
    testCase.expectWork?.(work);
    expect(outcomeProblems(outcome)).toEqual([]);
    testCase.expectOutcome(outcome);

    if (testCase.writeXlsx) {
      const file = path.join(dir(), `${CORPUS.indexOf(testCase)}.xlsx`);
      await writeReportXlsx(outcome.report, file);
      // The What If sheet's own formulas are allowed in their places; no other cell is a formula.
      const { cells, conditions, longest } = await formulasIn(file, outcome.report);
      expect(cells).toEqual([]);
      expect(longest).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
      for (const formula of conditions) expect(formula).toMatch(OUR_CONDITION);
      expect(conditions.join('\n')).not.toMatch(/WEBSERVICE|HYPERLINK|cmd/i);
    }
  });

  it('the .xlsx writer keeps formula-looking text as text when it is the only thing in a cell', async () => {
    const report: Report = {
      sheets: [
        {
          name: 'T',
          preamble: ['=1+1'],
          table: { name: 'srr_T', columns: [{ header: 'Text', type: 'text' }], rows: [['=SUM(1,2)'], ['@A1'], ['+1-555']] },
        },
      ],
    };
    const file = path.join(dir(), 'text.xlsx');
    await writeReportXlsx(report, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const ws = workbook.getWorksheet('T')!;
    // Row 1 is the writer's mark; the preamble line on row 2, the header on row 4, the data from row 5.
    expect([ws.getCell('A2').value, ws.getCell('A5').value, ws.getCell('A6').value, ws.getCell('A7').value]).toEqual(['=1+1', '=SUM(1,2)', '@A1', '+1-555']);
    expect((await formulasIn(file)).cells).toEqual([]);
  });
});
