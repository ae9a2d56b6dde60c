// The What If sheet's input cells through the add-in and the strict Excel fake: what the principal typed survives
// consecutive runs (the engine's own starting values move with the school's figures where nothing was typed), and
// the pane's "write my choices" changes only the input cells of the add-in's own What If sheet.
import { createOfficeBridge } from '../../src/addin/bridge/officeBridge';
import type { WorkbookBridge } from '../../src/addin/bridge/types';
import { ENGINE_INPUTS_SETTING, inputColumnsOf, inputsFromValues } from '../../src/addin/bridge/whatIfInputs';
import { cellAt, createFakeExcel, createFakeOffice, FakeWorkbook, snapshotWorkbook, type FakeSheet } from '../../src/addin/fake';
import { evaluateReportFormulas, fn, num, op, ref } from '../../src/engine/report/formula';
import type { Report, ReportSheet, Settings } from '../../src/engine/types';
import { createInProcessRunner } from '../../src/addin/worker/inProcessRunner';
import { fakeFromSheets, schoolSheets } from '../support/schoolWorkbook';

const LEVERS = 'srr_WhatIfLevers';

/** A What If sheet as the engine describes it: lever id first, the input column, the school's current figure. */
function whatIfReport(start: { classSize: number; counselors: number }, current: { classSize: number; counselors: number }): Report {
  const whatIf: ReportSheet = {
    name: 'What If',
    preamble: ['What if: type your own values in the yellow cells.'],
    keepsInputs: true,
    table: {
      name: LEVERS,
      columns: [
        { header: 'Lever id', type: 'text' },
        { header: 'Lever', type: 'text' },
        { header: 'Your value', type: 'number', input: true },
        { header: 'Now', type: 'number' },
      ],
      rows: [
        ['class-size', 'Average core class size', start.classSize, current.classSize],
        ['counselor-fte', 'Counselor FTE', start.counselors, current.counselors],
      ],
    },
    moreTables: [
      {
        title: 'Results',
        table: {
          name: 'srr_WhatIfResults',
          columns: [
            { header: 'Result', type: 'text' },
            { header: 'Value', type: 'number' },
          ],
          rows: [['Core teacher FTE needed', null]],
          // 2,800 core seats / (class size × 5 sections a teacher), to one decimal.
          formulas: { 0: { 1: fn('ROUND', op(num(2800), '/', op(ref(LEVERS, 0, 2), '*', num(5))), num(1)) } },
        },
      },
    ],
  };
  const summary: ReportSheet = { name: 'Summary', preamble: ['Summary'], table: { name: 'srr_Summary', columns: [{ header: 'Figure', type: 'text' }], rows: [['x']] } };
  return evaluateReportFormulas({ sheets: [summary, whatIf] });
}

function bridgeFor(workbook: FakeWorkbook): WorkbookBridge {
  return createOfficeBridge({ excel: createFakeExcel(workbook) as never, office: createFakeOffice(workbook) as never });
}

function headerRowOf(sheet: FakeSheet): number {
  return sheet.cells.findIndex((line) => line?.some((cell) => cell?.value === 'Lever id') && line.some((cell) => cell?.value === 'Your value'));
}

function rowOf(sheet: FakeSheet, lever: string): number {
  return sheet.cells.findIndex((line, r) => r > headerRowOf(sheet) && line?.[0]?.value === lever);
}

/** The input cell of a lever (column C), found as a principal sees it: beside the lever's id. */
function inputCell(sheet: FakeSheet, lever: string) {
  return cellAt(sheet, rowOf(sheet, lever), 2, true);
}

function resultFormula(sheet: FakeSheet): string | undefined {
  const title = sheet.cells.findIndex((line) => line?.[0]?.value === 'Results');
  return cellAt(sheet, title + 2, 1)?.formula;
}

