import { Button, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useServices } from '../services';
import { ErrorNotice } from '../shell/ErrorNotice';
import { errorText } from '../shell/errors';
import { usePaneStyles } from '../shell/paneStyles';
import { CASE_STUDIES, toBase64, type CaseStudy } from './caseStudies';

type OpenState =
  | { status: 'idle' }
  | { status: 'opening'; id: string }
  | { status: 'opened'; title: string }
  | { status: 'failed'; phrase: string; message: string };

export function CaseStudiesStep() {
  const styles = usePaneStyles();
  const { bridge, fetchAsset } = useServices();
  const supported = bridge.capabilities().createWorkbook;
  const [state, setState] = useState<OpenState>({ status: 'idle' });

  const open = async (study: CaseStudy) => {
    setState({ status: 'opening', id: study.id });
    try {
      const bytes = await fetchAsset(study.path);
      await bridge.openWorkbookCopy(toBase64(bytes));
      setState({ status: 'opened', title: study.title });
    } catch (error) {
      setState({ status: 'failed', phrase: study.phrase, message: errorText(error) });
    }
  };

  return (
    <div className={styles.step}>
      <Text>
        Fictional schools for workshops, built like real district exports. Each opens as a new workbook, so yours is
        untouched.
      </Text>
      {!supported && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            This version of Excel cannot open a new workbook from an add-in. Download a case study below, open it in
            Excel, and start the add-in there.
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.step} style={{ listStyleType: 'none', margin: 0, padding: 0 }}>
        {CASE_STUDIES.map((study) => (
          <li key={study.id}>
            {supported ? (
              <Button
                disabled={state.status === 'opening'}
                onClick={() => void open(study)}
                aria-label={`Open the ${study.phrase} case study as a new workbook`}
              >
                {state.status === 'opening' && state.id === study.id ? `Opening ${study.title}…` : study.title}
              </Button>
            ) : (
              <Link href={study.path} download>
                Download the {study.phrase} case study
              </Link>
            )}
          </li>
        ))}
      </ul>
      {state.status === 'opened' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{state.title} opened in a new Excel window.</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && (
        <ErrorNotice
          title={`Could not open the ${state.phrase} case study`}
          detail={state.message}
          advice="Check your connection and try again, or download the file and open it in Excel."
        />
      )}
    </div>
  );
}
