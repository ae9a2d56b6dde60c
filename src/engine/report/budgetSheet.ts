import type { BudgetSummary, ReportSheet } from '../types';
import { NOT_IN_WORKBOOK } from './unknown';
import { round } from '../analyse/stats';
import { formatMoney } from '../practice/scheduleLevers';
import { fundTiersText } from '../practice/fundTiers';

/** Money by use with FTE and each use's money by fund tier; the chart shows amount by use. */
export function budgetByUseSheet(budget: BudgetSummary): ReportSheet {
  return {
    name: 'Budget by Use',
    preamble: [
      'Every budget line mapped to a use of money by the budget rules; lines no rule matched count under Other.',
      `Total ${formatMoney(budget.total)}; locked (restricted) share ` +
        (budget.lockedShare === null
          ? 'not in this workbook (no budget line names a fund or program; see the Data Check).'
          : `${round(budget.lockedShare * 100, 1)}%.`),
      ratiosLine(budget),
      ...(budget.studentsPerTeacher && budget.averageClassSize
        ? [
            `Class-size gap: ${round(budget.studentsPerTeacher, 1).toFixed(1)} students per teacher FTE against an average class of ` +
              `${round(budget.averageClassSize, 1).toFixed(1)} (teachers spend part of the day out of class, and specialists ` +
              `and small programs take teachers too); ${round(budget.teachersPer100Students ?? 0, 1).toFixed(1)} teacher FTE per 100 students.`,
          ]
        : []),
      ...(budget.byTier ? [`Money by how freely the school can direct it, by the fund rules: ${fundTiersText(budget.byTier)}`] : []),
      ...(budget.benefitsSpread
        ? [
            `Benefits on separate lines (${formatMoney(budget.benefitsSpread)}) are spread over the positions they belong to, ` +
              'in proportion to salary, so each use and the average teacher cost include them (see the Data Check).',
          ]
        : []),
    ],
    table: {
      name: 'srr_BudgetByUse',
      columns: [
        { header: 'Use', type: 'text', width: 30 },
        { header: 'Amount', type: 'currency', width: 14 },
        { header: 'Share', type: 'percent', width: 9 },
        { header: 'FTE', type: 'number', width: 8 },
        { header: 'Lines', type: 'integer', width: 7 },
        { header: 'Locked amount', type: 'currency', width: 14 },
        { header: 'Formula-allocated amount', type: 'currency', width: 14 },
        { header: 'Site-discretionary amount', type: 'currency', width: 14 },
        { header: 'Unknown-fund amount', type: 'currency', width: 14 },
      ],
      rows: budget.byUse.map((u) => [
        u.use,
        u.amount,
        u.share,
        u.fte,
        u.lines,
        u.lockedAmount,
        u.formulaAmount ?? null,
        u.discretionaryAmount ?? null,
        u.unknownFundAmount ?? null,
      ]),
      chart: { type: 'bar', title: 'Budget by use', categoryColumn: 0, valueColumn: 1 },
    },
  };
}

/** The budget's ratios per teacher, each said as not in the workbook where the budget has no line to measure it. */
function ratiosLine(budget: BudgetSummary): string {
  const money = (value: number | null) => (value === null ? NOT_IN_WORKBOOK : formatMoney(value));
  const pdShare = budget.pdShare === null ? '' : ` (${round(budget.pdShare * 100, 1)}% of the budget)`;
  const compared = budget.scheduledTeachers > 0 ? `${budget.scheduledTeachers} teachers in the schedule` : 'no master schedule to compare with';
  // Without teacher FTE there is nothing to divide by: said once, not as "not in this workbook over 0 FTE".
  const teachers =
    budget.teacherFte !== null && budget.teacherFte > 0
      ? `average teacher cost ${money(budget.averageTeacherCost)} over ${round(budget.teacherFte, 1)} budgeted teacher FTE (${compared})`
      : `no teacher FTE in the budget, so no average teacher cost (${compared})`;
  return `PD per teacher ${money(budget.pdPerTeacher)}${pdShare}; coaching per teacher ${money(budget.coachPerTeacher)}; ${teachers}.`;
}
