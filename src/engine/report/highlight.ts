import type { ConditionalRule, Severity } from '../types';

/**
 * One palette for both writers, so a flagged value looks the same in the add-in and in a CLI workbook. 'good' is
 * the Summary's "meets" status: Excel's own good/neutral/bad cell styles are these colours.
 */
export const SEVERITY_COLOURS: Record<Severity | 'good', { fill: string; font: string }> = {
  critical: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
  good: { fill: '#C6EFCE', font: '#006100' },
};

/**
 * Rules that colour a column of words: each cell equal to a word gets that colour (the Flags' severity, the Data
 * Check's error/warning/info, the Summary's meets/watch/far from). In the order given, which is the rules' priority.
 */
export function colourByWord(column: number, words: readonly [string, Severity | 'good'][]): ConditionalRule[] {
  return words.map(([value, severity]) => ({ column, operator: 'equal', value, severity }));
}

const COMPARISONS: Record<ConditionalRule['operator'], string> = {
  greaterThan: '>',
  greaterThanOrEqual: '>=',
  lessThan: '<',
  lessThanOrEqual: '<=',
  equal: '=',
};

/** Our own cell addresses only: a column of letters and a row number, optionally anchored with "$". */
const CELL_ADDRESS = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/;
/** The severity words the report compares text cells with; Excel caps a formula's text literal at 255 characters. */
const MAX_TEXT_LITERAL = 255;

/**
 * The rule as a worksheet condition (without the leading "="), relative to the range's first cell. A numeric rule
 * is wrapped in ISNUMBER because Excel compares an empty cell as 0: "less than 90" would otherwise colour every
 * blank, such as a collaboration block of unknown length.
 *
 * Formulas are ours alone: the condition is built only from a finite number (written by the engine, not pasted from
 * the text of a setting), a quoted text literal, and our own cell address. Anything else is a defect upstream
 * (settings are validated before they reach the report), so it throws rather than write a formula nobody checked.
 */
export function highlightCondition(rule: ConditionalRule, firstCell: string): string {
  if (!CELL_ADDRESS.test(firstCell)) throw new Error(`highlightCondition: "${firstCell}" is not a cell address`);
  const sign = COMPARISONS[rule.operator];
  if (sign === undefined) throw new Error(`highlightCondition: unknown operator ${JSON.stringify(rule.operator)}`);
  const value: unknown = rule.value;
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_LITERAL || /[\u0000-\u001f]/.test(value)) {
      throw new Error('highlightCondition: a text condition is a short word such as "critical"');
    }
    return `${firstCell}${sign}"${value.replace(/"/g, '""')}"`;
  }
  return `AND(ISNUMBER(${firstCell}),${firstCell}${sign}${formulaNumber(value)})`;
}

/** A finite number as a formula writes it ("90", "0.33", "1e-7"); anything that is not a number throws. */
export function formulaNumber(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`highlightCondition: ${String(JSON.stringify(value)).slice(0, 40)} is not a finite number`);
  }
  return String(value);
}
