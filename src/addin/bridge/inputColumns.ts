// Where a report sheet's input cells are (the What If sheet's levers), and what writing into them did: small and
// pure, so the pane's first download carries this and not the reading and writing in whatIfInputs.ts.
import type { ReportSheet } from '../../engine/types';

/** Where a sheet's input cells are, by header: the key column (the first) and the input columns. */
export interface InputColumns {
  /** The report sheet's name, as its marker names it. */
  report: string;
  keyHeader: string;
  inputHeaders: string[];
}

/** A report sheet's input columns, when it keeps its inputs across runs and has any. */
export function inputColumnsOf(sheet: ReportSheet): InputColumns | null {
  const { columns } = sheet.table;
  const inputHeaders = columns.filter((c) => c.input).map((c) => c.header);
  if (!sheet.keepsInputs || columns.length === 0 || inputHeaders.length === 0) return null;
  return { report: sheet.name, keyHeader: columns[0].header, inputHeaders };
}

/** What writing the pane's choices did. */
export interface InputsWritten {
  /** The sheet written to, as it is named in the workbook. */
  sheet: string;
  /** Keys whose input cell now holds the pane's number. */
  written: string[];
  /** Keys the pane gave that the sheet has no row for (the principal deleted it); nothing was written for them. */
  missing: string[];
}
