// The subject, budget-use and fund rules as one table a person can edit in bulk in a sheet, and back. Pure: the
// add-in writes the grid to its "Review Rules" sheet and reads the edited cells back through here, so every problem
// is reported against the cell the person typed it in.
import { MONEY_USES } from '../analyse/budget';
import type { BudgetUseRule, CellValue, FundRule, FundTier, SubjectRule } from '../types';
import { tierOfRule } from '../parse/budgetUse';
import { cellAddress, isCellError } from '../parse/values';
import { MAX_RULE_TEXT, MAX_RULES } from '../settings/validate';

import { RULES_SHEET_NAME } from './rulesSheetName';

export { RULES_SHEET_NAME };

export interface RuleSet {
  subjectRules: SubjectRule[];
  budgetUseRules: BudgetUseRule[];
  fundRules: FundRule[];
}

export const RULES_SHEET_HEADER = ['List', 'Match', 'Subject, use of money or fund', 'Match by', 'Core subject'] as const;

const LIST = { subject: 'Subject', budget: 'Budget use', fund: 'Fund' } as const;
/** A fund rule's tier as the sheet writes it ("locked" = restricted, the word the rules had before three tiers). */
const FUND_TIER_WORD: Record<FundTier, string> = { restricted: 'locked', formula: 'formula', discretionary: 'discretionary' };
/** A fund rule's tier as typed in the sheet: "restricted" is read as "locked". */
const FUND_TIER_WORDS: Record<string, FundTier> = { restricted: 'restricted', locked: 'restricted', formula: 'formula', discretionary: 'discretionary' };


const PREAMBLE = [
  'Review rules: subject rules, budget rules (uses of money) and fund rules. The first rule that matches wins, so order matters.',
  'Edit, add or delete rows, then press “Read rules from the sheet” in the add-in. Match by: code (whole code) or keyword (start of a word).',
];

/** The rules as sheet rows, all text: two lines of explanation, a blank line, the header, one row per rule. */
export function rulesToGrid(rules: RuleSet): string[][] {
  const width = RULES_SHEET_HEADER.length;
  const line = (...cells: string[]) => [...cells, ...new Array<string>(width - cells.length).fill('')];
  return [
    ...PREAMBLE.map((text) => line(text)),
    line(),
    [...RULES_SHEET_HEADER],
    ...rules.subjectRules.map((r) => line(LIST.subject, r.match, r.subject, r.kind, r.core ? 'yes' : 'no')),
    ...rules.budgetUseRules.map((r) => line(LIST.budget, r.match, r.use, r.kind)),
    ...rules.fundRules.map((r) => line(LIST.fund, r.match, FUND_TIER_WORD[tierOfRule(r)], r.kind)),
  ];
}

export interface RulesFromGrid {
  /** Null when anything is wrong: rules are taken all together or not at all. */
  rules: RuleSet | null;
  /** One message per problem, naming the sheet and the cell. */
  errors: string[];
}

export interface GridPlace {
  sheetName?: string;
  /** Zero-based sheet row and column of rows[0][0] (a used range need not start at A1). */
  originRow?: number;
  originCol?: number;
}

