// The two engine calls a runner makes, shared by the worker and the in-process runner so both behave alike.
import { review } from '../../engine/review';
import { detect } from './detectCall';
import { localDate } from '../../engine/runDate';
import type { DetectedTable, ReviewOutcome, ReviewProgress, Settings, WorkbookGrids } from '../../engine/types';

export interface EngineCalls {
  detect(grids: WorkbookGrids, settings: Partial<Settings>): { tables: DetectedTable[] };
  review(
    grids: WorkbookGrids,
    settings: Partial<Settings>,
    notes: Record<string, string>,
    onProgress: (progress: ReviewProgress) => void,
  ): ReviewOutcome;
}

export const engineCalls: EngineCalls = {
  detect,
  review: (workbook, settings, notes, onProgress) => review({ workbook, settings, notes, onProgress, runDate: localDate(new Date()) }),
};
