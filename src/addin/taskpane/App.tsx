import {
  FluentProvider,
  Link,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { MappingSettings, ReportSheet, ReviewOutcome, ReviewResult, Settings } from '../../engine/types';
import type { EngineRunner, SavedSetup, WorkbookBridge } from '../bridge/types';
import { FoundStep } from './found/FoundStep';
import { withConfirmedSheets } from './found/foundModel';
import { useWorkbookScan } from './found/useWorkbookScan';
import { useReviewRun } from './run/useReviewRun';
import { ServicesProvider, fetchAssetOverHttp, useServices, type AssetFetcher } from './services';
import { ErrorNotice, Notice } from './shell/notices';
import { StepTabs } from './shell/StepTabs';
import { useSavedSetup } from './shell/useSavedSetup';
import type { WhatIf } from '../../engine/whatIf';
import type { Drafts } from './whatIf/whatIfModel';

/** The What If of the last run: its levers, where they are on the sheet, and what is in the pane's boxes. */
interface WhatIfState {
  whatIf: WhatIf | null;
  /** The What If sheet as this run wrote it, with what the principal typed last time kept in its input cells. */
  sheet: ReportSheet | null;
  /** What is in the boxes; null until the step first opens and starts them (its code loads only then). */
  drafts: Drafts | null;
}

// Only needed after the first step, so they stay out of the first download.
const SettingsStep = lazy(() => import(/* webpackChunkName: "settings" */ './settings/SettingsStep'));
const ResultsStep = lazy(() => import(/* webpackChunkName: "results" */ './results/ResultsStep'));
const WhatIfStep = lazy(() => import(/* webpackChunkName: "what-if" */ './whatIf/WhatIfStep'));
// The run's progress bar is not on the first screen either (issue 12); the run itself (useReviewRun) stays here, so
// a review keeps going while the principal looks at another tab.
const RunStep = lazy(() => import(/* webpackChunkName: "run" */ './run/RunStep').then((m) => ({ default: m.RunStep })));
const CaseStudiesStep = lazy(() =>
  import(/* webpackChunkName: "case-studies" */ './caseStudies/CaseStudiesStep').then((m) => ({ default: m.CaseStudiesStep })),
);

type SavedStep = NonNullable<SavedSetup['step']>;
type PaneTab = SavedStep | 'cases';

// The steps in order, left to right. Numbers in the labels did not fit a 320 px pane (see StepTabs).
const STEP_TABS: readonly { value: SavedStep; label: string }[] = [
  { value: 'found', label: 'What I found' },
  { value: 'settings', label: 'Settings' },
  { value: 'run', label: 'Run' },
  { value: 'results', label: 'Results' },
  { value: 'whatif', label: 'What if' },
];
const CASE_STUDIES = 'Case studies';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  // The title, and the way to the case studies: a side trip for trainers, so a link rather than a fifth tab.
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface AppProps {
  bridge: WorkbookBridge;
  runner: EngineRunner;
  fetchAsset?: AssetFetcher;
}

export function App({ bridge, runner, fetchAsset = fetchAssetOverHttp }: AppProps) {
  const services = useMemo(() => ({ bridge, runner, fetchAsset }), [bridge, runner, fetchAsset]);
  return (
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <Pane />
      </ServicesProvider>
    </FluentProvider>
  );
}

function Pane() {
  const styles = useStyles();
  const { bridge } = useServices();
  const { setup, loadError, saveError, update } = useSavedSetup(bridge);
  const notices = (
    <>
      {loadError && (
        <ErrorNotice
          title="Your earlier choices could not be read"
          detail={loadError}
          advice="The pane starts from the defaults; choices you make now are saved in this workbook."
        />
      )}
      {saveError && (
        <ErrorNotice
          title="Your last change was not saved in the workbook"
          detail={saveError}
          advice="It still applies now; save the workbook and reopen the pane to keep it for next time."
        />
      )}
    </>
  );
  return (
    <main className={styles.root}>
      {setup === null ? (
        <>
          <Title />
          {notices}
          <Spinner label="Opening your saved setup…" />
        </>
      ) : (
        <Steps setup={setup} update={update} notices={notices} />
      )}
    </main>
  );
}

function Title({ children }: { children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.header}>
      <Subtitle1 as="h1">School Resource Review</Subtitle1>
      {children}
    </div>
  );
}

interface StepsProps {
  setup: SavedSetup;
  update: ReturnType<typeof useSavedSetup>['update'];
  /** Shown under the title, above the tabs. */
  notices: ReactNode;
}

