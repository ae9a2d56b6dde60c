import { Button, Dropdown, Field, Option, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { DetectedTable, MappingSettings, TableKind, WorkbookGrids } from '../../../engine/types';
import { ErrorNotice, Notice } from '../shell/notices';
import { usePaneStyles } from '../shell/paneStyles';
import type { ScanState } from './useWorkbookScan';
import { FOUND_KINDS, KIND_LABELS, columnsMatchedText, withSheet } from './foundModel';

// The list of matched columns (an accordion of one dropdown per column) is for correcting a detection, not for the
// principal's first action (confirming the sheets): Fluent's Accordion and its motion are fetched after the first
// screen (issue 12). Until they arrive, and if they cannot be downloaded, the same line shows as plain text.
function ColumnCount({ table }: { table: DetectedTable }) {
  return <Text size={200}>{columnsMatchedText(table)}</Text>;
}
const ColumnList = lazy(() =>
  import(/* webpackChunkName: "found-columns" */ './ColumnList').then(
    (m) => ({ default: m.ColumnList }),
    () => ({ default: ColumnCount }),
  ),
);

const DETECT = '';

export interface FoundStepProps {
  scan: ScanState;
  mapping: MappingSettings;
  onMappingChange: (mapping: MappingSettings) => void;
  onRescan: () => void;
  onConfirm: (tables: DetectedTable[]) => void;
}

export function FoundStep({ scan, mapping, onMappingChange, onRescan, onConfirm }: FoundStepProps) {
  const styles = usePaneStyles();
  if (scan.status === 'reading') return <Spinner label="Reading the workbook…" />;
  if (scan.status === 'error' && scan.during === 'reading') {
    return (
      <ErrorNotice
        title="Could not read the workbook"
        detail={scan.message}
        advice="Close any cell you are editing in Excel, then try again."
        onRetry={onRescan}
      />
    );
  }
  // When detection fails the sheets are still known, so the user can pick them by hand below the error.
  const grids = scan.grids ?? { sheets: [] };
  const tables = scan.status === 'ready' ? scan.tables : [];
  const detectionError = scan.status === 'error' && (
    <ErrorNotice
      title="Could not look through the sheets"
      detail={scan.message}
      advice="Choose the sheets yourself below, or try again."
      onRetry={onRescan}
    />
  );
  if (grids.sheets.length === 0) {
    return (
      <Notice intent="warning" layout="multiline">
        This workbook has no sheets with data yet. Paste or open your master schedule and budget, then choose
        “Read the workbook again”.
        <div>
          <Button size="small" onClick={onRescan}>
            Read the workbook again
          </Button>
        </div>
      </Notice>
    );
  }
  const foundAny = tables.length > 0;
  return (
    <div className={styles.step}>
      {detectionError}
      <Text>
        {foundAny
          ? 'These are the sheets the review will read. Change a sheet or a column if it is wrong.'
          : 'No schedule or budget was recognised. Choose the sheets below.'}
      </Text>
      {scan.status === 'ready' && scan.skippedResultSheets.length > 0 && (
        <Text size={200} className={styles.hint}>
          Earlier results not read: {scan.skippedResultSheets.join(', ')}.
        </Text>
      )}
      {FOUND_KINDS.map((kind) => (
        <KindSection
          key={kind}
          kind={kind}
          grids={grids}
          table={tables.find((t) => t.kind === kind)}
          mapping={mapping}
          onMappingChange={onMappingChange}
        />
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!foundAny} onClick={() => onConfirm(tables)}>
          Confirm sheets
        </Button>
        <Button onClick={onRescan}>Read the workbook again</Button>
      </div>
    </div>
  );
}

function KindSection(props: {
  kind: TableKind;
  grids: WorkbookGrids;
  table: DetectedTable | undefined;
  mapping: MappingSettings;
  onMappingChange: (mapping: MappingSettings) => void;
}) {
  const { kind, grids, table, mapping, onMappingChange } = props;
  const styles = usePaneStyles();
  const label = KIND_LABELS[kind];
  const chosen = mapping[kind]?.sheet ?? DETECT;
  const shown = chosen || table?.sheet || DETECT;
  const headingId = `found-${kind}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {label}
      </Subtitle2>
      <Field label={`Sheet for the ${label.toLowerCase()}`}>
        <Dropdown
          className={styles.fullWidth}
          value={shown ? shown : table ? 'Detect automatically' : 'Not used'}
          selectedOptions={[shown]}
          onOptionSelect={(_, data) => onMappingChange(withSheet(mapping, kind, data.optionValue ?? DETECT))}
        >
          <Option value={DETECT}>{table ? 'Detect automatically' : 'Not used'}</Option>
          {grids.sheets.map((sheet) => (
            <Option key={sheet.name} value={sheet.name}>
              {sheet.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {table ? (
        <>
          <Text size={200} className={styles.hint}>
            Headers in row {table.headerRow}; data in rows {table.firstDataRow}–{table.lastDataRow}
            {table.how === 'detected' ? ` (${Math.round(table.confidence * 100)}% sure)` : ' (your choice)'}.
          </Text>
          <Suspense fallback={<ColumnCount table={table} />}>
            <ColumnList table={table} grids={grids} mapping={mapping} onMappingChange={onMappingChange} />
          </Suspense>
        </>
      ) : (
        <Text size={200} className={styles.hint}>
          Not found. Choose its sheet above if the workbook has one.
        </Text>
      )}
    </section>
  );
}
