import { colourByWord } from './highlight';
import type { CellLink, ColumnType, Flag, ReportColumn, ReportSheet, ReportValue, SourceRef } from '../types';
import { describeRefs, firstRunOf } from './links';
import { isCountedElsewhere, leverTotals } from '../practice/leverTotals';
import { formatMoney } from '../practice/scheduleLevers';
import { SEVERITY_LABEL } from '../practice/severity';

export const FLAGS_SHEET = 'Flags';
export const FLAG_ID_HEADER = 'Id';
export const NOTES_HEADER = 'Team notes';
/** The Severity cell of a row kept only for its note: the flag did not fire, the note waits for it. */
export const NOT_FIRING = 'not firing in this run';
const WAITING_FINDING = 'This flag does not fire in this run. The note stays here until you clear it, and returns beside the flag when it fires again.';

// The readable measure comes first and the id, which only keys the notes, last in small grey text. The widths add up
// to about 176 units, so the sheet prints on a landscape page at about 80% (226 units printed at 60%): long text
// wraps within its column, and a header of two words takes two lines.
const COLUMN_SPECS = {
  measure: { header: 'Measure', type: 'text', width: 12, wrap: true },
  severity: { header: 'Severity', type: 'text', width: 9 },
  finding: { header: 'Finding', type: 'text', width: 26, wrap: true },
  value: { header: 'Value', type: 'number', width: 9 },
  threshold: { header: 'Threshold', type: 'number', width: 9 },
  lever: { header: 'Lever', type: 'text', width: 26, wrap: true },
  // New money a lever needs and money it releases are apart, so neither column's total mixes spending with savings.
  // Wide enough for a school-wide lever's "$1,071,810" beside its right margin.
  cost: { header: 'Cost', type: 'currency', width: 11 },
  freed: { header: 'Money freed', type: 'currency', width: 10 },
  // A lever that prices money another row already counts says where; the preamble's totals leave it out.
  counted: { header: 'Counted', type: 'text', width: 10, wrap: true },
  rows: { header: 'Rows', type: 'text', width: 11, wrap: true },
  source: { header: 'Source', type: 'text', width: 20, wrap: true },
  notes: { header: NOTES_HEADER, type: 'notes', width: 12 },
  id: { header: FLAG_ID_HEADER, type: 'text', width: 8, muted: true, wrap: true },
} satisfies Record<string, ReportColumn>;

type FlagColumn = keyof typeof COLUMN_SPECS;
const ORDER = Object.keys(COLUMN_SPECS) as FlagColumn[];
const COLUMNS: ReportColumn[] = ORDER.map((key) => COLUMN_SPECS[key]);
const COLUMN = Object.fromEntries(ORDER.map((key, i) => [key, i])) as Record<FlagColumn, number>;
const BLANK_ROW: Record<FlagColumn, ReportValue> = Object.fromEntries(
  ORDER.map((key) => [key, COLUMN_SPECS[key].type === 'text' || COLUMN_SPECS[key].type === 'notes' ? '' : null]),
) as Record<FlagColumn, ReportValue>;

function row(cells: Record<FlagColumn, ReportValue>): ReportValue[] {
  return ORDER.map((key) => cells[key]);
}

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
    const span = firstRunOf(flag.rows);
    if (span) links[i] = { [COLUMN.rows]: link(span) };
    const type = flag.unit ?? 'integer';
    cellTypes[i] = {
      [COLUMN.value]: typeof flag.value === 'number' ? type : 'text',
      [COLUMN.threshold]: typeof flag.threshold === 'number' ? type : 'text',
    };
    return row({
      measure: flag.measure,
      severity: SEVERITY_LABEL[flag.severity],
      finding: flag.finding,
      value: flag.value,
      threshold: flag.threshold,
      lever: flag.lever?.text ?? '',
      cost: flag.lever?.cost ?? null,
      freed: flag.lever?.freed ?? null,
      counted: countedText(flag, flags),
      rows: describeRefs(flag.rows),
      source: flag.source,
      notes: notes[flag.id] ?? '',
      id: flag.id,
    });
  });
  const firing = new Set(flags.map((f) => f.id));
  const waiting = Object.keys(notes)
    .filter((id) => notes[id]?.trim() && !firing.has(id))
    .sort();
  for (const id of waiting) {
    rows.push(row({ ...BLANK_ROW, severity: NOT_FIRING, finding: WAITING_FINDING, notes: notes[id], id }));
  }
  return {
    name: FLAGS_SHEET,
    preamble: [
      totalsLine(flags),
      'Findings against recommended practice, grouped by measure, the most severe first. Write the team’s notes and decisions in the Team notes ' +
        'column: the next run keeps them beside the same flag (the Id column, last, keys them). A note on a flag that ' +
        `does not fire stays below, marked "${NOT_FIRING}", until you clear it.`,
    ],
    keepsNotes: true,
    table: {
      name: 'srr_Flags',
      columns: COLUMNS,
      rows,
      links,
      cellTypes,
      conditionalFormats: colourByWord(COLUMN.severity, [
        [SEVERITY_LABEL.critical, 'critical'],
        [SEVERITY_LABEL.warning, 'warning'],
        [SEVERITY_LABEL.info, 'info'],
      ]),
    },
  };
}

/** "counted once, in Common planning": where the money of a lever that shares it is counted. */
function countedText(flag: Flag, flags: readonly Flag[]): string {
  if (!isCountedElsewhere(flag)) return '';
  const owner = flags.find((f) => f.id === flag.lever!.countedIn);
  if (!owner) return 'counted once, in another row';
  return owner.measure === flag.measure ? "counted once, in this measure's first row" : `counted once, in ${owner.measure}`;
}

/** The columns' totals, each dollar once, and what they are: options to weigh, not a plan to add up. */
function totalsLine(flags: readonly Flag[]): string {
  const t = leverTotals(flags);
  const shared = t.shared ? ` Levers marked in the Counted column share money counted in another row and are left out.` : '';
  const unpriced = t.unpriced ? ` ${t.unpriced} ${t.unpriced === 1 ? 'lever' : 'levers'} cannot be priced and ${t.unpriced === 1 ? 'adds' : 'add'} nothing.` : '';
  return (
    `New money if every lever were taken: ${formatMoney(t.cost)}; money freed: ${formatMoney(t.freed)}. ` +
    `These are options, not a plan: some are alternatives to each other, and a schedule change often costs nothing.${shared}${unpriced}`
  );
}
