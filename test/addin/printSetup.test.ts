// The add-in writer's print setup, through the strict Excel fake: every result sheet prints as the .xlsx writer's
// does (landscape, one page wide, its header row on every page, the sheet's name and page number in the footer),
// and a host without ExcelApi 1.9 writes the results all the same and says what it left out.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRegistry, RESULT_SHEETS_SETTING } from '../../src/addin/bridge/registry';
import { defaultPageLayout, type FakeWorkbook } from '../../src/addin/fake';
import { fakeFromXlsx } from '../support/fakeFromXlsx';
import { runReview } from '../support/fakeBridge';
import { writtenWorkbook } from '../support/writtenWorkbook';

const HIGH_SCHOOL = path.resolve(__dirname, '../../assets/case-studies/high-school.xlsx');

async function reviewHighSchool(excelApi: string) {
  const fake = await fakeFromXlsx(readFileSync(HIGH_SCHOOL), { excelApi, name: 'high-school.xlsx' });
  const { bridge, outcome, written } = await runReview(fake);
  return { fake, report: outcome.report, written, bridge };
}

function resultSheets(fake: FakeWorkbook) {
  return parseRegistry(fake.settings.get(RESULT_SHEETS_SETTING)).map((entry) => ({ entry, sheet: fake.findSheet(entry.name)! }));
}

describe('print setup of the result sheets (ExcelApi 1.9)', () => {
  it('every result sheet prints landscape, one page wide, its header row repeated, sheet and page in the footer', async () => {
    const { fake, report, written } = await reviewHighSchool('1.12');
    expect(written.skipped).toEqual([]);
    const sheets = resultSheets(fake);
    expect(sheets.map((s) => s.entry.report)).toEqual(report.sheets.map((s) => s.name));
    for (const { entry, sheet } of sheets) {
      const several = (report.sheets.find((s) => s.name === entry.report)!.moreTables ?? []).length > 0;
      expect([entry.report, sheet.pageLayout]).toEqual([
        entry.report,
        {
          orientation: 'Landscape',
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          // The registry's header row is zero-based; a sheet of several tables repeats none (it would head the wrong one).
          printTitleRows: several ? null : { first: entry.headerRow, last: entry.headerRow },
          header: { left: '', center: '', right: '' },
          footer: { left: '&A', center: '', right: 'Page &P of &N' },
        },
      ]);
    }
    // The Summary is the sheet of several tables ("What matters most" below the key figures); Flags is not.
    expect(sheets.find((s) => s.entry.report === 'Summary')!.sheet.pageLayout.printTitleRows).toBeNull();
    expect(sheets.find((s) => s.entry.report === 'Flags')!.sheet.pageLayout.printTitleRows).not.toBeNull();
  });

  it('repeats the same header row as the .xlsx writer on every sheet', async () => {
    const { fake, report } = await reviewHighSchool('1.12');
    const book = await writtenWorkbook(report);
    for (const { entry, sheet } of resultSheets(fake)) {
      const ws = book.getWorksheet(entry.report)!;
      const titles = sheet.pageLayout.printTitleRows;
      // exceljs reads the defined name _xlnm.Print_Titles back as "3:3"; the fake keeps zero-based rows.
      expect([entry.report, ws.pageSetup.printTitlesRow ?? null]).toEqual([entry.report, titles ? `${titles.first + 1}:${titles.last + 1}` : null]);
      expect([entry.report, ws.pageSetup.orientation, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual([
        entry.report,
        sheet.pageLayout.orientation.toLowerCase(),
        sheet.pageLayout.zoom.horizontalFitToPages,
        sheet.pageLayout.zoom.verticalFitToPages,
      ]);
    }
  });

  it('on an ExcelApi 1.8 host: writes every sheet with Excel\'s default print setup and says print setup was left out', async () => {
    const { fake, report, written, bridge } = await reviewHighSchool('1.8');
    expect(written.sheets.map((s) => s.report)).toEqual(report.sheets.map((s) => s.name));
    expect(written.skipped).toEqual(['Print setup (landscape, one page wide, the header row on every page, page numbers) is not supported by this Excel.']);
    for (const { sheet } of resultSheets(fake)) expect(sheet.pageLayout).toEqual(defaultPageLayout());
    expect(bridge.capabilities().missing).toContain("Result sheets print with Excel's default page setup: this Excel lacks page layout for add-ins (ExcelApi 1.9).");
  });
});
