import type { Report } from '../types';

// Excel holds at most 32,767 characters in a cell
// (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
// A district's team can have thousands of members and a flag thousands of sections, so every text the report puts in
// a cell goes through here: lists end in "… and N more", and any other text is cut with a note of what was cut.

export const EXCEL_CELL_LIMIT = 32_767;

/** Room kept for the "… and N more" ending so the whole cell stays within the limit. */
const ENDING_ROOM = 40;

/**
 * Items joined by `separator` when they fit in `limit` characters; otherwise as many as fit with room for the ending,
 * then "… and N more". Stops reading at the first item past the limit, so the cost follows the cell, not the list.
 */
export function joinLimited(items: readonly string[], separator: string, limit = EXCEL_CELL_LIMIT): string {
  let length = 0;
  /** Items that fit with room left for the ending. */
  let shown = 0;
  let i = 0;
  for (; i < items.length; i++) {
    length += (i > 0 ? separator.length : 0) + items[i].length;
    if (length > limit) break;
    if (length <= limit - ENDING_ROOM) shown = i + 1;
  }
  if (i === items.length) return items.join(separator);
  const ending = `… and ${items.length - shown} more`;
  // A first item longer than the cell is itself cut, so the ending always fits.
  if (shown === 0) return `${clampText(items[0], limit - ending.length - 1)} ${ending}`;
  return `${items.slice(0, shown).join(separator)}${separator}${ending}`;
}

/** Text cut to `limit` characters, ending "… and N more characters" when cut; never splits a surrogate pair. */
export function clampText(text: string, limit = EXCEL_CELL_LIMIT): string {
  if (text.length <= limit) return text;
  let keep = limit - ENDING_ROOM;
  // Do not leave half of an emoji or other astral character at the cut.
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return `${text.slice(0, keep)}… and ${text.length - keep} more characters`;
}

/**
 * The last step of building a report: every text cell and preamble line within Excel's limit, whichever module wrote
 * it, so neither writer can be handed a cell Excel would refuse or truncate. Changes the report in place.
 */
export function limitReportText(report: Report): Report {
  for (const sheet of report.sheets) {
    for (let i = 0; i < sheet.preamble.length; i++) sheet.preamble[i] = clampText(sheet.preamble[i]);
    for (const table of [sheet.table, ...(sheet.moreTables ?? []).map((more) => more.table)]) {
      for (const row of table.rows) {
        for (let j = 0; j < row.length; j++) {
          const value = row[j];
          if (typeof value === 'string' && value.length > EXCEL_CELL_LIMIT) row[j] = clampText(value);
        }
      }
    }
    for (const more of sheet.moreTables ?? []) more.title = clampText(more.title);
  }
  return report;
}
