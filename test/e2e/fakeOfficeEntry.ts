// Stands in for office.js on the test page: builds the strict Excel fake from the snapshot the test injected
// (page.addInitScript) and installs `Excel` and `Office` globals before the task pane's scripts run.
import { installOfficeFake, workbookFromSnapshot, type WorkbookSnapshot } from '../../src/addin/fake';

interface TestWindow {
  __SRR_SNAPSHOT__?: WorkbookSnapshot;
  __SRR_EXCEL_API__?: string;
  __fakeWorkbook?: unknown;
}

const page = window as unknown as TestWindow & typeof globalThis;
const snapshot = page.__SRR_SNAPSHOT__;
if (!snapshot) throw new Error('The end-to-end test did not inject a workbook snapshot.');
const workbook = workbookFromSnapshot(snapshot, { excelApi: page.__SRR_EXCEL_API__ ?? '1.12' });
installOfficeFake(page, workbook);
page.__fakeWorkbook = workbook;
