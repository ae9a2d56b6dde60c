import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, SheetGrid } from '../../src/engine/types';
import { review } from '../../src/engine/review';
import { parseCsv } from '../../src/files/csv';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { listSheets, openXlsx, readSheetCells } from '../../src/files/xlsxParts';
import { readSharedStrings } from '../../src/files/xlsxRead/sharedStrings';
import { SharedStrings } from '../../src/files/xlsxWrite/sharedStrings';
import { tableXml } from '../../src/files/xlsxWrite/tableXml';
import { escapeXstringLiteral } from '../../src/files/xlsxWrite/xml';
import { schoolSheets } from '../support/schoolWorkbook';
import { temporaryFolder } from '../support/temporaryFolder';

const run = promisify(execFile);

// User text that looks like OOXML's "_xHHHH_" escape (ECMA-376 Part 1 §22.9.2.19 ST_Xstring) survives the writer:
// every reader gives back exactly the text written. "A_x0041_" unescaped reads as "AA" in Excel, LibreOffice, exceljs
// and our own reader. Upper-case X and a lone underscore are no escape; lower-case hex is one to Excel and openpyxl;
// "_x0041_x0042_" shares an underscore between two sequences.
const TEXTS = ['A_x0041_', '_x005F_', '_X0041_', 'x_y', '__x0041__', 'a_x004a_', '_x0041_x0042_', 'x_x000D_y'];

const SCHEDULE_SHEET = 'Sched_x0041_';

const dir = temporaryFolder('srr-xstring-');

describe('the shared-string table', () => {
  it('reads back each text as written, strictly and leniently', () => {
    const strings = new SharedStrings();
    for (const text of TEXTS) strings.add(text);
    const xml = strings.xml();
    // Excel's own form: the opening underscore escaped, both openers of the shared-underscore pair.
    expect(xml).toContain('<t>A_x005F_x0041_</t>');
    expect(xml).toContain('<t>_x005F_x0041_x005F_x0042_</t>');
    expect(xml).toContain('<t>_X0041_</t>');
    expect(readSharedStrings(xml)).toEqual(TEXTS);
    expect(readSharedStrings(xml, { lenient: true })).toEqual(TEXTS);
  });

  it('drops a character XML cannot hold before escaping, so dropping it cannot make a sequence', () => {
    // "_x00", U+0001, "41_": without the U+0001 it is "_x0041_", which must be written escaped.
    const strings = new SharedStrings();
    strings.add('T_x00\u000141_');
    expect(strings.xml()).toContain('<t>T_x005F_x0041_</t>');
    // The charts' caches (xlsxChart.ts escapes their XML after this) alike.
    expect(escapeXstringLiteral('T_x00\u000141_')).toBe('T_x005F_x0041_');
  });

  it('escapes a table column name as its header cell is escaped, so the two still read equal', () => {
    expect(tableXml({ id: 1, name: 'srr_T', ref: 'A1:A2', columns: ['Room_x0031_'] })).toContain('<tableColumn id="1" name="Room_x005F_x0031_"/>');
  });
});

/**
 * The school's sheets as grids, with the course titles and two teachers' names (schedule and staff) set to TEXTS, and
 * the schedule's sheet named so too (the Class Size links' tooltips name it).
 */
function trickySchool(): { grids: SheetGrid[]; titles: Map<string, string>; teachers: Map<string, string> } {
  const sheets = schoolSheets(40);
  const renamed = new Map([
    ['English Teacher 1', 'T_x0041_'],
    ['Math Teacher 2', '_x005F_Lee'],
  ]);
  const titles = new Map<string, string>();
  const teachers = new Map<string, string>();
  const schedule = sheets.find((s) => s.name === 'Schedule')!;
  schedule.rows.slice(3).forEach((row, i) => {
    row[2] = TEXTS[i % TEXTS.length];
    row[3] = renamed.get(row[3] as string) ?? row[3];
    titles.set(row[0] as string, row[2]);
    teachers.set(row[0] as string, row[3] as string);
  });
  for (const row of sheets.find((s) => s.name === 'Staff')!.rows) row[0] = renamed.get(row[0] as string) ?? row[0];
  const grids = sheets.map((plain): SheetGrid => {
    const width = Math.max(...plain.rows.map((r) => r.length));
    const rows: CellValue[][] = plain.rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
    const firstData = (plain.headerRow ?? 0) + 1;
    const formats = plain.columnFormats ?? {};
    const numberFormats = rows.map((r, i) => r.map((_, c) => (i >= firstData && formats[c]) || 'General'));
    return { name: plain.name === 'Schedule' ? SCHEDULE_SHEET : plain.name, rows, originRow: 0, originCol: 0, numberFormats };
  });
  return { grids, titles, teachers };
}

