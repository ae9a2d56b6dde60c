import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedSetup, WorkbookBridge } from '../../bridge/types';
import { errorText } from './errors';

export type SetupUpdate = (previous: SavedSetup) => SavedSetup;

export interface SavedSetupState {
  /** null until the workbook's saved setup has been read. */
  setup: SavedSetup | null;
  loadError: string | null;
  saveError: string | null;
  update: (change: SetupUpdate) => void;
}

/**
 * The setup lives in the workbook: every change is saved at once, in order, so closing the pane mid-way loses
 * nothing. Saves are chained because two quick edits must not land in Excel in the opposite order.
 */
export function useSavedSetup(bridge: WorkbookBridge): SavedSetupState {
  const [setup, setSetup] = useState<SavedSetup | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef<SavedSetup | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    bridge.loadSetup().then(
      (saved) => {
        if (!live) return;
        const initial: SavedSetup = saved ?? { settings: {} };
        latest.current = initial;
        setSetup(initial);
      },
      (error: unknown) => {
        if (!live) return;
        // The pane still works on defaults; the user is told their earlier choices could not be read.
        setLoadError(errorText(error));
        latest.current = { settings: {} };
        setSetup(latest.current);
      },
    );
    return () => {
      live = false;
    };
  }, [bridge]);

  const update = useCallback(
    (change: SetupUpdate) => {
      const base = latest.current ?? { settings: {} };
      const next: SavedSetup = { ...change(base), savedAt: new Date().toISOString() };
      latest.current = next;
      setSetup(next);
      saving.current = saving.current.then(() =>
        bridge.saveSetup(next).then(
          () => setSaveError(null),
          (error: unknown) => setSaveError(errorText(error)),
        ),
      );
    },
    [bridge],
  );

  return { setup, loadError, saveError, update };
}
