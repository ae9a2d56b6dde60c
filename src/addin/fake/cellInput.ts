// What Excel makes of a value assigned through Range.values or Range.formulas: it parses strings like typed
// input. This is the behaviour the bridge must defend against, so the fake models it conservatively:
// - "'text" in a cell not formatted as Text is text (the apostrophe is Excel's text prefix, not part of the
//   value: OfficeDev/office-js#6687 reads such cells back without it);
// - in a cell already formatted as Text (@), Excel does not parse the entry ("Format numbers as text":
//   Text-formatted cells show the content exactly as typed), so an apostrophe stays a real character. The
//   writer must therefore enter values first and apply @ afterwards; the fake keeps the apostrophe to test that;
// - no cell holds more than 32,767 characters ("Excel specifications and limits"): a longer value is refused;
// - "=…" is a formula; "+…", "-…" and "@…" that are not plain numbers are formulas too (typing +1-555 in
//   Excel gives =+1-555), even in a cell formatted as Text — the bridge may not rely on the "@" format;
// - numeric and TRUE/FALSE strings become numbers and booleans unless the cell is formatted as Text;
// - null leaves the cell unchanged, "" empties it.
import type { FakeCell, FakeScalar } from './fakeWorkbook';

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function applyInput(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeInputError('Infinite and NaN numbers cannot be written to a cell');
    setConstant(cell, input);
    return;
  }
  if (typeof input === 'boolean') {
    setConstant(cell, input);
    return;
  }
  if (typeof input !== 'string') throw new FakeInputError(`Unsupported cell input: ${JSON.stringify(input)}`);
  if (input === '') {
    setConstant(cell, '');
    return;
  }
  const text = cell.numberFormat === '@';
  if (input.startsWith("'")) {
    const value = text ? input : input.slice(1);
    checkLength(value);
    setConstant(cell, value);
    return;
  }
  checkLength(input);
  if (input.length > 1 && input.startsWith('=')) {
    setFormula(cell, input);
    return;
  }
  if (/^[+-]/.test(input) && NUMERIC.test(input.trim())) {
    setConstant(cell, text ? input : Number(input));
    return;
  }
  if (input.length > 1 && /^[+\-@]/.test(input)) {
    setFormula(cell, `=${input}`);
    return;
  }
  if (!text && NUMERIC.test(input.trim())) {
    setConstant(cell, Number(input));
    return;
  }
  if (!text && /^(true|false)$/i.test(input)) {
    setConstant(cell, input.toLowerCase() === 'true');
    return;
  }
  setConstant(cell, input);
}

function setConstant(cell: FakeCell, value: FakeScalar): void {
  cell.value = value;
  delete cell.formula;
}

function setFormula(cell: FakeCell, formula: string): void {
  cell.formula = formula;
  // The fake does not calculate; a formula's value is a marker no real cell would hold.
  cell.value = '#FAKE-FORMULA!';
}

/** What Range.formulas returns for a cell: the formula, or the constant value. */
export function formulaOf(cell: FakeCell | undefined): FakeScalar {
  if (!cell) return '';
  return cell.formula ?? cell.value;
}

const MAX_CELL_CHARS = 32_767;

function checkLength(value: string): void {
  if (value.length > MAX_CELL_CHARS) throw new FakeInputError(`A cell can hold at most ${MAX_CELL_CHARS} characters; this value has ${value.length}.`);
}

export class FakeInputError extends Error {}
