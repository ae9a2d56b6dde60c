import type { BudgetSummary, ReportSheet } from '../types';
import { NOT_IN_WORKBOOK } from './unknown';
import { round } from '../analyse/stats';
import { formatMoney } from '../practice/scheduleLevers';

/** Money by use with FTE and the locked part of each use; the chart shows amount by use. */
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
      ],
      rows: budget.byUse.map((u) => [u.use, u.amount, u.share, u.fte, u.lines, u.lockedAmount]),
      chart: { type: 'bar', title: 'Budget by use', categoryColumn: 0, valueColumn: 1 },
    },
  };
}

/** The budget's ratios per teacher, each said as not in the workbook where the budget has no line to measure it. */
function ratiosLine(budget: BudgetSummary): string {
  const money = (value: number | null) => (value === null ? NOT_IN_WORKBOOK : formatMoney(value));
  const pdShare = budget.pdShare === null ? '' : ` (${round(budget.pdShare * 100, 1)}% of the budget)`;
  const fte = `${round(budget.teacherFte, 1)} budgeted teacher FTE`;
  const compared = budget.scheduledTeachers > 0 ? `${budget.scheduledTeachers} teachers in the schedule` : 'no master schedule to compare with';
  return (
    `PD per teacher ${money(budget.pdPerTeacher)}${pdShare}; coaching per teacher ${money(budget.coachPerTeacher)}; ` +
    `average teacher cost ${money(budget.averageTeacherCost)} over ${fte} (${compared}).`
  );
}
