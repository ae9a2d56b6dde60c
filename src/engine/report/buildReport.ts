import type { Report, ReviewResult, Thresholds } from '../types';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import { validateThresholds } from '../settings/validate';
import { limitSheetLinks, sourceLinker } from './links';
import { REVIEW_BANNER } from './banner';
import { summarySheet } from './summarySheet';
import { classSizeGroupsSheet, classSizeSheet, collaborationSheet, teacherLoadSheet, timeBySubjectSheet } from './scheduleSheets';
import { budgetByUseSheet } from './budgetSheet';
import { flagsSheet } from './flagsSheet';
import { dataCheckSheet } from './dataCheckSheet';
import { tablesReadSheet } from './tablesReadSheet';
import { chartsSheet } from './chartsSheet';
import { sheetLayout } from './layout';
import { limitReportText } from './cellText';
import { evaluatedWhatIfSheet } from '../whatIf/whatIfSheet';

/**
 * Describes the result sheets once for every writer (office-js and .xlsx): Summary, Charts, Teacher Load, Class Size,
 * Class Size by Group, Time by Subject, Collaboration, Budget by Use (when there is a budget), Flags with the team's notes, Data Check,
 * Tables Read. `thresholds` drives the highlighting and the Summary's recommended values; without it the
 * recommended defaults are used.
 */
export function buildReport(
  result: ReviewResult,
  notes: Record<string, string>,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  whatIfInputs: Record<string, number> = {},
): Report {
  const link = sourceLinker(result.tables);
  // Within Excel's links per sheet before the Summary's links into Flags are placed: the limit's note is a preamble line.
  const flags = limitSheetLinks(flagsSheet(result.flags, notes, link));
  const firstFlagRow = sheetLayout(flags).main.firstDataRow;
  const flagRow = (index: number) => ({ sheet: flags.name, range: `A${firstFlagRow + index}` });
  // Conditional formats become formulas in both writers: only checked finite numbers may reach them, whoever calls.
  thresholds = validateThresholds(thresholds);
  return limitReportText({
    sheets: [
      summarySheet(result, { thresholds, flagRow }),
      chartsSheet(result, thresholds),
      teacherLoadSheet(result, thresholds, link),
      classSizeSheet(result, thresholds, link),
      classSizeGroupsSheet(result, thresholds),
      timeBySubjectSheet(result),
      collaborationSheet(result, thresholds),
      ...(result.budget ? [budgetByUseSheet(result.budget)] : []),
      flags,
      ...(result.whatIf ? [evaluatedWhatIfSheet(result.whatIf, whatIfInputs)] : []),
      dataCheckSheet(result.dataCheck),
      tablesReadSheet(result),
    ].map((sheet) => limitSheetLinks(sheet)),
    banner: REVIEW_BANNER,
  });
}
