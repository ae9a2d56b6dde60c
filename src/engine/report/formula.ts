import type { FormulaCellRef, FormulaExpr, FormulaFunction, FormulaOperator, FormulaWord, Report } from '../types';
import { columnLetter, quoteSheetName } from '../parse/values';
import { formulaNumber } from './highlight';
import { sheetLayout } from './layout';
import { median, quantileInc } from '../analyse/stats';

// Live formulas in the report (the What If sheet, the Resource Map's weighted formula). One serializer for both
// writers, so Excel (office-js), the .xlsx file and LibreOffice read the same text. A formula is a tree of numbers,
// our own cell references, a closed list of words and functions: nothing in it can come from the user's data.

const FUNCTIONS: ReadonlySet<FormulaFunction> = new Set<FormulaFunction>([
  'SUM', 'MIN', 'MAX', 'ROUND', 'ROUNDUP', 'ROUNDDOWN', 'IF', 'AND', 'OR', 'ABS', 'MEDIAN', 'AVERAGE', 'SUMPRODUCT',
  'QUARTILE', 'COUNT', 'IFERROR',
]);
const OPERATORS: ReadonlySet<FormulaOperator> = new Set<FormulaOperator>(['+', '-', '*', '/', '^', '<', '<=', '>', '>=', '=', '<>']);
const WORDS: ReadonlySet<FormulaWord> = new Set<FormulaWord>(['meets', 'watch', 'far from', 'yes', 'no', 'over', 'under', 'within', '']);

/** Where a report cell is in the written workbook: its sheet's final name and its A1 address there. */
export interface PlacedCell {
  sheet: string;
  address: string;
}

/** Resolves a report cell reference to its written place; throws for a table the report does not have. */
export type CellResolver = (ref: FormulaCellRef) => PlacedCell;

/**
 * The places of every table's cells, given the names the writer gave the report's sheets (a user's own sheet can
 * push "What If" to "What If (2)"). Rows and columns come from the shared layout, as the writers place them.
 */
export function reportCellResolver(report: Report, sheetNames: readonly string[]): CellResolver {
  const tables = new Map<string, { sheet: string; firstDataRow: number; rows: number; columns: number }>();
  report.sheets.forEach((sheet, i) => {
    const layout = sheetLayout(sheet);
    const sheetName = sheetNames[i] ?? sheet.name;
    tables.set(sheet.table.name, { sheet: sheetName, firstDataRow: layout.main.firstDataRow, rows: sheet.table.rows.length, columns: sheet.table.columns.length });
    (sheet.moreTables ?? []).forEach((sub, j) => {
      tables.set(sub.table.name, { sheet: sheetName, firstDataRow: layout.more[j].firstDataRow, rows: sub.table.rows.length, columns: sub.table.columns.length });
    });
  });
  return (ref) => {
    const table = tables.get(ref.table);
    if (!table) throw new Error(`formula: no table "${ref.table}" in the report`);
    if (!Number.isInteger(ref.row) || ref.row < 0 || ref.row >= table.rows) {
      throw new Error(`formula: row ${ref.row} is outside table "${ref.table}" (${table.rows} rows)`);
    }
    if (!Number.isInteger(ref.column) || ref.column < 0 || ref.column >= table.columns) {
      throw new Error(`formula: column ${ref.column} is outside table "${ref.table}" (${table.columns} columns)`);
    }
    return { sheet: table.sheet, address: `${columnLetter(ref.column)}${table.firstDataRow + ref.row}` };
  };
}

/**
 * The formula's text with its leading "=", as Excel's `range.formulas` and a file's <f> element (without the "=")
 * take it. A reference to a cell of another sheet carries the sheet's quoted name; one on `onSheet` does not.
 * Anything that is not part of the closed grammar throws: a defect upstream, never written.
 */
export function formulaText(expr: FormulaExpr, resolve: CellResolver, onSheet: string): string {
  return `=${expression(expr, resolve, onSheet)}`;
}

