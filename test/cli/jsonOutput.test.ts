import * as path from 'node:path';
import { review } from '../../src/engine/review';
import { localDate } from '../../src/engine/runDate';
import type { ReviewResult } from '../../src/engine/types';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { mergeSettings, parseCliArgs } from '../../src/cli/options';
import { runCli } from './helpers';

// The streamed --json must be, character for character, what the command printed before it streamed:
// JSON.stringify(result, null, 2) with --pretty, and the same content compact without it.
const ROOT = path.resolve(__dirname, '../..');
const CASE_STUDIES = ['elementary-school', 'middle-school', 'high-school'].map((name) => path.join(ROOT, 'assets/case-studies', `${name}.xlsx`));
const REAL = path.resolve(ROOT, '..', 'shared/data/real');
const ST_PAULS = path.join(REAL, 'uk-stpauls-xhstt/sections.csv');
const LANE_TECH = path.join(REAL, 'cps-lane-tech-positions-2019/positions.csv');

/** The engine's result for one input, reviewed with the settings the command line builds from `argv`. */
async function engineResult(file: string, argv: string[]): Promise<ReviewResult> {
  const settings = mergeSettings({}, parseCliArgs([file, ...argv]).flagSettings);
  return review({ workbook: await readWorkbookFile(file), settings, notes: {}, runDate: localDate(new Date()) }).result;
}

describe('--json output of the case studies and the real data', () => {
  it.each([
    ['St Paul’s sections.csv', ST_PAULS],
    ['Lane Tech positions.csv', LANE_TECH],
  ])('%s: --pretty is exactly the indented JSON of the result, and --json the same result compact', async (_name, file) => {
    const expected = await engineResult(file, []);
    const pretty = await runCli([file, '--json', '--pretty', '--quiet']);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    const compact = await runCli([file, '--json', '--quiet']);
    expect(compact.code).toBe(0);
    expect(compact.stdout).toBe(`${JSON.stringify(expected)}\n`);
  });

  it('the three case studies together: one array of their results, in the order given', async () => {
    const expected = [];
    for (const file of CASE_STUDIES) expected.push(await engineResult(file, []));
    const pretty = await runCli([...CASE_STUDIES, '--json', '--pretty', '--quiet']);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    const compact = await runCli([...CASE_STUDIES, '--json', '--quiet']);
    expect(JSON.parse(compact.stdout)).toEqual(JSON.parse(pretty.stdout));
    expect((JSON.parse(compact.stdout) as ReviewResult[]).map((r) => r.school.name)).toEqual(expected.map((r) => r.school.name));
  });

  it('--pretty without --json is a usage error', async () => {
    const run = await runCli([ST_PAULS, '--pretty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--pretty: only with --json');
  });
});
