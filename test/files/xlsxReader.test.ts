import { promises as fs, readdirSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { readWorkbookFile, UnusableInputError } from '../../src/files/readWorkbookFile';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { notCalculatedItems } from '../../src/files/xlsxRead/readXlsx';
import { buildReport } from '../../src/engine/report/buildReport';
import { review } from '../../src/engine/review';
import { exceljsGrids } from '../support/exceljsGrids';
import { schoolSheets, xlsxFromSheets } from '../support/schoolWorkbook';
import { temporaryFolder } from '../support/temporaryFolder';

// The review's own .xlsx reader (src/files/xlsxRead) must give exactly the grids the former exceljs reader gave
// (test/support/exceljsGrids.ts, the oracle): names, cells, number formats and merged areas, on every workbook the
// project holds and on hand-written packages with each kind of cell a spreadsheet program writes.

const ROOT = path.resolve(__dirname, '../..');
const REAL = path.resolve(ROOT, '../shared/data/real');

/** Every .xlsx under `dir`; a missing folder (../shared not beside the clone) throws, so the comparison never shrinks unseen. */
function xlsxUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.xlsx$/i.test(name))
    .map((name) => path.join(dir, name));
}

const dir = temporaryFolder('srr-xread-');

async function expectSameGrids(file: string): Promise<void> {
  const oracle = await exceljsGrids(file);
  expect(await readWorkbookFile(file)).toStrictEqual(oracle);
}

describe('the .xlsx reader against exceljs', () => {
  const projectFiles = [
    ...xlsxUnder(path.join(ROOT, 'test')),
    ...xlsxUnder(path.join(ROOT, 'assets/case-studies')),
    ...xlsxUnder(path.join(ROOT, 'assets/district')),
    ...xlsxUnder(REAL),
  ];

  it('finds the case studies among the workbooks to compare', () => {
    expect(projectFiles.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['elementary-school.xlsx', 'middle-school.xlsx', 'high-school.xlsx']),
    );
  });

  it.each(projectFiles.map((f) => [path.relative(ROOT, f), f]))('reads %s as exceljs does', async (_, file) => {
    await expectSameGrids(file);
  });

  it('reads a school workbook written by exceljs (clock times in h:mm, formulas, a title row) as exceljs does', async () => {
    const file = path.join(dir(), 'school.xlsx');
    await fs.writeFile(file, await xlsxFromSheets(schoolSheets(60)));
    await expectSameGrids(file);
  });

  it("reads the review's own output (tables, links, formulas, merged preambles) as exceljs does", async () => {
    const input = path.join(ROOT, 'assets/case-studies/high-school.xlsx');
    const { result } = review({ workbook: await readWorkbookFile(input) });
    const out = path.join(dir(), 'review.xlsx');
    await writeReportXlsx(buildReport(result, { 'core-load:x': 'a note' }), out);
    await expectSameGrids(out);
  });
});

// ───────────────────────────── hand-written packages ─────────────────────────────

