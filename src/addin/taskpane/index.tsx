import { Suspense, lazy, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficeBridge } from '../bridge/officeBridge';
import { createWorkerRunner } from '../worker/workerRunner';
import { App } from './App';

// Only a browser outside Excel shows this page, so Excel never downloads it (issue 12: the first screen's size).
const OutsideOfficePage = lazy(() => import(/* webpackChunkName: "outside-office" */ './shell/OutsideOffice').then((m) => ({ default: m.OutsideOffice })));

function OutsideOffice(props: ComponentProps<typeof OutsideOfficePage>) {
  return (
    <Suspense fallback={null}>
      <OutsideOfficePage {...props} />
    </Suspense>
  );
}

const NOT_IN_OFFICE = 'It is open in a web browser, not inside Excel, so there is no workbook to review.';

function mount() {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element.');
  return createRoot(container);
}

// office.js can fail to load (offline, blocked CDN) or load outside Office; both get the explanatory page.
if (typeof Office === 'undefined') {
  mount().render(<OutsideOffice reason={NOT_IN_OFFICE} />);
} else {
  void Office.onReady().then((info) => {
    const root = mount();
    if (info.host === Office.HostType.Excel) {
      root.render(<App bridge={createOfficeBridge()} runner={createWorkerRunner()} />);
    } else if (info.host) {
      root.render(<OutsideOffice reason={`It is open in ${String(info.host)}; it works only in Excel.`} />);
    } else {
      root.render(<OutsideOffice reason={NOT_IN_OFFICE} />);
    }
  });
}
