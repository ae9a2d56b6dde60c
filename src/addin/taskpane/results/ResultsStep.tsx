import {
  Badge,
  Button,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Flag, ReviewResult, Severity, SourceRef } from '../../../engine/types';
import type { RemoveOutcome } from '../../bridge/types';
import { ErrorNotice } from '../shell/ErrorNotice';
import { errorText } from '../shell/errors';
import { usePaneStyles } from '../shell/paneStyles';
import { RemoveResults } from './RemoveResults';
import {
  CHECK_WORDS,
  SEVERITY_WORDS,
  checksBySeverity,
  coreLoadUnit,
  describeRef,
  groupByMeasure,
  keyFigureRows,
  levelRow,
  moneyOf,
  placeText,
  rangeOf,
  severityCounts,
} from './resultsModel';

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    // Room for the labels at 320 px: a long value ("High (from the grades)") wraps rather than squeezing them.
    gridTemplateColumns: 'minmax(0, 1fr) fit-content(50%)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  figureValue: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: 'right' },
  // Flags and Data check: a switch of two buttons, not a second row of tabs under the step tabs.
  switch: { display: 'flex', columnGap: tokens.spacingHorizontalS },
  filter: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  legend: { padding: 0, marginRight: tokens.spacingHorizontalXS, float: 'left' },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  groupTitle: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // On top of the pane's cardButton: a flag's lines are spaced, and read in regular weight.
  flagButton: {
    rowGap: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  flagCard: {
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground1,
  },
  // The money is what a principal takes to the budget meeting: it stands out from the sentences around it.
  money: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  cost: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  // Money another flag already counts is shown, but not in the colour of new money.
  sharedCost: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  freed: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteGreenForeground1 },
  check: {
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
});

const BADGE_COLOUR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  critical: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface ResultsStepProps {
  result: ReviewResult | null;
  onSelectRange: (sheet: string, range: string) => Promise<void>;
  onGoToRun: () => void;
  onRemoveResults: () => Promise<RemoveOutcome>;
}

export default function ResultsStep({ result, onSelectRange, onGoToRun, onRemoveResults }: ResultsStepProps) {
  const pane = usePaneStyles();
  // Result sheets may be in the workbook from an earlier session even when this pane holds no results.
  return (
    <div className={pane.step}>
      {result ? (
        <Results result={result} onSelectRange={onSelectRange} />
      ) : (
        <>
          <Text>No results yet. Run the review to see the key figures and flags here.</Text>
          <div>
            <Button appearance="primary" onClick={onGoToRun}>
              Go to Run
            </Button>
          </div>
        </>
      )}
      <RemoveResults onRemove={onRemoveResults} />
    </div>
  );
}

