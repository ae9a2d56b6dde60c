import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Flag, ReviewResult, Severity, SourceRef } from '../../../engine/types';
import { ErrorNotice } from '../shell/ErrorNotice';
import { errorText } from '../shell/errors';
import { usePaneStyles } from '../shell/paneStyles';
import { checksBySeverity, coreLoadUnit, describeRef, formatDollars, keyFigureRows, levelRow, rangeOf } from './resultsModel';

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  figureValue: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: 'right' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  flagButton: {
    width: '100%',
    height: 'auto',
    justifyContent: 'flex-start',
    textAlign: 'left',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightRegular,
  },
  check: {
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const BADGE: Record<Severity, { color: 'danger' | 'warning' | 'informative'; text: string }> = {
  critical: { color: 'danger', text: 'Critical' },
  warning: { color: 'warning', text: 'Warning' },
  info: { color: 'informative', text: 'Note' },
};

export interface ResultsStepProps {
  result: ReviewResult | null;
  onSelectRange: (sheet: string, range: string) => Promise<void>;
  onGoToRun: () => void;
}

export default function ResultsStep({ result, onSelectRange, onGoToRun }: ResultsStepProps) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const [tab, setTab] = useState<'flags' | 'checks'>('flags');
  const [selectError, setSelectError] = useState<string | null>(null);

  if (!result) {
    return (
      <div className={pane.step}>
        <Text>No results yet. Run the review to see the key figures and flags here.</Text>
        <div>
          <Button appearance="primary" onClick={onGoToRun}>
            Go to Run
          </Button>
        </div>
      </div>
    );
  }

  const select = (ref: SourceRef) => {
    setSelectError(null);
    onSelectRange(ref.sheet, rangeOf(ref)).catch((error: unknown) => setSelectError(errorText(error)));
  };
  // The engine already orders flags most severe first; the pane only shows them.
  const flags = result.flags;
  const checks = checksBySeverity(result.dataCheck);

  return (
    <div className={pane.step}>
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
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as 'flags' | 'checks')}
        aria-label="Results"
        size="small"
      >
        <Tab value="flags">Flags ({flags.length})</Tab>
        <Tab value="checks">Data check ({checks.length})</Tab>
      </TabList>
      <div role="tabpanel" aria-label={tab === 'flags' ? 'Flags' : 'Data check'}>
        {tab === 'flags' ? (
          flags.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>No flags: everything is within the thresholds you set.</MessageBarBody>
            </MessageBar>
          ) : (
            <ul className={styles.list} aria-label="Flags, most severe first">
              {flags.map((flag) => (
                <li key={flag.id}>
                  <FlagButton flag={flag} onSelect={select} className={styles.flagButton} />
                </li>
              ))}
            </ul>
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
                  {item.severity === 'error' ? 'Error' : item.severity === 'warning' ? 'Warning' : 'Note'}
                </Badge>{' '}
                {item.cell ? (
                  <Link
                    as="button"
                    onClick={() => select({ sheet: item.sheet, firstRow: 0, lastRow: 0, cell: item.cell })}
                    aria-label={`Go to ${item.sheet}!${item.cell}`}
                  >
                    {item.sheet}!{item.cell}
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
      </div>
    </div>
  );
}

function FlagButton(props: { flag: Flag; onSelect: (ref: SourceRef) => void; className: string }) {
  const { flag, onSelect, className } = props;
  const first = flag.rows[0];
  const badge = BADGE[flag.severity];
  const cost = flag.lever?.cost;
  return (
    <Button
      className={className}
      appearance="outline"
      disabled={!first}
      onClick={() => first && onSelect(first)}
      aria-description={first ? `Selects ${describeRef(first)}` : 'No rows to select'}
    >
      <span>
        <Badge appearance="tint" color={badge.color}>
          {badge.text}
        </Badge>{' '}
        <Text weight="semibold">{flag.measure}</Text>
      </span>
      <Text>{flag.finding}</Text>
      {flag.lever && (
        <Text size={200}>
          Lever: {flag.lever.text}
          {cost !== null && cost !== undefined ? ` (cost ${formatDollars(cost)})` : ''}
        </Text>
      )}
      <Text size={200}>Source: {flag.source}</Text>
    </Button>
  );
}
