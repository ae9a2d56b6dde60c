import type { BudgetTier, FundTier } from '../types';
import { formatMoney, formatPercent } from './scheduleLevers';

// How the three tiers of money (and money of unknown funds) are named wherever the review shows them: the Budget by
// Use sheet and the flags, so both say the same thing.

export const FUND_TIER_LABELS: Record<FundTier | 'unknown', string> = {
  restricted: 'restricted (categorical and grant money with rules)',
  formula: 'allocated by district formula (unrestricted, but not the school\'s to move)',
  discretionary: 'site-discretionary',
  unknown: 'of unknown funds (no fund rule names them)',
};

/** "Restricted (…) 37.2% ($1,831,400); allocated by district formula (…) 58% ($2,859,000); …", unknown funds named. */
export function fundTiersText(byTier: readonly BudgetTier[]): string {
  const parts = byTier
    .filter((t) => t.tier !== 'unknown' || t.lines > 0)
    .map((t) => {
      const funds = t.tier === 'unknown' && t.funds.length ? `: ${t.funds.slice(0, 5).join(', ')}${t.funds.length > 5 ? ', …' : ''}` : '';
      return `${FUND_TIER_LABELS[t.tier]} ${formatPercent(t.share)} (${formatMoney(t.amount)}${funds})`;
    });
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
