import type { ColumnType } from '../types';

// How each column type reads in a written workbook, one owner for both writers, so the .xlsx file and the add-in show
// the same figure the same way. A number is written as the engine rounded it (FTE to the hundredth, ratios to a
// tenth), so "General" shows exactly that: a fixed one-decimal format would show the What If's 4.54 FTE as 4.5.
export const NUMBER_FORMATS: Readonly<Record<ColumnType, string>> = {
  text: '@',
  notes: '@',
  integer: '#,##0',
  number: 'General',
  currency: '"$"#,##0',
  percent: '0.0%',
  minutes: '#,##0" min"',
};

/**
 * A formula cell's format: never Text (@), since a formula entered into a Text cell is kept as the text of the formula;
 * a formula giving words (a status) takes General.
 */
export function formulaNumberFormat(type: ColumnType): string {
  return type === 'text' || type === 'notes' ? 'General' : NUMBER_FORMATS[type];
}
