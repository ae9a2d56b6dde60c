import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { RuleSet } from '../../../engine/rules/rulesSheet';
import { errorText } from '../shell/errors';
import { usePaneStyles } from '../shell/paneStyles';
import { useServices } from '../services';

type Status =
  | { kind: 'opened'; sheet: string }
  | { kind: 'read'; sheet: string; rules: RuleSet }
  | { kind: 'problems'; title: string; lines: string[]; advice: string };

/** Bulk editing: the rules go to a sheet, the person edits them there, and the pane reads them back. */
export function RulesSheetActions({ rules, onRead }: { rules: RuleSet; onRead: (rules: RuleSet) => void }) {
  const styles = usePaneStyles();
  const { bridge } = useServices();
  const [busy, setBusy] = useState<'open' | 'read' | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  const open = async () => {
    setBusy('open');
    try {
      const { sheet } = await bridge.writeRulesSheet(rules);
      setStatus({ kind: 'opened', sheet });
    } catch (error) {
      setStatus({ kind: 'problems', title: 'The rules sheet was not written', lines: [errorText(error)], advice: 'Try again in a moment.' });
    } finally {
      setBusy(null);
    }
  };

  const read = async () => {
    setBusy('read');
    try {
      const outcome = await bridge.readRulesSheet();
      if (outcome.rules) {
        onRead(outcome.rules);
        setStatus({ kind: 'read', sheet: outcome.sheet, rules: outcome.rules });
      } else
        setStatus({
          kind: 'problems',
          title: `The rules in "${outcome.sheet}" were not taken`,
          lines: outcome.errors,
          advice: 'Fix these cells in the sheet, then read it again. Your current rules are unchanged.',
        });
    } catch (error) {
      setStatus({ kind: 'problems', title: 'The rules sheet could not be read', lines: [errorText(error)], advice: '' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="settings-rules-sheet">
      <Text id="settings-rules-sheet" weight="semibold">
        Edit the rules in bulk
      </Text>
      <Text size={200}>The subject, budget and fund rules as one table in a sheet: edit, add or delete rows there, then read them back.</Text>
      <div className={styles.actions}>
        <Button disabled={busy !== null} icon={busy === 'open' ? <Spinner size="tiny" /> : undefined} onClick={() => void open()}>
          Open rules as a sheet
        </Button>
        <Button disabled={busy !== null} icon={busy === 'read' ? <Spinner size="tiny" /> : undefined} onClick={() => void read()}>
          Read rules from the sheet
        </Button>
      </div>
      {status?.kind === 'opened' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            The rules are in the sheet “{status.sheet}”. Edit them there, then press “Read rules from the sheet”.
          </MessageBarBody>
        </MessageBar>
      )}
      {status?.kind === 'read' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Read {status.rules.subjectRules.length} subject rules, {status.rules.budgetUseRules.length} budget rules and{' '}
            {status.rules.fundRules.length} fund rules from “{status.sheet}”.
          </MessageBarBody>
        </MessageBar>
      )}
      {status?.kind === 'problems' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            <ul className={styles.problemList}>
              {status.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {status.advice}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
