// What Excel makes of a value assigned through Range.values or Range.formulas: it parses strings like typed
// input. This is the behaviour the bridge must defend against, so the fake models it conservatively:
// - "'text" is text (the apostrophe is a prefix, not part of the value);
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
  if (input.startsWith("'")) {
    setConstant(cell, input.slice(1));
    return;
  }
  const text = cell.numberFormat === '@';
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

export class FakeInputError extends Error {}
