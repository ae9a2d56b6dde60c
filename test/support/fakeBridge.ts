// The bridge over the strict fake Excel, and a whole run through it as the pane makes one, for the add-in's tests.
import { hostFrom } from '../../src/addin/bridge/excelHost';
import { createOfficeBridge } from '../../src/addin/bridge/officeBridge';
import type { WorkbookBridge } from '../../src/addin/bridge/types';
import { createFakeExcel, createFakeOffice, type FakeWorkbook } from '../../src/addin/fake';
import { createInProcessRunner } from '../../src/addin/worker/inProcessRunner';

export function bridgeFor(workbook: FakeWorkbook): WorkbookBridge {
  return createOfficeBridge(hostFrom(createFakeExcel(workbook), createFakeOffice(workbook)));
}

/** Read the workbook and the team's notes, review in the engine with default settings, write the results. */
export async function runReview(workbook: FakeWorkbook) {
  const bridge = bridgeFor(workbook);
  const read = await bridge.readWorkbook();
  const notes = await bridge.readNotes();
  const outcome = await createInProcessRunner().review(read.grids, {}, notes);
  const written = await bridge.writeReport(outcome.report);
  return { read, notes, outcome, written };
}
