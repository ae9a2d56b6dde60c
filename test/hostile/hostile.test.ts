import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { review } from '../../src/engine/review';
import type { Report, Settings } from '../../src/engine/types';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { EXCEL_CELL_LIMIT } from '../../src/engine/report/cellText';
import { outcomeProblems } from '../support/hostileChecks';
import { CORPUS } from './corpus';

// Each case of the hostile corpus: the review must not throw, must end within the case's time, must keep the
// properties every review keeps (no NaN or Infinity, no cell over Excel's limit, no user text as a formula), and must
// make of the workbook what the case says. Cases marked writeXlsx also go through the .xlsx writer and are read back.

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), 'srr-hostile-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Every cell of the written workbook that Excel would calculate, and every conditional-format formula. */
async function formulasIn(file: string): Promise<{ cells: string[]; conditions: string[]; longest: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: string[] = [];
  let longest = 0;
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) cells.push(`${ws.name}!${cell.address}`);
        longest = Math.max(longest, String(cell.text ?? '').length);
      }),
    ),
  );
  // Conditional formats as the file stores them: <formula> elements in the sheets' XML.
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const conditions: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    for (const [, formula] of xml.matchAll(/<formula>(.*?)<\/formula>/g)) conditions.push(formula);
  }
  return { cells, conditions, longest };
}

describe('hostile corpus', () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const started = performance.now();
    const outcome = review({ workbook: testCase.workbook, settings: testCase.settings as Partial<Settings> | undefined });
    expect(performance.now() - started).toBeLessThan(testCase.withinMs ?? 5_000);
    expect(outcomeProblems(outcome)).toEqual([]);
    testCase.expectOutcome(outcome);

    if (testCase.writeXlsx) {
      const file = path.join(dir, `${CORPUS.indexOf(testCase)}.xlsx`);
      await writeReportXlsx(outcome.report, file);
      const { cells, conditions, longest } = await formulasIn(file);
      expect(cells).toEqual([]);
      expect(longest).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
      // Our own shapes only, e.g. AND(ISNUMBER(G5),G5&gt;=150) or B5="critical" (XML-escaped in the file).
      for (const formula of conditions) {
        expect(formula).toMatch(/^(AND\(ISNUMBER\([A-Z]+\d+\),[A-Z]+\d+(&gt;|&gt;=|&lt;|&lt;=|=)-?[\d.]+\)|[A-Z]+\d+=(&quot;|")(critical|warning|info|error)(&quot;|"))$/);
      }
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
    const file = path.join(dir, 'text.xlsx');
    await writeReportXlsx(report, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const ws = workbook.getWorksheet('T')!;
    expect([ws.getCell('A1').value, ws.getCell('A4').value, ws.getCell('A5').value, ws.getCell('A6').value]).toEqual(['=1+1', '=SUM(1,2)', '@A1', '+1-555']);
    expect((await formulasIn(file)).cells).toEqual([]);
  });
});
