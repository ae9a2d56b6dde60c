import { FluentProvider, Text, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '40em',
  },
});

/** Shown instead of a blank page when the pane is opened in a plain browser. */
export function OutsideOffice({ reason }: { reason: string }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">School Resource Review</Title3>
        <Text>
          This is the task pane of an Excel add-in that reviews a school’s master schedule and budget against
          recommended practice: teacher loads, collaboration time, time in ELA and math, class sizes and spending by use.
        </Text>
        <Text weight="semibold">{reason}</Text>
        <ol>
          <li>Open your workbook in Excel (desktop or Excel on the web).</li>
          <li>
            Choose Home › Add-ins › More add-ins › My add-ins › Upload my add-in, and pick the add-in’s manifest.xml.
          </li>
          <li>Choose “School Resource Review” on the Home tab to open this pane beside your sheets.</li>
        </ol>
        <Text>
          Without Excel, the command line does the same review on a saved .xlsx file:{' '}
          <code>npx resource-review my-school.xlsx</code> (see the project’s README).
        </Text>
      </main>
    </FluentProvider>
  );
}