function Results({ result, onSelectRange }: { result: ReviewResult; onSelectRange: ResultsStepProps['onSelectRange'] }) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const [view, setView] = useState<'flags' | 'checks'>('flags');
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const [selectError, setSelectError] = useState<string | null>(null);

  const select = (ref: SourceRef) => {
    setSelectError(null);
    onSelectRange(ref.sheet, rangeOf(ref)).catch((error: unknown) => setSelectError(errorText(error)));
  };
  // The engine already orders flags most severe first; the pane groups and filters, it does not reorder.
  const flags = result.flags;
  const shownFlags = flags.filter((flag) => !hidden.has(flag.severity));
  const checks = checksBySeverity(result.dataCheck);
  const toggle = (severity: Severity, show: boolean) =>
    setHidden((previous) => {
      const next = new Set(previous);
      if (show) next.delete(severity);
      else next.add(severity);
      return next;
    });

  return (
    <>
      <section className={pane.section} aria-labelledby="results-figures">
        <Subtitle2 as="h2" id="results-figures">
          Key figures{result.school.name ? ` for ${result.school.name}` : ''}
        </Subtitle2>
        <dl className={styles.figures}>
          {[levelRow(result.school), ...keyFigureRows(result.keyFigures, coreLoadUnit(result.teachers))].map((row) => (
            <div key={row.label} style={{ display: 'contents' }}>
              <dt>{row.label}</dt>
              <dd className={styles.figureValue}>{row.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {selectError && (
        <ErrorNotice
          title="Could not go to those rows"
          detail={selectError}
          advice="The sheet may have been renamed or deleted since the review ran; run the review again."
        />
      )}
      <div className={styles.switch} role="group" aria-label="Show">
        <ToggleButton size="small" checked={view === 'flags'} onClick={() => setView('flags')}>
          Flags ({flags.length})
        </ToggleButton>
        <ToggleButton size="small" checked={view === 'checks'} onClick={() => setView('checks')}>
          Data check ({checks.length})
        </ToggleButton>
      </div>
      {view === 'flags' ? (
        flags.length === 0 ? (
          <MessageBar intent="success">
            <MessageBarBody>No flags: everything is within the thresholds you set.</MessageBarBody>
          </MessageBar>
        ) : (
          <section className={pane.step} aria-label="Flags by measure">
            <fieldset className={styles.filter}>
              <legend className={styles.legend}>
                <Text size={200}>Severity:</Text>
              </legend>
              {severityCounts(flags).map(({ severity, count }) => (
                <Checkbox
                  key={severity}
                  label={`${SEVERITY_WORDS[severity]} (${count})`}
                  checked={!hidden.has(severity)}
                  onChange={(_, data) => toggle(severity, data.checked === true)}
                />
              ))}
            </fieldset>
            {shownFlags.length === 0 && <Text>No flags of the severities chosen.</Text>}
            {groupByMeasure(shownFlags).map((group) => (
              <div key={group.measure} className={styles.group}>
                <Subtitle2 as="h3" className={styles.groupTitle}>
                  {group.measure} ({group.flags.length})
                </Subtitle2>
                <ul className={styles.list} aria-label={group.measure}>
                  {group.flags.map((flag) => (
                    <li key={flag.id}>
                      <FlagButton flag={flag} flags={flags} onSelect={select} classes={styles} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )
      ) : checks.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>The data check found nothing to fix.</MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.list} aria-label="Data check findings">
          {checks.map((item, index) => (
            <li key={index} className={styles.check}>
              <Badge appearance="tint" color={item.severity === 'error' ? 'danger' : item.severity === 'warning' ? 'warning' : 'informative'}>
                {CHECK_WORDS[item.severity]}
              </Badge>{' '}
              {item.cell ? (
                <Link
                  as="button"
                  onClick={() => select({ sheet: item.sheet, firstRow: 0, lastRow: 0, cell: item.cell })}
                  aria-label={`Go to ${item.sheet}, ${placeText(item.cell)}`}
                >
                  {item.sheet}, {placeText(item.cell)}
                </Link>
              ) : (
                <Text weight="semibold">{item.sheet}</Text>
              )}
              <div>
                <Text size={200}>{item.message}</Text>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function FlagButton(props: { flag: Flag; flags: readonly Flag[]; onSelect: (ref: SourceRef) => void; classes: ReturnType<typeof useStyles> }) {
  const { flag, flags, onSelect, classes } = props;
  const pane = usePaneStyles();
  const first = flag.rows[0];
  const money = moneyOf(flag.lever, flags);
  const content = (
    <>
      <span>
        <Badge appearance="tint" color={BADGE_COLOUR[flag.severity]}>
          {SEVERITY_WORDS[flag.severity]}
        </Badge>
      </span>
      <Text>{flag.finding}</Text>
      {money && (
        <span className={classes.money}>
          {money.cost && <span className={money.shared ? classes.sharedCost : classes.cost}>Cost {money.cost}</span>}
          {money.freed && <span className={classes.freed}>Money freed {money.freed}</span>}
          {money.shared && <Text size={200}>({money.shared})</Text>}
        </span>
      )}
      {flag.lever && <Text size={200}>Lever: {flag.lever.text}</Text>}
      <Text size={200}>Source: {flag.source}</Text>
    </>
  );
  // A flag with no rows of its own (a school-wide finding whose teams are the flags below it) is read, not clicked:
  // a disabled button would grey out what may be the most important finding on the list.
  if (!first) return <div className={mergeClasses(pane.cardButton, classes.flagButton, classes.flagCard)}>{content}</div>;
  return (
    <Button className={mergeClasses(pane.cardButton, classes.flagButton)} appearance="outline" onClick={() => onSelect(first)} aria-description={`Selects ${describeRef(first)}`}>
      {content}
    </Button>
  );
}
