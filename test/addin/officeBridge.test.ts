// The office-js bridge against the strict Excel fake: what a principal's workbook looks like before and after
// a review, how many syncs it takes, and what happens when Excel says no.
import { localDate } from '../../src/engine/runDate';
import { CHART_ABOVE_ROWS, sheetLayout } from '../../src/engine/report/layout';
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRegistry, RESULT_SHEETS_SETTING } from '../../src/addin/bridge/registry';
import { cellAt, EXCEL_WEB_PAYLOAD_LIMIT, FakeWorkbook, snapshotWorkbook } from '../../src/addin/fake';
import { createInProcessRunner } from '../../src/addin/worker/inProcessRunner';
import { review } from '../../src/engine';
import type { Report, ReportValue } from '../../src/engine/types';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { buildReport } from '../../src/engine/report/buildReport';
import { limitSheetLinks } from '../../src/engine/report/links';
import { sampleResult } from '../../src/testing/sampleResult';
import { fakeFromXlsx } from '../support/fakeFromXlsx';
import { reportFormulaTexts } from '../support/hostileChecks';
import { fakeFromSheets, schoolSheets, TRICKY_COURSE_TITLE, TRICKY_PHONE_TITLE, xlsxFromSheets } from '../support/schoolWorkbook';
import { bridgeFor, runReview } from '../support/fakeBridge';
import { temporaryFolder } from '../support/temporaryFolder';

const USER_SHEETS = ['Schedule', 'Staff', 'Enrollment', 'Budget', 'Flags', 'Notes'];
const CASE_STUDIES = path.resolve(__dirname, '../../assets/case-studies');

function registryOf(workbook: FakeWorkbook) {
  return parseRegistry(workbook.settings.get(RESULT_SHEETS_SETTING));
}

/** The table a result sheet holds, as values, read straight from the fake's cells. */
function writtenTable(workbook: FakeWorkbook, sheetName: string, rows: number, cols: number) {
  const entry = registryOf(workbook).find((e) => e.name === sheetName);
  if (!entry) throw new Error(`${sheetName} is not a registered result sheet`);
  const sheet = workbook.findSheet(sheetName)!;
  const read = (r: number) => Array.from({ length: cols }, (_, c) => cellAt(sheet, r, c)?.value ?? '');
  return {
    header: read(entry.headerRow),
    body: Array.from({ length: rows }, (_, i) => read(entry.headerRow + 1 + i)),
  };
}

const asWritten = (value: ReportValue) => (value === null ? '' : value);

function expectReportWritten(workbook: FakeWorkbook, report: Report, names: Map<string, string>) {
  for (const sheet of report.sheets) {
    const written = writtenTable(workbook, names.get(sheet.name)!, sheet.table.rows.length, sheet.table.columns.length);
    expect(written.header).toEqual(sheet.table.columns.map((c) => c.header));
    expect(written.body).toEqual(sheet.table.rows.map((row) => sheet.table.columns.map((_, c) => asWritten(row[c] ?? null))));
  }
}

function allResultCells(workbook: FakeWorkbook) {
  const names = new Set(registryOf(workbook).map((e) => e.name));
  return workbook.sheets.filter((s) => names.has(s.name)).flatMap((s) => s.cells.flatMap((line) => (line ?? []).filter(Boolean)));
}

