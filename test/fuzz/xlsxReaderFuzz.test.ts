import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { exceljsGrids } from '../support/exceljsGrids';
import { temporaryFolder } from '../support/temporaryFolder';

// The review's .xlsx reader against its oracle, the former exceljs reader, on random workbooks exceljs writes: text
// with markup characters, line ends, escapes and emoji; numbers, booleans, errors, dates and times in their formats;
// formulas with every kind of cached result (0 and FALSE too) and with none; rich text; hyperlinks; merged areas;
// hidden sheets. Every grid must be the same: names, values, number formats, merges, and the Data Check items for
// formulas never calculated. The oracle is exceljs corrected for the defects the reader no longer copies.

const READER_RUNS = 40;

const text = fc
  .array(fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', "'", '\n', '\t', '_x000D_', '_x', 'é', 'ñ', '😀', '1', '.', '='), { maxLength: 8 })
  .map((parts) => parts.join(''));
const number = fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(0));
const date = fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2090, 0, 1)), noInvalidDate: true });
const result = fc.oneof(number, text.filter((t) => t.length > 0), fc.boolean(), fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }));
const value = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 4, arbitrary: number },
  fc.boolean(),
  date,
  fc.constantFrom({ error: '#REF!' }, { error: '#VALUE!' }),
  result.map((r) => ({ formula: 'A1+1', result: r })),
  fc.constant({ formula: 'B2*2' }),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((t, i) => ({ text: t, font: { bold: i % 2 === 0 } })) })),
  text.map((t) => ({ text: t || 'link', hyperlink: 'https://example.org/a?b=1&c=2' })),
  fc.constant(null),
);
const format = fc.constantFrom(undefined, '0.00', 'h:mm', 'mm-dd-yy', 'yyyy-mm-dd hh:mm', '#,##0', '0%', '@', '"Room "0', '[h]:mm');
const sheet = fc.record({
  rows: fc.array(fc.array(fc.record({ value, format }), { maxLength: 6 }), { maxLength: 8 }),
  merge: fc.boolean(),
  hidden: fc.boolean(),
});

const dir = temporaryFolder('srr-xlsx-read-fuzz-');

it(`${READER_RUNS} random workbooks written by exceljs read as the exceljs reader read them`, async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
      const wb = new ExcelJS.Workbook();
      if (date1904) wb.properties.date1904 = true;
      sheets.forEach((s, i) => {
        const ws = wb.addWorksheet(`Sheet ${i + 1}`, { state: s.hidden && i > 0 ? 'hidden' : 'visible' });
        s.rows.forEach((cells, r) =>
          cells.forEach(({ value: v, format: f }, c) => {
            const cell = ws.getCell(r + 1, c + 1);
            cell.value = v as ExcelJS.CellValue;
            if (f) cell.numFmt = f;
          }),
        );
        // A merged area below the data, over a cell that holds a value of its own (which the readers drop).
        if (s.merge) {
          const below = s.rows.length + 2;
          ws.getCell(below, 1).value = 'merged';
          ws.getCell(below, 2).value = 'covered';
          ws.mergeCells(below, 1, below + 1, 2);
        }
      });
      const file = path.join(dir(), `${n++}.xlsx`);
      await wb.xlsx.writeFile(file);
      const oracle = await exceljsGrids(file);
      const grids = await readWorkbookFile(file);
      await fs.rm(file);
      expect(grids).toStrictEqual(oracle);
    }),
    { numRuns: READER_RUNS },
  );
});
