import { useCallback, useRef, useState } from 'react';
import type { ReviewOutcome, ReviewProgress, Settings } from '../../../engine/types';
import type { EngineRunner, WorkbookBridge, WriteOutcome } from '../../bridge/types';
import { errorText, isAbort } from '../shell/errors';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress: ReviewProgress }
  | { status: 'cancelled' }
  | { status: 'failed'; stage: ReviewProgress['stage']; message: string }
  | { status: 'done'; outcome: ReviewOutcome; written: WriteOutcome; notices: string[] };

export interface RunCallbacks {
  onDone: (outcome: ReviewOutcome, written: WriteOutcome) => void;
  /** Longest the engine may work on one run; past it the worker is stopped and the pane says so. */
  timeLimitMs?: number;
}

/** The engine reviews a 100,000-section schedule in seconds; two minutes means something is wrong. */
export const DEFAULT_TIME_LIMIT_MS = 120_000;

export function timeLimitMessage(limitMs: number): string {
  // Whole minutes read as minutes; anything else in seconds, so the words never round the limit the run was held to.
  const [count, unit] = limitMs >= 60_000 && limitMs % 60_000 === 0 ? [limitMs / 60_000, 'minute'] : [Math.round(limitMs / 1000), 'second'];
  const limit = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return `The review took longer than ${limit} and was stopped; nothing was written. Check on “What I found” that the sheets chosen are the school's tables (not a sheet of notes or a whole export), then run again.`;
}

class TimeLimitError extends Error {
  constructor(limitMs: number) {
    super(timeLimitMessage(limitMs));
    this.name = 'TimeLimitError';
  }
}

/**
 * Read → review (in the worker) → write, with one AbortController per run. Writing is all or nothing in the
 * bridge, so cancel is offered only before it starts.
 */
export function useReviewRun(
  bridge: WorkbookBridge,
  runner: EngineRunner,
  settings: Partial<Settings>,
  { onDone, timeLimitMs = DEFAULT_TIME_LIMIT_MS }: RunCallbacks,
) {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const current = useRef<AbortController | null>(null);

  const start = useCallback(async () => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    let stage: ReviewProgress['stage'] = 'reading';
    const report = (progress: ReviewProgress) => {
      if (controller.signal.aborted) return;
      stage = progress.stage;
      setState({ status: 'running', progress });
    };
    report({ stage: 'reading', done: 0, total: 0, message: 'Reading the workbook' });
    try {
      const read = await bridge.readWorkbook(report);
      const { grids } = read;
      if (controller.signal.aborted) return;
      const notes = await bridge.readNotes();
      if (controller.signal.aborted) return;
      // What the principal typed on the What If sheet, kept by the engine beside the new baseline, as the notes are.
      const whatIfInputs = await bridge.readWhatIfInputs();
      if (controller.signal.aborted) return;
      report({ stage: 'checking', done: 0, total: 0, message: 'Checking the data' });
      // The engine is stopped at the time limit (aborting terminates the worker) instead of leaving a spinner.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const overTime = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeLimitError(timeLimitMs)), timeLimitMs);
      });
      let outcome: ReviewOutcome;
      try {
        outcome = await Promise.race([runner.review(grids, settings, notes, report, controller.signal, whatIfInputs), overTime]);
      } catch (error) {
        if (error instanceof TimeLimitError) controller.abort();
        throw error;
      } finally {
        clearTimeout(timer);
      }
      if (controller.signal.aborted) return;
      report({ stage: 'writing', done: 0, total: outcome.report.sheets.length, message: 'Writing the result sheets' });
      const written = await bridge.writeReport(outcome.report, report);
      if (controller.signal.aborted) return;
      // What the read left out and what the write kept for the user, said beside the result.
      setState({ status: 'done', outcome, written, notices: [...(read.notices ?? []), ...(written.notices ?? [])] });
      onDone(outcome, written);
    } catch (error) {
      if (error instanceof TimeLimitError) {
        if (current.current === controller) setState({ status: 'failed', stage, message: error.message });
        return;
      }
      if (controller.signal.aborted || isAbort(error)) return;
      setState({ status: 'failed', stage, message: errorText(error) });
    }
  }, [bridge, runner, settings, onDone, timeLimitMs]);

  const cancel = useCallback(() => {
    current.current?.abort();
    setState({ status: 'cancelled' });
  }, []);

  return { state, start, cancel };
}