describe('a review through the office-js bridge', () => {
  const dir = temporaryFolder('srr-bridge-');

  it('reads the same grids as the command line and writes the same numbers it reports', async () => {
    const workbooks: { label: string; buffer: Buffer }[] = [{ label: 'generated school', buffer: await xlsxFromSheets(schoolSheets(240)) }];
    const caseStudies = readdirSync(CASE_STUDIES).filter((f) => f.endsWith('.xlsx'));
    expect(caseStudies.sort()).toEqual(['elementary-school.xlsx', 'high-school.xlsx', 'middle-school.xlsx']);
    for (const file of caseStudies) workbooks.push({ label: file, buffer: (await import('node:fs')).readFileSync(path.join(CASE_STUDIES, file)) });

    for (const { label, buffer } of workbooks) {
      const file = path.join(dir(), `${label.replace(/\W+/g, '-')}.xlsx`);
      writeFileSync(file, buffer);
      const cliGrids = await readWorkbookFile(file);
      // Both doors date the run with the day's date (src/engine/runDate.ts).
      const cli = review({ workbook: cliGrids, runDate: localDate(new Date()) });

      // Excel names a workbook with its extension; the command line by the file's base name.
      const fake = await fakeFromXlsx(buffer, { name: path.basename(file) });
      const {
        read: { grids },
        outcome,
        written,
      } = await runReview(fake, { notes: {} });
      expect(grids.sheets.map((s) => s.name)).toEqual(cliGrids.sheets.map((s) => s.name));
      // Excel reports an empty cell and a cell holding "" alike ('' in values); the bridge hands both on as blank.
      const blank = (rows: unknown[][]) => rows.map((row) => row.map((v) => (v === '' ? null : v)));
      grids.sheets.forEach((sheet, i) => {
        expect(sheet.rows).toEqual(blank(cliGrids.sheets[i].rows));
        expect([sheet.originRow, sheet.originCol]).toEqual([cliGrids.sheets[i].originRow, cliGrids.sheets[i].originCol]);
      });
      expect(outcome.result.keyFigures).toEqual(cli.result.keyFigures);
      expect(outcome.report).toEqual(cli.report);
      const names = new Map(written.sheets.map((s) => [s.report, s.written]));
      expectReportWritten(fake, cli.report, names);
    }
  });

  it('measures the generated school as a principal would check it by hand', async () => {
    const fake = fakeFromSheets(schoolSheets(240));
    const { outcome } = await runReview(fake);
    // 240 sections over 48 teachers (one per five sections), enrollment 310 + 295 + 280 + 270.
    expect(outcome.result.keyFigures.sections).toBe(240);
    expect(outcome.result.keyFigures.teachers).toBe(48);
    expect(outcome.result.keyFigures.students).toBe(1155);
  });

  it('never changes a user sheet: values, formulas and number formats are identical before and after', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    const before = snapshotWorkbook(fake, (name) => USER_SHEETS.includes(name));
    await runReview(fake);
    await runReview(fake);
    const after = snapshotWorkbook(fake, (name) => USER_SHEETS.includes(name));
    expect(after.sheets).toEqual(before.sheets);
    expect(after.sheets.find((s) => s.name === 'Notes')?.formulas).toEqual({ '3,1': '=SUM(B2:B3)' });
  });

  it('keeps a user sheet named "Flags" and writes its own flags beside it', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    const { written } = await runReview(fake);
    expect(written.sheets.find((s) => s.report === 'Flags')?.written).toBe('Flags (review)');
    expect(fake.findSheet('Flags')!.cells[1].map((c) => c.value)).toEqual(['Bus duty', 'keep this']);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      ...USER_SHEETS,
      ...written.sheets.map((s) => s.written),
    ]);
    expect(fake.sheets.find((s) => s.id === fake.activeSheetId)?.name).toBe('Summary');
  });

  it('writes text from the schedule as text: nothing in a result sheet becomes a formula', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    const { outcome } = await runReview(fake);
    const cells = allResultCells(fake);
    expect(cells.length).toBeGreaterThan(500);
    // The only formulas are the What If sheet's own, built from the report's formula trees: never the schedule's text.
    const ours = new Set(reportFormulaTexts(outcome.report).values());
    expect(cells.filter((c) => c.formula && !ours.has(String(c.formula)))).toEqual([]);
    // The fake leaves a formula's value to Excel; every other cell must hold what the report gave it.
    const values = cells.filter((c) => !c.formula).map((c) => c.value);
    expect(values).toContain(TRICKY_COURSE_TITLE);
    expect(values).not.toContain('#FAKE-FORMULA!');
    expect(values).toContain(TRICKY_PHONE_TITLE);
    expect(values).not.toContain(-554);
  });

  it("keeps the team's notes on a re-run and replaces the result sheets instead of adding more", async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    const first = await runReview(fake);
    const flagsName = first.written.sheets.find((s) => s.report === 'Flags')!.written;
    const flagsEntry = registryOf(fake).find((e) => e.report === 'Flags')!;
    expect(flagsEntry.notesColumn).toBeDefined();
    const flagsTable = first.outcome.report.sheets.find((s) => s.name === 'Flags')!.table;
    const flagRows = flagsTable.rows;
    expect(flagRows.length).toBeGreaterThan(0);
    const flagId = String(flagRows[0][flagsTable.columns.findIndex((c) => c.header === 'Id')]);
    // The team types a note into the notes column of the first flag, as text (with a leading "=" even).
    const sheet = fake.findSheet(flagsName)!;
    cellAt(sheet, flagsEntry.headerRow + 1, flagsEntry.notesColumn!, true).value = '=Call the district about this';
    const idsBefore = registryOf(fake).map((e) => e.id);

    const bridge = bridgeFor(fake);
    await expect(bridge.readNotes()).resolves.toEqual({ [flagId]: '=Call the district about this' });
    const second = await runReview(fake);
    expect(second.written.sheets).toEqual(first.written.sheets);
    expect(fake.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, ...second.written.sheets.map((s) => s.written)]);
    expect(registryOf(fake).map((e) => e.id).some((id) => idsBefore.includes(id))).toBe(false);
    const again = registryOf(fake).find((e) => e.report === 'Flags')!;
    const rows = fake.findSheet(flagsName)!.cells.slice(again.headerRow + 1);
    const noted = rows.find((line) => line[again.keyColumn!]?.value === flagId)!;
    expect(noted[again.notesColumn!].value).toBe('=Call the district about this');
    expect(noted[again.notesColumn!].formula).toBeUndefined();
    expect(fake.allTables().map((t) => t.name).sort()).toEqual(second.outcome.report.sheets.map((s) => s.table.name).sort());
  });

  it('renders each sheet as the report describes: table, number formats, highlighting, chart, links, frozen header', async () => {
    const fake = fakeFromSheets(schoolSheets(240));
    const { outcome, written } = await runReview(fake);
    const names = new Map(written.sheets.map((s) => [s.report, s.written]));
    // The same formats as the .xlsx writer's (test/files/xlsx.test.ts): a number as the engine rounded it (General).
    const formats = { text: '@', notes: '@', integer: '#,##0', number: 'General', currency: '"$"#,##0', percent: '0.0%', minutes: '#,##0" min"' };
    let charts = 0;
    let highlights = 0;
    let links = 0;
    for (const spec of outcome.report.sheets) {
      const sheet = fake.findSheet(names.get(spec.name)!)!;
      const entry = registryOf(fake).find((e) => e.report === spec.name)!;
      const rows = spec.table.rows.length;
      const lastRow = entry.headerRow + Math.max(rows, 1) + 1;
      expect(sheet.tables).toEqual([
        expect.objectContaining({ name: spec.table.name, address: `A${entry.headerRow + 1}:${String.fromCharCode(64 + spec.table.columns.length)}${lastRow}`, hasHeaders: true }),
      ]);
      // Row 0 is the ownership marker, then the preamble, a blank row (and a chart placed above the table) and the header.
      expect(entry.headerRow).toBe(spec.preamble.length + 2 + (sheetLayout(spec).main.chartRow === undefined ? 0 : CHART_ABOVE_ROWS));
      // In the review's own words (its banner, as the command line's row 1 says them), then how to keep the sheet.
      expect(cellAt(sheet, 0, 0)?.value).toBe(
        `School Resource Review sheet: ${spec.name}, written as "${names.get(spec.name)}". Running the review again replaces this sheet; the team's notes on Flags are kept. Rename the sheet to keep it as yours.`,
      );
      expect(sheet.cells.slice(1, 1 + spec.preamble.length).map((line) => line[0].value)).toEqual(spec.preamble);
      if (rows > 0)
        expect(spec.table.columns.map((_, c) => cellAt(sheet, entry.headerRow + 1, c)?.numberFormat ?? 'General')).toEqual(spec.table.columns.map((c, j) => formats[spec.table.cellTypes?.[0]?.[j] ?? c.type]));
      // The main table's rules first; a sheet's further tables (the Summary's findings) add theirs after.
      const mainRules = rows > 0 ? (spec.table.conditionalFormats?.length ?? 0) : 0;
      const subRules = (spec.moreTables ?? []).reduce((n, m) => n + (m.table.rows.length > 0 ? (m.table.conditionalFormats?.length ?? 0) : 0), 0);
      expect(sheet.conditionalFormats).toHaveLength(mainRules + subRules);
      highlights += sheet.conditionalFormats.length;
      sheet.conditionalFormats.slice(0, mainRules).forEach((format, k) => {
        const rule = spec.table.conditionalFormats![k];
        // A custom formula on the column's first data cell that never matches a blank.
        const first = `${String.fromCharCode(65 + rule.column)}${entry.headerRow + 2}`;
        const sign = { greaterThan: '>', greaterThanOrEqual: '>=', lessThan: '<', lessThanOrEqual: '<=', equal: '=' }[rule.operator];
        expect(format.type).toBe('Custom');
        expect(format.formula).toBe(typeof rule.value === 'number' ? `=AND(ISNUMBER(${first}),${first}${sign}${rule.value})` : `=${first}${sign}"${rule.value}"`);
        expect(format.fillColor).toMatch(/^#[0-9A-F]{6}$/);
      });
      // Every table with a chart and rows has one, the main table's first (the Charts sheet's tables each have theirs).
      const charted = [spec.table, ...(spec.moreTables ?? []).map((m) => m.table)].filter((t) => t.chart && t.rows.length > 0);
      expect(sheet.charts.map((c) => c.title)).toEqual(charted.map((t) => t.chart!.title));
      if (spec.table.chart && rows > 0) {
        const { categoryColumn, valueColumn } = spec.table.chart;
        const letter = (c: number) => String.fromCharCode(65 + c);
        expect(sheet.charts[0]).toEqual(
          expect.objectContaining({
            title: spec.table.chart.title,
            sourceAddress: `${letter(valueColumn)}${entry.headerRow + 1}:${letter(valueColumn)}${entry.headerRow + 1 + rows}`,
            categoryAddress: `${letter(categoryColumn)}${entry.headerRow + 2}:${letter(categoryColumn)}${entry.headerRow + 1 + rows}`,
          }),
        );
      }
      charts += sheet.charts.length;
      for (const [row, cols] of Object.entries(spec.table.links ?? {}))
        for (const [col, link] of Object.entries(cols)) {
          const target = names.get(link.sheet) ?? link.sheet;
          expect(cellAt(sheet, entry.headerRow + 1 + Number(row), Number(col))?.hyperlink?.documentReference).toBe(`'${target}'!${link.range}`);
          links++;
        }
      expect(sheet.frozenRows).toBe(entry.headerRow + 1 <= 8 ? entry.headerRow + 1 : 0);
    }
    // The generated school exercises every kind of decoration at least once.
    expect({ charts: charts > 0, highlights: highlights > 0, links: links > 0 }).toEqual({ charts: true, highlights: true, links: true });
  });

  it('writes the class-size averages as an Excel table of their own with only its header frozen, and Class Size with a short preamble', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    const { outcome, written } = await runReview(fake);
    const names = new Map(written.sheets.map((s) => [s.report, s.written]));
    const spec = outcome.report.sheets.find((s) => s.name === 'Class Size by Group')!;
    expect(spec.table.rows.length).toBeGreaterThan(3);
    const sheet = fake.findSheet(names.get('Class Size by Group')!)!;
    // Zero-based: the marker on row 0, the preamble line on row 1, a blank row, the header on row 3.
    expect(sheet.cells[3].map((c) => c.value)).toEqual(['By', 'Group', 'Sections', 'Average class size', 'Smallest', 'Largest']);
    expect(sheet.tables).toEqual([expect.objectContaining({ name: 'srr_ClassSizeGroups', address: `A4:F${4 + spec.table.rows.length}`, hasHeaders: true })]);
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.cells[4].map((c) => c.value)).toEqual(spec.table.rows[0]);
    const classSize = fake.findSheet(names.get('Class Size')!)!;
    const classSizeSpec = outcome.report.sheets.find((s) => s.name === 'Class Size')!;
    // One frozen row per line above the data: the header and what sits above it, nothing more.
    expect(classSize.frozenRows).toBe(sheetLayout(classSizeSpec).main.headerRow);
    expect(classSize.frozenRows).toBeLessThanOrEqual(6);
  });

  it('draws the Charts sheet: each chart above its table, its series named by headers, the reference lines as lines', async () => {
    // The hand-made result has every chart's data: a core teacher, grade 9's minutes by subject, the English team.
    const fake = fakeFromSheets(schoolSheets(6));
    const report = buildReport(sampleResult(), {});
    const written = await bridgeFor(fake).writeReport(report);
    const names = new Map(written.sheets.map((s) => [s.report, s.written]));
    const spec = report.sheets.find((s) => s.name === 'Charts')!;
    const sheet = fake.findSheet(names.get('Charts')!)!;
    const { main, more } = sheetLayout(spec);
    const load = spec.table;
    // The fake writes a one-cell range as that cell, as Excel's address does.
    const span = (col: string, first: number, last: number) => (first === last ? `${col}${first}` : `${col}${first}:${col}${last}`);
    const chartTitled = (title: string) => sheet.charts.find((c) => c.title === title)!;
    const loadChart = chartTitled(load.chart!.title);
    const minutesChart = chartTitled(spec.moreTables![0].table.chart!.title);
    const planningChart = chartTitled(spec.moreTables![1].table.chart!.title);
    expect(spec.moreTables!.map((m) => m.table.rows.length > 0)).toEqual([true, true]);
    // One-based layout rows; the core load in column C, the 100 and 150 lines in D and E, each on every row.
    expect(loadChart).toEqual({
      type: 'ColumnClustered',
      title: load.chart!.title,
      sourceAddress: span('C', main.headerRow, main.lastDataRow),
      categoryAddress: span('A', main.firstDataRow, main.lastDataRow),
      seriesName: 'Core load',
      addedSeries: [
        { name: 'Warning above 100', chartType: 'Line', valuesAddress: span('D', main.firstDataRow, main.lastDataRow), categoryAddress: span('A', main.firstDataRow, main.lastDataRow) },
        { name: 'Critical at 150', chartType: 'Line', valuesAddress: span('E', main.firstDataRow, main.lastDataRow), categoryAddress: span('A', main.firstDataRow, main.lastDataRow) },
      ],
      categoryAxisTitle: 'Core teachers, heaviest load first',
      valueAxisTitle: 'Students (or seats without a student roster)',
      legendPosition: 'Bottom',
      position: `A${main.chartRow}:A${main.chartRow}`,
      width: 700,
      height: 300,
    });
    expect(load.rows.map((r) => r[3])).toEqual(load.rows.map(() => 100));
    expect(minutesChart.type).toBe('ColumnStacked');
    expect(minutesChart.addedSeries?.every((s) => s.chartType === undefined)).toBe(true);
    expect(minutesChart.position).toBe(`A${more[0].chartRow}:A${more[0].chartRow}`);
    expect(planningChart.addedSeries?.map((s) => [s.name, s.chartType])).toEqual([
      ['Common minutes per week', undefined],
      ['Recommended block (90 min)', 'Line'],
    ]);
    // The chart above the main table pushes its header past the rows a window can freeze: nothing is frozen.
    expect(sheet.frozenRows).toBe(0);
  });

  it('writes the Summary’s findings where the shared layout puts them, each linked to its flag’s row on Flags', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    const { outcome, written } = await runReview(fake);
    const names = new Map(written.sheets.map((s) => [s.report, s.written]));
    const summarySpec = outcome.report.sheets.find((s) => s.name === 'Summary')!;
    const flagsSpec = outcome.report.sheets.find((s) => s.name === 'Flags')!;
    const findings = summarySpec.moreTables![0];
    expect(findings.table.rows.length).toBeGreaterThan(0);
    const place = sheetLayout(summarySpec).more[0];
    const summary = fake.findSheet(names.get('Summary')!)!;
    // The layout counts rows from 1; the fake's cells from 0.
    expect(cellAt(summary, place.titleRow - 1, 0)?.value).toBe('What matters most');
    expect(findings.table.columns.map((_, c) => cellAt(summary, place.headerRow - 1, c)?.value)).toEqual(findings.table.columns.map((c) => c.header));
    expect(cellAt(summary, place.firstDataRow - 1, 0)?.value).toBe(findings.table.rows[0][0]);
    // Its link goes to the first flag of its measure, whose id sits in that row of the written Flags sheet.
    const link = cellAt(summary, place.firstDataRow - 1, 3)?.hyperlink?.documentReference;
    const row = Number(/!A(\d+)$/.exec(link ?? '')?.[1]);
    expect(link).toBe(`'${names.get('Flags')}'!A${row}`);
    const flags = fake.findSheet(names.get('Flags')!)!;
    const idColumn = flagsSpec.table.columns.findIndex((c) => c.header === 'Id');
    // The What cell reads "Common planning (6 flags)" when a measure has several.
    const measure = String(findings.table.rows[0][0]).replace(/ \(\d+ flags\)$/, '');
    const firstOfMeasure = outcome.result.flags.find((f) => f.measure === measure);
    expect(firstOfMeasure).toBeDefined();
    expect(cellAt(flags, row - 1, idColumn)?.value).toBe(firstOfMeasure?.id);
  });

  it('skips its own result sheets when reading the workbook again', async () => {
    const fake = fakeFromSheets(schoolSheets(60));
    const { written } = await runReview(fake);
    const read = await bridgeFor(fake).readWorkbook();
    expect(read.skippedResultSheets).toEqual(written.sheets.map((s) => s.written));
    expect(read.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
  });

  it('remembers the setup in the workbook', async () => {
    const fake = fakeFromSheets(schoolSheets(12));
    const bridge = bridgeFor(fake);
    await expect(bridge.loadSetup()).resolves.toBeNull();
    await bridge.saveSetup({ settings: { schoolLevel: 'high', mapping: { schedule: { sheet: 'Schedule', headerRow: 3 } } }, step: 'settings' });
    const loaded = await bridgeFor(fake).loadSetup();
    expect(loaded).toMatchObject({ settings: { schoolLevel: 'high', mapping: { schedule: { sheet: 'Schedule', headerRow: 3 } } }, step: 'settings' });
    expect(typeof loaded?.savedAt).toBe('string');
  });

  it('selects a range on its sheet and explains a sheet that has gone', async () => {
    const fake = fakeFromSheets(schoolSheets(12));
    const bridge = bridgeFor(fake);
    await bridge.selectRange('Schedule', 'A4:K6');
    expect(fake.selection).toEqual({ sheetId: fake.findSheet('Schedule')!.id, address: 'A4:K6' });
    expect(fake.activeSheetId).toBe(fake.findSheet('Schedule')!.id);
    await expect(bridge.selectRange('Gone', 'A1')).rejects.toThrow('The sheet "Gone" is no longer in this workbook.');
  });
});

