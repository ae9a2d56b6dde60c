import type { CellLink } from '../engine/types';
import type { ReviewJob } from './inputs';
import { quoteSheetName } from '../engine/parse/values';

/**
 * Where a result's link to the school's own rows points, as a hyperlink target relative to the output: the file, then
 * `#'Sheet'!A5:K9`. A link is a URI reference, so a `#` in the file's name would end the path there ("School #12.xlsx"
 * would open "School ") and a `%` would start an escape: both are escaped in the file's part. Other characters are
 * written as they are, as the links always were, which Excel and LibreOffice both follow.
 */
export function sourceLink(kind: ReviewJob['kind'], file: string | undefined, link: CellLink): string | undefined {
  if (!file) return undefined;
  const path = file.replace(/\\/g, '/').replace(/%/g, '%25').replace(/#/g, '%23');
  // A CSV file has no sheets or cells to point at; its link opens the file.
  return kind === 'csv' ? path : `${path}#${quoteSheetName(link.sheet)}!${link.range}`;
}
