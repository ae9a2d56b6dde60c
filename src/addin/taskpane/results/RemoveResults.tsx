// "Remove results": an add-in's edits can clear Excel's undo stack, so Undo cannot take a run back. This is the
// way back: it deletes the add-in's own result sheets (the bridge decides which, by their marker), after a
// confirmation that says what goes and what stays.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { RemoveOutcome } from '../../bridge/types';
import { ErrorNotice } from '../shell/ErrorNotice';
import { errorText } from '../shell/errors';
import { usePaneStyles } from '../shell/paneStyles';

export const UNDO_WARNING = 'Undo in Excel cannot take back a run.';

type RemoveState = { status: 'idle' } | { status: 'removing' } | { status: 'done'; outcome: RemoveOutcome } | { status: 'failed'; message: string };

export function RemoveResults({ onRemove }: { onRemove: () => Promise<RemoveOutcome> }) {
  const pane = usePaneStyles();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<RemoveState>({ status: 'idle' });

  const remove = async () => {
    setOpen(false);
    setState({ status: 'removing' });
    try {
      setState({ status: 'done', outcome: await onRemove() });
    } catch (error) {
      setState({ status: 'failed', message: errorText(error) });
    }
  };

  return (
    <section className={pane.section} aria-labelledby="remove-results">
      <Subtitle2 as="h2" id="remove-results">
        Taking the results out
      </Subtitle2>
      <Text size={200}>
        {UNDO_WARNING} To take the result sheets out of the workbook, remove them here; running the review again writes
        them afresh.
      </Text>
      <div className={pane.actions}>
        <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button disabled={state.status === 'removing'}>{state.status === 'removing' ? 'Removing…' : 'Remove results…'}</Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Remove the result sheets?</DialogTitle>
            <DialogContent>
              This deletes the sheets the review wrote (Summary, Flags, Data Check and the others), with any team notes
              typed on the Flags sheet: rename a sheet first to keep it. Your own sheets, result sheets you renamed and
              the Review Rules sheet stay. Undo cannot bring the deleted sheets back.
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void remove()}>
                Remove results
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>Cancel</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
        </Dialog>
      </div>
      {state.status === 'done' && <Removed outcome={state.outcome} />}
      {state.status === 'failed' && (
        <ErrorNotice title="The result sheets were not removed" detail={state.message} advice="Nothing was deleted." />
      )}
    </section>
  );
}

function Removed({ outcome }: { outcome: RemoveOutcome }) {
  const { removed, kept } = outcome;
  const keptText = kept.length > 0 ? ` Kept as your own (renamed): ${kept.join(', ')}.` : '';
  return (
    <MessageBar intent={removed.length > 0 ? 'success' : 'info'} layout="multiline">
      <MessageBarBody>
        {removed.length > 0
          ? `Removed ${removed.length} result ${removed.length === 1 ? 'sheet' : 'sheets'}: ${removed.join(', ')}.`
          : 'There were no result sheets to remove.'}
        {keptText}
      </MessageBarBody>
    </MessageBar>
  );
}
