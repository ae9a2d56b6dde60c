import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_FORMULA, validateFormulaSettings } from '../../src/engine/compare';
import { formulaInputs, idsFromFile, keptFormulaInputs, keptInputsLine } from '../../src/engine/compare/formulaInputs';
import { readPreviousMapInputs } from '../../src/files/previousMap';
import { temporaryFolder } from '../support/temporaryFolder';

// The engine rule that keeps the map's typed formula inputs (the bin over four runs: keptInputs.test.ts).

const at = (cell: string, value: number | string, start?: number | string) => ({ cell, value, ...(start === undefined ? {} : { start }) });

describe('keptFormulaInputs', () => {
  it('keeps a typed number that differs from its start, and lets one equal to its start follow this run’s start', () => {
    // The file moved the elementary base to 6,500; the earlier map still shows 6,000 typed and 6,000 as its start:
    // left as it was, so it follows the file. The middle base was typed (7,000 against 6,000): kept over the file.
    const start = validateFormulaSettings({ basePerPupil: { elementary: 6500, middle: 6200, high: 6000 } }).settings;
    const kept = keptFormulaInputs(
      start,
      { 'basePerPupil.elementary': at('B12', 6000, 6000), 'basePerPupil.middle': at('B13', 7000, 6000), 'weights.lowIncome': at('B17', '', 0.2) },
      'Weighted formula',
      idsFromFile(start),
    );
    expect(kept.settings.basePerPupil).toEqual({ elementary: 6500, middle: 7000, high: 6000 });
    expect(kept.problems).toEqual([]);
    expect(kept.inputs.slice(0, 3).map((i) => [i.id, i.value, i.from])).toEqual([
      ['basePerPupil.elementary', 6500, 'formula file'],
      ['basePerPupil.middle', 7000, 'earlier map'],
      ['basePerPupil.high', 6000, 'default'],
    ]);
    expect(keptInputsLine(kept, 'Weighted formula')).toBe(
      "kept 1 value typed in the earlier map's Weighted formula sheet (basePerPupil.middle = 7000 from B13); from the --formula file: basePerPupil.elementary = 6500; the rest are the defaults",
    );
  });

  it('names by sheet and cell a value out of range or not a number, and uses the start', () => {
    const kept = keptFormulaInputs(
      DEFAULT_FORMULA,
      {
        'basePerPupil.high': at('B14', -5000, 6000),
        scaleToCurrentTotal: at('B22', 2, 1),
        'weights.englishLearners': at('B16', '0.3 maybe', 0.2),
        // Text that is a number (typed into a text-formatted cell) is the number.
        'weights.specialEducation': at('B15', ' 1.1 ', 0.9),
      },
      'Formula (Sept)',
    );
    expect(kept.problems).toEqual([
      'Formula (Sept)!B14: "-5000" typed for "Base per pupil: high school" is not a number from 0 to 1,000,000, so this map uses 6000 (the default); type a number from 0 to 1,000,000 there.',
      'Formula (Sept)!B22: "2" typed for "Scale to today’s total (1 = yes, 0 = no)" is not 1 or 0, so this map uses 1 (the default); type 1 or 0 there.',
      'Formula (Sept)!B16: "0.3 maybe" typed for "Extra weight per English learner" is not a number from 0 to 10, so this map uses 0.2 (the default); type a number from 0 to 10 there.',
    ]);
    expect(kept.settings).toEqual({ ...DEFAULT_FORMULA, weights: { ...DEFAULT_FORMULA.weights, specialEducation: 1.1 } });
  });

  it('gives every input a distinct id, and refuses a file whose bands share a label (a label is an id)', () => {
    const ids = formulaInputs(DEFAULT_FORMULA).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    // 3 bases + 3 need weights + 4 bands + the switch.
    expect(ids).toHaveLength(11);
    const { problems } = validateFormulaSettings({
      gradeBands: [
        { label: 'K-3', grades: ['K', '1'], weight: 0.1 },
        { label: 'k-3', grades: ['2', '3'], weight: 0.2 },
      ],
    });
    expect(problems).toEqual(['gradeBands: the label "K-3" is used twice; each band needs its own']);
  });
});

