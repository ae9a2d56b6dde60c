import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { review } from '../../src/engine/review';
import { MARKER_SHEET, MARKER_TEXT, writeReportXlsx } from '../../src/files/writeReportXlsx';
import { temporaryFolder } from '../support/temporaryFolder';

// The review workbook of the elementary case study as a principal opens it: the facts she depends on, pinned by hand
// on the file our own writer (src/files/xlsxWrite/) produces — values, styles, tables, links, live formulas, print
// setup — and a package Excel opens without repair (every part declared and related, no dangling relationship).

const CASE_STUDY = path.resolve(__dirname, '../../assets/case-studies/elementary-school.xlsx');

const dir = temporaryFolder('srr-write-case-');
let out: string;
let workbook: ExcelJS.Workbook;
let zip: JSZip;
const part = (name: string) => zip.file(name)!.async('string');

beforeAll(async () => {
  out = path.join(dir(), 'elementary-review.xlsx');
  const { report } = review({ workbook: await readWorkbookFile(CASE_STUDY), runDate: '2026-11-30' });
  await writeReportXlsx(report, out, { sourceLink: (link) => `elementary-school.xlsx#'${link.sheet}'!${link.range}` });
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  zip = await JSZip.loadAsync(await fs.readFile(out), { checkCRC32: true });
});

const sheetNumber = (name: string) => workbook.worksheets.findIndex((w) => w.name === name) + 1;

describe('the Summary sheet', () => {
  it('starts with the mark, the merged title and the preamble, then the key figures as a real table', async () => {
    const ws = workbook.getWorksheet('Summary')!;
    expect(ws.getCell('A1').value).toBe('School Resource Review: Summary. Running the review again replaces this sheet; the team\'s notes on Flags are kept.');
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Calibri', size: 8, color: { argb: 'FF808080' } });
    expect(ws.getCell('A2').value).toBe('Harbor Lights Elementary School: resource review');
    expect(ws.getCell('A2').font).toMatchObject({ name: 'Calibri', bold: true, size: 14 });
    // The preamble spans the table's five columns (A–E); the title row is one line of 14-point text, 18.75 points
    // (Excel's row height for that size).
    expect(Object.keys((ws as unknown as { _merges: object })._merges).sort()).toEqual(['A2', 'A3', 'A4', 'A5']);
    expect(ws.getRow(2).height).toBe(18.75);
    // Mark (row 1) + four preamble lines (rows 2–5) + a blank row: the header on row 7, nine key figures on rows 8–16.
    expect(ws.getRow(7).values).toEqual([undefined, 'Key figure', 'This school', 'Recommended', 'Status', 'Basis']);
    const header = ws.getCell('B7');
    expect(header.font).toMatchObject({ name: 'Calibri', bold: true, color: { argb: 'FFFFFFFF' } });
    expect(header.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    expect(header.border).toEqual({ bottom: { style: 'thin', color: { argb: 'FF1F3864' } } });
    // Budget per pupil: the engine's unrounded figure, shown in whole dollars by its cell's own format.
    expect(ws.getCell('A12').value).toBe('Budget per pupil');
    expect(ws.getCell('B12').value).toBeCloseTo(8471.05, 2);
    expect(ws.getCell('B12').numFmt).toBe('"$"#,##0');
    expect(ws.getCell('B12').alignment).toEqual({ horizontal: 'right', vertical: 'top', indent: 1 });
    expect(ws.getCell('B10').numFmt).toBe('0.0%');
    const table = await part('xl/tables/table1.xml');
    expect(table).toContain('name="srr_Summary" displayName="srr_Summary" ref="A7:E16"');
    expect(table).toContain('<autoFilter ref="A7:E16"/>');
    expect(table).toContain('<tableColumn id="1" name="Key figure"/><tableColumn id="2" name="This school"/>');
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>');
  });

  it('links each finding to its rows on Flags inside the workbook, in the link colour', async () => {
    const ws = workbook.getWorksheet('Summary')!;
    // "What matters most": title on row 18, header row 19, first finding on row 20, linked to Flags row 6 (its first row).
    expect(ws.getCell('A18').value).toBe('What matters most');
    expect(ws.getCell('A18').font).toMatchObject({ bold: true, size: 12 });
    expect(ws.getCell('D20').value).toBe('its 8 rows');
    expect(ws.getCell('D20').font).toMatchObject({ name: 'Calibri', underline: true, color: { argb: 'FF0563C1' } });
    const sheet = await part(`xl/worksheets/sheet${sheetNumber('Summary')}.xml`);
    expect(sheet).toContain('<hyperlink ref="D20" location="&apos;Flags&apos;!A6" tooltip="Flags!A6"/>');
  });

  it('freezes the header, prints landscape one page wide with the header on every page and a page-numbered footer', async () => {
    const ws = workbook.getWorksheet('Summary')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 7, topLeftCell: 'A8' });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.margins).toEqual({ left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 });
    expect(ws.headerFooter.oddFooter).toBe('&L&A&RPage &P of &N');
    const book = await part('xl/workbook.xml');
    // Summary has two tables, so no print title; Flags (sheet 9, localSheetId 8) repeats its header, row 5.
    expect(book).not.toContain('localSheetId="0"');
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="8">&apos;Flags&apos;!$5:$5</definedName>');
  });
});

