// Fluent's MessageBar notices, fetched the first time the first screen has something to warn about (see notices.tsx).
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { NoticeProps } from './notices';

export { ErrorNotice } from './ErrorNotice';

export function Notice({ intent, layout, children }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout={layout}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
