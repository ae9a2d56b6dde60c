import type { Report } from '../types';

// Row 1 of every sheet the command line writes says whose sheet it is and what the next run does to it (the add-in
// keeps its ownership marker there instead: bridge/ownership.ts). What the next run keeps depends on the kind of
// workbook, so the text comes with the report: the review's here, the district map's in compare/mapReport.ts.

/** A review's sheets: replaced by the next run, which carries the team's notes on Flags into the new one. */
export const REVIEW_BANNER = "Running the review again replaces this sheet; the team's notes on Flags are kept.";

/** What row 1 of a sheet says: the tool and the sheet, then the report's own banner. */
export function bannerText(report: Report, sheetName: string): string {
  return `School Resource Review: ${sheetName}.${report.banner ? ` ${report.banner}` : ''}`;
}
