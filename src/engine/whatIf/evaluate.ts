import type { WhatIf, WhatIfResult, WhatIfStatus } from './types';
import { evaluatedWhatIfSheet, plannedResults, RESULTS_TABLE, STATUS_COLUMN, VALUE_COLUMN } from './whatIfSheet';

const STATUSES: ReadonlySet<string> = new Set<WhatIfStatus>(['meets', 'watch', 'far from', '']);

/**
 * The results for the given inputs, by evaluating the very formula trees the What If sheet writes (a lever not
 * given stays at its start value). Pure and quick: the task pane calls it on every keystroke.
 */
export function evaluateWhatIf(whatIf: WhatIf, inputs: Readonly<Record<string, number>>): WhatIfResult[] {
  const planned = plannedResults(whatIf);
  const clean: Record<string, number> = {};
  for (const lever of whatIf.levers) {
    const typed = inputs[lever.id];
    clean[lever.id] = typeof typed === 'number' && Number.isFinite(typed) ? typed : lever.start;
  }
  // The results the sheet plans, worked out once: the sheet's formulas and the answers' labels come from the same list.
  const evaluated = evaluatedWhatIfSheet({ ...whatIf, optionSets: [] }, clean, planned);
  const results = evaluated.moreTables?.find((m) => m.table.name === RESULTS_TABLE)?.table;
  if (!results) throw new Error('What If: the sheet has no results table');
  return planned.map((r, i) => {
    const value = results.rows[i][VALUE_COLUMN];
    const status = results.rows[i][STATUS_COLUMN];
    return {
      id: r.id,
      label: r.label,
      unit: r.unit,
      value: typeof value === 'number' && Number.isFinite(value) ? value : null,
      ...(r.recommended !== undefined ? { recommended: r.recommended } : {}),
      how: r.how,
      ...(r.sense ? { sense: r.sense } : {}),
      ...(r.status ? { status: typeof status === 'string' && STATUSES.has(status) ? (status as WhatIfStatus) : '' } : {}),
    };
  });
}
