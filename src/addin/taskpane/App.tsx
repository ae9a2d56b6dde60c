import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Subtitle1,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import type { MappingSettings, ReviewOutcome, ReviewResult, Settings } from '../../engine/types';
import type { EngineRunner, SavedSetup, WorkbookBridge } from '../bridge/types';
import { FoundStep } from './found/FoundStep';
import { withConfirmedSheets } from './found/foundModel';
import { useWorkbookScan } from './found/useWorkbookScan';
import { RunStep } from './run/RunStep';
import { useReviewRun } from './run/useReviewRun';
import { ServicesProvider, fetchAssetOverHttp, useServices, type AssetFetcher } from './services';
import { ErrorNotice } from './shell/ErrorNotice';
import { useSavedSetup } from './shell/useSavedSetup';

// Only needed after the first step, so they stay out of the first download.
const SettingsStep = lazy(() => import(/* webpackChunkName: "settings" */ './settings/SettingsStep'));
const ResultsStep = lazy(() => import(/* webpackChunkName: "results" */ './results/ResultsStep'));
const CaseStudiesStep = lazy(() =>
  import(/* webpackChunkName: "case-studies" */ './caseStudies/CaseStudiesStep').then((m) => ({ default: m.CaseStudiesStep })),
);

type SavedStep = NonNullable<SavedSetup['step']>;
type PaneTab = SavedStep | 'cases';

const TAB_LABELS: Record<PaneTab, string> = {
  found: '1 Found',
  settings: '2 Settings',
  run: '3 Run',
  results: '4 Results',
  cases: 'Case studies',
};

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
  tabs: { flexWrap: 'wrap' },
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
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">School Resource Review</Subtitle1>
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
      {setup === null ? <Spinner label="Opening your saved setup…" /> : <Steps setup={setup} update={update} />}
    </main>
  );
}

function Steps({ setup, update }: { setup: SavedSetup; update: ReturnType<typeof useSavedSetup>['update'] }) {
  const styles = useStyles();
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
  const onDone = useCallback(
    (outcome: ReviewOutcome) => {
      setResult(outcome.result);
      go('results');
    },
    [go],
  );
  const run = useReviewRun(bridge, runner, setup.settings, { onDone });

  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => go(data.value as PaneTab)}
        aria-label="Steps of the review"
        size="small"
      >
        {(Object.keys(TAB_LABELS) as PaneTab[]).map((value) => (
          <Tab key={value} value={value}>
            {TAB_LABELS[value]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={TAB_LABELS[tab]}>
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
                <MessageBar intent="info">
                  <MessageBarBody>Results are not kept when the pane closes; the result sheets are still in the workbook.</MessageBarBody>
                </MessageBar>
              )}
              <ResultsStep
                result={result}
                onSelectRange={(sheet, range) => bridge.selectRange(sheet, range)}
                onGoToRun={() => go('run')}
              />
            </>
          )}
          {tab === 'cases' && <CaseStudiesStep />}
        </Suspense>
      </div>
    </>
  );
}
