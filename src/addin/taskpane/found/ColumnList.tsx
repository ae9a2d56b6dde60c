// The columns matched in one detected table, each with a dropdown to choose another header: fetched after the first
// screen (FoundStep.tsx says why).
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Dropdown, Field, Option } from '@fluentui/react-components';
import type { DetectedTable, MappingSettings, WorkbookGrids } from '../../../engine/types';
import { usePaneStyles } from '../shell/paneStyles';
import { KIND_LABELS, columnsMatchedText, fieldLabel, headerChoices, withColumn } from './foundModel';

export function ColumnList(props: {
  table: DetectedTable;
  grids: WorkbookGrids;
  mapping: MappingSettings;
  onMappingChange: (mapping: MappingSettings) => void;
}) {
  const { table, grids, mapping, onMappingChange } = props;
  const styles = usePaneStyles();
  const choices = headerChoices(grids, table.sheet, table.headerRow);
  const label = KIND_LABELS[table.kind];
  return (
    <Accordion collapsible>
      <AccordionItem value="columns">
        <AccordionHeader size="small">
          {columnsMatchedText(table)}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.step}>
            {table.columns.map((column) => {
              const current = choices.find((c) => c.value === column.header) ?? {
                value: column.header,
                label: `${column.letter} · ${column.header}`,
              };
              return (
                <Field key={column.field} label={`${fieldLabel(column.field)} (${label.toLowerCase()})`}>
                  <Dropdown
                    className={styles.fullWidth}
                    value={current.label}
                    selectedOptions={[current.value]}
                    onOptionSelect={(_, data) => {
                      if (data.optionValue && data.optionValue !== column.header) {
                        onMappingChange(withColumn(mapping, table, column.field, data.optionValue));
                      }
                    }}
                  >
                    {choices.map((choice) => (
                      <Option key={choice.value} value={choice.value} text={choice.label}>
                        {choice.label}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              );
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
