import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { sheetLayout } from '../../src/engine/report/layout';
import JSZip from 'jszip';
import { buildReport } from '../../src/engine/report/buildReport';
import { sampleResult } from '../../src/testing/sampleResult';
import { writeReportXlsx, writtenSheetNames } from '../../src/files/writeReportXlsx';
import { fileVersion, writeKeepingUserSheets } from '../../src/cli/keepUserSheets';
import { readPreviousNotes } from '../../src/files/readPreviousNotes';
import { readCsvFiles, readWorkbookFile, UnusableInputError } from '../../src/files/readWorkbookFile';
import { temporaryFolder } from '../support/temporaryFolder';

const dir = temporaryFolder('srr-files-');

async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

describe('writeReportXlsx', () => {
  const report = buildReport(sampleResult(), { 'core-load:Smith': 'Ask for two more English sections' });
  let out: string;
  let workbook: ExcelJS.Workbook;
  const reportSheet = (name: string) => report.sheets.find((s) => s.name === name)!;
  /** The sheet's number in the package (xl/worksheets/sheetN.xml): exceljs numbers them in order. */
  const sheetNumber = (name: string) => report.sheets.findIndex((s) => s.name === name) + 1;

  beforeAll(async () => {
    out = path.join(dir(), 'sample-review.xlsx');
    await writeReportXlsx(report, out, {
      sourceLink: (link) => `sample.xlsx#'${link.sheet}'!${link.range}`,
    });
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
  });

  it('writes one sheet per report sheet whose table cells read back equal to the report', () => {
    // Plus the very hidden marker sheet that tells the next run this file is ours to replace.
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([...report.sheets.map((s) => s.name), 'srr_output']);
    expect(workbook.getWorksheet('srr_output')!.state).toBe('veryHidden');
    for (const sheet of report.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      const headerRow = sheetLayout(sheet).main.headerRow;
      expect(ws.getRow(headerRow).values).toEqual([undefined, ...sheet.table.columns.map((c) => c.header)]);
      sheet.table.rows.forEach((row, r) => {
        row.forEach((expected, c) => {
          const cell = ws.getCell(headerRow + 1 + r, c + 1);
          const raw = cell.value as ExcelJS.CellValue;
          const actual = raw && typeof raw === 'object' && 'hyperlink' in raw ? raw.text : raw;
          expect({ sheet: sheet.name, r, c, value: actual ?? null }).toEqual({
            sheet: sheet.name,
            r,
            c,
            value: expected === '' ? '' : expected,
          });
        });
      });
    }
  });

  it('writes real Excel tables named srr_… with number formats, frozen headers and highlighting', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const tableFiles = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
    const tableXml = await Promise.all(tableFiles.map((f) => zip.file(f)!.async('string')));
    const names = tableXml.map((x) => /name="([^"]+)"/.exec(x)?.[1]).sort();
    expect(names).toEqual(report.sheets.flatMap((s) => [s.table.name, ...(s.moreTables ?? []).map((m) => m.table.name)]).sort());

    const load = workbook.getWorksheet('Teacher Load')!;
    const headerRow = sheetLayout(reportSheet('Teacher Load')).main.headerRow;
    expect(load.getCell(headerRow + 1, 7).numFmt).toBe('#,##0');
    expect(load.getCell(headerRow + 1, 10).numFmt).toBe('#,##0" min"');
    const budgetHeader = sheetLayout(report.sheets.find((s) => s.name === 'Budget by Use')!).main.headerRow;
    expect(workbook.getWorksheet('Budget by Use')!.getCell(budgetHeader + 1, 2).numFmt).toBe('"$"#,##0');
    expect(workbook.getWorksheet('Time by Subject')!.getCell(sheetLayout(reportSheet('Time by Subject')).main.firstDataRow, 4).numFmt).toBe('0.0%');
    expect(load.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });

    const sheetXml = await zip.file(`xl/worksheets/sheet${sheetNumber('Teacher Load')}.xml`)!.async('string');
    const first = sheetLayout(reportSheet('Teacher Load')).main.firstDataRow;
    expect(sheetXml).toContain(`<conditionalFormatting sqref="G${first}:G${first + 1}">`);
    // An expression on the first data cell, so a blank cell is never coloured.
    expect(sheetXml).toMatch(new RegExp(`<cfRule type="expression"[^>]*>\\s*<formula>AND\\(ISNUMBER\\(G${first}\\),G${first}&gt;=150\\)</formula>`));
  });

  it('prints every sheet landscape, one page wide, with its header row repeated and the sheet and page in the footer', () => {
    for (const sheet of report.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      const headerRow = sheetLayout(sheet).main.headerRow;
      expect({ sheet: sheet.name, ...ws.pageSetup }).toMatchObject({ sheet: sheet.name, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      // The Summary holds two tables: repeating the first one's header would head the second wrongly.
      if (!sheet.moreTables?.length) expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
      expect(ws.headerFooter.oddFooter).toBe('&L&A&RPage &P of &N');
      // Only the header is frozen, never the preamble with it; nothing under a chart that spans the page above a table.
      if (sheetLayout(sheet).main.chartRow === undefined) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
      else expect(ws.views?.[0]?.state).not.toBe('frozen');
    }
  });

  it('writes the class-size averages as a real table of their own, under a one-line preamble, its header frozen', async () => {
    const groups = reportSheet('Class Size by Group');
    const ws = workbook.getWorksheet('Class Size by Group')!;
    // The writer's mark on row 1, one preamble line on row 2, a blank row, the header on row 4.
    expect(sheetLayout(groups).main.headerRow).toBe(4);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.getRow(4).values).toEqual([undefined, 'By', 'Group', 'Sections', 'Average class size', 'Smallest', 'Largest']);
    // sampleResult's one group: ELA, one section of 32.
    expect(ws.getRow(5).values).toEqual([undefined, 'subject', 'ELA', 1, 32, 32, 32]);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const tables = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const table = tables.find((x) => x.includes('name="srr_ClassSizeGroups"'))!;
    expect(table).toContain('ref="A4:F5"');
    expect(table).toContain('<autoFilter ref="A4:F5"');
    // The Class Size sheet's header is frozen with only a short preamble above it.
    expect(workbook.getWorksheet('Class Size')!.views[0]).toMatchObject({ state: 'frozen', ySplit: sheetLayout(reportSheet('Class Size')).main.headerRow });
    expect(sheetLayout(reportSheet('Class Size')).main.headerRow).toBeLessThanOrEqual(6);
  });

  it('styles headers itself (LibreOffice does not draw table styles), wraps long text at the top, and spans the preamble', () => {
    const flags = report.sheets.find((s) => s.name === 'Flags')!;
    const ws = workbook.getWorksheet('Flags')!;
    const headerRow = sheetLayout(flags).main.headerRow;
    const header = ws.getCell(headerRow, 1);
    expect(header.font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    const notes = flags.table.columns.findIndex((c) => c.type === 'notes');
    expect(ws.getCell(headerRow + 1, notes + 1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // Each preamble line (from row 2, under the writer's mark) is merged across the table's columns, so it wraps
    // there instead of widening the page.
    const lastLetter = ws.getColumn(flags.table.columns.length).letter;
    expect(ws.model.merges).toContain(`A2:${lastLetter}2`);
    // A header is never cut: every column is at least as wide as the header's longest word.
    flags.table.columns.forEach((column, c) => {
      const longest = Math.max(...column.header.split(/\s+/).map((w) => w.length));
      expect(ws.getColumn(c + 1).width).toBeGreaterThanOrEqual(longest);
    });
  });

  it('fits Flags on a landscape page: about 176 width units (was 226), the Id narrow, long text wrapped, two-line headers', () => {
    const flags = reportSheet('Flags');
    const ws = workbook.getWorksheet('Flags')!;
    const widths = flags.table.columns.map((_, c) => ws.getColumn(c + 1).width!);
    // 12 + 10 + 26 + 9 + 11 + 26 + 11 + 10 + 10 + 11 + 20 + 12 + 8 = 176 (Severity and Threshold widened to their
    // header word plus 2; every width is written as it is, 9 included).
    expect(widths.reduce((a, b) => a + b, 0)).toBe(176);
    const col = (header: string) => flags.table.columns.findIndex((c) => c.header === header) + 1;
    expect(ws.getColumn(col('Id')).width).toBe(8);
    const firstRow = sheetLayout(flags).main.firstDataRow;
    for (const header of ['Measure', 'Finding', 'Lever', 'Counted', 'Rows', 'Source']) {
      expect({ header, alignment: ws.getCell(firstRow, col(header)).alignment }).toMatchObject({ header, alignment: { wrapText: true, vertical: 'top' } });
    }
    // "Money freed" at 10 units wraps to two lines: the header row is two lines tall.
    expect(ws.getRow(sheetLayout(flags).main.headerRow).height).toBe(30);
  });

  it('writes the Summary’s findings as a second table under its title, with links to their rows on Flags', async () => {
    const summary = report.sheets[0];
    const ws = workbook.getWorksheet('Summary')!;
    const { more } = sheetLayout(summary);
    expect(ws.getCell(more[0].titleRow, 1).value).toBe('What matters most');
    expect(ws.getRow(more[0].headerRow).values).toEqual([undefined, ...summary.moreTables![0].table.columns.map((c) => c.header)]);
    const flagsHeader = sheetLayout(report.sheets.find((s) => s.name === 'Flags')!).main.headerRow;
    // An in-workbook link is the hyperlink's location, with no relationship (exceljs reads only related links, so the
    // sheet's XML is read here).
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const sheet = await zip.file(`xl/worksheets/sheet${sheetNumber('Summary')}.xml`)!.async('string');
    const ref = `D${more[0].firstDataRow}`;
    expect(sheet).toContain(`<hyperlink ref="${ref}" location="&apos;Flags&apos;!A${flagsHeader + 1}" tooltip="Flags!A${flagsHeader + 1}"/>`);
    expect(ws.getCell(ref).value).toBe(ws.getCell(ref).text);
  });

  /** The package's chart parts by title, with the drawing that anchors each. */
  async function chartsByTitle(): Promise<Map<string, { xml: string; n: number }>> {
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const files = Object.keys(zip.files).filter((f) => /^xl\/charts\/srrChart\d+\.xml$/.test(f));
    const charts = new Map<string, { xml: string; n: number }>();
    for (const file of files) {
      const xml = await zip.file(file)!.async('string');
      charts.set(/<a:t>([^<]*)<\/a:t>/.exec(xml)![1], { xml, n: Number(/(\d+)\.xml$/.exec(file)![1]) });
    }
    return charts;
  }

  it('adds a bar chart of amount by use beside the Budget by Use table', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const { xml: chart, n } = (await chartsByTitle()).get('Budget by use')!;
    expect(chart).toContain('<c:barChart><c:barDir val="bar"/>');
    // The writer's mark, three preamble lines, a blank row, the header on row 6: the three uses on rows 7-9.
    expect(chart).toContain("<c:f>'Budget by Use'!$A$7:$A$9</c:f>");
    expect(chart).toContain("<c:f>'Budget by Use'!$B$7:$B$9</c:f>");
    expect(chart).toContain('<c:pt idx="1"><c:v>Coaches</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="0"><c:v>950000</c:v></c:pt>');
    const sheet = await zip.file(`xl/worksheets/sheet${sheetNumber('Budget by Use')}.xml`)!.async('string');
    expect(sheet).toMatch(new RegExp(`<drawing r:id="rIdSrrDrawing${n}"/><tableParts`));
    const rels = await zip.file(`xl/worksheets/_rels/sheet${sheetNumber('Budget by Use')}.xml.rels`)!.async('string');
    expect(rels).toContain(`Target="../drawings/srrDrawing${n}.xml"`);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain(`PartName="/xl/charts/srrChart${n}.xml"`);
    expect(workbook.getWorksheet('Budget by Use')!.getCell('A7').value).toBe('Core classroom teachers');
  });

  it('draws the Charts sheet: load against the 100 and 150 lines, minutes by subject per grade, planning against 90', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const charts = await chartsByTitle();
    const sheet = reportSheet('Charts');
    const { main, more } = sheetLayout(sheet);
    // sampleResult: one core teacher (Smith, 160 seats), grade 9's ELA and Math minutes, the English team.
    const load = charts.get('Core load by teacher (Teacher Load sheet)')!.xml;
    expect(load).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(load).toContain(`<c:f>'Charts'!$C$${main.firstDataRow}:$C$${main.firstDataRow}</c:f>`);
    expect(load).toContain('<c:v>160</c:v>');
    // The two reference lines are line series named by their headers, each 100 and 150 on every row.
    const lineChart = /<c:lineChart>.*<\/c:lineChart>/.exec(load)![0];
    expect(lineChart).toContain(`<c:f>'Charts'!$D$${main.headerRow}</c:f>`);
    expect(lineChart).toContain('<c:v>Warning above 100</c:v>');
    expect(lineChart).toContain('<c:v>Critical at 150</c:v>');
    expect(lineChart).toContain('<c:pt idx="0"><c:v>150</c:v></c:pt>');
    // Readable labels: both axes titled, the legend below.
    expect(load).toContain('<a:t>Core teachers, heaviest load first</a:t>');
    expect(load).toContain('<a:t>Students (or seats without a student roster)</a:t>');
    expect(load).toContain('<c:legendPos val="b"/>');

    const minutes = charts.get('Weekly minutes by subject, per grade')!.xml;
    expect(minutes).toContain('<c:grouping val="stacked"/>');
    expect(minutes).toContain('<c:overlap val="100"/>');
    // ELA (275 minutes in grade 9) before Math (220): the most-taught subject first, one series each.
    expect(minutes).toContain(`<c:f>'Charts'!$B$${more[0].headerRow}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>ELA</c:v>`);
    expect(minutes).toContain(`<c:f>'Charts'!$C$${more[0].firstDataRow}:$C$${more[0].firstDataRow}</c:f>`);
    expect(minutes).not.toContain('<c:lineChart>');

    const planning = charts.get('Common planning per team against the 90-minute block')!.xml;
    expect(/<c:lineChart>.*<\/c:lineChart>/.exec(planning)![0]).toContain('<c:v>Recommended block (90 min)</c:v>');

    // One drawing on the Charts sheet holds the three, each above its table, the page's width.
    const sheetXml = await zip.file(`xl/worksheets/sheet${sheetNumber('Charts')}.xml`)!.async('string');
    expect(sheetXml.match(/<drawing /g)).toHaveLength(1);
    const drawingFile = Object.keys(zip.files).find((f) => /^xl\/drawings\/srrDrawing\d+\.xml$/.test(f) && f.endsWith(`srrDrawing${charts.get('Core load by teacher (Teacher Load sheet)')!.n}.xml`))!;
    const drawing = await zip.file(drawingFile)!.async('string');
    expect(drawing.match(/<xdr:oneCellAnchor>/g)).toHaveLength(3);
    // 700 × 300 points in EMU (12,700 a point); the first chart's top-left cell is its layout row (zero-based here).
    expect(drawing).toContain('<xdr:ext cx="8890000" cy="3810000"/>');
    expect(drawing).toContain(`<xdr:row>${main.chartRow! - 1}</xdr:row>`);
    expect(drawing).toContain(`<xdr:row>${more[1].chartRow! - 1}</xdr:row>`);
    // Each further table with its chart starts a printed page, so no chart is cut by a page break.
    expect(sheetXml).toContain(`<rowBreaks count="2" manualBreakCount="2"><brk id="${more[0].titleRow - 1}"`);
    expect(sheetXml).toContain(`<brk id="${more[1].titleRow - 1}"`);
  });

  it('keeps a chart readable when a name from the user\'s sheet holds a control character XML cannot carry', async () => {
    const file = path.join(dir(), 'control.xlsx');
    await writeReportXlsx(
      {
        sheets: [
          {
            name: 'Charts',
            preamble: [],
            table: {
              name: 'srr_Loads',
              columns: [
                { header: 'Teacher', type: 'text' },
                { header: 'Core load', type: 'integer' },
                { header: 'Critical at 150', type: 'integer' },
              ],
              rows: [['Ames\u0001 & <Co>', 120, 150]],
              chart: { type: 'column', title: 'Loads', categoryColumn: 0, valueColumn: 1, lineColumns: [2] },
            },
          },
        ],
      },
      file,
    );
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const chart = await zip.file('xl/charts/srrChart1.xml')!.async('string');
    expect(chart).toContain('<c:v>Ames &amp; &lt;Co&gt;</c:v>');
    // A strict XML parser reads the whole part.
    const { SaxesParser } = await import('saxes');
    const parser = new SaxesParser();
    expect(() => parser.write(chart).close()).not.toThrow();
  });

  it('names its sheets as writtenSheetNames says, so a rerun tells its own renamed sheets from a user\'s', async () => {
    const file = path.join(dir(), 'renamed-sheets.xlsx');
    const sheet = (name: string) => ({ name, preamble: [], table: { name: 'srr_T', columns: [{ header: 'A', type: 'text' as const }], rows: [['x']] } });
    // "History" is Excel's own name, ":" cannot be in a name, and Excel compares names ignoring case.
    const renamed = { sheets: ['History', 'Budget: 2025', 'Flags', 'flags'].map(sheet) };
    await writeReportXlsx(renamed, file);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(file);
    const visible = written.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
    expect(visible).toEqual(['History (2)', 'Budget 2025', 'Flags', 'flags (2)']);
    expect(writtenSheetNames(renamed)).toEqual(visible);
    // Replacing that file with the same report keeps no backup: every sheet in it is the run's own. Given the report's
    // names as they were before the writer renamed them, three would have read as the user's and been kept.
    const kept = await writeKeepingUserSheets(file, file, writtenSheetNames(renamed), await fileVersion(file), (beforeReplace) =>
      writeReportXlsx(renamed, file, { beforeReplace }),
    );
    expect(kept).toBeUndefined();
    expect((await fs.readdir(dir())).filter((f) => f.startsWith('renamed-sheets'))).toEqual(['renamed-sheets.xlsx']);
  });

  it('links each flag to its source rows in the input workbook', async () => {
    const flags = workbook.getWorksheet('Flags')!;
    const firstFlagRow = sheetLayout(reportSheet('Flags')).main.firstDataRow;
    const col = (header: string) => reportSheet('Flags').table.columns.findIndex((c) => c.header === header) + 1;
    expect(flags.getCell(firstFlagRow, col('Rows')).value).toMatchObject({
      // Rows 5 and 7 are apart: the link goes to the first of them.
      text: 'Master Schedule rows 5, 7',
      hyperlink: "sample.xlsx#'Master Schedule'!A5:E5",
    });
    expect(flags.getCell(firstFlagRow, col('Team notes')).value).toBe('Ask for two more English sections');
  });

  it('writes text from user data as text, never as a formula', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    // One part per report sheet, or the loop below would pass on none; a formula element may carry attributes (<f t="shared">).
    expect(sheets).toHaveLength(report.sheets.length + 1); // and the marker sheet
    for (const file of sheets) expect(await zip.file(file)!.async('string')).not.toMatch(/<f[\s>]/);
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(shared).toContain('<t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>');
    expect(shared).toContain('<t>+1-555</t>');

    const classSize = workbook.getWorksheet('Class Size')!;
    const teachers = classSize.getCell(sheetLayout(reportSheet('Class Size')).main.firstDataRow + 1, 6);
    expect(teachers.type).toBe(ExcelJS.ValueType.String);
    expect(teachers.value).toBe('=HYPERLINK("http://x","y")');
    // A linked cell keeps the user's text as its display text, not as a formula.
    const linked = workbook.getWorksheet('Teacher Load')!.getCell(sheetLayout(reportSheet('Teacher Load')).main.firstDataRow + 1, 1);
    expect(linked.type).toBe(ExcelJS.ValueType.Hyperlink);
    expect(linked.text).toBe('=HYPERLINK("http://x","y")');
    const course = classSize.getCell(sheetLayout(reportSheet('Class Size')).main.firstDataRow + 1, 2);
    expect(course.type).toBe(ExcelJS.ValueType.String);
    expect(course.value).toBe('+1-555');
  });

  it('keeps every formula-like string (= + - @) as a text cell', async () => {
    const risky = ['=1+1', '+1-555', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x","y")'];
    const file = path.join(dir(), 'risky.xlsx');
    await writeReportXlsx(
      {
        sheets: [
          {
            name: 'Risky',
            preamble: [],
            table: { name: 'srr_Risky', columns: [{ header: 'Text', type: 'text' }], rows: risky.map((r) => [r]) },
          },
        ],
      },
      file,
    );
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toContain('<f>');
    // Every data cell (rows 4-8, under the writer's mark, a blank row and the header on row 3) is a shared string.
    expect(sheetXml.match(/<c r="A[4-8]"[^>]*t="s"/g)).toHaveLength(risky.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Risky')!;
    expect(risky.map((_, i) => ws.getCell(4 + i, 1).type)).toEqual(risky.map(() => ExcelJS.ValueType.String));
    expect(risky.map((_, i) => ws.getCell(4 + i, 1).value)).toEqual(risky);
  });

  it('reads the team notes back by flag id, including notes the team typed afterwards', async () => {
    expect(await readPreviousNotes(out)).toEqual({ 'core-load:Smith': 'Ask for two more English sections' });
    const flags = workbook.getWorksheet('Flags')!;
    const secondFlagRow = sheetLayout(reportSheet('Flags')).main.firstDataRow + 1;
    const notesColumn = reportSheet('Flags').table.columns.findIndex((c) => c.header === 'Team notes') + 1;
    flags.getCell(secondFlagRow, notesColumn).value = { richText: [{ text: 'Block ' }, { text: 'Wednesday', font: { bold: true } }] };
    const edited = path.join(dir(), 'edited-review.xlsx');
    await workbook.xlsx.writeFile(edited);
    expect(await readPreviousNotes(edited)).toEqual({
      'core-load:Smith': 'Ask for two more English sections',
      'collab-block:English': 'Block Wednesday',
    });
  });

  it('finds no notes when there is no earlier output', async () => {
    expect(await readPreviousNotes(path.join(dir(), 'absent.xlsx'))).toEqual({});
  });

  it('writes a valid workbook for empty tables', async () => {
    const empty = buildReport({ ...sampleResult(), teachers: [], flags: [], dataCheck: [], budget: null }, {});
    const file = path.join(dir(), 'empty-review.xlsx');
    await writeReportXlsx(empty, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('Flags')).toBeDefined();
  });
});

describe('readWorkbookFile', () => {
  let input: string;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Master Schedule');
    ws.getCell('B2').value = 'Fall master schedule';
    ws.mergeCells('B2:E2');
    ws.getRow(4).values = [undefined, 'Teacher', 'Start', 'Date', 'Seats', 'Note'];
    ws.getCell('B5').value = { richText: [{ text: 'Smith, ' }, { text: 'J', font: { bold: true } }] };
    ws.getCell('C5').value = 485 / 1440;
    ws.getCell('C5').numFmt = 'h:mm';
    ws.getCell('D5').value = new Date(Date.UTC(2026, 8, 1));
    ws.getCell('D5').numFmt = 'yyyy-mm-dd';
    ws.getCell('E5').value = { formula: 'SUM(10,22)', result: 32 };
    ws.getCell('F5').value = { error: '#N/A' };
    ws.getCell('B6').value = { text: 'Lee', hyperlink: 'mailto:lee@example.org' };
    ws.getCell('E6').value = '$1,234';
    ws.getCell('F6').value = true;
    wb.addWorksheet('Empty');
    input = path.join(dir(), 'input.xlsx');
    await wb.xlsx.writeFile(input);
  });

  it('gives values, cached formula results, serial dates and times, errors and merged banners like Excel', async () => {
    const before = await sha256(input);
    const grids = await readWorkbookFile(input);
    expect(await sha256(input)).toBe(before);

    expect(grids.name).toBe('input');
    expect(grids.sheets.map((s) => s.name)).toEqual(['Master Schedule', 'Empty']);
    const sheet = grids.sheets[0];
    expect(sheet.originRow).toBe(1);
    expect(sheet.originCol).toBe(1);
    expect(sheet.rows).toEqual([
      ['Fall master schedule', null, null, null, null],
      [null, null, null, null, null],
      ['Teacher', 'Start', 'Date', 'Seats', 'Note'],
      ['Smith, J', 485 / 1440, 46266, 32, { error: '#N/A' }],
      ['Lee', null, null, '$1,234', true],
    ]);
    expect(sheet.numberFormats?.[3][1]).toBe('h:mm');
    expect(sheet.numberFormats?.[3][2]).toBe('yyyy-mm-dd');
    expect(grids.sheets[1]).toEqual({ name: 'Empty', rows: [], originRow: 0, originCol: 0 });
  });

  it('gives serials in the workbook’s own date system (1904 workbooks from old Macs)', async () => {
    const wb = new ExcelJS.Workbook();
    (wb.properties as { date1904?: boolean }).date1904 = true;
    const ws = wb.addWorksheet('Dates');
    ws.getCell('A1').value = new Date(Date.UTC(2026, 8, 1));
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    const file = path.join(dir(), 'mac.xlsx');
    await wb.xlsx.writeFile(file);
    const grids = await readWorkbookFile(file);
    // 2026-09-01 is serial 46266 in the 1900 system and 1462 days less in the 1904 system.
    expect(grids.sheets[0].rows).toEqual([[46266 - 1462]]);
  });

  it('reads a CSV file as one sheet named after the file', async () => {
    const csv = path.join(dir(), 'sections.csv');
    await fs.writeFile(csv, 'Teacher,Period,Enrolled\r\n"Smith; Lee",1-2,28\r\n');
    const grids = await readWorkbookFile(csv);
    expect(grids).toEqual({
      name: 'sections',
      sheets: [{ name: 'sections', rows: [['Teacher', 'Period', 'Enrolled'], ['Smith; Lee', '1-2', 28]], originRow: 0, originCol: 0 }],
    });
    const bell = path.join(dir(), 'bell.csv');
    await fs.writeFile(bell, 'Period,Start\n1,8:05\n');
    const both = await readCsvFiles([csv, bell]);
    expect(both.sheets.map((s) => s.name)).toEqual(['sections', 'bell']);
  });

  it('names the file and what was expected when it cannot be used', async () => {
    await expect(readWorkbookFile(path.join(dir(), 'missing.xlsx'))).rejects.toThrow(
      `${path.join(dir(), 'missing.xlsx')}: no such file (expected an .xlsx workbook or .csv files)`,
    );
    const notes = path.join(dir(), 'notes.txt');
    await fs.writeFile(notes, 'hello');
    await expect(readWorkbookFile(notes)).rejects.toThrow('expected an .xlsx workbook or .csv files, not ".txt"');
    const broken = path.join(dir(), 'broken.xlsx');
    await fs.writeFile(broken, 'not a zip');
    await expect(readWorkbookFile(broken)).rejects.toBeInstanceOf(UnusableInputError);
    await expect(readWorkbookFile(broken)).rejects.toThrow(/broken\.xlsx: could not be read as an \.xlsx workbook/);
  });
});
