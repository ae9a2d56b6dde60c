import { SEVERITY_LABEL } from '../../../engine/practice/severity';
import type { DataCheckItem, Flag, KeyFigures, Lever, ReviewResult, Severity, SourceRef } from '../../../engine/types';
import { LEVEL_LABELS } from '../settings/thresholdInfo';
import { NOT_IN_WORKBOOK, UNKNOWN } from '../../../engine/report/unknown';

const CHECK_ORDER: Record<DataCheckItem['severity'], number> = { error: 0, warning: 1, info: 2 };

export function checksBySeverity(items: DataCheckItem[]): DataCheckItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => CHECK_ORDER[a.item.severity] - CHECK_ORDER[b.item.severity] || a.index - b.index)
    .map(({ item }) => item);
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function formatDollars(value: number): string {
  return dollars.format(value);
}

export function formatShare(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

export interface FigureRow {
  label: string;
  value: string;
}

/**
 * The five figures a principal is asked about first; "not in this workbook" (or "unknown" when the data could not be
 * read) rather than a misleading zero, in the engine's words. Loads are named in the unit they were counted in: seats
 * unless every core teacher's load comes from a student roster.
 */
export function keyFigureRows(figures: KeyFigures, loadUnit: 'students' | 'seats' = 'seats'): FigureRow[] {
  const unknown = NOT_IN_WORKBOOK;
  return [
    { label: 'Spending per pupil', value: figures.perPupil === null ? unknown : formatDollars(figures.perPupil) },
    {
      label: 'Median core teacher load',
      value: figures.medianCoreLoad === null ? unknown : `${Math.round(figures.medianCoreLoad)} ${loadUnit}`,
    },
    {
      label: 'Highest core teacher load',
      value: figures.highestCoreLoad === null ? unknown : `${Math.round(figures.highestCoreLoad)} ${loadUnit}`,
    },
    { label: 'Time in ELA + math', value: figures.elaMathShare === null ? unknown : formatShare(figures.elaMathShare) },
    {
      label: 'Teams with a 90-minute block',
      value: teamBlocksText(figures),
    },
  ];
}

/**
 * The school level and where it came from. An assumed level (no grades in the workbook) says so and points to the
 * Settings step, where the user sets it: the level decides which practices apply.
 */
export function levelRow(school: ReviewResult['school']): FigureRow {
  const basis = school.levelBasis ?? (school.levelInferred ? 'grades' : 'settings');
  const how = basis === 'assumed' ? 'assumed: no grades found; set it in Settings' : basis === 'grades' ? 'from the grades' : 'as set';
  return { label: 'School level', value: `${LEVEL_LABELS[school.level]} (${how})` };
}

/** Out of the teams that could be judged; "0 of 0" is never shown. */
function teamBlocksText(figures: KeyFigures): string {
  if (figures.teams === null) return NOT_IN_WORKBOOK;
  if (figures.teams === 0) return 'no teams found';
  if (figures.teamsUnread === figures.teams) return UNKNOWN;
  if (figures.teamBlocksKnown === false || figures.teamsWith90MinuteBlock === null) return NOT_IN_WORKBOOK;
  const judged = figures.teamsJudged ?? figures.teams;
  return `${figures.teamsWith90MinuteBlock} of ${judged}${judged < figures.teams ? ` (${figures.teams - judged} more ${UNKNOWN})` : ''}`;
}

/** Excel accepts "5:9" for whole rows; a single cell reference wins when the engine gives one. */
export function rangeOf(ref: SourceRef): string {
  if (ref.cell) return ref.cell;
  return `${ref.firstRow}:${ref.lastRow}`;
}

/**
 * An address as a principal reads it: "row 37" (not Excel's "37:37"), "rows 5–9", "cell D14", "cells B2:C9".
 * The one place the pane words an address, for flags and data-check findings alike.
 */
export function placeText(address: string): string {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return rows[1] === rows[2] ? `row ${rows[1]}` : `rows ${rows[1]}–${rows[2]}`;
  return address.includes(':') ? `cells ${address}` : `cell ${address}`;
}

export function describeRef(ref: SourceRef): string {
  return `${ref.sheet}, ${placeText(rangeOf(ref))}`;
}

/** The engine's word for each severity (practice/severity.ts), capitalised for a badge: one owner for the words. */
export const SEVERITY_WORDS = Object.fromEntries(
  Object.entries(SEVERITY_LABEL).map(([severity, word]) => [severity, word[0].toUpperCase() + word.slice(1)]),
) as Record<Severity, string>;
/** Data-check severity as the Data Check sheet writes it (error, warning, info), capitalised. */
export const CHECK_WORDS: Record<DataCheckItem['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Flags of one measure, in the engine's order (most severe first); groups ordered by their first flag. */
export interface FlagGroup {
  measure: string;
  flags: Flag[];
}

export function groupByMeasure(flags: readonly Flag[]): FlagGroup[] {
  const groups = new Map<string, Flag[]>();
  for (const flag of flags) {
    const group = groups.get(flag.measure);
    if (group) group.push(flag);
    else groups.set(flag.measure, [flag]);
  }
  return Array.from(groups, ([measure, members]) => ({ measure, flags: members }));
}

export function severityCounts(flags: readonly Flag[]): { severity: Severity; count: number }[] {
  return (['critical', 'warning', 'info'] as const)
    .map((severity) => ({ severity, count: flags.filter((f) => f.severity === severity).length }))
    .filter(({ count }) => count > 0);
}

export interface MoneyLine {
  cost: string | null;
  freed: string | null;
  /** "counted once, in Common planning": this lever's money is already counted in another flag's lever. */
  shared: string | null;
}

/** The lever's money as the pane shows it; `flags` names the flag a shared cost is counted in by its measure. */
export function moneyOf(lever: Lever | undefined, flags: readonly Flag[] = []): MoneyLine | null {
  if (!lever) return null;
  const { cost, freed, countedIn } = lever;
  const owner = countedIn === undefined ? undefined : flags.find((f) => f.id === countedIn);
  const line: MoneyLine = {
    cost: typeof cost === 'number' && cost > 0 ? formatDollars(cost) : null,
    freed: typeof freed === 'number' && freed > 0 ? formatDollars(freed) : null,
    shared: countedIn === undefined ? null : owner ? `counted once, in ${owner.measure}` : 'counted once, in another flag',
  };
  return line.cost || line.freed ? line : null;
}
/** Seats unless every core teacher's load comes from a student roster: the engine's answer, shown as it says. */
export { coreLoadUnit } from '../../../engine/practice/keyFigureStatus';
