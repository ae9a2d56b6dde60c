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

const COMPARISONS: Record<ConditionalRule['operator'], string> = {
  greaterThan: '>',
  greaterThanOrEqual: '>=',
  lessThan: '<',
  lessThanOrEqual: '<=',
  equal: '=',
};

/**
 * The rule as a worksheet condition (without the leading "="), relative to the range's first cell. A numeric rule
 * is wrapped in ISNUMBER because Excel compares an empty cell as 0: "less than 90" would otherwise colour every
 * blank, such as a collaboration block of unknown length.
 */
export function highlightCondition(rule: ConditionalRule, firstCell: string): string {
  const sign = COMPARISONS[rule.operator];
  if (typeof rule.value === 'string') return `${firstCell}${sign}"${rule.value.replace(/"/g, '""')}"`;
  return `AND(ISNUMBER(${firstCell}),${firstCell}${sign}${rule.value})`;
}
