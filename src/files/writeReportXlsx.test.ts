import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { promises as fs } from 'fs';
import path from 'path';
import { writeReportXlsx } from './writeReportXlsx';
import type { CellLink, Report, ReportSheet } from '../engine/types';
import { EXCEL_LINKS_PER_SHEET, limitSheetLinks } from '../engine/report/links';
import { inTemporaryFolder } from '../../test/support/temporaryFolder';
import { writtenWorkbook } from '../../test/support/writtenWorkbook';

describe('writeReportXlsx per-cell number formats', () => {
  it('formats a cell by its cellTypes entry and the rest of the column by the column type', async () => {
    const report: Report = {
      sheets: [
        {
          name: 'Summary',
          preamble: [],
          table: {
            name: 'srr_Summary',
            columns: [
              { header: 'Item', type: 'text' },
              { header: 'Value', type: 'number' },
            ],
            rows: [
              ['Share of time in ELA/ELD + math', 0.3596],
              ['Budget per pupil', 8270.8],
              ['School', 'St Paul’s'],
            ],
            cellTypes: { 0: { 1: 'percent' }, 1: { 1: 'currency' } },
          },
        },
      ],
    };
    const workbook = await writtenWorkbook(report);
    const ws = workbook.getWorksheet('Summary')!;
    // No preamble: the writer's mark on row 1, a blank row, the header on row 3, data from row 4 (report/layout.ts).
    expect(ws.getCell(4, 2).numFmt).toBe('0.0%');
    expect(ws.getCell(5, 2).numFmt).toBe('"$"#,##0');
    // ExcelJS reads the General format back as no format.
    expect(ws.getCell(6, 2).numFmt ?? 'General').toBe('General');
    expect(ws.getCell(4, 2).value).toBe(0.3596);
  });
});

describe('writeReportXlsx cell values', () => {
  it('keeps text as text, drops what XML cannot hold, leaves non-finite numbers empty and names every table uniquely', async () => {
    const table = (rows: Report['sheets'][number]['table']['rows']) => ({
      name: 'srr_Same',
      columns: [
        { header: 'Item', type: 'text' as const },
        { header: 'Value', type: 'number' as const },
      ],
      rows,
    });
    const report: Report = {
      sheets: [
        {
          name: 'One',
          preamble: [],
          table: table([
            ['=HYPERLINK("http://x")', Number.NaN],
            ['Tab\there, bell\u0007 gone & <kept>', Number.POSITIVE_INFINITY],
            [' padded ', true],
          ]),
        },
        { name: 'Two', preamble: [], table: table([['x', 1]]) },
      ],
    };
    const workbook = await writtenWorkbook(report);
    const ws = workbook.getWorksheet('One')!;
    // Data from row 4 (mark, blank row, header on row 3).
    expect(ws.getCell('A4').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B4').value).toBeNull();
    expect(ws.getCell('A5').value).toBe('Tab\there, bell gone & <kept>');
    expect(ws.getCell('B5').value).toBeNull();
    expect(ws.getCell('A6').value).toBe(' padded ');
    expect(ws.getCell('B6').value).toBe(true);
    // The second table of the same name is numbered: Excel would delete one of two tables that share a name.
    const names = [...workbook.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: object }).tables))];
    expect(names).toEqual(['srr_Same', 'srr_Same_2']);
  });
});

describe('writeReportXlsx at district scale', () => {
  it("writes a link on each of Excel's 65,530 rows a sheet may link, none past them, and refuses a sheet not held to it", async () => {
    // 200,000 sections: more than a call's arguments can hold, and three times the links Excel allows on a sheet.
    const rows = 200_000;
    const classSize = (): ReportSheet => ({
      name: 'Class Size',
      preamble: [],
      table: {
        name: 'srr_ClassSize',
        columns: [{ header: 'Section', type: 'text' }],
        rows: Array.from({ length: rows }, (_, r) => [`S${r}`]),
        links: Object.fromEntries(Array.from({ length: rows }, (_, r) => [r, { 0: { sheet: 'Sections', range: `A${r + 2}:K${r + 2}` } }])),
      },
    });
    const sourceLink = (link: CellLink) => `school.xlsx#'${link.sheet}'!${link.range}`;
    const { sheet, rels } = await inTemporaryFolder('srr-links-', async (dir) => {
      const out = path.join(dir, 'review.xlsx');
      await expect(writeReportXlsx({ sheets: [classSize()] }, out, { sourceLink })).rejects.toThrow(/at most 65530 hyperlinks/);
      await writeReportXlsx({ sheets: [limitSheetLinks(classSize())] }, out, { sourceLink });
      const zip = await JSZip.loadAsync(await fs.readFile(out));
      return {
        sheet: await zip.file('xl/worksheets/sheet1.xml')!.async('string'),
        rels: await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string'),
      };
    });
    const limit = EXCEL_LINKS_PER_SHEET;
    expect(sheet.match(/<hyperlink /g)).toHaveLength(limit);
    // Data from row 5 (mark, the limit's note on row 2, blank row, header on row 4): section S65529, the last linked,
    // is on row 65,529 + 5 = 65,534 and links to the user's row 65,531; S65530 on row 65,535 has no link.
    expect(sheet).toContain(`<hyperlink ref="A65534" r:id="rId${limit}" tooltip="Sections!A65531:K65531"/>`);
    expect(sheet).not.toContain('<hyperlink ref="A65535"');
    expect(sheet).toContain('<row r="65535"');
    expect(rels).toContain(`<Relationship Id="rId${limit}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="school.xlsx#&apos;Sections&apos;!A65531:K65531" TargetMode="External"/>`);
  }, 60_000);
});
