// EngineRunner without a worker, for tests and hosts without Web Workers. The engine is synchronous, so a
// cancellation is honoured before the run starts and when it ends (the outcome is then discarded).
import type { EngineRunner } from '../bridge/types';
import { engineCalls, type EngineCalls } from './engineCalls';
import { abortError } from './abort';

export function createInProcessRunner(engine: EngineCalls = engineCalls): EngineRunner {
  let latestWhatIf: AbortController | null = null;
  return {
    async detect(grids, settings) {
      return engine.detect(grids, settings);
    },
    async review(grids, settings, notes, onProgress, signal, whatIfInputs) {
      if (signal?.aborted) throw abortError();
      // Yield once so a caller that cancels right after starting is heard before the engine blocks.
      await Promise.resolve();
      if (signal?.aborted) throw abortError();
      const outcome = engine.review(grids, settings, notes, (progress) => onProgress?.(progress), whatIfInputs);
      if (signal?.aborted) throw abortError();
      return outcome;
    },
    async evaluateWhatIf(whatIf, inputs, signal) {
      // Latest wins here too: a newer call supersedes this one while it waits for its turn.
      latestWhatIf?.abort();
      const controller = new AbortController();
      latestWhatIf = controller;
      await Promise.resolve();
      if (signal?.aborted || controller.signal.aborted) throw abortError();
      return engine.evaluateWhatIf(whatIf, inputs);
    },
  };
}
