// Which sheets are the add-in's own. A sheet is ours only if it carries our marker: a worksheet custom property
// where ExcelApi 1.12 has them, and always a marker cell near the top of column A. Workbook settings (the
// registry) are never trusted for this: they travel with a workbook someone else sent, and can name any sheet
// id; and sheet ids change between sessions and hosts (OfficeDev/office-js-docs#297, OfficeDev/office-js#1390),
// so an id recorded last week may now belong to a user's sheet. The marker travels with the sheet itself.
//
// A marker says which report the sheet holds, the name it was written under, and whether the run that wrote it
// finished. An unfinished sheet is debris of an interrupted run (pane closed, network lost) and is removed by the
// next run. A finished sheet the user renamed is theirs now: kept, its notes carried once into the new Flags sheet,
// and its marker turned into a "kept" one (the released text below), so every later run still knows it for a copy
// of our results: never replaced or removed, and never read as school data (a kept Flags or Summary sheet has
// headers a school's staff or budget table has, and was read as one when no better table was there). Its notes are
// not carried again: a note the team later clears on the current Flags sheet must not come back from the copy.

import { MARK_ROWS } from '../../engine/report/layout';
import { RULES_SHEET_NAME } from '../../engine/rules/rulesSheetName';

export const MARKER_PROPERTY = 'SchoolResourceReview';
/** Rows of column A searched for the marker cell: the user may insert rows above it. */
export const MARKER_SEARCH_ROWS = 30;
/** The marker cell's place in a sheet the add-in writes: the writer's mark row of the shared layout, zero-based. */
export const MARKER_ROW = MARK_ROWS - 1;

export interface Marker {
  /** The report sheet it renders ("Flags"), or "Review Rules". */
  report: string;
  /** 'kept': a result sheet the user renamed, theirs now (releasedText). */
  state: 'done' | 'unfinished' | 'kept';
  /** The sheet name it was written under (done sheets only). */
  name?: string;
}

const PREFIX = 'School Resource Review sheet: ';
const PATTERN = /^School Resource Review sheet: (.+?), (?:unfinished\.|written as "(.*)"\.)/;

/**
 * The marker cell's text. A finished result sheet says what the next run does to it in the report's own words (its
 * banner, report/banner.ts: the same sentence the command line writes on row 1), then how to keep it.
 */
export function markerText(marker: Marker, banner?: string): string {
  if (marker.state === 'unfinished') return `${PREFIX}${marker.report}, unfinished. If the run stopped, the next run removes this sheet.`;
  const written = `${PREFIX}${marker.report}, written as "${marker.name ?? ''}".`;
  return banner ? `${written} ${banner} Rename the sheet to keep it as yours.` : `${written} The next run replaces it; rename the sheet to keep it as yours.`;
}

/**
 * What the marker cell says once the sheet is the user's: a "kept" marker (KEPT_PATTERN), so later runs neither replace
 * it nor read it as school data. Sheets released before "kept" markers existed carry this same opening.
 */
export function releasedText(report: string): string {
  return `Kept as your own sheet (it held the review's ${report}); School Resource Review no longer replaces it, nor reads it as school data.`;
}
const KEPT_PATTERN = /^Kept as your own sheet \(it held the review's (.+?)\)/;

export function parseMarkerText(value: unknown): Marker | null {
  if (typeof value !== 'string') return null;
  const kept = KEPT_PATTERN.exec(value);
  if (kept) return { report: kept[1], state: 'kept' };
  const match = PATTERN.exec(value);
  if (!match) return null;
  return match[2] === undefined ? { report: match[1], state: 'unfinished' } : { report: match[1], state: 'done', name: match[2] };
}

export function markerPropertyValue(marker: Marker): string {
  return JSON.stringify(marker);
}

export function parseMarkerProperty(value: unknown): Marker | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value) as Partial<Marker>;
    if (typeof parsed?.report !== 'string' || (parsed.state !== 'done' && parsed.state !== 'unfinished' && parsed.state !== 'kept')) return null;
    if (parsed.state === 'done' && typeof parsed.name !== 'string') return null;
    return { report: parsed.report, state: parsed.state, ...(parsed.state === 'done' ? { name: parsed.name } : {}) };
  } catch {
    return null;
  }
}

export interface SheetOwnership {
  id: string;
  name: string;
  marker: Marker | null;
  /** Zero-based row of the marker cell in column A, when there is one. */
  markerRow: number | null;
  /** The sheet carries our custom property (ExcelApi 1.12). */
  hasProperty: boolean;
}

/** A result sheet the next run replaces: ours, finished, and still under the name we gave it. */
export function isReplaceable(owner: SheetOwnership): boolean {
  return owner.marker?.state === 'done' && owner.marker.name === owner.name;
}

/** The temporary names a run writes under ("srr new 1", or "srr new 1 (review)" beside a user's sheet of that name). */
const TEMPORARY_NAME = /^srr new \d+( \(review( \d+)?\))?$/;

/** Debris of an interrupted run: unfinished, and still under a temporary name. The next run removes it. */
export function isLeftover(owner: SheetOwnership): boolean {
  return owner.marker?.state === 'unfinished' && TEMPORARY_NAME.test(owner.name);
}

/** A result sheet (not the rules sheet) that a run replaces or clears away, and "Remove results" deletes. */
export function isOutgoingResult(owner: SheetOwnership): boolean {
  return isResultSheet(owner) && (isReplaceable(owner) || isLeftover(owner));
}

/** Carries our marker for a result sheet: the rules sheet has its own report name and outlives runs. */
export function isResultSheet(owner: SheetOwnership): boolean {
  return owner.marker !== null && owner.marker.report !== RULES_SHEET_NAME;
}

/** A result sheet the user renamed (finished, or even unfinished): theirs now, and its notes are carried over. */
export function isRenamedByUser(owner: SheetOwnership): boolean {
  if (owner.marker?.state === 'unfinished') return !TEMPORARY_NAME.test(owner.name);
  return owner.marker?.state === 'done' && owner.marker.name !== owner.name;
}

/** A result sheet the user renamed: a run and "Remove results" both keep it and name it as kept. */
export function isKeptByUser(owner: SheetOwnership): boolean {
  return isResultSheet(owner) && isRenamedByUser(owner);
}

/**
 * Queues, for each sheet (id and name loaded), what shows whether it is ours; the returned function gives the
 * answer after the caller's next sync. One sync for any number of sheets.
 */
export function probeOwnership(
  context: Excel.RequestContext,
  sheets: { id: string; name: string }[],
  customProperties: boolean,
): () => SheetOwnership[] {
  const probes = sheets.map((sheet) => {
    const worksheet = context.workbook.worksheets.getItem(sheet.id);
    const cells = worksheet.getRangeByIndexes(0, 0, MARKER_SEARCH_ROWS, 1);
    cells.load('values');
    const property = customProperties ? worksheet.customProperties.getItemOrNullObject(MARKER_PROPERTY) : null;
    property?.load('value');
    return { sheet, cells, property };
  });
  return () =>
    probes.map(({ sheet, cells, property }) => {
      const markerRow = cells.values.findIndex((row) => parseMarkerText(row[0]) !== null);
      const fromCell = markerRow >= 0 ? parseMarkerText(cells.values[markerRow][0]) : null;
      const hasProperty = property !== null && !property.isNullObject;
      const fromProperty = hasProperty ? parseMarkerProperty(property.value) : null;
      return { id: sheet.id, name: sheet.name, marker: fromProperty ?? fromCell, markerRow: markerRow >= 0 ? markerRow : null, hasProperty };
    });
}
