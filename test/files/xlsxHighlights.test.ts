// The .xlsx writer's highlighting, as a spreadsheet application renders it: LibreOffice opens the file headless
// and exports HTML with each cell's conditional colour, so the test sees which cells are coloured.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { Report } from '../../src/engine/types';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { temporaryFolder } from '../support/temporaryFolder';

const run = promisify(execFile);
jest.setTimeout(150_000);

const REPORT: Report = {
  sheets: [
    {
      name: 'Collaboration',
      preamble: [],
      table: {
        name: 'srr_Collaboration',
        columns: [
          { header: 'Team', type: 'text' },
          { header: 'Longest block', type: 'minutes' },
        ],
        rows: [
          ['Math', 45],
          ['Science', null],
          ['English', 120],
        ],
        conditionalFormats: [{ column: 1, operator: 'lessThan', value: 90, severity: 'warning' }],
      },
    },
  ],
};

const dir = temporaryFolder('srr-highlight-');

it('colours a 45-minute block, not a blank one of unknown length, nor 120 minutes', async () => {
  const file = path.join(dir(), 'highlights.xlsx');
  await writeReportXlsx(REPORT, file);
  // A missing LibreOffice fails here: the test is never skipped.
  await run('soffice', [`-env:UserInstallation=file://${path.join(dir(), 'profile')}`, '--headless', '--convert-to', 'html', '--outdir', dir(), file], { timeout: 120_000 });
  const html = await fs.readFile(path.join(dir(), 'highlights.html'), 'utf8');
  const blockCells = [...html.matchAll(/<tr>\s*<td[^>]*>.*?<\/td>\s*<td([^>]*)>(.*?)<\/td>/gs)].map(([, attributes, content]) => ({
    text: content.replace(/<[^>]+>/g, '').trim(),
    coloured: /bgcolor="#FFEB9C"/i.test(attributes),
  }));
  // The first two rows are the writer's mark (its text in column A only) and a blank row.
  expect(blockCells.slice(2)).toEqual([
    { text: 'Longest block', coloured: false },
    { text: '45 min', coloured: true },
    { text: '', coloured: false },
    { text: '120 min', coloured: false },
  ]);
});
