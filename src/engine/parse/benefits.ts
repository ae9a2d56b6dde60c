import type { BudgetLine, DataCheckItem, MoneyUse } from '../types';
import { keywordMatches } from './budgetUse';
import { rowRange } from '../analyse/dataCheckCells';
import { formatMoney } from '../practice/scheduleLevers';

// Benefits kept on separate ledger lines (retirement, health and welfare, payroll taxes) are part of what the
// positions cost. Left as lines of their own they sat under Other, and the average teacher cost, and every lever
// priced at it, left them out. Each benefit line (a line the budget rules give the use "Benefits" and no FTE) is
// spread over the positions it belongs to, in proportion to their salaries:
//  - the positions of the same fund, when the line names a fund that has positions;
//  - of those, the certificated positions for a certificated line (STRS, "Certificated", object 3x01) and the
//    classified ones (aides, operations) for a classified line (PERS, "Classified", object 3x02);
//  - else every position.
// A position is a line with FTE whose amount does not already include benefits (no benefits column).

const CLASSIFIED_USES: ReadonlySet<MoneyUse> = new Set<MoneyUse>(['Instructional aides', 'Operations']);
const CERTIFICATED_WORDS = ['certificated', 'cert', 'strs', 'calstrs'];
const CLASSIFIED_WORDS = ['classified', 'pers', 'calpers'];

export interface BenefitSpread {
  lines: BudgetLine[];
  dataCheck: DataCheckItem[];
}

export function isBenefitLine(line: BudgetLine): boolean {
  return line.use === 'Benefits' && !((line.fte ?? 0) > 0);
}

export function spreadBenefits(lines: readonly BudgetLine[], sheet: string): BenefitSpread {
  const benefitLines = lines.filter(isBenefitLine);
  if (benefitLines.length === 0) return { lines: [...lines], dataCheck: [] };
  const positions = lines.filter((l) => l.use !== 'Benefits' && (l.fte ?? 0) > 0 && l.benefits === undefined && l.amount > 0);
  const total = benefitLines.reduce((s, l) => s + l.amount, 0);
  if (positions.length === 0) {
    return {
      lines: [...lines],
      dataCheck: [
        {
          severity: 'warning',
          sheet,
          cell: rowRange(benefitLines),
          code: 'benefits-not-spread',
          message:
            `${benefitLines.length} benefit line(s) (${formatMoney(total)}) have no positions to belong to: no line has an FTE. ` +
            'They count under Benefits, and the average teacher cost leaves them out.',
        },
      ],
    };
  }

  const added = new Map<BudgetLine, number>();
  for (const benefit of benefitLines) {
    const owners = ownersOf(benefit, positions);
    const salaries = owners.reduce((s, p) => s + p.amount, 0);
    for (const p of owners) added.set(p, (added.get(p) ?? 0) + (benefit.amount * p.amount) / salaries);
  }
  const spread: BudgetLine[] = [];
  for (const line of lines) {
    if (isBenefitLine(line)) continue;
    const extra = added.get(line);
    spread.push(extra === undefined ? line : { ...line, amount: line.amount + extra, spreadBenefits: extra });
  }
  return {
    lines: spread,
    dataCheck: [
      {
        severity: 'info',
        sheet,
        cell: rowRange(benefitLines),
        code: 'benefits-spread',
        message:
          `${benefitLines.length} benefit line(s) (${formatMoney(total)}) were spread over the ${added.size} positions they belong to, ` +
          'in proportion to salary (positions of the same fund when the line names one; certificated or classified ' +
          'positions when the line says which), so the average teacher cost and every lever include benefits.',
      },
    ],
  };
}

function ownersOf(benefit: BudgetLine, positions: readonly BudgetLine[]): BudgetLine[] {
  let owners: BudgetLine[] = [...positions];
  const fund = benefit.fund?.trim().toLowerCase();
  if (fund) owners = narrow(owners, (p) => p.fund?.trim().toLowerCase() === fund);
  const texts = [benefit.description, benefit.jobTitle, benefit.accountDescription];
  const account = /^3\d(0[12])\b/.exec(benefit.account?.trim() ?? '')?.[1];
  if (account === '01' || CERTIFICATED_WORDS.some((w) => texts.some((t) => keywordMatches(w, t)))) {
    owners = narrow(owners, (p) => !CLASSIFIED_USES.has(p.use));
  } else if (account === '02' || CLASSIFIED_WORDS.some((w) => texts.some((t) => keywordMatches(w, t)))) {
    owners = narrow(owners, (p) => CLASSIFIED_USES.has(p.use));
  }
  return owners;
}

/** The positions that pass, unless none do: the ledger's hint then does not apply. */
function narrow(positions: readonly BudgetLine[], keep: (p: BudgetLine) => boolean): BudgetLine[] {
  const kept = positions.filter(keep);
  return kept.length > 0 ? kept : [...positions];
}
