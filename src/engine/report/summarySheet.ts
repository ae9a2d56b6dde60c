import { colourByWord } from './highlight';
import type { CellLink, ColumnType, Flag, ReportSheet, ReportTable, ReportValue, ReviewResult, Thresholds } from '../types';
import { keyFigureReadings } from '../practice/keyFigureStatus';
import { NOT_IN_WORKBOOK } from './unknown';
import { isCountedElsewhere } from '../practice/leverTotals';
import { formatMoney } from '../practice/scheduleLevers';
import { SEVERITY_LABEL, severityCounts } from '../practice/severity';

// One screen that answers "what is wrong, what would fix it, and what would it cost": the school and the run, the
// key figures beside the recommended value with a one-word status, the findings that matter most with their lever
// and money, and one line on the data's health. What was read from where belongs to the Tables Read sheet.

/** At most this many findings: a principal acts on a handful, and the Flags sheet holds the rest. */
const TOP_FINDINGS = 5;

export interface SummaryContext {
  thresholds: Thresholds;
  /** Where a flag's row is on the Flags sheet, for the findings' links. */
  flagRow: (flagIndex: number) => CellLink;
}

export function summarySheet(result: ReviewResult, context: SummaryContext): ReportSheet {
  return {
    name: 'Summary',
    preamble: [title(result), runLine(result), dataHealthLine(result), findingsCountLine(result)],
    table: keyFiguresTable(result, context.thresholds),
    moreTables: [{ title: 'What matters most', table: topFindingsTable(result.flags, context.flagRow) }],
  };
}

function title(result: ReviewResult): string {
  const name = result.school.name;
  if (!name) return 'Resource review';
  return result.school.nameFrom === 'file' ? `Resource review of ${name} (the file's name: the workbook does not name the school)` : `${name}: resource review`;
}

function runLine(result: ReviewResult): string {
  const parts: string[] = [];
  if (result.runDate) parts.push(`Run ${result.runDate}`);
  parts.push(levelText(result.school));
  parts.push(sizeOf(result));
  const changed = result.changedSettings ?? [];
  parts.push(changed.length ? `settings changed: ${changed.join('; ')}` : 'recommended settings');
  return parts.join(' · ');
}

/** The level, and whether it was set, read from the grades, or assumed for want of grades (then where to set it). */
function levelText(school: ReviewResult['school']): string {
  const level = `${school.level} school`;
  const basis = school.levelBasis ?? (school.levelInferred ? 'grades' : 'settings');
  if (basis === 'settings') return `${level} (as set)`;
  if (basis === 'grades') return `${level} (from the grades taught)`;
  return `${level} (assumed: no grades in the workbook; set the school level in the add-in's Settings step or with --level)`;
}

/** The school's size as read: what each later figure is out of. */
function sizeOf(result: ReviewResult): string {
  const k = result.keyFigures;
  const students = k.students === null ? `students ${NOT_IN_WORKBOOK}` : `${fmt(k.students)} students`;
  if (k.teachers === null || k.sections === null) return `${students}, no master schedule`;
  return `${students}, ${fmt(k.teachers)} teachers and ${fmt(k.sections)} sections in the schedule`;
}

