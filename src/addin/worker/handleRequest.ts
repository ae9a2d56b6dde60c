// What the worker does with one request: run the engine and answer with progress, a result, or a failure.
import type { EngineCalls } from './engineCalls';
import type { WorkerRequest, WorkerResponse } from './protocol';

export function handleRequest(request: WorkerRequest, engine: EngineCalls, post: (response: WorkerResponse) => void): void {
  const { id } = request;
  try {
    if (request.type === 'detect') {
      post({ id, type: 'detected', tables: engine.detect(request.grids, request.settings).tables });
      return;
    }
    if (request.type === 'whatIf') {
      post({ id, type: 'whatIfEvaluated', results: engine.evaluateWhatIf(request.whatIf, request.inputs) });
      return;
    }
    const outcome = engine.review(request.grids, request.settings, request.notes, (progress) => post({ id, type: 'progress', progress }), request.whatIfInputs);
    post({ id, type: 'reviewed', outcome });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
