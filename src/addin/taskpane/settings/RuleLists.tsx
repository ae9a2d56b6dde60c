import { Button, Checkbox, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BudgetUseRule, MoneyUse, SubjectRule } from '../../../engine/types';
import { MONEY_USES, removeAt, replaceAt } from './settingsModel';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  rule: {
    listStyleType: 'none',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  wide: { gridColumn: '1 / span 2' },
});

const KIND_OPTIONS: { value: SubjectRule['kind']; label: string }[] = [
  { value: 'keyword', label: 'Word in title' },
  { value: 'code', label: 'Exact code' },
];

/** Keyword/code → subject rules; the first rule that matches a course wins, so order is kept as shown. */
export function SubjectRuleList(props: { rules: SubjectRule[]; onChange: (rules: SubjectRule[]) => void }) {
  const styles = useStyles();
  const { rules, onChange } = props;
  return (
    <>
      <Text size={200}>The first rule that matches a course decides its subject.</Text>
      <ul className={styles.list} aria-label="Subject rules">
        {rules.map((rule, index) => {
          const n = index + 1;
          return (
            <li key={index} className={styles.rule}>
              <Input
                aria-label={`Subject rule ${n}: match`}
                value={rule.match}
                onChange={(_, data) => onChange(replaceAt(rules, index, { ...rule, match: data.value }))}
              />
              <Input
                aria-label={`Subject rule ${n}: subject`}
                value={rule.subject}
                onChange={(_, data) => onChange(replaceAt(rules, index, { ...rule, subject: data.value }))}
              />
              <Select
                aria-label={`Subject rule ${n}: how it matches`}
                value={rule.kind}
                onChange={(_, data) =>
                  onChange(replaceAt(rules, index, { ...rule, kind: data.value as SubjectRule['kind'] }))
                }
              >
                {KIND_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
              <Checkbox
                label="Core"
                aria-label={`Subject rule ${n}: core subject`}
                checked={rule.core ?? false}
                onChange={(_, data) => onChange(replaceAt(rules, index, { ...rule, core: data.checked === true }))}
              />
              <Button className={styles.wide} size="small" onClick={() => onChange(removeAt(rules, index))}>
                Remove subject rule {n} ({rule.match || 'empty'})
              </Button>
            </li>
          );
        })}
      </ul>
      <Button onClick={() => onChange([...rules, { match: '', kind: 'keyword', subject: '', core: false }])}>
        Add subject rule
      </Button>
    </>
  );
}

/** Keyword/code → use-of-money rules for budget lines. */
export function BudgetRuleList(props: { rules: BudgetUseRule[]; onChange: (rules: BudgetUseRule[]) => void }) {
  const styles = useStyles();
  const { rules, onChange } = props;
  return (
    <>
      <Text size={200}>The first rule that matches a budget line decides its use of money.</Text>
      <ul className={styles.list} aria-label="Budget rules">
        {rules.map((rule, index) => {
          const n = index + 1;
          return (
            <li key={index} className={styles.rule}>
              <Input
                aria-label={`Budget rule ${n}: match`}
                value={rule.match}
                onChange={(_, data) => onChange(replaceAt(rules, index, { ...rule, match: data.value }))}
              />
              <Select
                aria-label={`Budget rule ${n}: how it matches`}
                value={rule.kind}
                onChange={(_, data) =>
                  onChange(replaceAt(rules, index, { ...rule, kind: data.value as BudgetUseRule['kind'] }))
                }
              >
                {KIND_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
              <Select
                className={styles.wide}
                aria-label={`Budget rule ${n}: use of money`}
                value={rule.use}
                onChange={(_, data) => onChange(replaceAt(rules, index, { ...rule, use: data.value as MoneyUse }))}
              >
                {MONEY_USES.map((use) => (
                  <option key={use} value={use}>
                    {use}
                  </option>
                ))}
              </Select>
              <Button className={styles.wide} size="small" onClick={() => onChange(removeAt(rules, index))}>
                Remove budget rule {n} ({rule.match || 'empty'})
              </Button>
            </li>
          );
        })}
      </ul>
      <Button onClick={() => onChange([...rules, { match: '', kind: 'keyword', use: 'Other' }])}>Add budget rule</Button>
    </>
  );
}
