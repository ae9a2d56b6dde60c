// The What If sheet's input cells through the add-in, the engine and the strict Excel fake: what the principal typed
// survives consecutive runs (read before the run and kept by the engine beside the new baseline, as the command line
// keeps it), and the pane's "write these values" changes only the input cells of the add-in's own What If sheet.
import { whatIfInputsFromValues } from '../../src/addin/bridge/whatIfInputs';
import { cellAt, snapshotWorkbook, type FakeSheet, type FakeWorkbook } from '../../src/addin/fake';
import type { Settings } from '../../src/engine/types';
import { fakeFromSheets, schoolSheets } from '../support/schoolWorkbook';
import { bridgeFor, runReview } from '../support/fakeBridge';

const WHAT_IF = 'What If';

const run = (workbook: FakeWorkbook, settings: Partial<Settings> = {}) => runReview(workbook, { settings });

function headerRow(sheet: FakeSheet): number {
  return sheet.cells.findIndex((line) => line?.some((c) => c?.value === 'Id') && line.some((c) => c?.value === 'Your value'));
}

function rowOfLever(sheet: FakeSheet, lever: string): number {
  const header = headerRow(sheet);
  const idCol = sheet.cells[header].findIndex((c) => c?.value === 'Id');
  const row = sheet.cells.findIndex((line, r) => r > header && line?.[idCol]?.value === lever);
  if (row < 0) throw new Error(`no row for the lever ${lever}`);
  return row;
}

/** The "Your value" cell of a lever, found by the lever's id in the Id column, as a principal's eye finds it. */
function yourValue(sheet: FakeSheet, lever: string) {
  const col = sheet.cells[headerRow(sheet)].findIndex((c) => c?.value === 'Your value');
  return cellAt(sheet, rowOfLever(sheet, lever), col, true);
}