describe('the Flags sheet', () => {
  it('links each flag to its rows in the school’s own workbook, outside this one, with the range as tooltip', async () => {
    const n = sheetNumber('Flags');
    const sheet = await part(`xl/worksheets/sheet${n}.xml`);
    const rels = await part(`xl/worksheets/_rels/sheet${n}.xml.rels`);
    const id = /<hyperlink ref="J7" r:id="(rId\d+)" tooltip="Master Schedule!A46:L53"\/>/.exec(sheet)![1];
    expect(rels).toContain(
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ` +
        'Target="elementary-school.xlsx#&apos;Master Schedule&apos;!A46:L53" TargetMode="External"/>',
    );
  });

  it('gives the two-sentence title row room for the three lines it takes in print (its third was cut)', () => {
    const ws = workbook.getWorksheet('Flags')!;
    const title = String(ws.getCell('A2').value);
    // 311 characters of 14-point bold across the Flags columns' 176 width units: rendered, 146-151 a line, so three
    // lines; the layout reckons 176 × 0.65 × 1.2 = 137 a line, three lines of 18.75 points = 56.25.
    expect(title).toBe(
      'New money if every lever were taken: $190,088; money freed: $62,500. These are options, not a plan: some are ' +
        'alternatives to each other, and a schedule change often costs nothing. Levers marked in the Counted column ' +
        'share money counted in another row and are left out. 4 levers cannot be priced and add nothing.',
    );
    expect(title.length).toBe(311);
    // The title's figures are the columns below it, each dollar once: Cost and Money freed summed over the twenty
    // flags (rows 6-25) whose Counted cell is blank, and the levers among them with no cost.
    let cost = 0;
    let freed = 0;
    let unpriced = 0;
    for (let row = 6; row <= 25; row++) {
      const cell = (column: string) => ws.getCell(`${column}${row}`).value;
      if (!cell('F') || cell('I')) continue;
      if (typeof cell('G') === 'number') cost += cell('G') as number;
      else unpriced++;
      if (typeof cell('H') === 'number') freed += cell('H') as number;
    }
    expect([Math.round(cost), Math.round(freed), unpriced]).toEqual([190_088, 62_500, 4]);
    expect(ws.getRow(2).height).toBe(56.25);
    // The explanation below, 11-point at 1.2 a unit (211 characters a line), takes two lines: 30 points.
    expect(ws.getRow(3).height).toBe(30);
  });

  it('colours the severity column by an expression rule per word, critical first', async () => {
    const ws = workbook.getWorksheet('Flags')!;
    // Header on row 5, twenty flags on rows 6–25 (1 critical, 16 warnings, 3 notes, as the Summary's preamble says).
    // exceljs reads them but does not declare the property in its types.
    const read = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const rules = read.map((cf) => ({ ref: cf.ref, rule: cf.rules[0] }));
    expect(rules.map((r) => [r.ref, r.rule.type, (r.rule as ExcelJS.ExpressionRuleType).formulae, r.rule.priority])).toEqual([
      ['B6:B25', 'expression', ['B6="critical"'], 1],
      ['B6:B25', 'expression', ['B6="warning"'], 2],
      ['B6:B25', 'expression', ['B6="note"'], 3],
    ]);
    expect(rules[0].rule.style).toMatchObject({
      font: { color: { argb: 'FF9C0006' } },
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } },
    });
    // Every width as the layout gave it: Threshold is 9 wide (exceljs wrote 9.01 to dodge its own default).
    expect(ws.getColumn('D').width).toBe(9);
  });
});

describe('the What If sheet', () => {
  it('keeps the principal’s inputs in the Input style, unlocked', () => {
    const input = workbook.getWorksheet('What If')!.getCell('D7');
    expect(input.value).toBe(2);
    expect(input.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCC99' } });
    expect(input.font).toMatchObject({ color: { argb: 'FF3F3F76' } });
    const edge = { style: 'thin', color: { argb: 'FF7F7F7F' } };
    expect(input.border).toEqual({ top: edge, left: edge, bottom: edge, right: edge });
    expect(input.protection).toMatchObject({ locked: false });
  });

  it('writes live formulas over those inputs with the engine’s result cached, words as text results', async () => {
    const ws = workbook.getWorksheet('What If')!;
    const value = (a: string) => ws.getCell(a).value as number;
    // Teams still without a block = MAX(0, teams without one (C68) − covered (D7) − rescheduled (D8)) = MAX(0, 7 − 2 − 5) = 0.
    expect([value('C68'), value('D7'), value('D8')]).toEqual([7, 2, 5]);
    expect((ws.getCell('C18').value as ExcelJS.CellFormulaValue).formula).toBe('MAX(0,((C68-D7)-D8))');
    const sheet = await part(`xl/worksheets/sheet${sheetNumber('What If')}.xml`);
    expect(sheet).toMatch(/<c r="C18" s="\d+"><f>MAX\(0,\(\(C68-D7\)-D8\)\)<\/f><v>0<\/v><\/c>/);
    // Its status: 0 ≤ 0, so "meets", cached as a formula's text result (t="str") in General, not Text.
    expect(sheet).toMatch(/<c r="E18" s="\d+" t="str"><f>IF\(\(C18&lt;=0\),&quot;meets&quot;,.*?<\/f><v>meets<\/v><\/c>/);
    expect(ws.getCell('E18').numFmt ?? 'General').toBe('General');
  });
});

describe('the package', () => {
  it('hides the marker sheet from the user and the sheet list', () => {
    const marker = workbook.getWorksheet(MARKER_SHEET)!;
    expect(marker.state).toBe('veryHidden');
    expect(marker.getCell('A1').value).toBe(MARKER_TEXT);
  });

  it('keeps the charts: the Charts sheet anchors its drawing and starts a printed page before each table under a chart', async () => {
    const n = sheetNumber('Charts');
    const sheet = await part(`xl/worksheets/sheet${n}.xml`);
    expect(sheet).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="49" max="16383" man="1"/><brk id="79" max="16383" man="1"/></rowBreaks>');
    expect(sheet).toMatch(/<drawing r:id="rIdSrrDrawing1"\/><tableParts count="3">/);
    expect(workbook.getWorksheet('Charts')!.views[0]?.state ?? 'normal').toBe('normal');
  });

  it('declares every part, relates every target that exists and never repeats a relationship id', async () => {
    const types = await part('[Content_Types].xml');
    const names = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
    for (const name of names.filter((f) => !f.endsWith('.rels') && f !== '[Content_Types].xml')) {
      expect({ name, declared: types.includes(`PartName="/${name}"`) }).toEqual({ name, declared: true });
    }
    for (const rels of names.filter((f) => f.endsWith('.rels'))) {
      const xml = await part(rels);
      const ids = [...xml.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
      expect({ rels, unique: new Set(ids).size }).toEqual({ rels, unique: ids.length });
      // A relationship's target is relative to the folder of the part that owns it (the part is named after "_rels/").
      const base = path.posix.dirname(rels.replace(/_rels\/([^/]*)\.rels$/, '$1'));
      for (const m of xml.matchAll(/<Relationship [^>]*Target="([^"]+)"( TargetMode="External")?\/>/g)) {
        if (m[2]) continue;
        const target = path.posix.normalize(path.posix.join(base, m[1]));
        expect({ rels, target, exists: names.includes(target) }).toEqual({ rels, target, exists: true });
      }
    }
    // Each sheet says how far it reaches: Flags, A1 to column M (13 columns) and row 25.
    expect(await part(`xl/worksheets/sheet${sheetNumber('Flags')}.xml`)).toContain('<dimension ref="A1:M25"/>');
  });
});