interface RawSheet {
  name: string;
  /** The <sheetData> content and anything after it, inside <worksheet>. */
  body: string;
  state?: string;
  /** The sheet's relationships part (for hyperlinks). */
  rels?: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A package written by hand, so each test controls the exact XML exceljs and the reader see. */
async function rawWorkbook(
  name: string,
  sheets: RawSheet[],
  options: { sharedStrings?: string[]; styles?: string; date1904?: boolean; chartsheet?: string } = {},
): Promise<string> {
  const zip = new JSZip();
  const sheetEntries = sheets.map(
    (s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
  );
  const rels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (options.chartsheet) {
    sheetEntries.splice(1, 0, `<sheet name="${options.chartsheet}" sheetId="99" r:id="rId99"/>`);
    rels.push(`<Relationship Id="rId99" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>`);
    zip.file('xl/chartsheets/sheet1.xml', `<?xml version="1.0"?><chartsheet xmlns="${MAIN}"><sheetPr/><drawing r:id="rId1" xmlns:r="${REL}"/></chartsheet>`);
  }
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetEntries.join('')}</sheets></workbook>`,
  );
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  sheets.forEach((s, i) => {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.body}</worksheet>`);
    if (s.rels) zip.file(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s.rels}</Relationships>`);
  });
  if (options.sharedStrings) {
    zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${MAIN}" count="${options.sharedStrings.length}">${options.sharedStrings.join('')}</sst>`);
  }
  if (options.styles) zip.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${options.styles}</styleSheet>`);
  const file = path.join(dir(), `${name}.xlsx`);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

/** Cells of a sheet's grid by A1 address, for readable expectations. */
function cellsOf(grid: { rows: unknown[][]; originRow: number; originCol: number }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  grid.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) out[`${String.fromCharCode(65 + grid.originCol + c)}${grid.originRow + r + 1}`] = value;
    }),
  );
  return out;
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="hh:mm"/><numFmt numFmtId="165" formatCode="0.0\\ &quot;min&quot;"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs>' +
  '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="yyyy"/></dxf></dxfs>';

describe('hand-written packages: the reader gives what exceljs gives', () => {
  it('reads shared strings: rich-text runs, phonetic guides left out, entities, _xHHHH_ escapes', async () => {
    const file = await rawWorkbook(
      'strings',
      [{ name: 'Strings', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row></sheetData>' }],
      {
        sharedStrings: [
          '<si><r><rPr><b/><sz val="11"/></rPr><t>Ms </t></r><r><t xml:space="preserve">Núñez </t></r><rPh sb="0" eb="1"><t>ヌ</t></rPh></si>',
          '<si><t>Math &amp; Science&#10;Room &#x41;</t></si>',
          '<si><t>line_x000D_end</t></si>',
          '<si><t>Teacher</t><phoneticPr fontId="1"/></si>',
        ],
      },
    );
    await expectSameGrids(file);
    const [grid] = (await readWorkbookFile(file)).sheets;
    // Runs joined ("Ms " + "Núñez "), the phonetic "ヌ" left out; &amp; → &, &#10; → newline, &#x41; → A; _x000D_ → CR.
    expect(grid.rows).toEqual([['Ms Núñez ', 'Math & Science\nRoom A', 'line\rend', 'Teacher']]);
  });

  it('reads inline strings, formulas with cached results, errors, booleans and a cell in CDATA', async () => {
    const body =
      '<sheetData><row r="1">' +
      '<c r="A1" t="inlineStr"><is><t>Inline &lt;text&gt;</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>Rich</t></r><r><rPr><i/></rPr><t xml:space="preserve"> inline</t></r></is></c>' +
      '<c r="C1" t="str"><f>A1&amp;"x"</f><v>cached &amp;amp; text</v></c>' +
      '<c r="D1"><f>1+1</f><v>2</v></c>' +
      '<c r="E1" t="b"><f>TRUE()</f><v>1</v></c>' +
      '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
      '<c r="G1" t="e"><v>#N/A</v></c>' +
      '<c r="H1" t="b"><v>0</v></c>' +
      '<c r="I1"><f>NOW()</f></c>' +
      '<c r="J1"><f t="shared" ref="J1:J2" si="0">D1*2</f><v>4</v></c>' +
      '<c r="K1"><v><![CDATA[5]]></v></c>' +
      '<c r="L1"><!-- a comment --><v>1.5e3</v></c>' +
      '<c r="M1"><f>0*1</f><v>0</v></c><c r="N1" t="b"><f>FALSE()</f><v>0</v></c><c r="O1"><f>0*2</f><v>0</v></c>' +
      '</row><row r="2"><c r="J2"><f t="shared" si="0"/><v>8</v></c></row></sheetData>' +
      '<hyperlinks><hyperlink ref="O1" r:id="rId1"/><hyperlink ref="M2" location="Kinds!A1"/></hyperlinks>';
    const rels = `<Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://example.org/" TargetMode="External"/>`;
    const file = await rawWorkbook('kinds', [{ name: 'Kinds', body, rels }]);
    await expectSameGrids(file);
    const [grid] = (await readWorkbookFile(file)).sheets;
    // C1: a str result's entities are decoded once, so "&amp;amp;" reads as "&amp;". I1 has no cached value: empty.
    // K1's CDATA is not text to exceljs: the cell is empty (and unstyled, so not even kept). A formula's cached result
    // is its value, 0 and FALSE too: M1 0, N1 false, O1 0 (hyperlinked or not). I1 was never calculated: missing.
    expect(cellsOf(grid)).toEqual({
      A1: 'Inline <text>',
      B1: 'Rich inline',
      C1: 'cached &amp; text',
      D1: 2,
      E1: true,
      F1: { error: '#DIV/0!' },
      G1: { error: '#N/A' },
      H1: false,
      J1: 4,
      L1: 1500,
      M1: 0,
      N1: false,
      O1: 0,
      J2: 8,
    });
    expect((await readWorkbookFile(file)).dataCheck?.map((item) => [item.code, item.sheet, item.cell])).toEqual([['formula-not-calculated', 'Kinds', 'I1']]);
  });

  it('reads a formula\'s cached 0 or FALSE as the value it is, and one never calculated as missing, on the Data Check', async () => {
    // A principal's budget: B2 = B3 − B4 is a real total of 0; C2 (FTE still open?) a real FALSE. exceljs dropped both.
    // D2 was written by a program and never calculated: no <v> at all. It is not 0 and not blank text: it is missing,
    // and the Data Check names the file, sheet and cell. E2's <v/> is a calculated empty text: empty, not missing.
    const budget =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Line</t></is></c></row>' +
      '<row r="2"><c r="B2"><f>B3-B4</f><v>0</v></c><c r="C2" t="b"><f>B3&gt;B4</f><v>0</v></c>' +
      '<c r="D2" s="4"><f>SUM(D3:D9)</f></c><c r="E2" t="str"><f>""</f><v></v></c>' +
      '<c r="F2" s="1"><f>A1</f><v>0</v></c><c r="G2"><f t="shared" ref="G2:H2" si="0">B2</f></c><c r="H2"><f t="shared" si="0"/></c></row>' +
      // Row 3: a merged area A3:B3 whose hidden B3 holds an uncalculated formula: not read, so not reported.
      '<row r="3"><c r="A3"><v>1200</v></c><c r="B3"><f>A3</f></c></row>' +
      '<row r="4"><c r="B4"><v>1200</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>';
    const file = await rawWorkbook('budget-formulas', [{ name: 'Budget', body: budget }], { styles: STYLES });
    await expectSameGrids(file);
    const read = await readWorkbookFile(file);
    // B2 0; C2 false; F2 0 in a date format (serial 0, as a date-formatted 0 reads); D2, G2, H2 missing; E2 empty.
    expect(cellsOf(read.sheets[0])).toEqual({ A1: 'Line', B2: 0, C2: false, F2: 0, A3: 1200, B4: 1200 });
    expect(read.dataCheck).toEqual(
      ['D2', 'G2', 'H2'].map((cell) => ({
        severity: 'warning',
        sheet: 'Budget',
        cell,
        code: 'formula-not-calculated',
        message:
          `budget-formulas.xlsx, sheet "Budget" cell ${cell}: formula with no calculated value: open and save the workbook ` +
          'in Excel, then run again. Until then it is read as blank.',
      })),
    );
  });

  it('names the first 20 uncalculated formulas of a sheet, then counts the rest, and reviews the workbook anyway', async () => {
    // 23 uncalculated formulas in A1:A23 → items for A1…A20, then one: "3 more cells … (23 in all, the next at A21)".
    const rows = Array.from({ length: 23 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><f>ROW()</f></c><c r="B${i + 1}"><v>${i}</v></c></row>`);
    const file = await rawWorkbook('many-formulas', [{ name: 'Generated', body: `<sheetData>${rows.join('')}</sheetData>` }]);
    await expectSameGrids(file);
    const read = await readWorkbookFile(file);
    const items = read.dataCheck ?? [];
    expect(items.map((item) => item.cell)).toEqual([...Array.from({ length: 20 }, (_, i) => `A${i + 1}`), 'A21']);
    expect(items[20].message).toBe(
      'many-formulas.xlsx, sheet "Generated": 3 more cells like the ones above (23 in all, the next at A21): formula with ' +
        'no calculated value: open and save the workbook in Excel, then run again. Until then it is read as blank.',
    );
    // Column A is missing, not zero: the grid holds only column B (0…22).
    expect(read.sheets[0].rows.map((row) => row.filter((v) => v !== null))).toEqual(Array.from({ length: 23 }, (_, i) => [i]));
    // The review passes the reader's items to its Data Check as given.
    const { result } = review({ workbook: read });
    expect(result.dataCheck.filter((item) => item.code === 'formula-not-calculated')).toHaveLength(21);
  });

  it('gives an address only to the uncalculated formulas it lists and the next, however many there are', () => {
    // 100,000 cells: 20 listed + the next named in the count = 21 addresses; 100,000 − 20 = 99,980 counted.
    const cells = Array.from({ length: 100_000 }, (_, row) => ({ row, col: 0 }));
    const addressed: number[] = [];
    const items = notCalculatedItems('big.xlsx', 'Generated', cells, ({ row }) => {
      addressed.push(row);
      return `A${row + 1}`;
    });
    expect(addressed).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(items.map((item) => item.cell)).toEqual([...Array.from({ length: 20 }, (_, i) => `A${i + 1}`), 'A21']);
    expect(items[20].message).toMatch(/^big\.xlsx, sheet "Generated": 99980 more cells like the ones above \(100000 in all, the next at A21\)/);
  });

  it('reads an empty shared string (<si/>) as empty text, as <si><t/></si> reads', async () => {
    // exceljs kept <si/> as {}, which read as the text "[object Object]" in a schedule's Room or Teacher column.
    const body =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData>';
    const file = await rawWorkbook('empty-si', [{ name: 'Empty', body }], { sharedStrings: ['<si/>', '<si><t/></si>', '<si><t>Room 4</t></si>'] });
    await expectSameGrids(file);
    const [grid] = (await readWorkbookFile(file)).sheets;
    // Items 0 and 1 are both empty text; item 2 is "Room 4".
    expect(grid.rows).toEqual([['', '', 'Room 4']]);
  });

  it('decodes entities once in formula text results, "str" cells and sheet names, as XML says', async () => {
    // exceljs decoded these a second time, so a teacher note "&lt;b&gt;" in a formula's result read as "<b>" and a
    // sheet named "R&amp;D" (written "R&amp;amp;D") read as "R&D". The file says the text is what one decode gives.
    const body =
      '<sheetData><row r="1">' +
      '<c r="A1" t="str"><f>"&amp;lt;b&amp;gt;"</f><v>&amp;lt;b&amp;gt;</v></c>' +
      '<c r="B1" t="str"><v>Fish &amp;amp; chips</v></c>' +
      '<c r="C1" t="s"><v>0</v></c>' +
      '</row></sheetData>';
    const file = await rawWorkbook('entities', [{ name: 'R&amp;amp;D', body }], { sharedStrings: ['<si><t>x &amp;lt; y</t></si>'] });
    await expectSameGrids(file);
    const [grid] = (await readWorkbookFile(file)).sheets;
    // One decode each: "&amp;lt;b&amp;gt;" → "&lt;b&gt;"; "&amp;amp;" → "&amp;"; "R&amp;amp;D" → "R&amp;D"; the shared
    // string was decoded once by exceljs too: "x &amp;lt; y" → "x &lt; y".
    expect(grid.name).toBe('R&amp;D');
    expect(grid.rows).toEqual([['&lt;b&gt;', 'Fish &amp; chips', 'x &lt; y']]);
  });

  it('reads dates and times as Excel serials, in the 1900 and the 1904 date systems, with their formats', async () => {
    const body =
      '<sheetData><row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>0.3368055555555556</v></c>' +
      '<c r="C1" s="3"><v>45.5</v></c><c r="D1" s="4"><v>1234.5</v></c><c r="E1" s="0"><v>7</v></c>' +
      '<c r="F1" s="1"><f>A1+1</f><v>45293</v></c><c r="G1" t="d"><v>2024-01-02T00:00:00</v></c></row></sheetData>';
    for (const date1904 of [false, true]) {
      const file = await rawWorkbook(`dates-${date1904}`, [{ name: 'Dates', body }], { styles: STYLES, date1904 });
      await expectSameGrids(file);
      const [grid] = (await readWorkbookFile(file)).sheets;
      // Serials come back as written (8:05 = 485/1440 = 0.33680555…), in either date system; the formats are
      // exceljs's: built-in 14 is "mm-dd-yy", custom 165's backslash escape is dropped, style 0 is General.
      // G1, a "d" (ISO date) cell, is the date 2024-01-02: serial 45293 (2024-01-01 is 45292), or 45293 − 1462 =
      // 43831 counted from 1904-01-01; unstyled, it is given the format yyyy-mm-dd.
      expect(grid.rows).toEqual([[45292, 485 / 1440, 45.5, 1234.5, 7, 45293, date1904 ? 43831 : 45293]]);
      expect(grid.numberFormats).toEqual([['mm-dd-yy', 'hh:mm', '0.0 "min"', '#,##0.00', 'General', 'mm-dd-yy', 'yyyy-mm-dd']]);
    }
  });

  it('reads ISO date cells (t="d") as the dates they name, not as their year', async () => {
    // exceljs parseFloat-ed the text, so "2024-01-02" read as 2024: a school's start date became a number of pupils.
    const body =
      '<sheetData><row r="1">' +
      '<c r="A1" t="d"><v>2024-01-02</v></c>' +
      '<c r="B1" t="d"><v>2024-01-02T08:05:00</v></c>' +
      '<c r="C1" t="d" s="1"><v>2024-01-02T00:00:00Z</v></c>' +
      '<c r="D1" t="d" s="2"><v>2024-01-02T08:05:00.000</v></c>' +
      '<c r="E1" t="d"><v>2024-02-30</v></c>' +
      '<c r="F1" t="d"><v>next week</v></c>' +
      '</row></sheetData>';
    for (const date1904 of [false, true]) {
      const file = await rawWorkbook(`iso-dates-${date1904}`, [{ name: 'ISO', body }], { styles: STYLES, date1904 });
      await expectSameGrids(file);
      const [grid] = (await readWorkbookFile(file)).sheets;
      // 2024-01-02 is serial 45293 (1900 system) or 45293 − 1462 = 43831 (1904 system); 08:05 adds 485/1440 of a day.
      // A cell's own date format stays (s=1 mm-dd-yy, s=2 hh:mm); a General one gets yyyy-mm-dd (hh:mm:ss with a time).
      // 30 February is no date and "next week" none at all: they stay text, for the column's reading to report.
      const day = date1904 ? 43831 : 45293;
      expect(grid.rows[0].slice(0, 4)).toEqual([day, expect.closeTo(day + 485 / 1440, 9), day, expect.closeTo(day + 485 / 1440, 9)]);
      expect(grid.rows[0].slice(4)).toEqual(['2024-02-30', 'next week']);
      expect(grid.numberFormats).toEqual([['yyyy-mm-dd', 'yyyy-mm-dd hh:mm:ss', 'mm-dd-yy', 'hh:mm', 'General', 'General']]);
    }
  });

  it('keeps only the top-left value of a merged area, and passes the area', async () => {
    const body =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Teacher</t></is></c><c r="B1" t="inlineStr"><is><t>hidden</t></is></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row></sheetData>' +
      '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="B2:B3"/></mergeCells>';
    const file = await rawWorkbook('merged', [{ name: 'Merged', body }]);
    await expectSameGrids(file);
    const [grid] = (await readWorkbookFile(file)).sheets;
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ]);
    expect(grid.rows).toEqual([
      ['Teacher', null],
      [3, 4],
    ]);
  });

  it('places cells without r after the cell before them, skipping empty unstyled ones as exceljs does', async () => {
    const body =
      '<sheetData><row r="1"><c r="B1"><v>1</v></c><c/><c><v>2</v></c><c s="4"/><c><v>3</v></c></row>' +
      '<row r="3"><c r="C3"><v>9</v></c><c r="A3"><v>7</v></c><c r="C3"><v>8</v></c></row>' +
      '<row r="2"><c r="A2"><v>5</v></c></row></sheetData>';
    const file = await rawWorkbook('no-r', [{ name: 'NoR', body }], { styles: STYLES });
    await expectSameGrids(file);
    const [grid] = (await readWorkbookFile(file)).sheets;
    // Row 1: B1=1, the empty unstyled <c/> is not a cell to exceljs, so 2 goes to C1; the styled empty <c s="4"/> is
    // D1, so 3 goes to E1. Row 3 repeats C3: the last value (8) stays. Row 2 comes last in the file, first in the grid.
    expect(cellsOf(grid)).toEqual({ B1: 1, C1: 2, E1: 3, A2: 5, A3: 7, C3: 8 });
  });

  it('lists hidden worksheets and leaves out chartsheets, in the workbook order', async () => {
    const file = await rawWorkbook(
      'sheets',
      [
        { name: 'First', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
        { name: 'Hidden &amp; kept', state: 'hidden', body: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>' },
        { name: 'Empty', body: '<sheetData/>' },
      ],
      { chartsheet: 'Chart1' },
    );
    await expectSameGrids(file);
    const grids = await readWorkbookFile(file);
    expect(grids.sheets.map((s) => s.name)).toEqual(['First', 'Hidden & kept', 'Empty']);
    expect(grids.sheets[2].rows).toEqual([]);
  });

  it('leaves out a sheet it cannot read (a row without r: exceljs refused the whole workbook), names it, and reads the rest', async () => {
    const file = await rawWorkbook('row-no-r', [
      { name: 'Staff', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      { name: 'S', body: '<sheetData><row><c r="A1"><v>1</v></c></row></sheetData>' },
    ]);
    await expect(exceljsGrids(file)).rejects.toThrow('Invalid row number in model');
    const grids = await readWorkbookFile(file);
    expect(grids.sheets.map((s) => s.name)).toEqual(['Staff']);
    expect(grids.dataCheck).toEqual([
      {
        severity: 'warning',
        sheet: 'S',
        cell: '',
        code: 'sheet-unreadable',
        message:
          'row-no-r.xlsx, sheet "S": could not be read (Invalid row number in model), so it is left out and the other sheets are reviewed. Open the workbook in Excel and save it again, or copy that sheet\'s data into a new sheet.',
      },
    ]);
  });

  it('never reads a shared-string index as a number when the package has no shared strings: that sheet is left out and named', async () => {
    // exceljs read t="s" cell A1 as its index, 0: a number nobody wrote. Staff has no text, so it is still read.
    const file = await rawWorkbook('no-shared-strings', [
      { name: 'Staff', body: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' },
      { name: 'Names', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' },
    ]);
    const grids = await readWorkbookFile(file);
    expect(grids.sheets.map((s) => s.name)).toEqual(['Staff']);
    expect(grids.dataCheck?.map((d) => [d.sheet, d.code])).toEqual([['Names', 'sheet-unreadable']]);
    expect(grids.dataCheck?.[0].message).toContain('a text cell refers to shared string 0, but the workbook has no shared strings part');
  });

  it('refuses a workbook none of whose sheets can be read, naming the sheet whose XML is damaged or holds a bad cell reference or merged area', async () => {
    const cases: [string, string, RegExp][] = [
      ['bad-ref', '<sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData>', /\(sheet "Sections": Invalid Address: 1A\)/],
      ['bad-xml', '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="s></c></row></sheetData>', /\(sheet "Sections": unclosed attribute\)/],
      ['bad-merge', '<sheetData/><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>', /\(sheet "Sections": Cannot merge already merged cells\)/],
    ];
    for (const [name, body, message] of cases) {
      const file = await rawWorkbook(name, [{ name: 'Sections', body }]);
      await expect(readWorkbookFile(file)).rejects.toThrow(message);
    }
  });

  it('refuses, as exceljs does, sheet names Excel itself does not allow: too long, or a repeat in another case', async () => {
    // Cut to its first 31 characters, "A sheet name longer than Excel " (ending in a space).
    const long = await rawWorkbook('long-name', [{ name: 'A sheet name longer than Excel allows', body: '<sheetData/>' }]);
    await expect(exceljsGrids(long)).rejects.toThrow('Worksheet name already exists: A sheet name longer than Excel ');
    await expect(readWorkbookFile(long)).rejects.toThrow('(Worksheet name already exists: A sheet name longer than Excel )');
    const twice = await rawWorkbook('twice', [{ name: 'Data', body: '<sheetData/>' }, { name: 'DATA', body: '<sheetData/>' }]);
    await expect(exceljsGrids(twice)).rejects.toThrow('Worksheet name already exists: DATA');
    await expect(readWorkbookFile(twice)).rejects.toThrow('(Worksheet name already exists: DATA)');
  });

  it('refuses a damaged or encrypted package with an UnusableInputError naming the file', async () => {
    const good = await fs.readFile(path.join(ROOT, 'assets/case-studies/middle-school.xlsx'));
    const cut = path.join(dir(), 'cut.xlsx');
    await fs.writeFile(cut, good.subarray(0, good.length >> 1));
    await expect(readWorkbookFile(cut)).rejects.toBeInstanceOf(UnusableInputError);
    await expect(readWorkbookFile(cut)).rejects.toThrow(/cut\.xlsx: could not be read as an \.xlsx workbook/);
    // An encrypted Office file is an OLE compound document, not a zip package.
    const encrypted = path.join(dir(), 'encrypted.xlsx');
    await fs.writeFile(encrypted, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]));
    await expect(readWorkbookFile(encrypted)).rejects.toThrow(/encrypted\.xlsx: could not be read as an \.xlsx workbook \(not a zip package/);
  });
});

describe('packages whose SpreadsheetML elements carry a namespace prefix', () => {
  /** The same package with every SpreadsheetML element written "x:name", as .NET's Open XML SDK writes it. */
  async function prefixed(file: string, name: string): Promise<string> {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    for (const part of Object.keys(zip.files).filter((p) => /^xl\/(workbook|sharedStrings|styles|worksheets\/sheet\d+)\.xml$/.test(p))) {
      const xml = await zip.file(part)!.async('string');
      zip.file(part, xml.replace(/<(\/?)([A-Za-z][\w.]*)(?=[\s/>])/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`));
    }
    const out = path.join(dir(), `${name}.xlsx`);
    await fs.writeFile(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return out;
  }

  it('reads an "x:"-prefixed workbook exactly as the same workbook without prefixes, never as empty sheets', async () => {
    const plain = await rawWorkbook(
      'unprefixed',
      [
        {
          name: 'Sections',
          body:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Room</t></is></c></row>' +
            '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45000</v></c><c r="C2" t="str"><f>A2&amp;"!"</f><v>Ms Núñez!</v></c></row></sheetData>' +
            '<mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells>',
        },
      ],
      { sharedStrings: ['<si><t>Teacher</t></si>', '<si><r><t>Ms </t></r><r><t>Núñez</t></r></si>'], styles: STYLES },
    );
    const x = await prefixed(plain, 'prefixed');
    expect(await JSZip.loadAsync(await fs.readFile(x)).then((z) => z.file('xl/worksheets/sheet1.xml')!.async('string'))).toContain('<x:c r="A2" t="s">');
    const expected = await readWorkbookFile(plain);
    // The plain package's cells, by hand: A1 "Teacher", B1 "Room", A2 "Ms Núñez", B2 the date serial 45000 (style 1:
    // numFmt 14), C2 the cached "Ms Núñez!", and the merged D1:E1.
    expect(cellsOf(expected.sheets[0])).toEqual({ A1: 'Teacher', B1: 'Room', A2: 'Ms Núñez', B2: 45000, C2: 'Ms Núñez!' });
    expect({ ...(await readWorkbookFile(x)), name: 'unprefixed' }).toStrictEqual(expected);
  });
});

