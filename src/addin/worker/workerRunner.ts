// EngineRunner over a Web Worker. One worker serves all requests; cancelling a review terminates it (the engine
// is synchronous, so nothing short of that stops it) and the next request starts a fresh one.
import type { DetectedTable, ReviewOutcome, Settings, WorkbookGrids } from '../../engine/types';
import type { EngineRunner, ProgressCallback } from '../bridge/types';
import { abortError } from './abort';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { spawnReviewWorker } from './spawnReviewWorker';

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

type RequestBody = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressCallback;
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

  const current = (): WorkerLike => {
    if (worker) return worker;
    const fresh = spawn();
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
      failAll(new Error(`The review engine stopped unexpectedly: ${event.message || 'unknown error'}`));
      fresh.terminate();
      if (worker === fresh) worker = null;
    };
    worker = fresh;
    return fresh;
  };

  const send = (request: RequestBody, onProgress?: ProgressCallback, signal?: AbortSignal): Promise<WorkerResponse> =>
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
          // Terminating stops every request on this worker; the others fail too and may be retried.
          worker?.terminate();
          worker = null;
          pending.delete(id);
          reject(abortError());
          failAll(new Error('The review engine was restarted; try again.'));
        },
        { once: true },
      );
      current().postMessage({ ...request, id } as WorkerRequest);
    });

  const unwrap = <T extends WorkerResponse['type']>(response: WorkerResponse, type: T): Extract<WorkerResponse, { type: T }> => {
    if (response.type === 'failed') throw new Error(response.message);
    if (response.type !== type) throw new Error(`The review engine answered ${response.type} instead of ${type}.`);
    return response as Extract<WorkerResponse, { type: T }>;
  };

  return {
    async detect(grids: WorkbookGrids, settings: Partial<Settings>): Promise<{ tables: DetectedTable[] }> {
      return { tables: unwrap(await send({ type: 'detect', grids, settings }), 'detected').tables };
    },
    async review(grids, settings, notes, onProgress, signal): Promise<ReviewOutcome> {
      return unwrap(await send({ type: 'review', grids, settings, notes }, onProgress, signal), 'reviewed').outcome;
    },
  };
}
