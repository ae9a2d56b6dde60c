// A context.sync() that never returns (known in Excel on the web: OfficeDev/office-js#6150, #6678) ends in a
// plain message instead of a spinner, and the sheets an unfinished write left are removed by the next run.
import { createInProcessRunner } from '../../src/addin/worker/inProcessRunner';
import { bridgeFor } from '../support/fakeBridge';
import { fakeFromSheets, schoolSheets } from '../support/schoolWorkbook';

const USER_SHEETS = ['Schedule', 'Staff', 'Enrollment', 'Budget', 'Flags', 'Notes'];

describe('a sync that never returns', () => {
  it('while reading: the read ends with a message when the limit passes, not before', async () => {
    // Jest's fake clock stands in for the 90 seconds: the limit is checked by the clock the bridge is given, not by
    // how fast this machine happens to be.
    jest.useFakeTimers();
    try {
      const workbook = fakeFromSheets(schoolSheets(60));
      workbook.hangsOnSync = (index) => index === 1;
      let settled = false;
      const read = bridgeFor(workbook, { syncTimeoutMs: 90_000 }).readWorkbook();
      const outcome = read.then(
        () => 'read',
        (error: Error) => error.message,
      ).finally(() => (settled = true));
      // One millisecond short of the limit the read is still waiting for the sync that never answers.
      await jest.advanceTimersByTimeAsync(89_999);
      expect(settled).toBe(false);
      // At the limit it ends, with the message the principal sees.
      await jest.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      await expect(outcome).resolves.toBe(
        'Excel stopped answering while reading the workbook (no reply in 90 seconds; this happens in Excel on the web). Reload the add-in (close and reopen the pane, or reload the page) and run again. An unfinished result sheet is removed by the next run.',
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('while writing: a message, and the unfinished sheets are gone after the next run', async () => {
    const workbook = fakeFromSheets(schoolSheets(60));
    const bridge = bridgeFor(workbook, { syncTimeoutMs: 100 });
    const { grids } = await bridge.readWorkbook();
    const outcome = await createInProcessRunner().review(grids, {}, {});
    const firstWrite = workbook.syncCount;
    // The write's third sync hangs, and so does everything after it: the clean-up cannot run either.
    workbook.hangsOnSync = (index) => index >= firstWrite + 3;
    await expect(bridge.writeReport(outcome.report)).rejects.toThrow(/^Excel stopped answering while writing the result sheets .*The unfinished result sheets \("srr new …"\) could not be removed now; the next run removes them/);
    expect(workbook.sheets.some((s) => s.name.startsWith('srr new'))).toBe(true);

    workbook.hangsOnSync = undefined;
    const again = await bridge.readWorkbook();
    expect(again.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    await bridge.writeReport((await createInProcessRunner().review(again.grids, {}, {})).report);
    expect(workbook.sheets.some((s) => s.name.startsWith('srr new'))).toBe(false);
  });
});
