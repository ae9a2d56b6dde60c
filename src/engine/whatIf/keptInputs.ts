import type { DataCheckItem } from '../types';
import { sheetLayout } from '../report/layout';
import { columnLetter } from '../parse/values';
import type { WhatIf } from './types';
import { typedNumber, type TypedInput } from './typedNumber';
import { INPUT_COLUMN, WHAT_IF_SHEET, whatIfSheet } from './whatIfSheet';

// What the principal typed into the What If sheet last time, carried into this run beside the new baseline. The
// readers (the add-in's bridge, the command line's earlier output) only report each lever's two cells as they found
// them; this module alone decides what they mean, so both doors keep the same inputs from the same cells. A value
// that is not a number, or a lever whose finding no longer fires, is said on the Data Check rather than dropped
// silently: the lever starts again at the value that meets recommended practice.


/** One lever's row on the earlier What If sheet, as a reader found it (the map's TypedFormulaInput adds its cell). */
export interface TypedWhatIfInput {
  /** Its "Your value" cell: present only when the cell holds something. */
  value: TypedInput;
  /** Its "Meets practice at" cell, the start the earlier run wrote beside it; undefined when empty or its column is gone. */
  start?: TypedInput;
}

/**
 * Whether the principal put this value there: the cell is not blank, and it is not still the start the review wrote
 * beside it (as a number, 22 and "22.0" alike). A value left at its start was the review's, so the lever follows
 * this run's start (a new threshold, new data) instead of freezing at the last run's. A start cell that is blank or
 * not a number cannot be matched, so what is typed is the principal's.
 */
export function typedByPrincipal(input: TypedWhatIfInput): boolean {
  if (typeof input.value === 'string' && input.value.trim() === '') return false;
  const value = typedNumber(input.value);
  return value === null || value !== typedNumber(input.start);
}

/**
 * The levers whose value the principal put there (typedByPrincipal), for a reader choosing what to carry: the add-in
 * lets a renamed copy fill in a lever the current sheet left at its start, and the command line refuses to replace an
 * earlier output holding what would be lost.
 */
export function principalInputs(typed: Readonly<Record<string, TypedWhatIfInput>>): Record<string, TypedWhatIfInput> {
  return Object.fromEntries(Object.entries(typed).filter(([, input]) => typedByPrincipal(input)));
}

export function keptWhatIfInputs(whatIf: WhatIf | null, typed: Readonly<Record<string, TypedWhatIfInput>>): { inputs: Record<string, number>; dataCheck: DataCheckItem[] } {
  const inputs: Record<string, number> = {};
  const dataCheck: DataCheckItem[] = [];
  if (Object.keys(typed).length === 0) return { inputs, dataCheck };
  const levers = whatIf?.levers ?? [];
  // The row of a lever's input cell on this run's sheet is the layout's to say (one owner), and laying the sheet out
  // builds all its formulas: done only for a message that names a cell, which few runs have.
  let firstRow: number | undefined;
  const inputCell = (index: number) => {
    firstRow ??= sheetLayout(whatIfSheet(whatIf!)).main.firstDataRow;
    return `${columnLetter(INPUT_COLUMN)}${firstRow + index}`;
  };
  for (const [id, input] of Object.entries(typed)) {
    if (!typedByPrincipal(input)) continue;
    const { value } = input;
    const index = levers.findIndex((l) => l.id === id);
    if (index < 0) {
      // The lever by the name the principal saw beside the value, and why this run does not offer it, when the What If
      // says (its absent levers); its id only when this run knows nothing of it.
      const absent = whatIf?.absent?.find((a) => a.id === id);
      const reason = absent ? absent.why.replace(/\.$/, '') : 'the finding it came from does not fire in this run';
      dataCheck.push({
        severity: 'info',
        sheet: WHAT_IF_SHEET,
        cell: '',
        code: 'what-if-input-dropped',
        message: `The value typed last time for ${absent ? `"${absent.label}"` : `the lever "${id}"`} (${String(value).slice(0, 40)}) is not kept: ${reason}.`,
      });
      continue;
    }
    const number = typedNumber(value);
    if (number === null) {
      const lever = levers[index];
      dataCheck.push({
        severity: 'warning',
        sheet: WHAT_IF_SHEET,
        // No cell to link: the Data Check links into the reviewed workbook, and the What If sheet is the review's own.
        cell: '',
        code: 'what-if-input-not-a-number',
        message:
          `The value typed last time for "${lever.label}" ("${String(value).slice(0, 40)}") is not a number, so the lever starts again at ` +
          `${lever.start}; type a number in its "Your value" cell (${inputCell(index)}).`,
      });
      continue;
    }
    inputs[id] = number;
  }
  return { inputs, dataCheck };
}