function expression(expr: FormulaExpr, resolve: CellResolver, onSheet: string): string {
  if ('num' in expr) {
    const text = formulaNumber(expr.num);
    return expr.num < 0 ? `(${text})` : text;
  }
  if ('word' in expr) {
    if (!WORDS.has(expr.word)) throw new Error(`formula: "${String(expr.word)}" is not one of the report's words`);
    return `"${expr.word}"`;
  }
  if ('ref' in expr) return reference(resolve(expr.ref), onSheet);
  if ('range' in expr) {
    const from = resolve(expr.range.from);
    const to = resolve(expr.range.to);
    if (expr.range.from.table !== expr.range.to.table) throw new Error('formula: a range lies within one table');
    return `${reference(from, onSheet)}:${to.address}`;
  }
  if ('neg' in expr) return `-(${expression(expr.neg, resolve, onSheet)})`;
  if ('op' in expr) {
    if (!OPERATORS.has(expr.op)) throw new Error(`formula: unknown operator ${JSON.stringify(expr.op)}`);
    // Every operation is bracketed: precedence then never depends on the reader (Excel and LibreOffice differ on
    // unary minus before "^").
    return `(${expression(expr.left, resolve, onSheet)}${expr.op}${expression(expr.right, resolve, onSheet)})`;
  }
  if ('fn' in expr) {
    if (!FUNCTIONS.has(expr.fn)) throw new Error(`formula: unknown function ${JSON.stringify(expr.fn)}`);
    return `${expr.fn}(${expr.args.map((a) => expression(a, resolve, onSheet)).join(',')})`;
  }
  throw new Error('formula: not a formula expression');
}

function reference(cell: PlacedCell, onSheet: string): string {
  return cell.sheet === onSheet ? cell.address : `${quoteSheetName(cell.sheet)}!${cell.address}`;
}

// Builders, so a formula reads close to its arithmetic where it is made: add(ref(a), num(2)).
export const num = (value: number): FormulaExpr => ({ num: value });
export const word = (value: FormulaWord): FormulaExpr => ({ word: value });
export const ref = (table: string, row: number, column: number): FormulaExpr => ({ ref: { table, row, column } });
export const cells = (table: string, from: [row: number, column: number], to: [row: number, column: number]): FormulaExpr => ({
  range: { from: { table, row: from[0], column: from[1] }, to: { table, row: to[0], column: to[1] } },
});
export const op = (left: FormulaExpr, operator: FormulaOperator, right: FormulaExpr): FormulaExpr => ({ op: operator, left, right });
export const fn = (name: FormulaFunction, ...args: FormulaExpr[]): FormulaExpr => ({ fn: name, args });
export const neg = (value: FormulaExpr): FormulaExpr => ({ neg: value });

// ───────────── The engine's own evaluation of the same formulas ─────────────
// The engine evaluates a formula tree itself, so the value it stores beside a formula (and the pane shows live) is
// what the formula means, not a second copy of the arithmetic. The semantics are Excel's where they matter: an
// empty cell is 0 in arithmetic, ROUND rounds half away from zero, a division by zero is an error that IFERROR
// catches, and SUM/MEDIAN/AVERAGE/COUNT skip text and empty cells in a range.

/** A spreadsheet error value (#DIV/0!, #VALUE!, #NUM!), which spreads through arithmetic as Excel's does. */
export class FormulaError {
  constructor(readonly code: '#DIV/0!' | '#VALUE!' | '#NUM!' | '#REF!') {}
}

export type FormulaValue = number | string | boolean | null | FormulaError;

/** A cell's current value: a plain value, or the value of the formula in it. */
export type CellLookup = (ref: FormulaCellRef) => FormulaValue;

export function evaluateFormula(expr: FormulaExpr, lookup: CellLookup): FormulaValue {
  if ('num' in expr) return expr.num;
  if ('word' in expr) return expr.word;
  if ('ref' in expr) return lookup(expr.ref);
  if ('range' in expr) return new FormulaError('#VALUE!');
  if ('neg' in expr) {
    const value = toNumber(evaluateFormula(expr.neg, lookup));
    return value instanceof FormulaError ? value : -value;
  }
  if ('op' in expr) return operate(expr.op, evaluateFormula(expr.left, lookup), evaluateFormula(expr.right, lookup));
  return call(expr.fn, expr.args, lookup);
}

function toNumber(value: FormulaValue): number | FormulaError {
  if (value instanceof FormulaError) return value;
  if (value === null || value === '') return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const parsed = Number(value);
  return Number.isFinite(parsed) && value.trim() !== '' ? parsed : new FormulaError('#VALUE!');
}

function operate(operator: FormulaOperator, left: FormulaValue, right: FormulaValue): FormulaValue {
  if (left instanceof FormulaError) return left;
  if (right instanceof FormulaError) return right;
  if (['<', '<=', '>', '>=', '=', '<>'].includes(operator)) return compare(operator, left, right);
  const a = toNumber(left);
  const b = toNumber(right);
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  switch (operator) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? new FormulaError('#DIV/0!') : a / b;
    case '^': {
      const power = a ** b;
      return Number.isFinite(power) ? power : new FormulaError('#NUM!');
    }
    default: return new FormulaError('#VALUE!');
  }
}

