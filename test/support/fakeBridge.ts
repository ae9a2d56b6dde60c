// The bridge over the strict fake Excel, a whole run through it as the pane makes one, and the team's notes typed on a
// Flags sheet as a person would, for the add-in's tests.
import { hostFrom } from '../../src/addin/bridge/excelHost';
import { createOfficeBridge, type OfficeBridgeOptions } from '../../src/addin/bridge/officeBridge';
import type { WorkbookBridge } from '../../src/addin/bridge/types';
import { cellAt, createFakeExcel, createFakeOffice, type FakeSheet, type FakeWorkbook } from '../../src/addin/fake';
import { createInProcessRunner } from '../../src/addin/worker/inProcessRunner';
import type { Settings } from '../../src/engine/types';

export function bridgeFor(workbook: FakeWorkbook, options?: OfficeBridgeOptions): WorkbookBridge {
  return createOfficeBridge(hostFrom(createFakeExcel(workbook), createFakeOffice(workbook)), options);
}

/**
 * A whole run as the pane makes one (run/useReviewRun.ts): read the workbook, the team's notes and the values typed on
 * the What If sheet, review in the engine, write the results. `notes` stands in for the notes read, where a test says
 * what they are.
 */
export async function runReview(workbook: FakeWorkbook, options: { settings?: Partial<Settings>; notes?: Record<string, string> } = {}) {
  const bridge = bridgeFor(workbook);
  const read = await bridge.readWorkbook();
  const notes = options.notes ?? (await bridge.readNotes());
  const typed = await bridge.readWhatIfInputs();
  const outcome = await createInProcessRunner().review(read.grids, options.settings ?? {}, notes, undefined, undefined, typed);
  const written = await bridge.writeReport(outcome.report);
  return { bridge, read, notes, typed, outcome, written };
}

/** The cell of a flag's note in a Flags sheet, found by the header's content as a person would. */
function noteCell(sheet: FakeSheet, flagId: string): { row: number; col: number } {
  const headerRow = sheet.cells.findIndex((line) => line?.some((cell) => cell?.value === 'Id'));
  const col = sheet.cells[headerRow].findIndex((cell) => cell?.value === 'Team notes');
  const idCol = sheet.cells[headerRow].findIndex((cell) => cell?.value === 'Id');
  const row = sheet.cells.findIndex((line, r) => r > headerRow && line?.[idCol]?.value === flagId);
  expect(row).toBeGreaterThan(headerRow);
  return { row, col };
}

/** Types a note beside a flag, as a person would. */
export function typeNote(sheet: FakeSheet, flagId: string, note: string): void {
  const { row, col } = noteCell(sheet, flagId);
  cellAt(sheet, row, col, true).value = note;
}

/** The note beside a flag ('' when none); the flag's row must be there. */
export function noteBeside(sheet: FakeSheet, flagId: string): unknown {
  const { row, col } = noteCell(sheet, flagId);
  return cellAt(sheet, row, col)?.value ?? '';
}
