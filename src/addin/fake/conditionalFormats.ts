// Which cells a conditional format colours, for tests: Excel's own evaluation of the two rule shapes the bridge
// writes. A CellValue rule compares an empty cell as 0 (so "less than 90" colours blanks, which is why the bridge
// does not use it); a Custom rule's formula is evaluated relative to the range's first cell.
import { columnFromLetter, parseRangeAddress } from '../bridge/a1';
import { cellAt, type FakeConditionalFormat, type FakeSheet } from './fakeWorkbook';

type Compare = (a: number | string, b: number | string) => boolean;

const COMPARE: Record<string, Compare> = {
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '=': (a, b) => (typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b),
};

const CELL_VALUE_OPERATORS: Record<string, string> = {
  GreaterThan: '>',
  GreaterThanOrEqual: '>=',
  LessThan: '<',
  LessThanOrEqual: '<=',
  EqualTo: '=',
};

const NUMBER_RULE = /^=AND\(ISNUMBER\(([A-Z]+)(\d+)\),\1\2(>=|<=|>|<|=)(-?[\d.]+)\)$/;
const TEXT_RULE = /^=([A-Z]+)(\d+)(=)"((?:[^"]|"")*)"$/;
const CONSTANT = /^=(?:"((?:[^"]|"")*)"|(-?[\d.]+))$/;

/** Zero-based [row, col] of every cell in the format's range that it colours. */
export function highlightedCells(sheet: FakeSheet, format: FakeConditionalFormat): [number, number][] {
  const box = parseRangeAddress(format.address);
  const test = cellTest(format, box.row, box.col);
  const hits: [number, number][] = [];
  for (let r = box.row; r < box.row + box.rows; r++)
    for (let c = box.col; c < box.col + box.cols; c++) {
      const value = cellAt(sheet, r, c)?.value ?? '';
      if (test(value, r, c)) hits.push([r, c]);
    }
  return hits;
}

function cellTest(format: FakeConditionalFormat, firstRow: number, firstCol: number): (value: unknown, row: number, col: number) => boolean {
  if (format.type === 'CellValue') {
    const compare = COMPARE[CELL_VALUE_OPERATORS[format.operator ?? ''] ?? ''];
    const constant = CONSTANT.exec(format.formula1 ?? '');
    if (!compare || !constant) throw new Error(`The fake cannot evaluate the rule ${format.operator} ${format.formula1}`);
    const target = constant[2] !== undefined ? Number(constant[2]) : constant[1].replace(/""/g, '"');
    // Excel: an empty cell is 0 next to a number, "" next to text.
    return (value) => compare(value === '' ? (typeof target === 'number' ? 0 : '') : (value as number | string), target);
  }
  const formula = format.formula ?? '';
  const match = NUMBER_RULE.exec(formula) ?? TEXT_RULE.exec(formula);
  if (!match) throw new Error(`The fake cannot evaluate the formula ${formula}`);
  const [, letters, rowText, operator, operand] = match;
  // The formula names the range's first cell; other cells shift it by their offset, as a relative reference does.
  if (columnFromLetter(letters) !== firstCol || Number(rowText) - 1 !== firstRow) throw new Error(`${formula} does not start at the range's first cell`);
  const compare = COMPARE[operator];
  if (NUMBER_RULE.test(formula)) return (value) => typeof value === 'number' && compare(value, Number(operand));
  const text = operand.replace(/""/g, '"');
  return (value) => typeof value === 'string' && compare(value, text);
}