/** Excel compares an empty cell as 0 against a number and as "" against text; numbers sort before text. */
function compare(operator: FormulaOperator, left: FormulaValue, right: FormulaValue): boolean {
  const normalise = (value: FormulaValue, other: FormulaValue): number | string | boolean =>
    value === null ? (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0) : (value as number | string | boolean);
  const a = normalise(left, right);
  const b = normalise(right, left);
  const rank = (v: number | string | boolean): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let order: number;
  if (rank(a) !== rank(b)) order = rank(a) - rank(b);
  else if (typeof a === 'string') order = a.toLowerCase().localeCompare(String(b).toLowerCase());
  else order = Number(a) - Number(b);
  switch (operator) {
    case '<': return order < 0;
    case '<=': return order <= 0;
    case '>': return order > 0;
    case '>=': return order >= 0;
    case '=': return order === 0;
    default: return order !== 0;
  }
}

/** The numbers of a range (text and empty cells skipped), or of a single argument. */
function numbersOf(arg: FormulaExpr, lookup: CellLookup): number[] | FormulaError {
  if ('range' in arg) {
    const out: number[] = [];
    for (const value of rangeValues(arg.range.from, arg.range.to, lookup)) {
      if (value instanceof FormulaError) return value;
      if (typeof value === 'number') out.push(value);
    }
    return out;
  }
  const value = toNumber(evaluateFormula(arg, lookup));
  return value instanceof FormulaError ? value : [value];
}

function rangeValues(from: FormulaCellRef, to: FormulaCellRef, lookup: CellLookup): FormulaValue[] {
  const values: FormulaValue[] = [];
  for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++) {
    for (let column = Math.min(from.column, to.column); column <= Math.max(from.column, to.column); column++) {
      values.push(lookup({ table: from.table, row, column }));
    }
  }
  return values;
}

function allNumbers(args: FormulaExpr[], lookup: CellLookup): number[] | FormulaError {
  const out: number[] = [];
  for (const arg of args) {
    const values = numbersOf(arg, lookup);
    if (values instanceof FormulaError) return values;
    out.push(...values);
  }
  return out;
}

/** Half away from zero, as Excel's ROUND; ROUNDUP and ROUNDDOWN go away from and towards zero. */
function round(value: number, digits: number, mode: 'ROUND' | 'ROUNDUP' | 'ROUNDDOWN'): number {
  const factor = 10 ** Math.trunc(digits);
  // Excel works to 15 significant digits, so 1.005 × 100 is 100.5 there, not binary's 100.49999999999999.
  const nudged = Number((Math.abs(value) * factor).toPrecision(15));
  const magnitude = mode === 'ROUND' ? Math.floor(nudged + 0.5) : mode === 'ROUNDUP' ? Math.ceil(nudged) : Math.floor(nudged);
  return (Math.sign(value) * magnitude) / factor;
}

/** QUARTILE as Excel's QUARTILE (= QUARTILE.INC) and LibreOffice's: quart 0-4 is the quantile quart / 4. */
export function quartileInclusive(values: readonly number[], quart: number): number | null {
  if (values.length === 0 || quart < 0 || quart > 4) return null;
  return quantileInc([...values].sort((a, b) => a - b), Math.trunc(quart) / 4);
}

