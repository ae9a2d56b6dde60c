// Workbook settings the add-in keeps: the saved setup, and a record of the result sheets and the rules sheet it
// last wrote (id, name, header row). The record is for people reading the settings; it decides nothing. It
// travels with a workbook someone else sent and sheet ids change between sessions, so which sheets are the
// add-in's own is decided only by the marker each sheet carries (ownership.ts).

export const RESULT_SHEETS_SETTING = 'SchoolResourceReview.resultSheets';
export const SETUP_SETTING = 'SchoolResourceReview.setup';
/** The add-in's "Review Rules" sheet, kept apart from the result sheets so a review run never replaces it. */
export const RULES_SHEET_SETTING = 'SchoolResourceReview.rulesSheet';

export interface OwnedSheet {
  /** Excel's worksheet id. */
  id: string;
  /** Name as written (may differ from the report's when a user sheet had the name). */
  name: string;
  /** The report sheet it renders, e.g. "Flags". */
  report: string;
  /** Zero-based sheet row of the table header. */
  headerRow: number;
  /** Zero-based columns of the key (flag id) and the team's notes, for sheets whose notes carry over. */
  keyColumn?: number;
  notesColumn?: number;
  /** Header texts of those columns, so the notes are still found after the team moves columns. */
  keyHeader?: string;
  notesHeader?: string;
}

export function parseRegistry(value: unknown): OwnedSheet[] {
  if (typeof value !== 'string' || !value) return [];
  try {
    const parsed = JSON.parse(value) as { sheets?: unknown };
    if (!Array.isArray(parsed.sheets)) return [];
    return parsed.sheets.filter(
      (s): s is OwnedSheet =>
        typeof s === 'object' && s !== null && typeof (s as OwnedSheet).id === 'string' && typeof (s as OwnedSheet).name === 'string',
    );
  } catch {
    return [];
  }
}

export function serializeRegistry(sheets: OwnedSheet[]): string {
  return JSON.stringify({ version: 1, sheets });
}
