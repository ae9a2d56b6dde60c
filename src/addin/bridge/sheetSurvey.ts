// Every sheet of the workbook with whether it is ours (ownership.ts), for the requests that come after the first
// screen: writing or removing our sheets and reading the ones the team typed into. Kept apart from ownership.ts,
// which the first screen's reader needs, so the first screen does not carry these (issue 12: its size).
import { probeOwnership, type SheetOwnership } from './ownership';

/**
 * Every sheet of the workbook with whether it is ours, in two syncs whatever the number of sheets: what a request
 * that replaces or deletes our sheets (and nothing else) starts from. Readers that need more of each sheet in the same
 * sync queue it beside probeOwnership themselves.
 */
export async function listOwnership(context: Excel.RequestContext, customProperties: boolean): Promise<SheetOwnership[]> {
  const ownership = probeOwnership(context, await listSheets(context), customProperties);
  await context.sync();
  return ownership();
}

/** The workbook's sheets by id and name, in one sync: the first step of both surveys. */
async function listSheets(context: Excel.RequestContext): Promise<{ id: string; name: string }[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  await context.sync();
  return worksheets.items.map((s) => ({ id: s.id, name: s.name }));
}

/** A sheet with its ownership and the box of its used range (values only); null for an empty sheet. */
export interface SurveyedSheet {
  owner: SheetOwnership;
  used: { row: number; col: number; rows: number; cols: number } | null;
}

/**
 * Every sheet of the workbook with whether it is ours and where its data is, in two syncs whatever the number of
 * sheets: what readers of our own sheets (the team's notes, the rules sheet) start from before they read cells.
 */
export async function surveySheets(context: Excel.RequestContext, customProperties: boolean): Promise<SurveyedSheet[]> {
  const sheets = await listSheets(context);
  const ownership = probeOwnership(context, sheets, customProperties);
  const used = sheets.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet.id).getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  await context.sync();
  return ownership().map((owner, i) => {
    const range = used[i];
    return {
      owner,
      used: range.isNullObject ? null : { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount },
    };
  });
}