describe('What If inputs kept across runs in the add-in', () => {
  it('keeps what the principal typed through four runs, rows inserted above, and follows the engine where nothing was typed', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    workbook.setGrid('Schedule', [['Teacher'], ['Ms A']]);
    const bridge = bridgeFor(workbook);

    // Run 1: the engine starts the levers at 25 students a class and 2 counselors.
    const first = await bridge.writeReport(whatIfReport({ classSize: 25, counselors: 2 }, { classSize: 28, counselors: 1 }));
    const sheet = () => workbook.findSheet('What If')!;
    expect(first.keptInputs).toBeUndefined();
    expect(inputCell(sheet(), 'class-size')).toMatchObject({ value: 25, style: 'Input' });
    expect(inputCell(sheet(), 'counselor-fte')).toMatchObject({ value: 2, style: 'Input' });
    // Zero-based rows: mark 0, preamble 1, blank 2, header 3, levers 4-5: the class size is C5.
    expect(resultFormula(sheet())).toBe('=ROUND((2800/(C5*5)),1)');
    expect(workbook.settings.get(ENGINE_INPUTS_SETTING)).toBe(
      JSON.stringify({ 'What If': { 'class-size': { 'Your value': 25 }, 'counselor-fte': { 'Your value': 2 } } }),
    );

    // Between runs the principal types 22 and inserts two rows of notes above the header.
    inputCell(sheet(), 'class-size').value = 22;
    sheet().cells.splice(1, 0, [{ value: 'Our plan for March' }], []);

    // Run 2: new figures; the engine now starts at 24 and 3. The typed 22 stays; the untouched 2 follows to 3.
    const second = await bridge.writeReport(whatIfReport({ classSize: 24, counselors: 3 }, { classSize: 29, counselors: 1.5 }));
    expect(second.keptInputs).toEqual({ 'What If': { 'class-size': 22 } });
    expect(inputCell(sheet(), 'class-size')).toMatchObject({ value: 22, style: 'Input' });
    expect(inputCell(sheet(), 'counselor-fte')).toMatchObject({ value: 3, style: 'Input' });
    // The baseline is this run's; the result is still a formula over the input cell, so Excel follows the 22.
    expect(cellAt(sheet(), rowOf(sheet(), 'class-size'), 3)?.value).toBe(29);
    expect(cellAt(sheet(), rowOf(sheet(), 'counselor-fte'), 3)?.value).toBe(1.5);
    expect(resultFormula(sheet())).toBe('=ROUND((2800/(C5*5)),1)');

    // Run 3: text typed in a lever is named, and that lever starts again at the engine's value.
    inputCell(sheet(), 'counselor-fte').value = 'two and a half';
    const third = await bridge.writeReport(whatIfReport({ classSize: 24, counselors: 3 }, { classSize: 29, counselors: 1.5 }));
    expect(third.notices).toEqual([
      'On "What If", C6 (Your value for "counselor-fte") holds "two and a half", not a number, so that lever starts again at the review\'s value.',
    ]);
    expect(inputCell(sheet(), 'counselor-fte').value).toBe(3);
    expect(inputCell(sheet(), 'class-size').value).toBe(22);

    // Run 4, with nothing typed since: the 22 carried by the add-in is still the principal's, not the engine's.
    const fourth = await bridge.writeReport(whatIfReport({ classSize: 23, counselors: 3 }, { classSize: 29, counselors: 1.5 }));
    expect(fourth.keptInputs).toEqual({ 'What If': { 'class-size': 22 } });
    expect(inputCell(sheet(), 'class-size').value).toBe(22);
    expect(workbook.sheets.map((s) => s.name).filter((n) => !n.startsWith('srr'))).toEqual(['Schedule', 'Summary', 'What If']);
  });

  it('reads a lever row by its id wherever the columns are, and ignores rows above the header', () => {
    const columns = inputColumnsOf(whatIfReport({ classSize: 25, counselors: 2 }, { classSize: 28, counselors: 1 }).sheets[1])!;
    const values = [
      ['Our plan', null, null, null],
      // Only one of the two headers: a line of the principal's, not the header.
      ['Lever id', null, null, null],
      ['x', 'Lever', 'Lever id', 'Your value'],
      [3, 'Class size', 'class-size', 21],
      [null, 'Blank', 'counselor-fte', ''],
      [null, 'Text', 'aide-fte', 'lots'],
    ];
    // values[0][0] is the sheet's B11, so the text in values[5][3] is E16.
    expect(inputsFromValues(values, columns, 'What If', { row: 10, col: 1 })).toEqual({
      inputs: { 'class-size': { 'Your value': 21 } },
      notices: ['On "What If", E16 (Your value for "aide-fte") holds "lots", not a number, so that lever starts again at the review\'s value.'],
    });
  });
});

