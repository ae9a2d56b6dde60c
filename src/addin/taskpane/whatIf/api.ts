// TEMPORARY: the engine's What If API (src/engine/whatIf, built on the `whatif` branch), as agreed, until that branch
// is merged; then every import of this file points at the engine and this file goes.
import type { ColumnType, ReviewResult } from '../../../engine/types';

export interface WhatIfFigure { id: string; label: string; value: number | null; unit: ColumnType; source: string }
export interface WhatIfLever { id: string; label: string; unit: ColumnType; current: number | null; start: number; note: string; flagId?: string; min: number; max: number; step: number }
export interface WhatIfResult { id: string; label: string; unit: ColumnType; value: number | null; recommended?: string; status?: 'meets' | 'watch' | 'far from' | '' }
export interface WhatIfOptionSet { id: string; label: string; inputs: Record<string, number>; results: WhatIfResult[]; netCost: number | null }
export interface WhatIf { baseline: WhatIfFigure[]; levers: WhatIfLever[]; results: WhatIfResult[]; optionSets: WhatIfOptionSet[] }

export function whatIfOf(result: ReviewResult): WhatIf | null {
  return (result as ReviewResult & { whatIf?: WhatIf | null }).whatIf ?? null;
}

export function evaluateWhatIf(_whatIf: WhatIf, _inputs: Record<string, number>): WhatIfResult[] {
  throw new Error('The What If engine is not in this build yet.');
}
