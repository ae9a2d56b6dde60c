import { DEFAULT_FORMULA, validateFormulaSettings } from '../../src/engine/compare';
import { formulaInputs, idsFromFile, keptFormulaInputs, keptInputsLine } from '../../src/engine/compare/formulaInputs';

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