describe("writing the pane's choices into the What If sheet", () => {
  it('changes only the input cells of its levers, says what it wrote, and the next run keeps them', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    // The principal's own sheet called "What If": the add-in writes its own as "What If (review)" and never touches this.
    workbook.setGrid('What If', [['Lever id', 'Your value'], ['class-size', 40]]);
    const bridge = bridgeFor(workbook);
    const report = whatIfReport({ classSize: 25, counselors: 2 }, { classSize: 28, counselors: 1 });
    await bridge.writeReport(report);
    const before = snapshotWorkbook(workbook);

    const outcome = await bridge.writeInputs(inputColumnsOf(report.sheets[1])!, { 'class-size': 30, 'counselor-fte': 2.5, 'aide-fte': 1 });
    expect(outcome).toEqual({ sheet: 'What If (review)', written: ['class-size', 'counselor-fte'], missing: ['aide-fte'] });

    // Cell by cell: the two input cells changed and nothing else in the workbook did.
    const after = snapshotWorkbook(workbook);
    const ours = before.sheets.findIndex((s) => s.name === 'What If (review)');
    const expected = structuredClone(before);
    expected.sheets[ours].values[4][2] = 30;
    expected.sheets[ours].values[5][2] = 2.5;
    expect(after).toEqual(expected);
    expect(cellAt(workbook.findSheet('What If (review)')!, 4, 2)?.style).toBe('Input');

    // Those are the principal's choices now: a re-run keeps them.
    const rerun = await bridge.writeReport(report);
    expect(rerun.keptInputs).toEqual({ 'What If': { 'class-size': 30, 'counselor-fte': 2.5 } });
    expect(inputCell(workbook.findSheet('What If (review)')!, 'class-size').value).toBe(30);
    expect(workbook.findSheet('What If')!.cells[1][1].value).toBe(40);
  });

  it('refuses, saying why, when the What If sheet was renamed (it is the principal\'s now) or removed', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    workbook.setGrid('Schedule', [['Teacher'], ['Ms A']]);
    const bridge = bridgeFor(workbook);
    const report = whatIfReport({ classSize: 25, counselors: 2 }, { classSize: 28, counselors: 1 });
    const columns = inputColumnsOf(report.sheets[1])!;
    await expect(bridge.writeInputs(columns, { 'class-size': 30 })).rejects.toThrow(
      'There is no "What If" sheet from the review in this workbook (it was removed or renamed). Run the review to write it, then write your choices again.',
    );
    await bridge.writeReport(report);
    const renamed = workbook.findSheet('What If')!;
    renamed.name = 'Plan A';
    inputCell(renamed, 'class-size').value = 27;
    const before = snapshotWorkbook(workbook);
    await expect(bridge.writeInputs(columns, { 'class-size': 30 })).rejects.toThrow('There is no "What If" sheet from the review');
    expect(snapshotWorkbook(workbook)).toEqual(before);

    // The next run writes a new What If sheet, starting from what was typed on the renamed one, which stays as it is.
    const rerun = await bridge.writeReport(report);
    expect(rerun.keptInputs).toEqual({ 'What If': { 'class-size': 27 } });
    expect(inputCell(workbook.findSheet('What If')!, 'class-size').value).toBe(27);
    expect(inputCell(workbook.findSheet('Plan A')!, 'class-size').value).toBe(27);
  });
});

