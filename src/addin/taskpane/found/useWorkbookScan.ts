import { useCallback, useEffect, useRef, useState } from 'react';
import type { DetectedTable, Settings, WorkbookGrids } from '../../../engine/types';
import type { EngineRunner, WorkbookBridge } from '../../bridge/types';
import { errorText } from '../shell/errors';

export type ScanState =
  | { status: 'reading' }
  | { status: 'error'; during: 'reading' | 'detecting'; message: string; grids?: WorkbookGrids }
  | { status: 'ready'; grids: WorkbookGrids; tables: DetectedTable[]; skippedResultSheets: string[] };

/**
 * Reads the workbook once, then re-runs detection whenever the mapping changes; a newer detection always wins
 * over a slower older one.
 */
export function useWorkbookScan(bridge: WorkbookBridge, runner: EngineRunner, settings: Partial<Settings> | null) {
  const [state, setState] = useState<ScanState>({ status: 'reading' });
  const [readCount, setReadCount] = useState(0);
  const [read, setRead] = useState<{ grids: WorkbookGrids; skipped: string[] } | null>(null);
  const detection = useRef(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'reading' });
    setRead(null);
    bridge.readWorkbook().then(
      (outcome) => live && setRead({ grids: outcome.grids, skipped: outcome.skippedResultSheets }),
      (error: unknown) => live && setState({ status: 'error', during: 'reading', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [bridge, readCount]);

  const settingsKey = settings ? JSON.stringify(settings.mapping ?? {}) : null;
  useEffect(() => {
    if (!read || settings === null) return;
    const ticket = ++detection.current;
    runner.detect(read.grids, settings).then(
      ({ tables }) =>
        ticket === detection.current &&
        setState({ status: 'ready', grids: read.grids, tables, skippedResultSheets: read.skipped }),
      (error: unknown) =>
        ticket === detection.current &&
        setState({ status: 'error', during: 'detecting', message: errorText(error), grids: read.grids }),
    );
    // settingsKey stands in for settings: only the mapping changes what detection finds.
  }, [read, runner, settingsKey]);

  const rescan = useCallback(() => setReadCount((n) => n + 1), []);
  return { scan: state, rescan };
}
