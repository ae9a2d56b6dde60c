import type { EngineCalls } from './engineCalls';
import { handleRequest } from './handleRequest';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { createWorkerRunner, type WorkerLike } from './workerRunner';
import type { ReviewOutcome, ReviewProgress, WorkbookGrids } from '../../engine/types';
import { sampleWhatIf } from '../../../test/support/whatIfSample';

// The real spawner uses import.meta.url, which only a bundle has; these tests hand the runner their own worker.
jest.mock('./spawnReviewWorker', () => ({
  spawnReviewWorker: () => {
    throw new Error('tests pass their own worker');
  },
}));

const GRIDS: WorkbookGrids = { name: 'Test', sheets: [{ name: 'Schedule', rows: [['Teacher'], ['Ms A']], originRow: 0, originCol: 0 }] };
const OUTCOME = { result: { flags: [] }, report: { sheets: [] } } as unknown as ReviewOutcome;

/** A worker that answers on a later tick, as a real one does, by running handleRequest with a stub engine. */
class TickWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  readonly received: WorkerRequest[] = [];

  constructor(private readonly engine: EngineCalls) {}

  postMessage(message: WorkerRequest): void {
    this.received.push(message);
    setTimeout(() => {
      if (this.terminated) return;
      handleRequest(message, this.engine, (response) => {
        if (!this.terminated) this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function stubEngine(overrides: Partial<EngineCalls> = {}): EngineCalls {
  return {
    detect: () => ({ tables: [] }),
    review: (_grids, _settings, _notes, onProgress) => {
      onProgress({ stage: 'checking', done: 0, total: 1, message: 'Finding tables in 1 sheets' });
      onProgress({ stage: 'analysing', done: 3, total: 3, message: '0 flags' });
      return OUTCOME;
    },
    evaluateWhatIf: (_whatIf, inputs) => [{ id: 'netCost', label: 'Net', unit: 'number', value: inputs.x ?? null }],
    ...overrides,
  };
}

describe('createWorkerRunner', () => {
  it('runs a review in the worker and relays its progress in order', async () => {
    const workers: TickWorker[] = [];
    const runner = createWorkerRunner(() => {
      const worker = new TickWorker(stubEngine());
      workers.push(worker);
      return worker;
    });
    const progress: ReviewProgress[] = [];
    const outcome = await runner.review(GRIDS, { periodMinutes: 50 }, { 'core-load:A': 'watch' }, (p) => progress.push(p));
    expect(outcome).toBe(OUTCOME);
    expect(progress.map((p) => p.message)).toEqual(['Finding tables in 1 sheets', '0 flags']);
    expect(workers).toHaveLength(1);
    expect(workers[0].received[0]).toMatchObject({ type: 'review', settings: { periodMinutes: 50 }, notes: { 'core-load:A': 'watch' } });
  });

  it('answers detect with the tables the engine found, on the same worker', async () => {
    const tables = [{ kind: 'schedule', sheet: 'Schedule', headerRow: 1 }] as never;
    const workers: TickWorker[] = [];
    const runner = createWorkerRunner(() => {
      const worker = new TickWorker(stubEngine({ detect: () => ({ tables }) }));
      workers.push(worker);
      return worker;
    });
    await expect(runner.detect(GRIDS, {})).resolves.toEqual({ tables });
    await expect(runner.detect(GRIDS, {})).resolves.toEqual({ tables });
    expect(workers).toHaveLength(1);
  });

  it("passes the engine's error message on", async () => {
    const runner = createWorkerRunner(
      () =>
        new TickWorker(
          stubEngine({
            review: () => {
              throw new Error('No schedule table was found.');
            },
          }),
        ),
    );
    await expect(runner.review(GRIDS, {}, {})).rejects.toThrow('No schedule table was found.');
  });

  it('cancels by terminating the worker, and starts a fresh one for the next run', async () => {
    const workers: TickWorker[] = [];
    const runner = createWorkerRunner(() => {
      const worker = new TickWorker(stubEngine());
      workers.push(worker);
      return worker;
    });
    const controller = new AbortController();
    const running = runner.review(GRIDS, {}, {}, undefined, controller.signal);
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError', message: 'The review was cancelled.' });
    expect(workers[0].terminated).toBe(true);
    await expect(runner.review(GRIDS, {}, {})).resolves.toBe(OUTCOME);
    expect(workers).toHaveLength(2);
  });

  it('refuses to start when already cancelled', async () => {
    const runner = createWorkerRunner(() => new TickWorker(stubEngine()));
    const controller = new AbortController();
    controller.abort();
    await expect(runner.review(GRIDS, {}, {}, undefined, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('fails pending requests with a plain message when the worker crashes', async () => {
    let worker: TickWorker | undefined;
    const runner = createWorkerRunner(() => {
      worker = new TickWorker(stubEngine());
      worker.postMessage = () => undefined;
      return worker;
    });
    const running = runner.review(GRIDS, {}, {});
    worker!.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(running).rejects.toThrow('The review engine stopped unexpectedly: out of memory');
    expect(worker!.terminated).toBe(true);
  });

  it('fails with a plain message when the worker script cannot load (an error event without a message), then recovers', async () => {
    const workers: TickWorker[] = [];
    const runner = createWorkerRunner(() => {
      const worker = new TickWorker(stubEngine());
      if (workers.length === 0) worker.postMessage = () => undefined;
      workers.push(worker);
      return worker;
    });
    const running = runner.review(GRIDS, {}, {});
    workers[0].onerror?.({ message: '' } as ErrorEvent);
    await expect(running).rejects.toThrow('The review engine stopped unexpectedly: it failed to load or crashed. Try the run again.');
    await expect(runner.review(GRIDS, {}, {})).resolves.toBe(OUTCOME);
    expect(workers).toHaveLength(2);
  });

  it('fails instead of hanging when a reply cannot be read (messageerror), and uses a fresh worker next time', async () => {
    const workers: TickWorker[] = [];
    const runner = createWorkerRunner(() => {
      const worker = new TickWorker(stubEngine());
      if (workers.length === 0) worker.postMessage = () => undefined;
      workers.push(worker);
      return worker;
    });
    const first = runner.review(GRIDS, {}, {});
    workers[0].onmessageerror?.({ data: null } as MessageEvent);
    await expect(first).rejects.toThrow('The review engine sent an answer the task pane could not read. Try the run again.');
    expect(workers[0].terminated).toBe(true);
    await expect(runner.review(GRIDS, {}, {})).resolves.toBe(OUTCOME);
    expect(workers).toHaveLength(2);
  });

  it('rejects with a clear message when the worker cannot be started, and tries again on the next run', async () => {
    let attempts = 0;
    const runner = createWorkerRunner(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('SecurityError: worker scripts are blocked');
      return new TickWorker(stubEngine());
    });
    await expect(runner.review(GRIDS, {}, {})).rejects.toThrow(
      'The review engine could not start: SecurityError: worker scripts are blocked. Reload the add-in and try again.',
    );
    await expect(runner.detect(GRIDS, {})).resolves.toEqual({ tables: [] });
    expect(attempts).toBe(2);
  });

  it('rejects when the workbook cannot be copied to the worker', async () => {
    const runner = createWorkerRunner(() => {
      const worker = new TickWorker(stubEngine());
      worker.postMessage = () => {
        throw new Error('DataCloneError: could not be cloned');
      };
      return worker;
    });
    await expect(runner.review(GRIDS, {}, {})).rejects.toThrow('The review engine could not be given the workbook: DataCloneError: could not be cloned.');
  });

  describe('What If', () => {
    const WHAT_IF = sampleWhatIf();

    it("hands the review what the principal typed on the What If sheet, for the engine to keep", async () => {
      let kept: unknown;
      const workers: TickWorker[] = [];
      const runner = createWorkerRunner(() => {
        const worker = new TickWorker(stubEngine({ review: (_g, _s, _n, _p, whatIfInputs) => ((kept = whatIfInputs), OUTCOME) }));
        workers.push(worker);
        return worker;
      });
      await runner.review(GRIDS, {}, {}, undefined, undefined, { counselorFte: { value: 4, start: 5 }, coachFte: { value: 'four' } });
      expect(workers[0].received[0]).toMatchObject({ type: 'review', whatIfInputs: { counselorFte: { value: 4, start: 5 }, coachFte: { value: 'four' } } });
      expect(kept).toEqual({ counselorFte: { value: 4, start: 5 }, coachFte: { value: 'four' } });
    });

    it('evaluates the inputs in the worker and answers with its results', async () => {
      const workers: TickWorker[] = [];
      const runner = createWorkerRunner(() => {
        const worker = new TickWorker(stubEngine());
        workers.push(worker);
        return worker;
      });
      await expect(runner.evaluateWhatIf(WHAT_IF, { x: 7 })).resolves.toEqual([{ id: 'netCost', label: 'Net', unit: 'number', value: 7 }]);
      expect(workers[0].received[0]).toMatchObject({ type: 'whatIf', inputs: { x: 7 }, whatIf: { levers: [{ id: 'coreClassSize' }, { id: 'counselorFte' }] } });
    });

    it('lets the latest request win: an earlier one still waiting settles as cancelled and its answer is dropped', async () => {
      const runner = createWorkerRunner(() => new TickWorker(stubEngine()));
      const first = runner.evaluateWhatIf(WHAT_IF, { x: 1 });
      const second = runner.evaluateWhatIf(WHAT_IF, { x: 2 });
      await expect(first).rejects.toMatchObject({ name: 'AbortError' });
      await expect(second).resolves.toEqual([expect.objectContaining({ value: 2 })]);
    });

    it('cancelling an evaluation leaves the worker, and a review running in it, alone', async () => {
      const workers: TickWorker[] = [];
      const runner = createWorkerRunner(() => {
        const worker = new TickWorker(stubEngine());
        workers.push(worker);
        return worker;
      });
      const review = runner.review(GRIDS, {}, {});
      const controller = new AbortController();
      const evaluation = runner.evaluateWhatIf(WHAT_IF, { x: 3 }, controller.signal);
      controller.abort();
      await expect(evaluation).rejects.toMatchObject({ name: 'AbortError' });
      await expect(review).resolves.toBe(OUTCOME);
      expect(workers).toHaveLength(1);
      expect(workers[0].terminated).toBe(false);
    });

    it("passes the engine's error on", async () => {
      const runner = createWorkerRunner(
        () =>
          new TickWorker(
            stubEngine({
              evaluateWhatIf: () => {
                throw new Error('No lever "x" in this What If.');
              },
            }),
          ),
      );
      await expect(runner.evaluateWhatIf(WHAT_IF, { x: 1 })).rejects.toThrow('No lever "x" in this What If.');
    });
  });
});
