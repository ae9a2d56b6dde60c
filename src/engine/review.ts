import type { ReviewOutcome } from './types';
import { buildReport } from './report/buildReport';
import { analyse, type ReviewInput } from './reviewResult';

// The analysis lives in reviewResult.ts; these names stay importable from here for every existing caller.
export { NOTHING_TO_REVIEW, reviewResult, type ReviewInput } from './reviewResult';

/** The whole engine: grids and settings in, result and report description out. Pure and synchronous. */
export function review(input: ReviewInput): ReviewOutcome {
  const { result, thresholds, keptWhatIfInputs } = analyse(input);
  return { result, report: buildReport(result, input.notes ?? {}, thresholds, keptWhatIfInputs) };
}