function call(name: FormulaFunction, args: FormulaExpr[], lookup: CellLookup): FormulaValue {
  switch (name) {
    case 'IF': {
      const test = evaluateFormula(args[0], lookup);
      if (test instanceof FormulaError) return test;
      const truthy = typeof test === 'string' ? new FormulaError('#VALUE!') : Boolean(test);
      if (truthy instanceof FormulaError) return truthy;
      if (truthy) return args[1] ? evaluateFormula(args[1], lookup) : true;
      return args[2] ? evaluateFormula(args[2], lookup) : false;
    }
    case 'IFERROR': {
      const value = evaluateFormula(args[0], lookup);
      return value instanceof FormulaError ? evaluateFormula(args[1], lookup) : value;
    }
    case 'AND':
    case 'OR': {
      const tests = args.map((a) => evaluateFormula(a, lookup));
      const error = tests.find((t) => t instanceof FormulaError);
      if (error) return error;
      const bools = tests.map((t) => Boolean(t));
      return name === 'AND' ? bools.every(Boolean) : bools.some(Boolean);
    }
    case 'ROUND':
    case 'ROUNDUP':
    case 'ROUNDDOWN': {
      const value = toNumber(evaluateFormula(args[0], lookup));
      const digits = toNumber(args[1] ? evaluateFormula(args[1], lookup) : 0);
      if (value instanceof FormulaError) return value;
      if (digits instanceof FormulaError) return digits;
      return round(value, digits, name);
    }
    case 'ABS': {
      const value = toNumber(evaluateFormula(args[0], lookup));
      return value instanceof FormulaError ? value : Math.abs(value);
    }
    case 'SUMPRODUCT': {
      const ranges = args.map((a) => ('range' in a ? rangeValues(a.range.from, a.range.to, lookup) : [evaluateFormula(a, lookup)]));
      const length = ranges[0]?.length ?? 0;
      if (ranges.some((r) => r.length !== length)) return new FormulaError('#VALUE!');
      let total = 0;
      for (let i = 0; i < length; i++) {
        let product = 1;
        for (const range of ranges) {
          const value = range[i];
          if (value instanceof FormulaError) return value;
          // SUMPRODUCT reads text and empty cells in its arrays as 0.
          product *= typeof value === 'number' ? value : 0;
        }
        total += product;
      }
      return total;
    }
    case 'QUARTILE': {
      const values = numbersOf(args[0], lookup);
      const quart = toNumber(evaluateFormula(args[1], lookup));
      if (values instanceof FormulaError) return values;
      if (quart instanceof FormulaError) return quart;
      return quartileInclusive(values, quart) ?? new FormulaError('#NUM!');
    }
    default: {
      const values = allNumbers(args, lookup);
      if (values instanceof FormulaError) return values;
      switch (name) {
        case 'SUM': return values.reduce((a, b) => a + b, 0);
        case 'COUNT': return values.length;
        case 'MIN': return values.length ? Math.min(...values) : 0;
        case 'MAX': return values.length ? Math.max(...values) : 0;
        case 'MEDIAN': return median(values) ?? new FormulaError('#NUM!');
        case 'AVERAGE': return values.length ? values.reduce((a, b) => a + b, 0) / values.length : new FormulaError('#DIV/0!');
        default: return new FormulaError('#VALUE!');
      }
    }
  }
}

/**
 * Fills every formula cell of the report's tables with the formula's value, in dependency order, from the current
 * values of the cells it refers to (such as the principal's inputs). Returns the report with new rows; a cycle or an
 * error value leaves the cell null, since the engine never writes a number it could not compute.
 */
export function evaluateReportFormulas(report: Report): Report {
  const tables = new Map<string, { rows: FormulaValue[][]; formulas: Record<number, Record<number, FormulaExpr>> | undefined }>();
  for (const sheet of report.sheets) {
    for (const table of [sheet.table, ...(sheet.moreTables ?? []).map((m) => m.table)]) {
      tables.set(table.name, { rows: table.rows.map((r) => [...r]), formulas: table.formulas });
    }
  }
  const done = new Set<string>();
  const busy = new Set<string>();
  const lookup: CellLookup = (ref) => {
    const table = tables.get(ref.table);
    if (!table || ref.row >= table.rows.length) return new FormulaError('#REF!');
    const formula = table.formulas?.[ref.row]?.[ref.column];
    const key = `${ref.table}\u0000${ref.row}\u0000${ref.column}`;
    if (formula && !done.has(key)) {
      if (busy.has(key)) return new FormulaError('#REF!');
      busy.add(key);
      table.rows[ref.row][ref.column] = evaluateFormula(formula, lookup);
      busy.delete(key);
      done.add(key);
    }
    return table.rows[ref.row]?.[ref.column] ?? null;
  };
  for (const [name, table] of tables) {
    for (const [row, byColumn] of Object.entries(table.formulas ?? {})) {
      for (const column of Object.keys(byColumn)) lookup({ table: name, row: Number(row), column: Number(column) });
    }
  }
  const finished = (rows: FormulaValue[][]): (string | number | boolean | null)[][] =>
    rows.map((r) => r.map((v) => (v instanceof FormulaError || (typeof v === 'number' && !Number.isFinite(v)) ? null : v)));
  const withValues = <T extends { name: string }>(table: T): T => ({ ...table, rows: finished(tables.get(table.name)!.rows) });
  return {
    sheets: report.sheets.map((sheet) => ({
      ...sheet,
      table: withValues(sheet.table),
      ...(sheet.moreTables ? { moreTables: sheet.moreTables.map((m) => ({ ...m, table: withValues(m.table) })) } : {}),
    })),
  };
}
