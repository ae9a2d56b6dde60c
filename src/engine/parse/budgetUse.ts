import type { BudgetUseRule, FundRule, FundTier, MoneyUse } from '../types';

// Applying the user-visible budget rules to one line: which use of money, and the tier of its fund.

export interface BudgetLineText {
  jobTitle?: string;
  description?: string;
  accountDescription?: string;
  account?: string;
  program?: string;
  fund?: string;
}

/**
 * The use of money of a line. Rules are tried in their order and the first match wins: keyword rules against the
 * line's own words (job title, description, account description), code rules against the account code. Only when
 * nothing matches are the keyword rules tried again against the program name, since a program ("Title I") says
 * less about a line than its title does. undefined when no rule matches.
 */
export function matchBudgetUse(rules: readonly BudgetUseRule[], line: BudgetLineText): MoneyUse | undefined {
  const ownWords = [line.jobTitle, line.description, line.accountDescription];
  const accountCodes = codeCandidates(line.account);
  for (const rule of rules) {
    if (rule.kind === 'code' ? accountCodes.has(normalise(rule.match)) : matchesAny(rule.match, ownWords)) return rule.use;
  }
  for (const rule of rules) {
    if (rule.kind === 'keyword' && matchesAny(rule.match, [line.program])) return rule.use;
  }
  return undefined;
}

/** Whether the line's money is locked (restricted): see matchFundTier; undefined when no rule names the fund. */
export function matchFundLocked(rules: readonly FundRule[], line: BudgetLineText): boolean | undefined {
  const tier = matchFundTier(rules, line);
  return tier === undefined ? undefined : tier === 'restricted';
}

/** The tier of the line's money: the first fund rule matching the fund, else the program; undefined when none. */
export function matchFundTier(rules: readonly FundRule[], line: BudgetLineText): FundTier | undefined {
  for (const text of [line.fund, line.program]) {
    if (!text) continue;
    const candidates = codeCandidates(text);
    for (const rule of rules) {
      if (rule.kind === 'code' ? candidates.has(normalise(rule.match)) : matchesAny(rule.match, [text])) return tierOfRule(rule);
    }
  }
  return undefined;
}

/** A rule's tier; rules saved before tiers existed say only locked or not. */
export function tierOfRule(rule: FundRule): FundTier {
  return rule.tier ?? (rule.locked ? 'restricted' : 'discretionary');
}

/** Whether a keyword occurs in a text as whole words (a trailing plural "s"/"es" allowed), ignoring case and punctuation. */
export function keywordMatches(keyword: string, text: string | undefined): boolean {
  if (!text) return false;
  return keywordPattern(keyword).test(normalise(text));
}

function matchesAny(keyword: string, texts: (string | undefined)[]): boolean {
  return texts.some((t) => keywordMatches(keyword, t));
}

const patterns = new Map<string, RegExp>();

function keywordPattern(keyword: string): RegExp {
  const key = normalise(keyword);
  let pattern = patterns.get(key);
  if (!pattern) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(?:^| )${escaped}(?:e?s)?(?= |$)`);
    patterns.set(key, pattern);
  }
  return pattern;
}

/** Letters and digits only, words separated by single spaces: "Teacher Asst. (Bil)" → "teacher asst bil". */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A code cell as a whole value and as its leading token: "1100 - Teachers' Salaries" gives "1100 teachers salaries" and "1100". */
function codeCandidates(text: string | undefined): Set<string> {
  const set = new Set<string>();
  if (!text) return set;
  const whole = normalise(text);
  if (whole) set.add(whole);
  const lead = whole.split(' ')[0];
  if (lead) set.add(lead);
  return set;
}