describe('worksheet parts named otherwise than sheetN.xml', () => {
  it('reads a worksheet its relationship calls one, whatever its part is named (Open XML SDK: "sheet.xml")', async () => {
    const file = await rawWorkbook('sdk-names', [
      { name: 'Sections', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Teacher</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Smith</t></is></c></row></sheetData>' },
      { name: 'Staff', body: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' },
    ]);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    // The first part renamed sheet.xml, as the SDK names a first new part; its relationship follows it.
    zip.file('xl/worksheets/sheet.xml', await zip.file('xl/worksheets/sheet1.xml')!.async('string'));
    zip.remove('xl/worksheets/sheet1.xml');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet.xml"'));
    const renamed = path.join(dir(), 'sdk-names-renamed.xlsx');
    await fs.writeFile(renamed, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const read = await readWorkbookFile(renamed);
    expect(read.sheets.map((s) => s.name)).toEqual(['Sections', 'Staff']);
    expect(cellsOf(read.sheets[0])).toEqual({ A1: 'Teacher', A2: 'Smith' });
    expect(cellsOf(read.sheets[1])).toEqual({ A1: 7 });
  });
  it('reads worksheets whose relationship targets hold "./" or "../" (resolved as OPC does), never leaving them out', async () => {
    const file = await rawWorkbook('dot-targets', [
      { name: 'Sections', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Teacher</t></is></c></row></sheetData>' },
      { name: 'Staff', body: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' },
    ]);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace('Target="worksheets/sheet1.xml"', 'Target="./worksheets/sheet1.xml"').replace('Target="worksheets/sheet2.xml"', 'Target="../xl/worksheets/sheet2.xml"'),
    );
    const dotted = path.join(dir(), 'dot-targets-resolved.xlsx');
    await fs.writeFile(dotted, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const read = await readWorkbookFile(dotted);
    expect(read.sheets.map((s) => s.name)).toEqual(['Sections', 'Staff']);
    expect(cellsOf(read.sheets[0])).toEqual({ A1: 'Teacher' });
    expect(cellsOf(read.sheets[1])).toEqual({ A1: 7 });
  });
});

describe('part names in another case than the relationships give them', () => {
  it('reads "xl/SharedStrings.xml" as the shared strings (part names match ignoring case), never the indexes as values', async () => {
    const plain = await rawWorkbook(
      'cased',
      [{ name: 'Sections', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>28</v></c></row></sheetData>' }],
      { sharedStrings: ['<si><t>Teacher</t></si>', '<si><t>Enrollment</t></si>', '<si><t>Smith</t></si>'] },
    );
    const zip = await JSZip.loadAsync(await fs.readFile(plain));
    // As some schools' export systems write it (Excel and LibreOffice read it): a capital S.
    zip.file('xl/SharedStrings.xml', await zip.file('xl/sharedStrings.xml')!.async('string'));
    zip.remove('xl/sharedStrings.xml');
    const cased = path.join(dir(), 'cased-upper.xlsx');
    await fs.writeFile(cased, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const read = await readWorkbookFile(cased);
    // Shared strings 0, 1, 2 are "Teacher", "Enrollment", "Smith"; B2 is the number 28.
    expect(cellsOf(read.sheets[0])).toEqual({ A1: 'Teacher', B1: 'Enrollment', A2: 'Smith', B2: 28 });
  });
});
