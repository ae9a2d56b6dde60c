// The team's notes through four consecutive add-in runs, as a school team would live them: thresholds changed
// in the pane, data edited between runs, rows inserted and deleted above the Flags header, a flag whose figure
// (and severity) changes but whose id does not.
import { cellAt, FakeWorkbook, type FakeSheet } from '../../src/addin/fake';
import type { Settings } from '../../src/engine/types';
import { fakeFromSheets, schoolSheets } from '../support/schoolWorkbook';
import { bridgeFor, runReview } from '../support/fakeBridge';

const FLAGS = 'Flags (review)';

async function run(workbook: FakeWorkbook, settings: Partial<Settings> = {}) {
  const { notes, outcome } = await runReview(workbook, { settings });
  return { notes, flags: new Map(outcome.result.flags.map((f) => [f.id, f])) };
}

function headerRowOf(sheet: FakeSheet): number {
  return sheet.cells.findIndex((line) => line?.some((cell) => cell?.value === 'Id') && line.some((cell) => cell?.value === 'Team notes'));
}

/** The Id column, found by its header as the add-in's reader finds it (it is the Flags table's last column). */
function idColumn(sheet: FakeSheet): number {
  return sheet.cells[headerRowOf(sheet)].findIndex((cell) => cell?.value === 'Id');
}

function rowOf(sheet: FakeSheet, flagId: string): number {
  const header = headerRowOf(sheet);
  const id = idColumn(sheet);
  return sheet.cells.findIndex((line, r) => r > header && line?.[id]?.value === flagId);
}

function notesColumn(sheet: FakeSheet): number {
  return sheet.cells[headerRowOf(sheet)].findIndex((cell) => cell?.value === 'Team notes');
}

function typeNote(workbook: FakeWorkbook, flagId: string, note: string): void {
  const sheet = workbook.findSheet(FLAGS)!;
  cellAt(sheet, rowOf(sheet, flagId), notesColumn(sheet), true).value = note;
}

function noteBeside(workbook: FakeWorkbook, flagId: string): unknown {
  const sheet = workbook.findSheet(FLAGS)!;
  const row = rowOf(sheet, flagId);
  return row < 0 ? undefined : (cellAt(sheet, row, notesColumn(sheet))?.value ?? '');
}

/** Every note the Flags sheet shows, by the id in its row: what the team sees. */
function notesShown(workbook: FakeWorkbook): Record<string, unknown> {
  const sheet = workbook.findSheet(FLAGS)!;
  const header = headerRowOf(sheet);
  const col = notesColumn(sheet);
  const id = idColumn(sheet);
  const shown: Record<string, unknown> = {};
  sheet.cells.forEach((line, r) => {
    const note = line?.[col]?.value;
    if (r > header && note) shown[String(line[id].value)] = note;
  });
  return shown;
}

/** The user inserts rows above the header (Excel shifts everything below down) and types in them. */
function insertRowsAbove(workbook: FakeWorkbook, at: number, lines: string[]): void {
  const sheet = workbook.findSheet(FLAGS)!;
  sheet.cells.splice(at, 0, ...lines.map(() => []));
  lines.forEach((text, i) => (cellAt(sheet, at + i, 0, true).value = text));
}

function deleteRows(workbook: FakeWorkbook, at: number, count: number): void {
  workbook.findSheet(FLAGS)!.cells.splice(at, count);
}

describe("the team's notes in the add-in", () => {
  it('survive four runs with changing thresholds and data, and rows inserted and deleted above the header', async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    const first = await run(workbook);
    // 120 sections over 24 teachers, teacher t teaching sections t, t+24, …, t+96 with 18 + (i mod 17) seats.
    // The heaviest English load is English Teacher 13's: 18×5 + (12+2+9+16+6) = 135 seats, over the warning at 100.
    expect(first.flags.get('core-load:English')).toMatchObject({ severity: 'warning', value: 135 });
    // 310 + 295 + 280 + 270 = 1,155 students over 3 counselors = 385.
    expect(first.flags.get('counselor-ratio')).toMatchObject({ value: 385 });
    typeNote(workbook, 'core-load:English', 'Split English 9 next year');
    typeNote(workbook, 'counselor-ratio', '=Ask the district for a counselor');
    const expected = { 'core-load:English': 'Split English 9 next year', 'counselor-ratio': '=Ask the district for a counselor' };

    // Run 2: a stricter critical threshold makes the English load critical (same id), the team inserted three
    // rows above the header, and a teacher's sections were edited in the schedule.
    insertRowsAbove(workbook, 2, ['Agenda for the March meeting', 'Owner: Ms Ortiz', '']);
    cellAt(workbook.findSheet('Schedule')!, 3, 9, true).value = 30;
    const second = await run(workbook, { thresholds: { coreLoadCritical: 130 } as Settings['thresholds'] });
    expect(second.notes).toEqual(expected);
    // Section S00001 (English Teacher 1) now has 30 seats, not 18: 126 - 18 + 30 = 138, the heaviest English load,
    // over the critical threshold of 130. The figure and the severity changed; the id did not.
    expect(second.flags.get('core-load:English')).toMatchObject({ severity: 'critical', value: 138 });
    expect(notesShown(workbook)).toEqual(expected);

    // Run 3: the team deleted the marker row and a preamble line above the header; the counselor threshold moved.
    deleteRows(workbook, 0, 2);
    const third = await run(workbook, { thresholds: { studentsPerCounselorMax: 300 } as Settings['thresholds'] });
    expect(third.notes).toEqual(expected);
    expect(third.flags.get('counselor-ratio')).toMatchObject({ threshold: 300 });
    expect(notesShown(workbook)).toEqual(expected);

    // Run 4: defaults again, and a fourth run's notes are the first run's, beside the same flags.
    typeNote(workbook, 'new-teachers', 'Mentors assigned');
    const fourth = await run(workbook);
    expect(fourth.notes).toEqual({ ...expected, 'new-teachers': 'Mentors assigned' });
    expect(noteBeside(workbook, 'core-load:English')).toBe('Split English 9 next year');
    expect(noteBeside(workbook, 'counselor-ratio')).toBe('=Ask the district for a counselor');
    expect(cellAt(workbook.findSheet(FLAGS)!, rowOf(workbook.findSheet(FLAGS)!, 'counselor-ratio'), notesColumn(workbook.findSheet(FLAGS)!))?.formula).toBeUndefined();
  });

  // The engine's Flags sheet keeps a note whose flag stopped firing as a row marked "not firing in this run", which
  // the add-in reads back like any other row (before, it went to a preamble line no reader read: lost by run 3).
  it('keeps a note on a flag that stops firing for two runs and fires again', async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    await run(workbook);
    typeNote(workbook, 'core-load:English', 'Split English 9 next year');
    // Runs 2 and 3: loads of 135 are under a warning threshold of 140, so no core-load flag fires.
    const quiet = { thresholds: { coreLoadWarn: 140 } as Settings['thresholds'] };
    const second = await run(workbook, quiet);
    expect(second.flags.has('core-load:English')).toBe(false);
    expect((await bridgeFor(workbook).readNotes())['core-load:English']).toBe('Split English 9 next year');
    const third = await run(workbook, quiet);
    expect(third.notes['core-load:English']).toBe('Split English 9 next year');
    // Run 4: it fires again, with its note beside it.
    const fourth = await run(workbook);
    expect(fourth.flags.has('core-load:English')).toBe(true);
    expect(noteBeside(workbook, 'core-load:English')).toBe('Split English 9 next year');
  });
});
