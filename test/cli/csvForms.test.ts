import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ReviewResult } from '../../src/engine/types';
import { generateSchool, SAMPLE_SCHOOL } from '../../src/testing/generateSchool';
import { runCli } from './helpers';
import { temporaryFolder } from '../support/temporaryFolder';

const dir = temporaryFolder('srr-csv-');

/** The sample school's sheet as delimited text, with the first teacher renamed so the encoding shows. */
function sheetText(name: string, delimiter: string): string {
  const grid = generateSchool(SAMPLE_SCHOOL).sheets.find((s) => s.name === name)!;
  return grid.rows
    .map((r) => r.map((v) => (v === null ? '' : String(v).replace(/^Garcia 1$/, 'Núñez'))).join(delimiter))
    .join('\r\n');
}

describe('CSV as schools’ systems write it', () => {
  it('reviews a semicolon Windows-1252 schedule with a UTF-16 tab-separated bell schedule, and notes the encoding', async () => {
    const schedule = path.join(dir(), 'schedule.csv');
    const bell = path.join(dir(), 'bell.csv');
    // Excel's "CSV (semicolon)" on a Western Windows, and its "Unicode Text" (UTF-16LE with a mark, tabs).
    await fs.writeFile(schedule, Buffer.from(sheetText('Master Schedule', ';'), 'latin1'));
    await fs.writeFile(bell, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheetText('Bell Schedule', '\t'), 'utf16le')]));
    const run = await runCli([schedule, bell, '--json', '--quiet']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ReviewResult;
    // Same school as the workbook: 12 teachers, each section meeting M-F in a 50-minute period.
    expect(result.teachers).toHaveLength(12);
    expect(result.teachers.map((t) => t.teacher)).toContain('Núñez');
    for (const t of result.teachers) expect(t.minutesPerWeek).toBe(t.sections * 5 * 50);
    expect(result.dataCheck.filter((d) => d.code.startsWith('csv-'))).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'schedule', code: 'csv-encoding' }),
    ]);
  });

  it('reports an unclosed quote at its line and reads the rows after it', async () => {
    const schedule = path.join(dir(), 'quoted.csv');
    const text = sheetText('Master Schedule', ',').split('\r\n');
    // Row 5 of the file (a section) starts with a stray quote.
    text[4] = `"${text[4]}`;
    await fs.writeFile(schedule, text.join('\r\n'));
    const run = await runCli([schedule, '--json', '--quiet']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ReviewResult;
    expect(result.dataCheck.filter((d) => d.code === 'csv-unbalanced-quote')).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'quoted', cell: 'A5' }),
    ]);
    expect(result.dataCheck.find((d) => d.code === 'csv-unbalanced-quote')?.message).toMatch(/^quoted\.csv line 5: /);
    // Every other section is still read: 66 sections in the school, the damaged one kept with its quote.
    expect(result.classSizes).toHaveLength(66);
  });
});
