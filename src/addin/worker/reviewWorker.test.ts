import type { WorkerRequest, WorkerResponse } from './protocol';
import { generateSchool, SAMPLE_SCHOOL } from '../../testing/generateSchool';

// The worker's entry, run as the browser would: it sets self.onmessage and answers through self.postMessage.
// Detection answers from the first chunk at once; a review first fetches the whole engine (a dynamic import).

const posted: WorkerResponse[] = [];
const scope = globalThis as unknown as { self: { onmessage: ((event: { data: WorkerRequest }) => void) | null; postMessage: (r: WorkerResponse) => void } };

beforeAll(async () => {
  scope.self = { onmessage: null, postMessage: (response) => posted.push(response) };
  await import('./reviewWorker');
});

afterAll(() => {
  delete (globalThis as { self?: unknown }).self;
});

const GRIDS = generateSchool(SAMPLE_SCHOOL);

describe('review worker entry', () => {
  it('answers a detection at once, without waiting for the whole engine', () => {
    posted.length = 0;
    scope.self.onmessage!({ data: { id: 1, type: 'detect', grids: GRIDS, settings: {} } });
    expect(posted).toHaveLength(1);
    const [answer] = posted;
    expect(answer.type).toBe('detected');
    const kinds = answer.type === 'detected' ? answer.tables.map((t) => t.kind).sort() : [];
    // SAMPLE_SCHOOL has every supporting sheet: schedule, bell schedule, staff roster, enrollment and budget.
    expect(kinds).toEqual(expect.arrayContaining(['bell', 'budget', 'enrollment', 'schedule', 'staff']));
  });

  it('answers a review once the whole engine has loaded, with its progress first', async () => {
    posted.length = 0;
    scope.self.onmessage!({ data: { id: 2, type: 'review', grids: GRIDS, settings: {}, notes: {} } });
    expect(posted).toHaveLength(0); // the engine's chunk is still on its way
    await new Promise((resolve) => setTimeout(resolve, 0));
    const last = posted[posted.length - 1];
    expect(last.id).toBe(2);
    expect(last.type).toBe('reviewed');
    expect(posted.slice(0, -1).every((p) => p.type === 'progress' && p.id === 2)).toBe(true);
    const sheetNames = last.type === 'reviewed' ? last.outcome.report.sheets.map((s) => s.name) : [];
    expect(sheetNames).toContain('Teacher Load');
  });

  it('evaluates What If inputs in the whole engine: at the start values, the results the review gave', async () => {
    posted.length = 0;
    scope.self.onmessage!({ data: { id: 3, type: 'review', grids: GRIDS, settings: {}, notes: {} } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reviewed = posted[posted.length - 1];
    const whatIf = reviewed.type === 'reviewed' ? reviewed.outcome.result.whatIf : null;
    expect(whatIf?.levers.length).toBeGreaterThan(0);
    posted.length = 0;
    const start = Object.fromEntries(whatIf!.levers.map((l) => [l.id, l.start]));
    scope.self.onmessage!({ data: { id: 4, type: 'whatIf', whatIf: whatIf!, inputs: start } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted).toEqual([{ id: 4, type: 'whatIfEvaluated', results: whatIf!.results }]);
  });
});