describe("the What If sheet's inputs across add-in runs", () => {
  it('keeps what the principal typed through four runs, with rows inserted above, a new threshold and a word typed for a number', async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    const sheet = () => workbook.findSheet(WHAT_IF)!;
    const first = await run(workbook);
    expect(first.typed).toEqual({});
    const lever = (id: string) => first.outcome.result.whatIf!.levers.find((l) => l.id === id)!;
    // 1,155 students at 250 a counselor is 4.62, so 5 counselors meet the ratio; the school has 3.
    expect(lever('counselorFte')).toMatchObject({ current: 3, start: 5 });
    expect(yourValue(sheet(), 'counselorFte')).toMatchObject({ value: 5, style: 'Input' });
    // 2,074 core seats in 80 sections: 25.925 a class (25.9 shown). The highest core load, 137 seats, comes to 100 at
    // 25.925 × 100 / 137 = 18.92, rounded down to the 0.5 step: 18.5.
    expect(lever('coreClassSize')).toMatchObject({ current: 25.9, start: 18.5 });

    // Between runs the principal types 4 counselors and inserts two rows of notes at the top.
    yourValue(sheet(), 'counselorFte').value = 4;
    sheet().cells.splice(1, 0, [{ value: 'Our plan for March' }], []);
    const userSheets = () => snapshotWorkbook(workbook, (name) => ['Schedule', 'Staff', 'Enrollment', 'Budget'].includes(name)).sheets;
    const before = userSheets();
    expect(before).toHaveLength(4);

    // Run 2, with a stricter core-load warning: the 4 is read by its lever's id and kept beside the new baseline.
    const second = await run(workbook, { thresholds: { coreLoadWarn: 90 } as Settings['thresholds'] });
    // Only what the principal typed is carried: the levers left at their starts are not.
    expect(second.typed).toEqual({ counselorFte: { value: 4, start: 5 } });
    expect(yourValue(sheet(), 'counselorFte')).toMatchObject({ value: 4, style: 'Input' });
    // The class size was left at the review's 18.5, so it follows the new start: 25.925 × 90 / 137 = 17.03, so 17.
    expect(yourValue(sheet(), 'coreClassSize').value).toBe(17);
    // The result cell is the engine's formula over that input cell, so Excel shows 1,155 / 4 = 288.75 students each.
    const perCounselorRow = sheet().cells.findIndex((line) => line?.some((c) => c?.value === 'Students per counselor'));
    const resultsHeader = perCounselorRow - sheet().cells.slice(0, perCounselorRow).reverse().findIndex((line) => line?.some((c) => c?.value === 'Value')) - 1;
    const valueCol = sheet().cells[resultsHeader].findIndex((c) => c?.value === 'Value');
    expect(cellAt(sheet(), perCounselorRow, valueCol)?.formula).toMatch(/^=/);
    expect(userSheets()).toEqual(before);

    // Run 3: a word typed for a number is named on the Data Check, and that lever starts again where practice is met.
    yourValue(sheet(), 'counselorFte').value = 'four';
    const third = await run(workbook);
    expect(third.typed.counselorFte).toEqual({ value: 'four', start: 5 });
    expect(third.outcome.result.dataCheck.find((d) => d.code === 'what-if-input-not-a-number')?.message).toMatch(/"Counselor FTE" \("four"\) is not a number/);
    expect(yourValue(sheet(), 'counselorFte').value).toBe(5);

    // Run 4: a value with a fraction, kept as typed.
    yourValue(sheet(), 'counselorFte').value = 3.5;
    await run(workbook);
    expect(yourValue(sheet(), 'counselorFte').value).toBe(3.5);
    expect(userSheets()).toEqual(before);
  });

  it('reads the levers table by its header row wherever its columns are: numbers as numbers, text as text, empty as nothing', () => {
    const values = [
      ['Our plan', null, null, null],
      // Only one of the two headers: a line of the principal's, not the header.
      ['Id', null, null, null],
      ['Your value', 'Lever', 'Id', 'x'],
      [21, 'Class size', 'coreClassSize', null],
      ['', 'Counselors', 'counselorFte', null],
      ['lots', 'Coaches', 'coachFte', null],
      [7, 'A line with no id', '', null],
      [null, null, null, null],
      // A table below repeats the ids (the option sets): not the principal's inputs.
      [30, 'Option set', 'counselorFte', null],
    ];
    // No "Meets practice at" column: no start to compare with.
    expect(whatIfInputsFromValues(values)).toEqual({ coreClassSize: { value: 21 }, coachFte: { value: 'lots' } });
    // The reader only reads, the start beside each value included; whether 18.5 beside 18.5 is the principal's is the
    // engine's to decide (test/whatif/typedInputsBothDoors.test.ts).
    expect(
      whatIfInputsFromValues([
        ['Id', 'Your value', 'Meets practice at'],
        ['coreClassSize', 18.5, 18.5],
        ['counselorFte', ' 4 ', ''],
      ]),
    ).toEqual({ coreClassSize: { value: 18.5, start: 18.5 }, counselorFte: { value: '4' } });
    expect(whatIfInputsFromValues([['Id', 'Notes']])).toEqual({});
  });

  it('reads an id such as "constructor" or "__proto__" as a key like any other, as the command line does', () => {
    const inputs = whatIfInputsFromValues([
      ['Id', 'Your value'],
      ['constructor', 3],
      ['__proto__', 4],
    ]);
    // With a plain object, "constructor" was taken for present already (`in` sees the prototype) and dropped, and
    // "__proto__" replaced the object's prototype instead of being kept.
    expect(Object.keys(inputs)).toEqual(['constructor', '__proto__']);
    expect([inputs.constructor, Object.getOwnPropertyDescriptor(inputs, '__proto__')?.value]).toEqual([{ value: 3 }, { value: 4 }]);
  });
});

