// What the team typed on one of our finished report sheets (notes on the Flags sheet, values on the What If sheet),
// read back before a run, by id. The sheet is found by its marker, never by a stored sheet id. A copy the user
// renamed is theirs now, but what they typed there is carried over where our current sheet has nothing for that id.
import { readBoxes, type ChunkedReadOptions } from './chunkedRead';
import { isRenamedByUser } from './ownership';
import { surveySheets } from './sheetSurvey';

/**
 * `fromValues` applied to every finished sheet of `report` that has data, merged by id: our current sheet first, so
 * its values win, then the renamed copies, each filling in only the ids still missing.
 */
export async function readReportCopies<T>(
  context: Excel.RequestContext,
  customProperties: boolean,
  report: string,
  fromValues: (values: unknown[][]) => Record<string, T>,
  options: Pick<ChunkedReadOptions, 'budgetBytes'> = {},
): Promise<Record<string, T>> {
  const copies = (await surveySheets(context, customProperties))
    .filter(({ owner }) => owner.marker?.report === report && owner.marker.state === 'done')
    .flatMap(({ owner, used }) => (used === null ? [] : [{ owner, used }]))
    .sort((a, b) => Number(isRenamedByUser(a.owner)) - Number(isRenamedByUser(b.owner)));
  const contents = await readBoxes(context, copies.map(({ owner, used }) => ({ sheetId: owner.id, ...used })), { budgetBytes: options.budgetBytes });
  const merged: Record<string, T> = {};
  for (const { values } of contents)
    for (const [id, value] of Object.entries(fromValues(values))) if (!(id in merged)) merged[id] = value;
  return merged;
}
