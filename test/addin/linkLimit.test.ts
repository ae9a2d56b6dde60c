// Excel holds at most 65,530 hyperlinks on a worksheet ("Excel specifications and limits"). The engine decides which
// cells keep a link (report/links.ts); the add-in writes exactly those, and the fake refuses a link past the limit
// as a strict host, so a sheet the engine did not hold to the limit fails here rather than in a principal's Excel.
import { cellAt, FakeWorkbook } from '../../src/addin/fake';
import { EXCEL_LINKS_PER_SHEET as FAKE_LIMIT } from '../../src/addin/fake/fakeWorkbook';
import { EXCEL_LINKS_PER_SHEET, limitSheetLinks } from '../../src/engine/report/links';
import { sheetLayout } from '../../src/engine/report/layout';
import type { ReportSheet } from '../../src/engine/types';
import { bridgeFor } from '../support/fakeBridge';

/** Class Size with one linked section per row, to rows 2, 3, … of the user's Sections sheet. */
function classSize(rows: number): ReportSheet {
  return {
    name: 'Class Size',
    preamble: ['Class size by section.'],
    table: {
      name: 'srr_ClassSize',
      columns: [{ header: 'Section', type: 'text' }, { header: 'Enrollment', type: 'integer' }],
      rows: Array.from({ length: rows }, (_, r) => [`S${r}`, 20]),
      links: Object.fromEntries(Array.from({ length: rows }, (_, r) => [r, { 0: { sheet: 'Sections', range: `A${r + 2}:K${r + 2}` } }])),
    },
  };
}

function setup(limit: number) {
  const workbook = new FakeWorkbook({ excelApi: '1.12', hyperlinksPerSheet: limit });
  workbook.addSheet('Sections');
  return { workbook, bridge: bridgeFor(workbook) };
}

function linkedRows(workbook: FakeWorkbook): number[] {
  const sheet = workbook.findSheet('Class Size')!;
  return sheet.cells.flatMap((line, r) => (line?.some((cell) => cell?.hyperlink) ? [r] : []));
}

describe("the add-in's links within Excel's limit per sheet", () => {
  it('knows the limit Excel states, the same as the engine', () => {
    expect(FAKE_LIMIT).toBe(65_530);
    expect(FAKE_LIMIT).toBe(EXCEL_LINKS_PER_SHEET);
  });

  it('is refused by the strict fake past its limit when the sheet was not held to it', async () => {
    const { bridge } = setup(3);
    await expect(bridge.writeReport({ sheets: [classSize(4)] })).rejects.toThrow(/at most 3 hyperlinks/);
  });

  it('writes the links the engine kept: the first 3 of 4 rows, and the note on the sheet', async () => {
    const { workbook, bridge } = setup(3);
    const sheet = limitSheetLinks(classSize(4), 3);
    await bridge.writeReport({ sheets: [sheet] });
    // Mark row 1, two preamble lines (title, the limit's note) on rows 2-3, blank row 4, header row 5: data from row 6
    // (zero-based 5). Sections S0-S2 on zero-based rows 5-7 are linked; S3 on row 8 is not.
    const firstDataRow = sheetLayout(sheet).main.firstDataRow - 1;
    expect(firstDataRow).toBe(5);
    expect(linkedRows(workbook)).toEqual([5, 6, 7]);
    const written = workbook.findSheet('Class Size')!;
    expect(cellAt(written, 8, 0)?.value).toBe('S3');
    expect(cellAt(written, 2, 0)?.value).toBe('Rows past the 3rd are not linked: Excel allows 3 links on a sheet; the Section column still names them.');
  });
});
