/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import { act, renderHook, waitFor } from '@testing-library/react';
import { fakeBridge, fakeRunner, sampleResult, SAMPLE_REPORT } from '../../../../test/support/paneFakes';
import { timeLimitMessage, useReviewRun } from './useReviewRun';

describe('useReviewRun', () => {
  it('stops an engine run that passes the time limit with a message, not a spinner, and stops the worker', async () => {
    let signal: AbortSignal | undefined;
    // An engine that never answers, as a worker stuck on a pathological workbook would.
    const runner = fakeRunner({
      review: (_onProgress, abort) => {
        signal = abort;
        return new Promise(() => undefined);
      },
    });
    const bridge = fakeBridge();
    const onDone = jest.fn();
    const { result } = renderHook(() => useReviewRun(bridge, runner, {}, { onDone, timeLimitMs: 50 }));
    await act(async () => {
      await result.current.start();
    });
    await waitFor(() => expect(result.current.state.status).toBe('failed'));
    expect(result.current.state).toEqual({ status: 'failed', stage: 'checking', message: timeLimitMessage(50) });
    expect(timeLimitMessage(50)).toBe(
      "The review took longer than 0 seconds and was stopped; nothing was written. Check on “What I found” that the sheets chosen are the school's tables (not a sheet of notes or a whole export), then run again.",
    );
    expect(timeLimitMessage(120_000)).toMatch(/^The review took longer than 2 minutes and was stopped/);
    // 60,000 ms is one minute; 90,000 ms is 90 s, not "2 minute" (rounded up, with a singular word); 1,000 ms is one second.
    expect(timeLimitMessage(60_000)).toMatch(/^The review took longer than 1 minute and was stopped/);
    expect(timeLimitMessage(90_000)).toMatch(/^The review took longer than 90 seconds and was stopped/);
    expect(timeLimitMessage(1_000)).toMatch(/^The review took longer than 1 second and was stopped/);
    expect(signal?.aborted).toBe(true);
    expect(bridge.written).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('passes on what the read left out and what the write kept for the user', async () => {
    const bridge = fakeBridge({
      read: async () => ({ grids: { sheets: [] }, skippedResultSheets: [], notices: ['Sheet "Far": cells at XFD1048576 are far from the rest of its data and were not read.'] }),
      write: async () => ({ sheets: [{ report: 'Flags', written: 'Flags' }], skipped: [], notices: ['"Flags March" held the review\'s Flags and was renamed.'] }),
    });
    const runner = fakeRunner({ review: async () => ({ result: sampleResult(), report: SAMPLE_REPORT }) });
    const { result } = renderHook(() => useReviewRun(bridge, runner, {}, { onDone: jest.fn() }));
    await act(async () => {
      await result.current.start();
    });
    expect(result.current.state).toMatchObject({
      status: 'done',
      notices: ['Sheet "Far": cells at XFD1048576 are far from the rest of its data and were not read.', '"Flags March" held the review\'s Flags and was renamed.'],
    });
  });
});
