import fc from 'fast-check';
import { review } from '../../src/engine/review';
import type { Settings, WorkbookGrids } from '../../src/engine/types';
import { outcomeProblems } from '../support/hostileChecks';
import { SCHOOL, settings, workbook } from './arbitraries';
import { countedRun, workbookSize, workOverBounds } from '../support/workBounds';

// The attack on every CI run: random workbooks (random grids mixed with header-led tables of every kind, holding
// times, days, period ranges, money, error values, booleans, blanks, unicode and formula-looking text) and random
// settings. For each, review() throws nothing, does work bounded by the workbook's size (counted, not timed:
// test/support/workBounds), puts no NaN or Infinity anywhere, writes no cell over Excel's limit and turns no user text
// into a formula. Grids are small so 10,000 cases fit a CI run; the hostile corpus (test/hostile) covers the large
// shapes. The run counts are the figures in README "Reliability".

const WORKBOOK_RUNS = 8_000;
const SETTINGS_RUNS = 2_000;

function check(input: { workbook: WorkbookGrids; settings?: unknown }): void {
  const { value: outcome, work } = countedRun(input.workbook, (workbook) => review({ workbook, settings: input.settings as Partial<Settings> }));
  const over = workOverBounds(work, workbookSize(input.workbook));
  if (over.length) throw new Error(`work beyond the workbook's size: ${over.join('; ')}`);
  const problems = outcomeProblems(outcome);
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
}

describe('fuzz: review() survives any workbook and any settings', () => {
  it(`${WORKBOOK_RUNS} random workbooks`, () => {
    fc.assert(fc.property(workbook, (wb) => check({ workbook: wb })), { numRuns: WORKBOOK_RUNS });
  });

  it(`${SETTINGS_RUNS} random settings over a whole school, and random settings with random workbooks`, () => {
    fc.assert(
      fc.property(settings, fc.option(workbook, { nil: undefined, freq: 2 }), (s, wb) => check({ workbook: wb ?? SCHOOL, settings: s })),
      { numRuns: SETTINGS_RUNS },
    );
  });
});