function dataHealthLine(result: ReviewResult): string {
  const read = result.sheetStats.reduce((sum, s) => sum + s.rowsRead, 0);
  const skipped = result.sheetStats.reduce((sum, s) => sum + s.rowsSkipped, 0);
  const count = (severity: string) => result.dataCheck.filter((d) => d.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const sheets = result.sheetStats.length;
  const problems = [
    `${fmt(skipped)} ${skipped === 1 ? 'row' : 'rows'} skipped`,
    ...(errors ? [`${fmt(errors)} ${errors === 1 ? 'error' : 'errors'}`] : []),
    ...(warnings ? [`${fmt(warnings)} ${warnings === 1 ? 'warning' : 'warnings'}`] : []),
  ];
  return `Data: read ${fmt(read)} rows from ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}, ${problems.join(', ')}: see Data Check.`;
}

function findingsCountLine(result: ReviewResult): string {
  return `Flags: ${severityCounts(result.flags.map((f) => f.severity))}. Write the team's notes on the Flags sheet.`;
}

function keyFiguresTable(result: ReviewResult, thresholds: Thresholds): ReportTable {
  const readings = keyFigureReadings(result, thresholds);
  // The value column mixes counts, money and shares, so each row names its own number format.
  const cellTypes: Record<number, Record<number, ColumnType>> = {};
  const rows: ReportValue[][] = readings.map((reading, i) => {
    cellTypes[i] = { 1: reading.value === null ? 'text' : reading.unit };
    return [reading.figure, reading.value ?? reading.missing ?? NOT_IN_WORKBOOK, reading.recommended, reading.standing ?? '', reading.basis];
  });
  return {
    name: 'srr_Summary',
    columns: [
      { header: 'Key figure', type: 'text', width: 30, wrap: true },
      { header: 'This school', type: 'number', width: 14 },
      { header: 'Recommended', type: 'text', width: 24, wrap: true },
      { header: 'Status', type: 'text', width: 10 },
      { header: 'Basis', type: 'text', width: 60, wrap: true },
    ],
    rows,
    cellTypes,
    conditionalFormats: colourByWord(3, [
      ['far from', 'critical'],
      ['watch', 'warning'],
      ['meets', 'good'],
    ]),
  };
}

interface FindingGroup {
  flags: { flag: Flag; index: number }[];
}

/**
 * The most severe findings, one per measure: eight teams without a common block are one finding with eight rows
 * on the Flags sheet, not five of the five places. Within a measure the levers concern different teams or
 * departments, so their costs add up, except those counted in another lever (Lever.countedIn), which add nothing.
 */
function topFindingsTable(flags: readonly Flag[], flagRow: (index: number) => CellLink): ReportTable {
  const groups = new Map<string, FindingGroup>();
  flags.forEach((flag, index) => {
    const group = groups.get(flag.measure);
    if (group) group.flags.push({ flag, index });
    else groups.set(flag.measure, { flags: [{ flag, index }] });
  });
  // Flags arrive grouped by measure, most severe first, so each group's first flag is its most severe. A measure
  // that is only notes is not among those that matter most; one that is counts its notes too (a two-person team's
  // row under the school-wide common-planning finding), so "6 flags" and "9 teams" never disagree.
  const top = [...groups.values()].filter((group) => group.flags[0].flag.severity !== 'info').slice(0, TOP_FINDINGS);
  const links: Record<number, Record<number, CellLink>> = {};
  const cellTypes: Record<number, Record<number, ColumnType>> = {};
  const rows: ReportValue[][] = top.map((group, i) => {
    const [{ flag: first, index }] = group.flags;
    links[i] = { 3: flagRow(index) };
    const n = group.flags.length;
    const levers = group.flags.filter(({ flag }) => flag.lever);
    // A lever whose money another lever counts (a team's share of the school-wide cover, the coaches' cover) adds
    // nothing here; a finding whose every lever is counted elsewhere says where instead of showing the money again.
    const own = levers.filter(({ flag }) => !isCountedElsewhere(flag));
    // The Summary names the lever; the Flags sheet gives each one whole. One lever that counts the others speaks for them.
    const lever =
      levers.length === 0
        ? ''
        : levers.length === 1 || own.length === 1
          ? ` Lever: ${firstSentence((own[0] ?? levers[0]).flag.lever!.text)}`
          : ` Levers, one per flag; the first: ${firstSentence(levers[0].flag.lever!.text)}`;
    const owner = own.length === 0 && levers.length > 0 ? flags.find((f) => f.id === levers[0].flag.lever!.countedIn) : undefined;
    const money = owner
      ? { value: `counted in ${owner.measure}`, type: 'text' as const }
      : moneyCell(
          total(own.map(({ flag }) => flag.lever!.cost)),
          total(own.map(({ flag }) => flag.lever!.freed).filter((f) => f !== undefined)),
        );
    if (money.type) cellTypes[i] = { 2: money.type };
    const what = n === 1 ? first.measure : `${first.measure} (${n} flags)`;
    // A school-wide finding whose lever counts the others' money speaks for the group; otherwise the first is an example.
    const speaksForGroup = n === 1 || (own.length === 1 && own[0].flag === first && levers.length > 1);
    const finding = speaksForGroup ? firstSentence(first.finding) : `For example: ${firstSentence(first.finding)}`;
    return [what, SEVERITY_LABEL[first.severity], money.value, n === 1 ? 'its row' : `its ${n} rows`, `${finding}${lever}`];
  });
  if (rows.length === 0) rows.push(['Nothing that needs action', '', null, '', 'No finding departs from recommended practice by a warning or more.']);
  // The columns line up with the key figures' above them, so one set of widths serves both tables.
  return {
    name: 'srr_SummaryFindings',
    columns: [
      { header: 'What', type: 'text', width: 30, wrap: true },
      { header: 'Severity', type: 'text', width: 14 },
      { header: 'Cost or money freed', type: 'currency', width: 24 },
      { header: 'Flags', type: 'text', width: 10 },
      { header: 'Finding and lever', type: 'text', width: 60, wrap: true },
    ],
    rows,
    links,
    cellTypes,
    conditionalFormats: colourByWord(1, [
      [SEVERITY_LABEL.critical, 'critical'],
      [SEVERITY_LABEL.warning, 'warning'],
    ]),
  };
}

/** The sum of the levers' amounts; null when none is given or one cannot be priced (a partial sum would understate). */
function total(amounts: readonly (number | null | undefined)[]): number | null {
  if (amounts.length === 0 || amounts.some((a) => a === null || a === undefined)) return null;
  return (amounts as number[]).reduce((a, b) => a + b, 0);
}

/**
 * New money as a currency figure; money a lever releases, which must never read as a cost, as words: "frees $87,000"
 * (and "$12,000; frees $87,000" for a lever that does both).
 */
export function moneyCell(cost: number | null, freed: number | null): { value: ReportValue; type?: ColumnType } {
  if (!freed) return { value: cost };
  const frees = `frees ${formatMoney(freed)}`;
  return { value: cost ? `${formatMoney(cost)}; ${frees}` : frees, type: 'text' };
}

/** The text up to its first full stop: "… ≈ $196,448 at this budget's cost of $98,224." keeps its decimals. */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[A-Z(])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