describe('a whole review of a school whose course and teacher names carry _xHHHH_ text', () => {
  const { grids, titles, teachers } = trickySchool();
  let out: string;
  // Section, Course and Teachers of each Class Size row, as each reader gives them.
  const expected = [...titles.keys()].map((id) => [id, titles.get(id)!, teachers.get(id)!]);
  const columnsOf = (rows: unknown[][]) => {
    const header = rows.findIndex((r) => r[0] === 'Section' && r[1] === 'Course');
    expect(header).toBeGreaterThanOrEqual(0);
    const teachersAt = rows[header].indexOf('Teachers');
    return rows
      .slice(header + 1)
      .filter((r) => titles.has(r[0] as string))
      .map((r) => [r[0], r[1], r[teachersAt]])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  };
  const sorted = expected.sort((a, b) => a[0].localeCompare(b[0]));

  beforeAll(async () => {
    out = path.join(dir(), 'tricky-review.xlsx');
    const { report } = review({ workbook: { name: 'tricky.xlsx', sheets: grids }, runDate: '2026-11-30' });
    await writeReportXlsx(report, out, { sourceLink: (link) => `tricky.xlsx#'${link.sheet}'!${link.range}` });
  });

  it('reads back through our own reader: each Class Size cell equals the input text', async () => {
    const classSize = (await readWorkbookFile(out)).sheets.find((s) => s.name === 'Class Size')!;
    // 40 sections, each listed once.
    expect(columnsOf(classSize.rows)).toEqual(sorted);
    expect(sorted).toHaveLength(40);
  });

  it('reads back through the earlier-output reader (xlsxParts, the team\'s notes)', () => {
    return fs.readFile(out).then((bytes) => {
      const zip = openXlsx(bytes);
      const part = listSheets(zip).find((s) => s.name === 'Class Size')!.part;
      const rows: string[][] = [];
      for (const cell of readSheetCells(zip, part)) (rows[cell.row - 1] ??= [])[cell.col - 1] = cell.text;
      expect(columnsOf(Array.from(rows, (r) => r ?? []))).toEqual(sorted);
    });
  });

  it('reads back through exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Class Size')!.eachRow((row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'text' in v ? (v as { text: unknown }).text : v));
    });
    expect(columnsOf(Array.from(rows, (r) => r ?? []))).toEqual(sorted);
  });

  it('keeps the teachers\' names in the charts\' category caches as their cells hold them', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const charts = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/charts\/srrChart\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    const cached = charts.join('');
    // <c:v> is ST_Xstring: the name is cached escaped exactly as its shared string is, never as "T_x0041_" (read "TA").
    expect(cached).toContain('<c:v>T_x005F_x0041_</c:v>');
    expect(cached).not.toContain('<c:v>T_x0041_</c:v>');
  });

  it('names the user\'s schedule sheet in the links\' tooltips (ST_Xstring) escaped as a cell is', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const part = listSheets(openXlsx(await fs.readFile(out))).find((s) => s.name === 'Class Size')!.part;
    const xml = await zip.file(part)!.async('string');
    // Section S00001 sits on the schedule's row 4 (a title row, a blank row, the header row above it).
    expect(xml).toMatch(/<hyperlink ref="A\d+" r:id="rId\d+" tooltip="Sched_x005F_x0041_!A4:K4"\/>/);
    expect(xml).not.toContain('tooltip="Sched_x0041_');
  });

  it('reads back through LibreOffice (the Class Size sheet exported as CSV)', async () => {
    const csvDir = path.join(dir(), 'csv');
    // Every sheet to its own UTF-8 file, "<name>-<sheet>.csv" (filter options: comma, quote, UTF-8, …, all sheets).
    await run(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir(), 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', csvDir, out],
      { timeout: 110_000 },
    );
    const rows = parseCsv(await fs.readFile(path.join(csvDir, 'tricky-review-Class Size.csv'), 'utf8'));
    expect(columnsOf(rows)).toEqual(sorted);
  }, 120_000);
});
