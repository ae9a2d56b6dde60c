import type { BudgetUseRule, FundRule } from '../types';

// OWNER: budget helper. Default rules mapping budget lines to uses of money and funds to locked/discretionary.
export const DEFAULT_BUDGET_USE_RULES: BudgetUseRule[] = [];
export const DEFAULT_FUND_RULES: FundRule[] = [];
