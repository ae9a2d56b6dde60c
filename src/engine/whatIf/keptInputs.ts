import type { DataCheckItem } from '../types';
import { sheetLayout } from '../report/layout';
import { columnLetter } from '../parse/values';
import type { WhatIf } from './types';
import { INPUT_COLUMN, WHAT_IF_SHEET, whatIfSheet } from './whatIfSheet';

// What the principal typed into the What If sheet last time, carried into this run beside the new baseline. A value
// that is not a number, or a lever whose finding no longer fires, is said on the Data Check rather than dropped
// silently: the lever starts again at the value that meets recommended practice.

/** A typed value as a reader found it: a number, or the cell's text when it is not one. */
export type TypedInput = number | string;

export function keptWhatIfInputs(whatIf: WhatIf | null, typed: Readonly<Record<string, TypedInput>>): { inputs: Record<string, number>; dataCheck: DataCheckItem[] } {
  const inputs: Record<string, number> = {};
  const dataCheck: DataCheckItem[] = [];
  if (Object.keys(typed).length === 0) return { inputs, dataCheck };
  const levers = whatIf?.levers ?? [];
  const firstRow = whatIf ? sheetLayout(whatIfSheet(whatIf)).main.firstDataRow : 0;
  for (const [id, value] of Object.entries(typed)) {
    const index = levers.findIndex((l) => l.id === id);
    if (index < 0) {
      dataCheck.push({
        severity: 'info',
        sheet: WHAT_IF_SHEET,
        cell: '',
        code: 'what-if-input-dropped',
        message: `The value typed last time for the lever "${id}" (${String(value).slice(0, 40)}) is not kept: the finding it came from does not fire in this run.`,
      });
      continue;
    }
    const number = typeof value === 'number' ? value : Number(value.trim());
    if (typeof value === 'string' && value.trim() === '') continue;
    if (!Number.isFinite(number)) {
      const lever = levers[index];
      dataCheck.push({
        severity: 'warning',
        sheet: WHAT_IF_SHEET,
        // No cell to link: the Data Check links into the reviewed workbook, and the What If sheet is the review's own.
        cell: '',
        code: 'what-if-input-not-a-number',
        message:
          `The value typed last time for "${lever.label}" ("${String(value).slice(0, 40)}") is not a number, so the lever starts again at ` +
          `${lever.start}; type a number in its "Your value" cell (${columnLetter(INPUT_COLUMN)}${firstRow + index}).`,
      });
      continue;
    }
    inputs[id] = number;
  }
  return { inputs, dataCheck };
}
