// The notices the first screen may show: an error, a workbook with no data yet. A workbook that reads well shows
// none, so Fluent's MessageBar is fetched when a notice is first shown, not before the principal can act (issue 12).
// Until it has arrived, and if it cannot be downloaded, the same words and the same "Try again" show plainly: a
// problem is never hidden behind a download.
import { Button } from '@fluentui/react-components';
import { Suspense, lazy, type ComponentProps, type ReactNode } from 'react';
import type { ErrorNotice as FluentErrorNoticeView } from './ErrorNotice';

type ErrorNoticeProps = ComponentProps<typeof FluentErrorNoticeView>;

export interface NoticeProps {
  intent: 'info' | 'warning';
  layout?: 'multiline';
  children: ReactNode;
}

function PlainErrorNotice({ title, detail, advice, onRetry }: ErrorNoticeProps) {
  return (
    <div role="alert">
      <strong>{title}</strong> {detail} {advice}
      {onRetry && (
        <div>
          <Button size="small" onClick={onRetry}>
            Try again
          </Button>
        </div>
      )}
    </div>
  );
}

function PlainNotice({ children }: NoticeProps) {
  return <div>{children}</div>;
}

const views = () => import(/* webpackChunkName: "notices" */ './noticeViews');
const FluentErrorNotice = lazy(() => views().then((m) => ({ default: m.ErrorNotice }), () => ({ default: PlainErrorNotice })));
const FluentNotice = lazy(() => views().then((m) => ({ default: m.Notice }), () => ({ default: PlainNotice })));

/** An error says what happened (title + detail) and what to do (advice, optional retry). */
export function ErrorNotice(props: ErrorNoticeProps) {
  return (
    <Suspense fallback={<PlainErrorNotice {...props} />}>
      <FluentErrorNotice {...props} />
    </Suspense>
  );
}

export function Notice(props: NoticeProps) {
  return (
    <Suspense fallback={<PlainNotice {...props} />}>
      <FluentNotice {...props} />
    </Suspense>
  );
}
