// The Web Worker entry: the engine runs here so the task pane stays responsive (Excel restarts an add-in that
// blocks for about five seconds). Cancelling a run terminates this worker.
// The worker starts with detection alone (the pane detects at once); the whole engine is a separate chunk, fetched
// the first time a review is asked for, so the first screen does not wait for code only a run needs (issue 12).
import { detect } from './detectCall';
import type { EngineCalls } from './engineCalls';
import { handleRequest } from './handleRequest';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

const post = (response: WorkerResponse) => scope.postMessage(response);
const detectOnly: EngineCalls = {
  detect,
  review: () => {
    throw new Error('The review engine is still loading.'); // never asked: reviews go to the whole engine below
  },
};
let wholeEngine: Promise<EngineCalls> | undefined;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'detect') {
    handleRequest(request, detectOnly, post);
    return;
  }
  wholeEngine ??= import(/* webpackChunkName: "review-engine" */ './engineCalls').then((m) => m.engineCalls);
  wholeEngine.then(
    (engine) => handleRequest(request, engine, post),
    (error: unknown) => {
      wholeEngine = undefined; // a failed fetch (offline a moment) is tried again by the next run
      post({ id: request.id, type: 'failed', message: `The review engine could not be loaded: ${error instanceof Error ? error.message : String(error)}. Try the run again.` });
    },
  );
};
