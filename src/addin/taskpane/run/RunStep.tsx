import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import type { ReviewStage } from '../../../engine/types';
import { ErrorNotice } from '../shell/ErrorNotice';
import { usePaneStyles } from '../shell/paneStyles';
import type { RunState } from './useReviewRun';

const STAGES: ReviewStage[] = ['reading', 'checking', 'analysing', 'writing'];
const STAGE_LABELS: Record<ReviewStage, string> = {
  reading: 'Reading the workbook',
  checking: 'Checking the data',
  analysing: 'Analysing time, people and money',
  writing: 'Writing the result sheets',
};

const ADVICE: Record<ReviewStage, string> = {
  reading: 'Close any cell you are editing in Excel, then run again.',
  checking: 'Check the sheets and columns on “What I found”, then run again.',
  analysing: 'Check the sheets and columns on “What I found”, then run again.',
  writing:
    'Nothing was changed in your sheets. If the workbook is protected, unprotect it (Review › Protect Workbook) and run again.',
};

export interface RunStepProps {
  state: RunState;
  hasMapping: boolean;
  onStart: () => void;
  onCancel: () => void;
  onShowResults: () => void;
}

export function RunStep({ state, hasMapping, onStart, onCancel, onShowResults }: RunStepProps) {
  const styles = usePaneStyles();
  const running = state.status === 'running';
  return (
    <div className={styles.step}>
      <Text>
        The review reads your sheets, checks the data, compares it with recommended practice and writes its result
        sheets next to yours. Your own sheets are never changed.
      </Text>
      <Text size={200} className={styles.hint}>
        Undo in Excel cannot take back a run. To take the result sheets out again, use “Remove results” on the Results
        step.
      </Text>
      {!hasMapping && (
        <Text size={200} className={styles.hint}>
          You have not confirmed the sheets yet; the review will detect them itself.
        </Text>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running} onClick={onStart}>
          {state.status === 'done' ? 'Run the review again' : 'Run the review'}
        </Button>
        {running && (
          <Button disabled={state.progress.stage === 'writing'} onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
      {running && <RunProgress stage={state.progress.stage} done={state.progress.done} total={state.progress.total} message={state.progress.message} />}
      {state.status === 'cancelled' && (
        <MessageBar intent="info">
          <MessageBarBody>Review cancelled. Nothing was written; run it again when you are ready.</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && (
        <ErrorNotice
          title={`The review stopped while ${STAGE_LABELS[state.stage].toLowerCase()}`}
          detail={state.message}
          advice={ADVICE[state.stage]}
          onRetry={onStart}
        />
      )}
      {state.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Done: {state.written.sheets.length} result sheets written ({state.written.sheets.map((s) => s.written).join(', ')}).
            {state.written.skipped.length > 0 && ` Left out on this version of Excel: ${state.written.skipped.join('; ')}.`}
            {state.notices.length > 0 && (
              <ul aria-label="Notes on this run">
                {state.notices.map((notice) => (
                  <li key={notice}>{notice}</li>
                ))}
              </ul>
            )}
            <div>
              <Button size="small" onClick={onShowResults}>
                See the results
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function RunProgress(props: { stage: ReviewStage; done: number; total: number; message: string }) {
  const { stage, done, total, message } = props;
  const index = STAGES.indexOf(stage);
  const counts = total > 0 ? `${done} of ${total}` : '';
  return (
    <div aria-live="polite">
      <Field
        label={`Step ${index + 1} of ${STAGES.length}: ${STAGE_LABELS[stage]}`}
        hint={[message, counts].filter(Boolean).join(' · ')}
        validationState="none"
      >
        <ProgressBar value={total > 0 ? done / total : undefined} max={1} thickness="large" />
      </Field>
    </div>
  );
}
