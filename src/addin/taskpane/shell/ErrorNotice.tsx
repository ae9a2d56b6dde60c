import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** An error says what happened (title + detail) and what to do (advice, optional retry). */
export function ErrorNotice(props: { title: string; detail: string; advice: string; onRetry?: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.detail} {props.advice}
      </MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button size="small" onClick={props.onRetry}>
            Try again
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
