// The engine calls a runner makes, shared by the worker and the in-process runner so both behave alike.
import { review } from '../../engine/review';
import { detect } from './detectCall';
import { localDate } from '../../engine/runDate';
import type { DetectedTable, ReviewOutcome, ReviewProgress, Settings, WorkbookGrids } from '../../engine/types';
import { evaluateWhatIf, type TypedWhatIfInput, type WhatIf, type WhatIfResult } from '../../engine/whatIf';

export interface EngineCalls {
  detect(grids: WorkbookGrids, settings: Partial<Settings>): { tables: DetectedTable[] };
  review(
    grids: WorkbookGrids,
    settings: Partial<Settings>,
    notes: Record<string, string>,
    onProgress: (progress: ReviewProgress) => void,
    whatIfInputs?: Record<string, TypedWhatIfInput>,
  ): ReviewOutcome;
  evaluateWhatIf(whatIf: WhatIf, inputs: Record<string, number>): WhatIfResult[];
}

export const engineCalls: EngineCalls = {
  detect,
  review: (workbook, settings, notes, onProgress, whatIfInputs) =>
    review({ workbook, settings, notes, whatIfInputs, onProgress, runDate: localDate(new Date()) }),
  evaluateWhatIf,
};