function Steps({ setup, update, notices }: StepsProps) {
  const { bridge, runner } = useServices();
  const [tab, setTab] = useState<PaneTab>(setup.step ?? 'found');
  const [result, setResult] = useState<ReviewResult | null>(null);
  const { scan, rescan } = useWorkbookScan(bridge, runner, setup.settings);

  const go = useCallback(
    (next: PaneTab) => {
      setTab(next);
      // Case studies are a side trip, not a place in the review to come back to.
      if (next !== 'cases') update((previous) => ({ ...previous, step: next }));
    },
    [update],
  );
  const changeSettings = useCallback(
    (settings: Partial<Settings>) => update((previous) => ({ ...previous, settings })),
    [update],
  );
  const changeMapping = useCallback(
    (mapping: MappingSettings) => update((previous) => ({ ...previous, settings: { ...previous.settings, mapping } })),
    [update],
  );
  const [whatIfState, setWhatIfState] = useState<WhatIfState | null>(null);
  const onDone = useCallback(
    (outcome: ReviewOutcome) => {
      setResult(outcome.result);
      // The boxes start where the sheet does: the recommended values, with what the principal kept typing there.
      // Read off the result, not through engine/whatIf, whose code stays out of the pane's first download.
      const whatIf = outcome.result.whatIf ?? null;
      setWhatIfState({ whatIf, sheet: outcome.report.sheets.find((s) => s.keepsInputs) ?? null, drafts: null });
      go('results');
    },
    [go],
  );
  const run = useReviewRun(bridge, runner, setup.settings, { onDone });
  const whatIf = whatIfState?.whatIf ?? null;
  const evaluateWhatIf = useCallback(
    (inputs: Record<string, number>, signal: AbortSignal) => (whatIf ? runner.evaluateWhatIf(whatIf, inputs, signal) : Promise.resolve([])),
    [runner, whatIf],
  );
  const changeDrafts = useCallback((drafts: Drafts) => setWhatIfState((previous) => previous && { ...previous, drafts }), []);

  return (
    <>
      <Title>
        <Link as="button" onClick={() => go('cases')} aria-current={tab === 'cases' ? 'page' : undefined}>
          {CASE_STUDIES}
        </Link>
      </Title>
      {notices}
      <StepTabs tabs={STEP_TABS} selected={tab} onSelect={go} label="Steps of the review" />
      <div role={tab === 'cases' ? 'region' : 'tabpanel'} aria-label={STEP_TABS.find((t) => t.value === tab)?.label ?? CASE_STUDIES}>
        <Suspense fallback={<Spinner label="Loading…" />}>
          {tab === 'found' && (
            <FoundStep
              scan={scan}
              mapping={setup.settings.mapping ?? {}}
              onMappingChange={changeMapping}
              onRescan={rescan}
              onConfirm={(tables) => {
                changeMapping(withConfirmedSheets(setup.settings.mapping ?? {}, tables));
                go('settings');
              }}
            />
          )}
          {tab === 'settings' && (
            <SettingsStep settings={setup.settings} onChange={changeSettings} onContinue={() => go('run')} />
          )}
          {tab === 'run' && (
            <RunStep
              state={run.state}
              hasMapping={Object.keys(setup.settings.mapping ?? {}).length > 0}
              onStart={() => void run.start()}
              onCancel={run.cancel}
              onShowResults={() => go('results')}
            />
          )}
          {tab === 'results' && (
            <>
              {result === null && setup.step === 'results' && run.state.status === 'idle' && (
                <Notice intent="info">Results are not kept when the pane closes; the result sheets are still in the workbook.</Notice>
              )}
              <ResultsStep
                result={result}
                onSelectRange={(sheet, range) => bridge.selectRange(sheet, range)}
                onGoToRun={() => go('run')}
                onRemoveResults={() => bridge.removeResults()}
              />
            </>
          )}
          {tab === 'whatif' && (
            <WhatIfStep
              whatIf={whatIf}
              hasResult={result !== null}
              drafts={whatIfState?.drafts ?? null}
              sheet={whatIfState?.sheet ?? null}
              onDraftsChange={changeDrafts}
              evaluate={evaluateWhatIf}
              onWrite={whatIfState?.sheet ? (inputs) => bridge.writeWhatIfInputs(inputs) : undefined}
              onGoToRun={() => go('run')}
            />
          )}
          {tab === 'cases' && <CaseStudiesStep />}
        </Suspense>
      </div>
    </>
  );
}