describe('an earlier map read from its file, into keptFormulaInputs', () => {
  const dir = temporaryFolder('srr-map-typed-');

  it('takes a text cell by the What If\'s one rule: "0x10" is a word, not a base of $16; " 0.3 " is 0.3', async () => {
    const file = path.join(dir(), 'map.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Weighted formula');
    ws.getCell('A1').value = 'Weighted formula';
    // Header on row 3; the JS strings are written as text cells, as Excel keeps what is typed into a Text cell.
    ws.getRow(3).values = ['Input', 'Value', 'Starting value', 'Input id'];
    ws.getRow(4).values = ['Base per pupil: high school', '0x10', 6000, 'basePerPupil.high'];
    ws.getRow(5).values = ['Extra weight per English learner', ' 0.3 ', 0.2, 'weights.englishLearners'];
    ws.getRow(6).values = ['Extra weight per special-education pupil', '0.9', 0.9, 'weights.specialEducation'];
    await wb.xlsx.writeFile(file);

    const earlier = await readPreviousMapInputs(file);
    // The reader gives each cell's text as the file holds it; what it means is keptFormulaInputs' to say, once.
    expect(earlier?.typed).toEqual({
      'basePerPupil.high': { value: '0x10', start: '6000', cell: 'B4' },
      'weights.englishLearners': { value: '0.3', start: '0.2', cell: 'B5' },
      'weights.specialEducation': { value: '0.9', start: '0.9', cell: 'B6' },
    });
    const kept = keptFormulaInputs(DEFAULT_FORMULA, earlier!.typed, earlier!.sheet);
    // Number("0x10") is 16, a base the bounds (0 to 1,000,000) would let through: it is named and the default used.
    expect(kept.problems).toEqual([
      'Weighted formula!B4: "0x10" typed for "Base per pupil: high school" is not a number from 0 to 1,000,000, so this map uses 6000 (the default); type a number from 0 to 1,000,000 there.',
    ]);
    expect(kept.settings.basePerPupil.high).toBe(6000);
    // The text " 0.3 " is the number 0.3, kept; the text "0.9" beside its start of 0.9 was left as it was.
    expect(kept.settings.weights).toEqual({ ...DEFAULT_FORMULA.weights, englishLearners: 0.3 });
    expect(kept.inputs.filter((i) => i.from === 'earlier map').map((i) => [i.id, i.value, i.cell])).toEqual([['weights.englishLearners', 0.3, 'B5']]);
  });

  it('takes the first row of an id that holds a value, as the What If does, and reads any id text as a plain key', async () => {
    const file = path.join(dir(), 'copied.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Weighted formula');
    ws.getRow(3).values = ['Input', 'Value', 'Starting value', 'Input id'];
    // The principal copied the EL row twice: the first copy left blank, the second typed 0.4, the third 0.5.
    ws.getRow(4).values = ['Extra weight per English learner', '', 0.2, 'weights.englishLearners'];
    ws.getRow(5).values = ['Extra weight per English learner', '0.4', 0.2, 'weights.englishLearners'];
    ws.getRow(6).values = ['Extra weight per English learner', '0.5', 0.2, 'weights.englishLearners'];
    ws.getRow(7).values = ['Not ours', '7', 1, '__proto__'];
    await wb.xlsx.writeFile(file);

    const typed = (await readPreviousMapInputs(file))!.typed;
    expect(typed['weights.englishLearners']).toEqual({ value: '0.4', start: '0.2', cell: 'B5' });
    // "__proto__" is an own key holding its row, not the object's prototype.
    expect(Object.keys(typed)).toEqual(['weights.englishLearners', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(typed, '__proto__')?.value).toEqual({ value: '7', start: '1', cell: 'B7' });
  });
});
