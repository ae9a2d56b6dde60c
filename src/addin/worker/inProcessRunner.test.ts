import { createInProcessRunner } from './inProcessRunner';
import { engineCalls } from './engineCalls';
import { sampleWhatIf, evaluateSample } from '../../../test/support/whatIfSample';
import type { CellValue, ReviewProgress, WorkbookGrids } from '../../engine/types';

/** Six sections, two teachers: English (3 × 25 seats) and Math (3 × 30 seats). */
function smallSchool(): WorkbookGrids {
  const rows: CellValue[][] = [['Section', 'Course', 'Teacher', 'Period', 'Room', 'Enrollment', 'Term']];
  for (let i = 0; i < 6; i++) {
    const english = i < 3;
    rows.push([`S${i + 1}`, english ? 'English 9' : 'Algebra I', english ? 'Ms Adams' : 'Mr Baker', String((i % 3) + 1), `R${i}`, english ? 25 : 30, 'Year']);
  }
  return { name: 'Small', sheets: [{ name: 'Schedule', rows, originRow: 0, originCol: 0 }] };
}

describe('createInProcessRunner', () => {
  it('runs the engine and reports its progress', async () => {
    const progress: ReviewProgress[] = [];
    const outcome = await createInProcessRunner().review(smallSchool(), {}, {}, (p) => progress.push(p));
    const loads = Object.fromEntries(outcome.result.teachers.map((t) => [t.teacher, t.seats]));
    expect(loads).toEqual({ 'Ms Adams': 75, 'Mr Baker': 90 });
    expect(outcome.result.keyFigures.sections).toBe(6);
    expect(progress[0]).toMatchObject({ stage: 'checking' });
    expect(outcome.report.sheets.map((s) => s.name)).toContain('Flags');
  });

  it('finds the schedule table', async () => {
    const { tables } = await createInProcessRunner().detect(smallSchool(), {});
    expect(tables.map((t) => [t.kind, t.sheet, t.headerRow])).toEqual([['schedule', 'Schedule', 1]]);
  });

  it('detects with a saved mapping of the wrong shape as if it were not there, instead of crashing', async () => {
    // A workbook someone else sent can carry any saved setup: {"schedule":{"sheet":123}} threw "trim is not a function".
    const settings = { mapping: { schedule: { sheet: 123, columns: { teacher: 5 } } } } as never;
    const { tables } = await createInProcessRunner().detect(smallSchool(), settings);
    expect(tables.map((t) => [t.kind, t.sheet])).toEqual([['schedule', 'Schedule']]);
  });

  it('honours a cancellation made before the engine starts', async () => {
    const controller = new AbortController();
    const running = createInProcessRunner().review(smallSchool(), {}, {}, undefined, controller.signal);
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('evaluates What If inputs, the latest call winning over one still waiting', async () => {
    const runner = createInProcessRunner({ ...engineCalls, evaluateWhatIf: (_whatIf, inputs) => evaluateSample(inputs) });
    const first = runner.evaluateWhatIf(sampleWhatIf(), { 'coreClassSize': 20, 'counselorFte': 1 });
    const second = runner.evaluateWhatIf(sampleWhatIf(), { 'coreClassSize': 35, 'counselorFte': 1 });
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    // 2,800 seats / (35 × 5) = 16 FTE.
    expect((await second).find((r) => r.id === 'coreTeacherFte')?.value).toBe(16);
    const controller = new AbortController();
    controller.abort();
    await expect(runner.evaluateWhatIf(sampleWhatIf(), {}, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
