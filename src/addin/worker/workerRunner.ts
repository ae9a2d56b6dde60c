// EngineRunner over a Web Worker. One worker serves all requests; cancelling a review terminates it (the engine
// is synchronous, so nothing short of that stops it) and the next request starts a fresh one.
import type { DetectedTable, ReviewOutcome, Settings, WorkbookGrids } from '../../engine/types';
import type { EngineRunner, ProgressCallback } from '../bridge/types';
import type { WhatIfResult } from '../../engine/whatIf';
import { abortError } from './abort';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { spawnReviewWorker } from './spawnReviewWorker';

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  /** Fired when a reply cannot be deserialised; without a handler the request would wait forever. */
  onmessageerror?: ((event: MessageEvent) => void) | null;
}

type RequestBody = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressCallback;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `spawn` is injectable for tests; in the add-in webpack bundles reviewWorker.ts as its own chunk. */
export function createWorkerRunner(spawn: () => WorkerLike = spawnReviewWorker): EngineRunner {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    pending.forEach((p) => p.reject(error));
    pending.clear();
  };

  // A broken worker is dropped so the next request starts a fresh one instead of waiting on a dead one.
  const discard = (broken: WorkerLike, error: Error) => {
    if (worker === broken) worker = null;
    failAll(error);
    try {
      broken.terminate();
    } catch {
      // Already gone; nothing to stop.
    }
  };

  const current = (): WorkerLike => {
    if (worker) return worker;
    let fresh: WorkerLike;
    try {
      fresh = spawn();
    } catch (error) {
      throw new Error(`The review engine could not start: ${describe(error)}. Reload the add-in and try again.`);
    }
    fresh.onmessage = (event) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      if (!waiting) return;
      if (response.type === 'progress') {
        waiting.onProgress?.(response.progress);
        return;
      }
      pending.delete(response.id);
      waiting.resolve(response);
    };
    fresh.onerror = (event) => {
      // The script failing to load or to evaluate arrives here too, with no message in some browsers.
      event?.preventDefault?.();
      discard(fresh, new Error(`The review engine stopped unexpectedly: ${event?.message || 'it failed to load or crashed'}. Try the run again.`));
    };
    fresh.onmessageerror = () => {
      discard(fresh, new Error('The review engine sent an answer the task pane could not read. Try the run again.'));
    };
    worker = fresh;
    return fresh;
  };

  // A review can only be stopped by terminating the worker; a What If evaluation takes a moment, so dropping its
  // answer is enough and leaves a review running in the same worker alone.
  const send = (request: RequestBody, onProgress?: ProgressCallback, signal?: AbortSignal, stopWorkerOnAbort = true): Promise<WorkerResponse> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      signal?.addEventListener(
        'abort',
        () => {
          if (!pending.has(id)) return;
          pending.delete(id);
          reject(abortError());
          if (!stopWorkerOnAbort) return;
          // Terminating stops every request on this worker; the others fail too and may be retried.
          worker?.terminate();
          worker = null;
          failAll(new Error('The review engine was restarted; try again.'));
        },
        { once: true },
      );
      try {
        const target = current();
        target.postMessage({ ...request, id } as WorkerRequest);
      } catch (error) {
        // Spawning failed, or the request could not be copied to the worker (DataCloneError).
        pending.delete(id);
        reject(error instanceof Error && error.message.startsWith('The review engine') ? error : new Error(`The review engine could not be given the workbook: ${describe(error)}.`));
      }
    });

  const unwrap = <T extends WorkerResponse['type']>(response: WorkerResponse, type: T): Extract<WorkerResponse, { type: T }> => {
    if (response.type === 'failed') throw new Error(response.message);
    if (response.type !== type) throw new Error(`The review engine answered ${response.type} instead of ${type}.`);
    return response as Extract<WorkerResponse, { type: T }>;
  };

  // Only the latest What If request is answered: the principal is typing, and an older answer would be stale.
  let latestWhatIf: AbortController | null = null;

  return {
    async detect(grids: WorkbookGrids, settings: Partial<Settings>): Promise<{ tables: DetectedTable[] }> {
      return { tables: unwrap(await send({ type: 'detect', grids, settings }), 'detected').tables };
    },
    async review(grids, settings, notes, onProgress, signal, whatIfInputs): Promise<ReviewOutcome> {
      return unwrap(await send({ type: 'review', grids, settings, notes, whatIfInputs }, onProgress, signal), 'reviewed').outcome;
    },
    async evaluateWhatIf(whatIf, inputs, signal): Promise<WhatIfResult[]> {
      latestWhatIf?.abort();
      const controller = new AbortController();
      latestWhatIf = controller;
      const stop = () => controller.abort();
      signal?.addEventListener('abort', stop, { once: true });
      if (signal?.aborted) controller.abort();
      try {
        return unwrap(await send({ type: 'whatIf', whatIf, inputs }, undefined, controller.signal, false), 'whatIfEvaluated').results;
      } finally {
        signal?.removeEventListener('abort', stop);
        if (latestWhatIf === controller) latestWhatIf = null;
      }
    },
  };
}
