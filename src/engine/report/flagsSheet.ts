import type { CellLink, ColumnType, Flag, ReportSheet, ReportValue, SourceRef } from '../types';
import { describeRefs, spanOfRefs } from './links';

export const FLAGS_SHEET = 'Flags';
export const FLAG_ID_HEADER = 'Id';
export const NOTES_HEADER = 'Team notes';
/** The Severity cell of a row kept only for its note: the flag did not fire, the note waits for it. */
export const NOT_FIRING = 'not firing in this run';
const WAITING_FINDING = 'This flag does not fire in this run. The note stays here until you clear it, and returns beside the flag when it fires again.';

/**
 * Flags with their lever and cost, a link to the rows behind each, and the team's notes carried by flag id.
 *
 * The notes contract, for every reader (CLI and add-in): the header row is the row holding both "Id" and
 * "Team notes" (found by content, wherever it is); every row below it with an id and a note is one note. A note
 * whose flag does not fire stays in the table as a row marked "not firing in this run" (after the firing flags,
 * by id), so the next run reads it again and puts it back beside its flag when the flag fires; it goes only when
 * the team clears it.
 */
export function flagsSheet(
  flags: Flag[],
  notes: Record<string, string>,
  link: (ref: SourceRef) => CellLink,
): ReportSheet {
  const links: Record<number, Record<number, CellLink>> = {};
  // Value and Threshold hold shares, money, minutes and counts: each flag's unit picks the cells' number format.
  const cellTypes: Record<number, Record<number, ColumnType>> = {};
  const rows: ReportValue[][] = flags.map((flag, i) => {
    const span = spanOfRefs(flag.rows);
    if (span) links[i] = { 9: link(span) };
    const type = flag.unit ?? 'integer';
    cellTypes[i] = { 4: typeof flag.value === 'number' ? type : 'text', 5: typeof flag.threshold === 'number' ? type : 'text' };
    return [
      flag.id,
      flag.severity,
      flag.measure,
      flag.finding,
      flag.value,
      flag.threshold,
      flag.source,
      flag.lever?.text ?? '',
      flag.lever?.cost ?? null,
      describeRefs(flag.rows),
      notes[flag.id] ?? '',
    ];
  });
  const firing = new Set(flags.map((f) => f.id));
  const waiting = Object.keys(notes)
    .filter((id) => notes[id]?.trim() && !firing.has(id))
    .sort();
  for (const id of waiting) {
    rows.push([id, NOT_FIRING, '', WAITING_FINDING, null, null, '', '', null, '', notes[id]]);
  }
  return {
    name: FLAGS_SHEET,
    preamble: [
      'Findings against recommended practice, most severe first. Write the team’s notes and decisions in the last',
      'column: the next run keeps them beside the same flag. A note on a flag that does not fire stays below, marked',
      `"${NOT_FIRING}", until you clear it.`,
    ],
    keepsNotes: true,
    table: {
      name: 'srr_Flags',
      columns: [
        { header: FLAG_ID_HEADER, type: 'text', width: 22 },
        { header: 'Severity', type: 'text', width: 9 },
        { header: 'Measure', type: 'text', width: 24 },
        { header: 'Finding', type: 'text', width: 60 },
        { header: 'Value', type: 'number', width: 10 },
        { header: 'Threshold', type: 'number', width: 10 },
        { header: 'Source', type: 'text', width: 40 },
        { header: 'Lever', type: 'text', width: 60 },
        { header: 'Cost', type: 'currency', width: 12 },
        { header: 'Rows', type: 'text', width: 24 },
        { header: NOTES_HEADER, type: 'notes', width: 40 },
      ],
      rows,
      links,
      cellTypes,
      conditionalFormats: [
        { column: 1, operator: 'equal', value: 'critical', severity: 'critical' },
        { column: 1, operator: 'equal', value: 'warning', severity: 'warning' },
        { column: 1, operator: 'equal', value: 'info', severity: 'info' },
      ],
    },
  };
}
