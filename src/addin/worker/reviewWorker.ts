// The Web Worker entry: the engine runs here so the task pane stays responsive (Excel restarts an add-in that
// blocks for about five seconds). Cancelling a run terminates this worker.
import { engineCalls } from './engineCalls';
import { handleRequest } from './handleRequest';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

scope.onmessage = (event) => handleRequest(event.data, engineCalls, (response) => scope.postMessage(response));
