// Messages between the task pane and the engine's Web Worker.
import type { DetectedTable, ReviewOutcome, ReviewProgress, Settings, WorkbookGrids } from '../../engine/types';

export type WorkerRequest =
  | { id: number; type: 'detect'; grids: WorkbookGrids; settings: Partial<Settings> }
  | { id: number; type: 'review'; grids: WorkbookGrids; settings: Partial<Settings>; notes: Record<string, string> };

export type WorkerResponse =
  | { id: number; type: 'progress'; progress: ReviewProgress }
  | { id: number; type: 'detected'; tables: DetectedTable[] }
  | { id: number; type: 'reviewed'; outcome: ReviewOutcome }
  | { id: number; type: 'failed'; message: string };
