import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { review } from '../../src/engine/review';
import type { Settings } from '../../src/engine/types';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { EXCEL_CELL_LIMIT } from '../../src/engine/report/cellText';
import { formulasIn, OUR_CONDITION } from '../support/hostileChecks';
import { settings, workbook } from './arbitraries';
import { temporaryFolder } from '../support/temporaryFolder';

// The .xlsx writer under the same attack: random workbooks and settings, reviewed, written and read back. No cell of
// the file may hold a formula, none may be longer than Excel holds, and every conditional format is one of ours.
// Writing a file costs about a hundred times a review, so this runs fewer cases than reviewFuzz.test.ts.

const WRITER_RUNS = 100;

const dir = temporaryFolder('srr-xlsx-fuzz-');

it(`${WRITER_RUNS} random workbooks written as .xlsx hold no formula but the report's own`, async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(workbook, fc.option(settings, { nil: undefined }), async (wb, s) => {
      const { report } = review({ workbook: wb, settings: s as Partial<Settings> | undefined });
      const file = path.join(dir(), `${n++}.xlsx`);
      await writeReportXlsx(report, file);
      const { cells, conditions, longest } = await formulasIn(file, report);
      await fs.rm(file);
      if (cells.length) throw new Error(`formula cells: ${cells.slice(0, 5).join(', ')}`);
      if (longest > EXCEL_CELL_LIMIT) throw new Error(`a cell of ${longest} characters`);
      const foreign = conditions.filter((f) => !OUR_CONDITION.test(f));
      if (foreign.length) throw new Error(`conditional formats not ours: ${foreign.slice(0, 3).join(', ')}`);
    }),
    { numRuns: WRITER_RUNS },
  );
});