/** Reads the rules table back; the header row is found by its first cell, "List". */
export function rulesFromGrid(rows: CellValue[][], place: GridPlace = {}): RulesFromGrid {
  const sheetName = place.sheetName ?? RULES_SHEET_NAME;
  const originRow = place.originRow ?? 0;
  const originCol = place.originCol ?? 0;
  const text = (value: CellValue | undefined): string =>
    value === null || value === undefined ? '' : typeof value === 'object' ? value.error : String(value).trim();
  const at = (r: number, c: number) => `Sheet "${sheetName}" cell ${cellAddress({ originRow, originCol }, r, c)}`;

  const headerAt = rows.findIndex((row) => text(row[0]).toLowerCase() === 'list');
  if (headerAt < 0)
    return { rules: null, errors: [`Sheet "${sheetName}" has no header row starting with "List"; open the rules as a sheet again to start over.`] };

  const errors: string[] = [];
  const rules: RuleSet = { subjectRules: [], budgetUseRules: [], fundRules: [] };
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const [list, match, target, kindText, coreText] = [0, 1, 2, 3, 4].map((c) => text(row[c]));
    if ([list, match, target, kindText, coreText].every((cell) => cell === '')) continue;

    // The same limits as settings from a file (settings/validate.ts): the sheet accepts nothing a run would refuse.
    const broken = [0, 1, 2, 3, 4].filter((c) => isCellError(row[c] ?? null));
    for (const c of broken) errors.push(`${at(r, c)}: holds the Excel error ${text(row[c])}; type a value or delete the row.`);
    const long = [1, 2].filter((c) => text(row[c]).length > MAX_RULE_TEXT);
    for (const c of long) errors.push(`${at(r, c)}: is ${text(row[c]).length} characters long; a rule's text has at most ${MAX_RULE_TEXT}.`);
    if (broken.length || long.length) continue;

    const listKey = list.toLowerCase();
    if (listKey !== 'subject' && listKey !== 'budget use' && listKey !== 'fund') {
      errors.push(`${at(r, 0)}: "${shortText(list)}" is not a list; use Subject, Budget use or Fund.`);
      continue;
    }
    const before = errors.length;
    if (!match) errors.push(`${at(r, 1)}: the rule has nothing to match; type a code or keyword, or delete the row.`);
    const kind = kindText.toLowerCase();
    if (kind !== 'code' && kind !== 'keyword') errors.push(`${at(r, 3)}: "${shortText(kindText)}" is not a way to match; use code or keyword.`);

    if (listKey === 'subject') {
      if (!target) errors.push(`${at(r, 2)}: the rule names no subject.`);
      const core = coreText.toLowerCase();
      if (!['yes', 'no', ''].includes(core)) errors.push(`${at(r, 4)}: "${shortText(coreText)}" should be yes or no.`);
      if (errors.length === before) rules.subjectRules.push({ match, kind: kind as SubjectRule['kind'], subject: target, core: core === 'yes' });
    } else if (listKey === 'budget use') {
      const use = MONEY_USES.find((known) => known.toLowerCase() === target.toLowerCase());
      if (!use) errors.push(`${at(r, 2)}: "${target}" is not a known use of money; use one of ${MONEY_USES.join(', ')}.`);
      if (errors.length === before && use) rules.budgetUseRules.push({ match, kind: kind as BudgetUseRule['kind'], use });
    } else {
      const tier = FUND_TIER_WORDS[target.toLowerCase()];
      if (!tier) errors.push(`${at(r, 2)}: "${target}" should be locked (restricted), formula (allocated by district formula) or discretionary.`);
      // Restricted and discretionary are what locked true / false already say; only formula needs its tier written.
      if (errors.length === before && tier) {
        rules.fundRules.push({ match, kind: kind as FundRule['kind'], locked: tier === 'restricted', ...(tier === 'formula' ? { tier } : {}) });
      }
    }
  }
  for (const [name, list] of [['Subject', rules.subjectRules], ['Budget use', rules.budgetUseRules], ['Fund', rules.fundRules]] as const) {
    if (list.length > MAX_RULES) errors.push(`Sheet "${sheetName}" has ${list.length} ${name} rules, more than the ${MAX_RULES} a review reads.`);
  }
  // An empty list would silently leave every course without a subject or every line without a use.
  if (errors.length === 0) {
    if (rules.subjectRules.length === 0) errors.push(`Sheet "${sheetName}" has no Subject rules; add at least one, or reset the rules to the defaults.`);
    if (rules.budgetUseRules.length === 0) errors.push(`Sheet "${sheetName}" has no Budget use rules; add at least one, or reset the rules to the defaults.`);
  }
  return errors.length > 0 ? { rules: null, errors } : { rules, errors: [] };
}

/** A cell's text as a message quotes it: a whole pasted paragraph would bury the message. */
function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