describe('host capabilities', () => {
  it('on an ExcelApi 1.7 host: writes without the newer features and says what is missing', async () => {
    const fake = fakeFromSheets(schoolSheets(60), { excelApi: '1.7' });
    const bridge = bridgeFor(fake);
    const capabilities = bridge.capabilities();
    expect(capabilities).toMatchObject({ charts: true, conditionalFormats: true, createWorkbook: false, suspendScreenUpdating: false });
    expect(capabilities.missing.join(' ')).toMatch(/Case studies cannot open/);
    const { written } = await runReview(fake);
    expect(written.sheets.length).toBeGreaterThan(3);
    await expect(bridge.openWorkbookCopy('UEsDBA==')).rejects.toThrow(/needs ExcelApi 1.8/);
  });

  it('on an ExcelApi 1.5 host: leaves out conditional formats and reports it', async () => {
    const fake = fakeFromSheets(schoolSheets(60), { excelApi: '1.5' });
    const bridge = bridgeFor(fake);
    expect(bridge.capabilities().conditionalFormats).toBe(false);
    const report: Report = {
      sheets: [
        {
          name: 'Summary',
          preamble: ['Review'],
          table: { name: 'srr_Summary', columns: [{ header: 'Load', type: 'integer' }], rows: [[180]], conditionalFormats: [{ column: 0, operator: 'greaterThan', value: 150, severity: 'critical' }] },
        },
      ],
    };
    // Range.hyperlink and getRangeByIndexes are 1.7: below the manifest minimum the write fails clearly.
    await expect(bridge.writeReport(report)).rejects.toThrow(/does not support something the add-in needs/);
    expect(fake.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
  });

  it('opens a case study as a new workbook where ExcelApi 1.8 is there', async () => {
    const fake = fakeFromSheets(schoolSheets(6), { excelApi: '1.9' });
    await bridgeFor(fake).openWorkbookCopy('UEsDBA==');
    expect(fake.createdWorkbooks).toEqual(['UEsDBA==']);
  });
});

describe('when Excel says no', () => {
  it('a new sheet deleted by the user mid-run: clear message, the half-written sheets removed, old results kept', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    await runReview(fake);
    const namesBefore = fake.sheets.map((s) => s.name);
    const bridge = bridgeFor(fake);
    const { grids } = await bridge.readWorkbook();
    const outcome = await createInProcessRunner().review(grids, {}, {});
    const syncsBefore = fake.syncCount;
    fake.beforeSync = (index) => {
      // The first block is in; the user deletes one of the unfinished sheets that appeared in the tab bar.
      if (index === syncsBefore + 3) fake.deleteSheet(fake.findSheet('srr new 2')!);
    };
    await expect(bridge.writeReport(outcome.report)).rejects.toThrow('A sheet was deleted or renamed while writing the result sheets. Nothing was changed. Run the review again.');
    fake.beforeSync = undefined;
    expect(fake.sheets.map((s) => s.name)).toEqual(namesBefore);
  });

  it('an old result sheet deleted by the user mid-run: the new results are written all the same', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    const first = await runReview(fake);
    const bridge = bridgeFor(fake);
    const { grids } = await bridge.readWorkbook();
    const outcome = await createInProcessRunner().review(grids, {}, {});
    const syncsBefore = fake.syncCount;
    fake.beforeSync = (index) => {
      if (index === syncsBefore + 2) fake.deleteSheet(fake.findSheet('Data Check')!);
    };
    await bridge.writeReport(outcome.report);
    fake.beforeSync = undefined;
    expect(fake.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, ...first.written.sheets.map((s) => s.written)]);
  });

  it('a sheet deleted while it is being read: said plainly', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    fake.beforeSync = (index) => {
      // After the used ranges are known, before the rows are read.
      if (index === 2) fake.deleteSheet(fake.findSheet('Staff')!);
    };
    await expect(bridgeFor(fake).readWorkbook()).rejects.toThrow('A sheet was deleted or renamed while reading the workbook. Nothing was changed. Run the review again.');
  });

  it('a protected workbook: the principal is told to unprotect it, and nothing is left behind', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    const bridge = bridgeFor(fake);
    const { grids } = await bridge.readWorkbook();
    const outcome = await createInProcessRunner().review(grids, {}, {});
    fake.structureProtected = true;
    await expect(bridge.writeReport(outcome.report)).rejects.toThrow(/protected\. Unprotect the workbook structure/);
    expect(fake.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(fake.settings.has(RESULT_SHEETS_SETTING)).toBe(false);
  });

  it('a payload Excel refuses: split and sent again until it fits, with every row written', async () => {
    const fake = fakeFromSheets(schoolSheets(120));
    const bridge = bridgeFor(fake, { write: { budgetBytes: 1_000_000 } });
    const outcome = review({ workbook: (await bridge.readWorkbook()).grids });
    // A host with a far smaller limit than the bridge plans for.
    fake.payloadLimitBytes = 20_000;
    const syncsBefore = fake.syncCount;
    const written = await bridge.writeReport(outcome.report);
    const writeSyncs = fake.syncs.slice(syncsBefore);
    // Some syncs were refused (recorded with no response), and every sync that went through fits the limit.
    expect(writeSyncs.filter((s) => s.requestBytes > 20_000).length).toBeGreaterThan(0);
    expect(writeSyncs.filter((s) => s.responseBytes > 0).every((s) => s.requestBytes <= 20_000)).toBe(true);
    expectReportWritten(fake, outcome.report, new Map(written.sheets.map((s) => [s.report, s.written])));
  });

  it('a finding longer than a cell can hold: written cut to 32,767 characters, which the fake would refuse beyond', async () => {
    const fake = fakeFromSheets(schoolSheets(12));
    const report: Report = {
      sheets: [{ name: 'Data Check', preamble: [], table: { name: 'srr_DataCheck', columns: [{ header: 'Message', type: 'text' }], rows: [['x'.repeat(50_000)]] } }],
    };
    await bridgeFor(fake).writeReport(report);
    const written = String(cellAt(fake.findSheet('Data Check')!, 3, 0)?.value);
    expect(written.length).toBe(32_767);
    expect(written).toMatch(/^x+ … \(cut: Excel holds 32,767 characters in a cell\)$/);
  });

  it('a payload Excel refuses even for one row: said plainly, nothing left behind', async () => {
    const fake = fakeFromSheets(schoolSheets(12));
    const report: Report = {
      sheets: [{ name: 'Flags', preamble: [], table: { name: 'srr_Flags', columns: [{ header: 'Finding', type: 'text' }], rows: [['short'], ['x'.repeat(9_000)]] } }],
    };
    fake.payloadLimitBytes = 5_000;
    await expect(bridgeFor(fake).writeReport(report)).rejects.toThrow(/Excel refused to move so much data at once while writing the result sheets/);
    expect(fake.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
  });
});