describe("writing the pane's values into the What If sheet", () => {
  it('changes only the input cells of its levers, says what it wrote, and the next run keeps them', async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    // The principal's own sheet called "What If": the add-in writes its own as "What If (review)" and never touches this.
    workbook.setGrid('What If', [['Id', 'Your value'], ['coreClassSize', 40]]);
    const { bridge } = await run(workbook);
    const ours = () => workbook.findSheet('What If (review)')!;
    // The principal deleted the coach row from the levers table.
    ours().cells.splice(rowOfLever(ours(), 'coachFte'), 1);
    const before = snapshotWorkbook(workbook);

    const outcome = await bridge.writeWhatIfInputs({ coreClassSize: 22, counselorFte: 4.5, coachFte: 2 });
    expect(outcome).toEqual({ sheet: 'What If (review)', written: ['coreClassSize', 'counselorFte'], missing: ['coachFte'] });

    // Cell by cell: the two input cells changed and nothing else in the workbook did.
    const after = snapshotWorkbook(workbook);
    const index = before.sheets.findIndex((s) => s.name === 'What If (review)');
    const expected = structuredClone(before);
    const header = headerRow(ours());
    const col = ours().cells[header].findIndex((c) => c?.value === 'Your value');
    const rowOf = (id: string) => ours().cells.findIndex((line, r) => r > header && line?.some((c) => c?.value === id));
    expected.sheets[index].values[rowOf('coreClassSize')][col] = 22;
    expected.sheets[index].values[rowOf('counselorFte')][col] = 4.5;
    expect(after).toEqual(expected);
    expect(yourValue(ours(), 'coreClassSize').style).toBe('Input');

    // Those are the principal's values now: a re-run keeps them, and the principal's own sheet is as it was.
    const rerun = await run(workbook);
    expect(rerun.typed).toMatchObject({ coreClassSize: { value: 22 }, counselorFte: { value: 4.5 } });
    expect(yourValue(ours(), 'coreClassSize').value).toBe(22);
    expect(yourValue(ours(), 'counselorFte').value).toBe(4.5);
    expect(workbook.findSheet('What If')!.cells[1][1].value).toBe(40);
  });

  it("refuses, saying why, when the What If sheet was renamed (it is the principal's now) or removed", async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    const bridge = bridgeFor(workbook);
    await expect(bridge.writeWhatIfInputs({ coreClassSize: 22 })).rejects.toThrow(
      'There is no "What If" sheet from the review in this workbook (it was removed or renamed). Run the review to write it, then write your values again.',
    );
    await run(workbook);
    const renamed = workbook.findSheet(WHAT_IF)!;
    renamed.name = 'Plan A';
    yourValue(renamed, 'coreClassSize').value = 21;
    const before = snapshotWorkbook(workbook);
    await expect(bridge.writeWhatIfInputs({ coreClassSize: 22 })).rejects.toThrow('There is no "What If" sheet from the review');
    expect(snapshotWorkbook(workbook)).toEqual(before);

    // The next run writes a new What If sheet starting from what was typed on the renamed one, which stays as it is.
    const rerun = await run(workbook);
    expect(rerun.typed.coreClassSize).toEqual({ value: 21, start: 18.5 });
    expect(yourValue(workbook.findSheet(WHAT_IF)!, 'coreClassSize').value).toBe(21);
    expect(yourValue(workbook.findSheet('Plan A')!, 'coreClassSize').value).toBe(21);
  });
  it('reads our What If sheet before a copy the principal made of it: the copy fills in only the levers ours leaves empty', async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    await run(workbook);
    const ours = workbook.findSheet(WHAT_IF)!;
    // A copy made in Excel carries the marker and the custom property with it, under a name of its own.
    const copy = workbook.addSheet('What If (2)');
    copy.cells = structuredClone(ours.cells);
    copy.customProperties = { ...ours.customProperties };
    yourValue(copy, 'coreClassSize').value = 21;
    yourValue(copy, 'counselorFte').value = 4;
    yourValue(ours, 'coreClassSize').value = 20;
    yourValue(ours, 'counselorFte').value = '';
    // Ours says 20 for the class size and nothing for the counselors: 20 is kept over the copy's 21, and the copy's 4
    // fills the empty cell. Read the other way round, the copy's 21 would win.
    const typed = await bridgeFor(workbook).readWhatIfInputs();
    expect(typed.coreClassSize).toEqual({ value: 20, start: 18.5 });
    expect(typed.counselorFte).toEqual({ value: 4, start: 5 });
    // Ours left at its start (5 beside 5) is the review's value, not the principal's: the copy's 4 fills it in too.
    yourValue(ours, 'counselorFte').value = 5;
    expect((await bridgeFor(workbook).readWhatIfInputs()).counselorFte).toEqual({ value: 4, start: 5 });
  });
});
