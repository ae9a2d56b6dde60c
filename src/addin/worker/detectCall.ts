// Detection alone, for the worker's first chunk: the pane detects tables as soon as it has read the workbook, while
// the rest of the engine (analyses, flags, report) is fetched only when the principal runs a review (issue 12).
import { detectTables } from '../../engine/detect/detectTables';
import { checkedMapping } from '../../engine/settings/validateMapping';
import type { DetectedTable, Settings, WorkbookGrids } from '../../engine/types';

// The saved setup travels with a workbook someone else sent: only a checked mapping reaches detection, as in review().
// checkedMapping, not validateSettings: the other settings' checks and the default rules stay out of this chunk.
export function detect(grids: WorkbookGrids, settings: Partial<Settings>): { tables: DetectedTable[] } {
  return { tables: detectTables(grids, checkedMapping(settings)).tables };
}
