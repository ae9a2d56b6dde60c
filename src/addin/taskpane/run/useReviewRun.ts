import { useCallback, useRef, useState } from 'react';
import type { ReviewOutcome, ReviewProgress, Settings } from '../../../engine/types';
import type { EngineRunner, WorkbookBridge, WriteOutcome } from '../../bridge/types';
import { errorText, isAbort } from '../shell/errors';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress: ReviewProgress }
  | { status: 'cancelled' }
  | { status: 'failed'; stage: ReviewProgress['stage']; message: string }
  | { status: 'done'; outcome: ReviewOutcome; written: WriteOutcome };

export interface RunCallbacks {
  onDone: (outcome: ReviewOutcome, written: WriteOutcome) => void;
}

/**
 * Read → review (in the worker) → write, with one AbortController per run. Writing is all or nothing in the
 * bridge, so cancel is offered only before it starts.
 */
export function useReviewRun(
  bridge: WorkbookBridge,
  runner: EngineRunner,
  settings: Partial<Settings>,
  { onDone }: RunCallbacks,
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
      const { grids } = await bridge.readWorkbook(report);
      if (controller.signal.aborted) return;
      const notes = await bridge.readNotes();
      if (controller.signal.aborted) return;
      report({ stage: 'checking', done: 0, total: 0, message: 'Checking the data' });
      const outcome = await runner.review(grids, settings, notes, report, controller.signal);
      if (controller.signal.aborted) return;
      report({ stage: 'writing', done: 0, total: outcome.report.sheets.length, message: 'Writing the result sheets' });
      const written = await bridge.writeReport(outcome.report, report);
      if (controller.signal.aborted) return;
      setState({ status: 'done', outcome, written });
      onDone(outcome, written);
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      setState({ status: 'failed', stage, message: errorText(error) });
    }
  }, [bridge, runner, settings, onDone]);

  const cancel = useCallback(() => {
    current.current?.abort();
    setState({ status: 'cancelled' });
  }, []);

  return { state, start, cancel };
}
