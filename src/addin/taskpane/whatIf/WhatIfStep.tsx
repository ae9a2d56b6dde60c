// The "What if" step: the review's levers as number boxes, the results worked out again by the engine (in the
// worker) as the principal types, the ready-made option sets, and a button that writes the choices into the What If
// sheet's input cells. Trying values writes nothing; only the button does.
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ReportSheet } from '../../../engine/types';
import type { InputsWritten } from '../../bridge/types';
import { ErrorNotice } from '../shell/ErrorNotice';
import { errorText, isAbort } from '../shell/errors';
import { usePaneStyles } from '../shell/paneStyles';
import type { WhatIf, WhatIfResult } from '../../../engine/whatIf';
import {
  formatValue,
  moneyWay,
  netText,
  optionDrafts,
  readDrafts,
  recommendedDrafts,
  resultText,
  sameInputs,
  sheetInputs,
  startDrafts,
  type Drafts,
  type MoneyWay,
} from './whatIfModel';

const useStyles = makeStyles({
  results: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) fit-content(55%)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  label: { margin: 0, overflowWrap: 'anywhere' },
  value: { margin: 0, textAlign: 'right', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  status: { display: 'block', fontWeight: tokens.fontWeightRegular },
  cost: { color: tokens.colorPaletteRedForeground1 },
  freed: { color: tokens.colorPaletteGreenForeground1 },
  options: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  optionNet: { fontWeight: tokens.fontWeightRegular },
  lever: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', '& summary': { cursor: 'pointer', width: 'fit-content' } },
  // The net effect stays in view at the bottom of the pane while the principal types in a lever far above the results.
  netBar: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

const STATUS_COLOUR = { meets: 'success', watch: 'warning', 'far from': 'danger' } as const;

export interface WhatIfStepProps {
  /** The review's What If; null before a run, or when the school's data gives it no lever. */
  whatIf: WhatIf | null;
  /** Whether there is a review result at all (a result with no What If says so instead of "run the review"). */
  hasResult: boolean;
  /** What is in the boxes, kept by the pane while the principal visits other steps; null before the first change. */
  drafts: Drafts | null;
  /** The What If sheet as the run wrote it: the boxes start from its input cells (the principal's kept values). */
  sheet?: ReportSheet | null;
  onDraftsChange: (drafts: Drafts) => void;
  /** The engine's results for these inputs (the worker's evaluateWhatIf); the signal drops a stale request. */
  evaluate: (inputs: Record<string, number>, signal: AbortSignal) => Promise<WhatIfResult[]>;
  /** Writes the inputs into the What If sheet's input cells; absent when this run wrote no What If sheet. */
  onWrite?: (inputs: Record<string, number>) => Promise<InputsWritten>;
  onGoToRun: () => void;
}

export default function WhatIfStep(props: WhatIfStepProps) {
  const pane = usePaneStyles();
  // Made once per sheet and What If, not on every render: Levers' useMemo of the inputs depends on them.
  const kept = useMemo(() => sheetInputs(props.sheet ?? null), [props.sheet]);
  const firstDrafts = useMemo(() => (props.whatIf ? startDrafts(props.whatIf, kept) : {}), [props.whatIf, kept]);
  if (!props.whatIf)
    return (
      <div className={pane.step}>
        <Text>
          {props.hasResult
            ? 'This review found no lever to try: the What If needs the schedule and the budget of the school.'
            : 'Run the review first: the What If starts from your school’s own figures and the levers the review found.'}
        </Text>
        {!props.hasResult && (
          <div>
            <Button appearance="primary" onClick={props.onGoToRun}>
              Go to Run
            </Button>
          </div>
        )}
      </div>
    );
  return <Levers {...props} whatIf={props.whatIf} kept={kept} drafts={props.drafts ?? firstDrafts} />;
}

type Evaluation = { status: 'working' } | { status: 'done'; results: WhatIfResult[] } | { status: 'failed'; message: string };

function Levers({ whatIf, drafts, kept, onDraftsChange, evaluate, onWrite }: WhatIfStepProps & { whatIf: WhatIf; drafts: Drafts; kept: Record<string, number> }) {
  const pane = usePaneStyles();
  const styles = useStyles();
  // Each box read once per change, for its message and for the inputs to evaluate alike.
  const { readings, inputs } = useMemo(() => readDrafts(whatIf, drafts, kept), [whatIf, drafts, kept]);
  const inputsKey = inputs ? JSON.stringify(inputs) : null;
  const [evaluation, setEvaluation] = useState<Evaluation>({ status: 'working' });
  const [written, setWritten] = useState<{ status: 'idle' } | { status: 'writing' } | { status: 'done'; outcome: InputsWritten } | { status: 'failed'; message: string }>({
    status: 'idle',
  });

  // Every change asks the engine again; the cleanup drops the answer to a value the principal has typed past.
  useEffect(() => {
    if (!inputsKey) return;
    const controller = new AbortController();
    evaluate(JSON.parse(inputsKey) as Record<string, number>, controller.signal).then(
      (results) => !controller.signal.aborted && setEvaluation({ status: 'done', results }),
      (error: unknown) => !controller.signal.aborted && !isAbort(error) && setEvaluation({ status: 'failed', message: errorText(error) }),
    );
    return () => controller.abort();
  }, [evaluate, inputsKey]);

  const change = (next: Drafts) => {
    onDraftsChange(next);
    if (written.status === 'done') setWritten({ status: 'idle' });
  };
  // One colour rule for every figure, the net bar's included: new money and a budget gone short in red, money freed in green.
  const moneyClass = (way: MoneyWay) => (way === 'cost' || way === 'short' ? styles.cost : way === 'freed' ? styles.freed : undefined);
  const recommended = recommendedDrafts(whatIf);
  const net = inputs && evaluation.status === 'done' ? (evaluation.results.find((r) => r.id === 'netCost') ?? null) : null;
  const write = async () => {
    if (!onWrite || !inputs) return;
    setWritten({ status: 'writing' });
    try {
      setWritten({ status: 'done', outcome: await onWrite(inputs) });
    } catch (error) {
      setWritten({ status: 'failed', message: errorText(error) });
    }
  };

  return (
    <div className={pane.step}>
      <Text>
        Try the levers on your school’s own figures. Each starts at the value that meets recommended practice; nothing is written until you
        choose to.
      </Text>
      <section className={pane.section} aria-labelledby="whatif-levers">
        <Subtitle2 as="h2" id="whatif-levers">
          Levers
        </Subtitle2>
        {whatIf.levers.map((lever) => {
          // A value kept on the sheet outside this run's range is used (the results stay), and said here alone.
          const { problem, outsideRange: range } = readings[lever.id];
          return (
            <div key={lever.id} className={styles.lever}>
              <Field
                label={lever.label}
                hint={`Now ${formatValue(lever.current, lever.unit)}; meets practice at ${formatValue(lever.start, lever.unit)}.`}
                validationState={problem ? 'error' : range ? 'warning' : 'none'}
                validationMessage={problem ?? range ?? undefined}
              >
                <Input
                  className={pane.fullWidth}
                  type="number"
                  inputMode="decimal"
                  min={lever.min}
                  max={lever.max}
                  step={lever.step}
                  value={drafts[lever.id] ?? ''}
                  onChange={(_, data) => change({ ...drafts, [lever.id]: data.value })}
                />
              </Field>
              {/* The notes run to several lines each: folded, the levers and their results fit on a 320 px pane. */}
              <details className={styles.note}>
                <summary>What it means</summary>
                <Text size={200}>{lever.note}</Text>
              </details>
            </div>
          );
        })}
        <div className={pane.actions}>
          <Button disabled={sameInputs(whatIf, drafts, recommended)} onClick={() => change(recommended)}>
            Reset to recommended
          </Button>
        </div>
      </section>
      <section className={pane.section} aria-labelledby="whatif-results" aria-busy={evaluation.status === 'working'}>
        <Subtitle2 as="h2" id="whatif-results">
          Results
        </Subtitle2>
        {!inputs && <Text className={pane.hint}>Fix the value marked above to see the results for it.</Text>}
        {inputs && evaluation.status === 'working' && <Spinner size="tiny" label="Working out the results…" />}
        {inputs && evaluation.status === 'failed' && (
          <ErrorNotice title="The results could not be worked out" detail={evaluation.message} advice="Change a value to try again, or run the review again." />
        )}
        {inputs && evaluation.status === 'done' && (
          <dl className={styles.results} aria-label="Results for these values">
            {evaluation.results.map((result) => (
              <div key={result.id} style={{ display: 'contents' }}>
                <dt className={styles.label}>
                  {result.label}
                  {result.recommended && (
                    <Text size={200} className={mergeClasses(styles.status, pane.hint)}>
                      Recommended: {result.recommended}
                    </Text>
                  )}
                </dt>
                <dd className={mergeClasses(styles.value, moneyClass(moneyWay(result)))}>
                  {resultText(result)}
                  {result.status && (
                    <span className={styles.status}>
                      <Badge appearance="tint" color={STATUS_COLOUR[result.status]}>
                        {result.status}
                      </Badge>
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {whatIf.optionSets.length > 0 && (
        <section className={pane.section} aria-labelledby="whatif-options">
          <Subtitle2 as="h2" id="whatif-options">
            Option sets
          </Subtitle2>
          <Text size={200} className={pane.hint}>
            Each fills in the levers; change any of them after.
          </Text>
          <div className={styles.options}>
            {whatIf.optionSets.map((set) => {
              const filled = optionDrafts(whatIf, set.inputs);
              return (
                <Button
                  key={set.id}
                  className={pane.cardButton}
                  appearance="outline"
                  aria-pressed={sameInputs(whatIf, drafts, filled)}
                  onClick={() => change(filled)}
                >
                  <span>{set.label}</span>
                  <Text size={200} className={styles.optionNet}>
                    {netText(set)}
                  </Text>
                </Button>
              );
            })}
          </div>
        </section>
      )}
      <div className={pane.step}>
        {onWrite ? (
          <div className={pane.actions}>
            <Button appearance="primary" disabled={!inputs || written.status === 'writing'} onClick={() => void write()}>
              Write these values into the What If sheet
            </Button>
          </div>
        ) : (
          <Text className={pane.hint}>This run wrote no What If sheet, so these values stay in the pane.</Text>
        )}
        {written.status === 'writing' && <Spinner size="tiny" label="Writing…" />}
        {written.status === 'done' && (
          <MessageBar intent={written.outcome.missing.length > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>{writtenText(whatIf, written.outcome)}</MessageBarBody>
          </MessageBar>
        )}
        {written.status === 'failed' && (
          <ErrorNotice title="Your values were not written" detail={written.message} advice="They are still here in the pane." />
        )}
      </div>
      {net && (
        // A status, so a screen reader hears the net effect after each change without the whole list read out again.
        <div className={styles.netBar} role="status" aria-label={`Net effect: ${resultText(net)}`}>
          <Text weight="semibold">Net effect</Text>
          <Text weight="semibold" className={moneyClass(moneyWay(net))}>
            {resultText(net)}
          </Text>
        </div>
      )}
    </div>
  );
}

function writtenText(whatIf: WhatIf, outcome: InputsWritten): string {
  const label = (id: string) => whatIf.levers.find((l) => l.id === id)?.label ?? id;
  const count = outcome.written.length;
  const wrote = `Wrote ${count} value${count === 1 ? '' : 's'} into the input cells of “${outcome.sheet}”; its results recalculate in Excel.`;
  if (outcome.missing.length === 0) return wrote;
  return `${wrote} The sheet has no row for ${outcome.missing.map(label).join(', ')} any more, so ${outcome.missing.length === 1 ? 'that value was' : 'those values were'} not written; run the review again to restore the rows.`;
}