describe('syncs and payloads', () => {
  async function syncsFor(sections: number) {
    const fake = fakeFromSheets(schoolSheets(sections));
    const bridge = bridgeFor(fake);
    const { grids } = await bridge.readWorkbook();
    const readSyncs = fake.syncCount;
    const outcome = review({ workbook: grids });
    await bridge.writeReport(outcome.report);
    return { read: readSyncs, write: fake.syncCount - readSyncs, fake };
  }

  it('stay the same when the schedule grows tenfold (both fit one block)', async () => {
    const small = await syncsFor(150);
    const large = await syncsFor(1500);
    expect(large.read).toBe(small.read);
    expect(large.write).toBe(small.write);
    // Sheets, used ranges, sample, one block; then inspect, owned tables, one write block, check, commit.
    expect(small.read).toBe(4);
    expect(small.write).toBe(5);
  });

  it('read a 100,000-row schedule in blocks, never near the 5 MB limit', async () => {
    const fake = fakeFromSheets(schoolSheets(100_000));
    const { grids } = await bridgeFor(fake).readWorkbook();
    const schedule = grids.sheets.find((s) => s.name === 'Schedule')!;
    expect(schedule.rows.length).toBe(100_003);
    expect(schedule.rows[100_002][0]).toBe('S100000');
    expect(schedule.numberFormats?.[3][6]).toBe('h:mm');
    const largest = Math.max(...fake.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
    expect(largest).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT / 2);
    const totalBytes = fake.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    // Three fixed syncs plus blocks of at most 1.5 MB: the count follows the bytes, not the 100,003 rows.
    expect(fake.syncCount).toBeLessThanOrEqual(3 + Math.ceil(totalBytes / 500_000));
    expect(fake.syncCount).toBeLessThan(60);
  });

  it('read on when Excel refuses a block the sample underestimated, by splitting it', async () => {
    const sheets = schoolSheets(3000);
    // Rows far longer than the sampled first ones.
    sheets[0].rows.forEach((row, r) => {
      if (r > 100) row[2] = `${row[2]} ${'x'.repeat(400)}`;
    });
    const fake = fakeFromSheets(sheets, { payloadLimitBytes: 400_000 });
    const bridge = bridgeFor(fake, { read: { budgetBytes: 300_000 } });
    const { grids } = await bridge.readWorkbook();
    expect(grids.sheets[0].rows.length).toBe(3003);
    expect(String(grids.sheets[0].rows[3002][2])).toMatch(/x{400}$/);
    expect(fake.syncs.some((s) => s.responseBytes > 400_000)).toBe(true);
  });

  it('cut write blocks by measured size: long findings late in a table do not swell a sync', async () => {
    const fake = fakeFromSheets(schoolSheets(6));
    const rows = Array.from({ length: 20_000 }, (_, i) => [`flag-${i}`, i < 19_000 ? 'short' : `Long finding ${i}: ${'detail '.repeat(500)}`]);
    const report: Report = {
      sheets: [{ name: 'Flags', preamble: [], table: { name: 'srr_Flags', columns: [{ header: 'Flag', type: 'text' }, { header: 'Finding', type: 'text' }], rows } }],
    };
    const syncsBefore = fake.syncCount;
    await bridgeFor(fake).writeReport(report);
    const writeSyncs = fake.syncs.slice(syncsBefore);
    // The last thousand rows carry about 3.5 MB: they go in several syncs, each under the 1.5 MB budget plus one block.
    expect(writeSyncs.reduce((sum, s) => sum + s.requestBytes, 0)).toBeGreaterThan(3_500_000);
    expect(Math.max(...writeSyncs.map((s) => s.requestBytes))).toBeLessThan(2_300_000);
    // Marker, blank, header: the data starts on row 3.
    expect(fake.findSheet('Flags (review)')!.cells[20_002][1].value).toBe(rows[19_999][1]);
  });

  it('write a 100,000-row result table in blocks under the limit', async () => {
    const fake = fakeFromSheets(schoolSheets(6));
    const rows = Array.from({ length: 100_000 }, (_, i) => [`S${i}`, `=Course ${i}`, 20 + (i % 15), i % 7 === 0 ? 0.25 : 0.5]);
    // Held to Excel's 65,530 links per sheet as buildReport holds every sheet (report/links.ts).
    const report: Report = {
      sheets: [
        limitSheetLinks({
          name: 'Class Size',
          preamble: ['Class size by section'],
          table: {
            name: 'srr_ClassSize',
            columns: [
              { header: 'Section', type: 'text' },
              { header: 'Course', type: 'text' },
              { header: 'Enrollment', type: 'integer' },
              { header: 'Share', type: 'percent' },
            ],
            rows,
            links: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [i, { 0: { sheet: 'Schedule', range: `A${i + 4}:K${i + 4}` } }])),
          },
        }),
      ],
    };
    const syncsBefore = fake.syncCount;
    const progress: { done: number; total: number }[] = [];
    await bridgeFor(fake).writeReport(report, (p) => progress.push({ done: p.done, total: p.total }));
    const writeSyncs = fake.syncs.slice(syncsBefore);
    // The bar moves block by block and ends full: 100,000 rows plus one step for the sheet.
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toEqual({ done: 100_001, total: 100_001 });
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1].done)).toBe(true);
    expect(Math.max(...writeSyncs.map((s) => s.requestBytes))).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT / 2);
    expect(writeSyncs.length).toBeLessThan(80);
    const sheet = fake.findSheet('Class Size')!;
    // Marker, two preamble lines (the title, the links limit's note), blank, header on row 4 (zero-based), data from row 5.
    expect(sheet.cells[2][0].value).toMatch(/^Rows past the 65,530th are not linked/);
    expect(sheet.cells[4].map((c) => c.value)).toEqual(['Section', 'Course', 'Enrollment', 'Share']);
    expect(sheet.cells[100_004].map((c) => c.value)).toEqual(['S99999', '=Course 99999', 20 + (99_999 % 15), 0.5]);
    expect(sheet.cells[100_004][1].formula).toBeUndefined();
    expect(sheet.cells[100_004][3].numberFormat).toBe('0.0%');
    expect(sheet.cells[5][0].hyperlink).toEqual({ address: undefined, documentReference: "'Schedule'!A4:K4", textToDisplay: 'S0' });
    // The 65,530th link, S65529, on row 5 + 65,529; the next section has none.
    expect(sheet.cells[65_534][0].hyperlink?.documentReference).toBe("'Schedule'!A65533:K65533");
    expect(sheet.cells[65_535][0].hyperlink).toBeUndefined();
    expect(sheet.tables).toEqual([{ name: 'srr_ClassSize', address: 'A5:D100005', hasHeaders: true, style: 'TableStyleMedium2' }]);
    expect(sheet.frozenRows).toBe(5);
  });
});
