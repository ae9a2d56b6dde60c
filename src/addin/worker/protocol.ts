// Messages between the task pane and the engine's Web Worker.
import type { DetectedTable, ReviewOutcome, ReviewProgress, Settings, WorkbookGrids } from '../../engine/types';
import type { TypedWhatIfInput, WhatIf, WhatIfResult } from '../../engine/whatIf';

export type WorkerRequest =
  | { id: number; type: 'detect'; grids: WorkbookGrids; settings: Partial<Settings> }
  | {
      id: number;
      type: 'review';
      grids: WorkbookGrids;
      settings: Partial<Settings>;
      notes: Record<string, string>;
      whatIfInputs?: Record<string, TypedWhatIfInput>;
    }
  /** The What If results for the principal's inputs: small and quick, sent again on every change. */
  | { id: number; type: 'whatIf'; whatIf: WhatIf; inputs: Record<string, number> };

export type WorkerResponse =
  | { id: number; type: 'progress'; progress: ReviewProgress }
  | { id: number; type: 'detected'; tables: DetectedTable[] }
  | { id: number; type: 'reviewed'; outcome: ReviewOutcome }
  | { id: number; type: 'whatIfEvaluated'; results: WhatIfResult[] }
  | { id: number; type: 'failed'; message: string };
