// The team's notes, read back from the add-in's own Flags sheets before a run. The Flags sheet is found by its
// marker (never by a sheet id from workbook settings), its header row by its content (never by a stored row
// number: the team inserts and deletes rows above it), and every row below the header gives a flag id and its
// note, whether the flag fires in this run or is kept as "not firing". A Flags sheet the team renamed is theirs
// now, but its notes are carried over where the current Flags sheet has none for the same flag.
import { FLAGS_SHEET, FLAG_ID_HEADER, NOTES_HEADER } from '../../engine/report/flagsSheet';
import type { BridgeCapabilities } from './capabilities';
import type { ChunkedReadOptions } from './chunkedRead';
import { explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import { readReportCopies } from './reportCopies';

export async function readTeamNotes(
  excel: ExcelHost,
  capabilities: Pick<BridgeCapabilities, 'customProperties'>,
  options: Pick<ChunkedReadOptions, 'budgetBytes'> = {},
): Promise<Record<string, string>> {
  try {
    return await excel.run((context) => readReportCopies(context, capabilities.customProperties, FLAGS_SHEET, notesFromValues, options));
  } catch (error) {
    throw explainExcelError(error, "reading the team's notes");
  }
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** Notes by flag id from a Flags sheet's cells: the header is the row holding both the id and the notes headers. */
export function notesFromValues(values: unknown[][]): Record<string, string> {
  const headerAt = values.findIndex((row) => row.some((cell) => text(cell) === FLAG_ID_HEADER) && row.some((cell) => text(cell) === NOTES_HEADER));
  if (headerAt < 0) return {};
  const header = values[headerAt];
  const idCol = header.findIndex((cell) => text(cell) === FLAG_ID_HEADER);
  const notesCol = header.findIndex((cell) => text(cell) === NOTES_HEADER);
  const notes: Record<string, string> = {};
  for (const row of values.slice(headerAt + 1)) {
    const id = text(row[idCol]);
    const note = row[notesCol];
    if (!id || note === '' || note === null || note === undefined) continue;
    if (!(id in notes)) notes[id] = String(note);
  }
  return notes;
}