describe("the engine's What If sheet through the add-in", () => {
  const WHAT_IF = 'What If';

  async function run(workbook: FakeWorkbook, settings: Partial<Settings> = {}) {
    const bridge = bridgeFor(workbook);
    const { grids } = await bridge.readWorkbook();
    const outcome = await createInProcessRunner().review(grids, settings, await bridge.readNotes());
    const written = await bridge.writeReport(outcome.report);
    return { outcome, written, bridge };
  }

  /** The "Your value" cell of a lever, found by the lever's id in the Id column as a principal's eye would. */
  function yourValue(workbook: FakeWorkbook, lever: string) {
    const sheet = workbook.findSheet(WHAT_IF)!;
    const header = sheet.cells.findIndex((line) => line?.[0]?.value === 'Id' && line.some((c) => c?.value === 'Your value'));
    const col = sheet.cells[header].findIndex((c) => c?.value === 'Your value');
    const row = sheet.cells.findIndex((line, r) => r > header && line?.[0]?.value === lever);
    return cellAt(sheet, row, col, true);
  }

  it("keeps a typed lever through re-runs with new thresholds while an untouched lever follows the engine's new start", async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    const first = await run(workbook);
    const lever = (id: string, outcome = first.outcome) => outcome.result.whatIf!.levers.find((l) => l.id === id)!;
    // 1,155 students over 250 a counselor = 4.62, so 5 counselors meet the ratio; the school has 3.
    expect(lever('counselorFte')).toMatchObject({ current: 3, start: 5 });
    // The highest core load, 137 seats, comes to 100 at 25.925 × 100 / 137 = 18.92, rounded down to the 0.5 step: 18.5.
    expect(lever('coreClassSize')).toMatchObject({ current: 25.925, start: 18.5 });
    expect(yourValue(workbook, 'coreClassSize')).toMatchObject({ value: 18.5, style: 'Input' });

    yourValue(workbook, 'counselorFte').value = 4;
    const cellsBefore = snapshotWorkbook(workbook, (name) => name === 'Schedule').sheets;

    // Run 2: a core-load warning of 90 moves the class size's start: 25.925 × 90 / 137 = 17.03, so 17.
    const second = await run(workbook, { thresholds: { coreLoadWarn: 90 } as Settings['thresholds'] });
    expect(lever('coreClassSize', second.outcome).start).toBe(17);
    expect(yourValue(workbook, 'coreClassSize').value).toBe(17);
    expect(yourValue(workbook, 'counselorFte')).toMatchObject({ value: 4, style: 'Input' });
    expect(second.written.keptInputs).toEqual({ [WHAT_IF]: { counselorFte: 4 } });
    // The results are the engine's formulas over the input cells, so Excel shows the 4; the user's sheets are as they were.
    expect(snapshotWorkbook(workbook, (name) => name === 'Schedule').sheets).toEqual(cellsBefore);

    // The pane writes a class size; run 3 keeps both values the principal chose.
    const columns = inputColumnsOf(second.outcome.report.sheets.find((s) => s.name === WHAT_IF)!)!;
    await expect(second.bridge.writeInputs(columns, { coreClassSize: 22 })).resolves.toEqual({ sheet: WHAT_IF, written: ['coreClassSize'], missing: [] });
    const third = await run(workbook, { thresholds: { coreLoadWarn: 90 } as Settings['thresholds'] });
    expect(third.written.keptInputs).toEqual({ [WHAT_IF]: { counselorFte: 4, coreClassSize: 22 } });
    expect(yourValue(workbook, 'coreClassSize').value).toBe(22);
    expect(yourValue(workbook, 'counselorFte').value).toBe(4);
  });
});
