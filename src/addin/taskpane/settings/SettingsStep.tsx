import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Select,
  SpinButton,
  Subtitle2,
  Text,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import type { SchoolLevel, Settings } from '../../../engine/types';
import { usePaneStyles } from '../shell/paneStyles';
import { BudgetRuleList, SubjectRuleList } from './RuleLists';
import { RulesSheetActions } from './RulesSheetActions';
import {
  differsFromDefaults,
  effectiveSettings,
  resetToDefaults,
  withBudgetUseRules,
  withCoachDollars,
  withSchoolLevel,
  withSubjectRules,
  withThreshold,
} from './settingsModel';
import { COACH_SOURCE, LEVELS, LEVEL_LABELS, THRESHOLD_INFO, fromDisplay, toDisplay, unitSuffix } from './thresholdInfo';

export interface SettingsStepProps {
  settings: Partial<Settings>;
  onChange: (settings: Partial<Settings>) => void;
  onContinue: () => void;
}

/** SpinButton reports a typed value as displayValue and a stepped one as value; either may be the new number. */
function spunNumber(data: SpinButtonOnChangeData): number | null {
  if (typeof data.value === 'number') return data.value;
  if (data.displayValue === undefined) return null;
  const parsed = Number(data.displayValue.replace(/[%$,\s]/g, ''));
  return Number.isFinite(parsed) ? parsed : null;
}

export default function SettingsStep({ settings, onChange, onContinue }: SettingsStepProps) {
  const styles = usePaneStyles();
  const effective = effectiveSettings(settings);
  const thresholds = effective.thresholds;
  return (
    <div className={styles.step}>
      <Text>Recommended practice, with where each figure comes from. Change any of them for your school.</Text>
      <Field
        label="School level"
        hint="Left on “From the grades”, the review works it out from the grades in the schedule or enrollment; with no grades it assumes a high school and says so in the results."
      >
        <Select
          value={settings.schoolLevel ?? ''}
          onChange={(_, data) => onChange(withSchoolLevel(settings, (data.value || undefined) as SchoolLevel | undefined))}
        >
          <option value="">From the grades</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </Select>
      </Field>
      <section className={styles.section} aria-labelledby="settings-thresholds">
        <Subtitle2 as="h2" id="settings-thresholds">
          Thresholds
        </Subtitle2>
        {THRESHOLD_INFO.map((info) => (
          <Field key={info.key} label={`${info.label} (${unitSuffix(info.unit)})`} hint={`Source: ${info.source}`}>
            <SpinButton
              className={styles.fullWidth}
              value={toDisplay(info, thresholds[info.key])}
              min={0}
              step={info.step}
              onChange={(_, data) => {
                const shown = spunNumber(data);
                if (shown !== null && shown >= 0) onChange(withThreshold(settings, info.key, fromDisplay(info, shown)));
              }}
            />
          </Field>
        ))}
        {LEVELS.map((level) => (
          <Field
            key={level}
            label={`Coach spending per teacher, ${LEVEL_LABELS[level].toLowerCase()} ($)`}
            hint={`Source: ${COACH_SOURCE}`}
          >
            <SpinButton
              className={styles.fullWidth}
              value={thresholds.coachDollarsPerTeacher[level]}
              min={0}
              step={100}
              onChange={(_, data) => {
                const shown = spunNumber(data);
                if (shown !== null && shown >= 0) onChange(withCoachDollars(settings, level, shown));
              }}
            />
          </Field>
        ))}
      </section>
      <Accordion collapsible multiple>
        <AccordionItem value="subjects">
          <AccordionHeader>Subject rules ({effective.subjectRules.length})</AccordionHeader>
          <AccordionPanel>
            <SubjectRuleList
              rules={effective.subjectRules}
              onChange={(rules) => onChange(withSubjectRules(settings, rules))}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="budget">
          <AccordionHeader>Budget rules ({effective.budgetUseRules.length})</AccordionHeader>
          <AccordionPanel>
            <BudgetRuleList
              rules={effective.budgetUseRules}
              onChange={(rules) => onChange(withBudgetUseRules(settings, rules))}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <RulesSheetActions
        rules={{ subjectRules: effective.subjectRules, budgetUseRules: effective.budgetUseRules, fundRules: effective.fundRules }}
        onRead={(rules) => onChange({ ...settings, ...rules })}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onContinue}>
          Continue to run
        </Button>
        <Button disabled={!differsFromDefaults(settings)} onClick={() => onChange(resetToDefaults(settings))}>
          Reset to defaults
        </Button>
      </div>
    </div>
  );
}
