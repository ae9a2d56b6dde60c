import type { BudgetLine, CellValue, DataCheckItem, DetectedTable, Settings, SheetGrid } from '../types';
import { readTableRows, type TableRow } from './tableRows';
import { newSheetParse, readField, reportCell, skipRow, type SheetParse } from './rowReport';
import { cellAddress, cellText, parseNumber } from './values';
import { matchBudgetUse, matchFundTier, type BudgetLineText } from './budgetUse';
import { totalsRowBelow } from './totalsRow';
import { spreadBenefits } from './benefits';
import { formatMoney } from '../practice/scheduleLevers';

// Budget sheets as schools have them: line items (fund, program, account, description, FTE, amount), position
// rosters (job title, FTE, salary, benefits: the line costs salary + benefits) and program allocations (program,
// amount). Every line read gets a use of money and a fund tier (restricted, formula, discretionary or unknown) from the settings' rules.

const TEXT_FIELDS = ['fund', 'program', 'account', 'accountDescription', 'description', 'jobTitle'] as const;

/** "Subtotal", "Total Title I", "Title I Total", "Grand total": rows that repeat money already counted. */
const SUBTOTAL = /^(?:grand |sub ?)?totals?\b|\b(?:sub ?)?totals?$/;

export function parseBudget(
  grid: SheetGrid,
  table: DetectedTable,
  settings: Settings,
): { lines: BudgetLine[]; dataCheck: DataCheckItem[]; rowsRead: number; rowsSkipped: number } {
  const parse = newSheetParse(grid.name);
  const lines: BudgetLine[] = [];
  const mapped = new Set(table.columns.map((c) => c.field));
  const hasAmount = mapped.has('amount');
  const hasSalary = mapped.has('salary') || mapped.has('benefits');

  if (!hasAmount && !hasSalary) {
    parse.dataCheck.push({
      severity: 'error',
      sheet: grid.name,
      cell: '',
      code: 'budget-no-amount',
      message:
        `Sheet "${grid.name}": the budget table (header row ${table.headerRow}) has no amount column and no salary or ` +
        'benefits columns, so no money could be read. Name a column "Amount", or map one in the settings.',
    });
    return { lines, dataCheck: parse.dataCheck, rowsRead: 0, rowsSkipped: 0 };
  }

  if (!mapped.has('fund') && !mapped.has('program')) {
    parse.dataCheck.push({
      severity: 'info',
      sheet: grid.name,
      cell: '',
      code: 'budget-no-fund',
      message:
        `Sheet "${grid.name}": the budget has no fund or program column, so the tier of all its money is unknown and the locked share is not in this workbook. ` +
        'Add a fund column (or map one in the settings) to tell restricted, formula-allocated and discretionary money apart.',
    });
  }
  const unmatchedFunds = new Map<string, string>();
  const rows = readTableRows(grid, table);
  /** Total rows inside the table (the sheet's own total is often the last of them). */
  const totalRows: { row: TableRow; label: string }[] = [];
  for (const row of rows) {
    const text = readTexts(parse, row);
    const totalLabel = subtotalLabel(text);
    if (totalLabel !== undefined) {
      totalRows.push({ row, label: totalLabel });
      parse.rowsSkipped++;
      parse.dataCheck.push({
        severity: 'info',
        sheet: grid.name,
        cell: `${row.rowNumber}:${row.rowNumber}`,
        code: 'budget-subtotal',
        message: `Sheet "${grid.name}" row ${row.rowNumber} is a total or subtotal row; it was not counted again.`,
      });
      continue;
    }

    const money = readMoney(parse, row, hasAmount);
    if (money === null) continue;

    const fte = readFte(parse, row);
    const description = text.description ?? text.jobTitle ?? text.accountDescription ?? text.program ?? text.account ?? '';
    const use = matchBudgetUse(settings.budgetUseRules, text);
    const tier = matchFundTier(settings.fundRules, text);
    const source = { sheet: grid.name, firstRow: row.rowNumber, lastRow: row.rowNumber };
    if (use === undefined) {
      const cellField = text.jobTitle ? 'jobTitle' : text.description ? 'description' : mapped.has('account') ? 'account' : 'amount';
      reportCell(
        parse,
        row,
        cellField,
        'unmatched-budget-use',
        'matches no budget rule; the line counts as "Other" in the totals. Add a keyword or code rule to give it a use.',
        'info',
      );
    }
    const fundText = text.fund ?? text.program;
    if (tier === undefined && fundText && !unmatchedFunds.has(fundText)) unmatchedFunds.set(fundText, row.cell(text.fund ? 'fund' : 'program'));

    parse.rowsRead++;
    lines.push({
      description,
      fund: text.fund,
      program: text.program,
      account: text.account,
      accountDescription: text.accountDescription,
      jobTitle: text.jobTitle,
      fte,
      amount: money.amount,
      salary: money.salary,
      benefits: money.benefits,
      use: use ?? 'Other',
      useMatched: use !== undefined,
      locked: tier === 'restricted',
      fundTier: tier ?? 'unknown',
      source,
    });
  }
  checkSheetTotal(grid, table, parse, lines, rows, totalRows);

  for (const [fund, cell] of unmatchedFunds) {
    parse.dataCheck.push({
      severity: 'info',
      sheet: grid.name,
      cell,
      code: 'unmatched-fund',
      message:
        `Sheet "${grid.name}" cell ${cell}: fund "${fund}" matches no fund rule, so its money is counted as of unknown ` +
        'tier (neither restricted nor discretionary). Add a fund rule saying whether it is restricted, allocated by ' +
        'district formula, or site-discretionary.',
    });
  }
  const spread = spreadBenefits(lines, grid.name);
  for (const item of spread.dataCheck) parse.dataCheck.push(item);
  return { lines: spread.lines, dataCheck: parse.dataCheck, rowsRead: parse.rowsRead, rowsSkipped: parse.rowsSkipped };
}

type LineText = BudgetLineText & { description?: string };

function readTexts(parse: SheetParse, row: TableRow): LineText {
  const text: LineText = {};
  for (const field of TEXT_FIELDS) {
    const value = cellText(readField(parse, row, field));
    if (value !== '') text[field] = value;
  }
  return text;
}

/** The row's total or subtotal label, normalised ("title i total"); undefined for a budget line. */
function subtotalLabel(text: LineText): string | undefined {
  for (const field of TEXT_FIELDS) {
    const value = text[field];
    if (value === undefined) continue;
    const label = value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (SUBTOTAL.test(label)) return label;
  }
  return undefined;
}

/** A label that closes the whole sheet ("Total", "Grand Total"), as opposed to a fund's or a program's subtotal. */
const GRAND_TOTAL = /^(?:grand totals?\b.*|totals?)$/;

/** Differences under a dollar are rounding in a printed report, not missing money. */
const TOTAL_TOLERANCE = 1;

/**
 * The sheet's own Total row is never a line; where the lines read do not add up to it, say by how much, naming the
 * total's cell, so a missing or unreadable line is noticed. The sheet's total is the totals row where reading stopped
 * (just below the lines), else a last row labelled as the total, else an unlabelled last row whose amount equals the
 * sum of the lines above it (then taken off the lines).
 */
function checkSheetTotal(
  grid: SheetGrid,
  table: DetectedTable,
  parse: SheetParse,
  lines: BudgetLine[],
  rows: readonly TableRow[],
  totalRows: readonly { row: TableRow; label: string }[],
): void {
  const sum = (items: readonly BudgetLine[]) => items.reduce((total, line) => total + line.amount, 0);
  const below = totalsRowBelow(grid, table);
  let total: { amount: number; cell: string } | null = null;
  if (below !== null) total = moneyInGridRow(grid, table, below);
  else {
    const last = rows[rows.length - 1];
    const lastTotal = totalRows[totalRows.length - 1];
    if (last && lastTotal?.row === last && (GRAND_TOTAL.test(lastTotal.label) || totalRows.length === 1)) {
      total = moneyInGridRow(grid, table, last.rowNumber - 1 - grid.originRow);
    } else if (last && lines.length >= 2 && lines[lines.length - 1].source.firstRow === last.rowNumber && isUnlabelled(lines[lines.length - 1])) {
      // A sum printed under the lines without a label: a total if it equals the lines above it.
      const candidate = lines[lines.length - 1];
      if (Math.abs(sum(lines.slice(0, -1)) - candidate.amount) < TOTAL_TOLERANCE) {
        lines.pop();
        parse.rowsRead--;
        parse.rowsSkipped++;
        const cellsOfTotal = new Set(table.columns.map((c) => last.cell(c.field)));
        parse.dataCheck = parse.dataCheck.filter((d) => !(d.code === 'unmatched-budget-use' && cellsOfTotal.has(d.cell)));
        parse.dataCheck.push({
          severity: 'info',
          sheet: grid.name,
          cell: `${last.rowNumber}:${last.rowNumber}`,
          code: 'budget-subtotal',
          message: `Sheet "${grid.name}" row ${last.rowNumber} has no label and its amount, ${formatMoney(candidate.amount)}, is the sum of the lines above it: it was read as the sheet's total, not as a line.`,
        });
      }
      return;
    }
  }
  if (total === null) return;
  const read = sum(lines);
  const difference = total.amount - read;
  if (Math.abs(difference) < TOTAL_TOLERANCE) return;
  const skipped = parse.dataCheck.filter((d) => d.code === 'unreadable-amount' || d.code === 'row-skipped').length;
  parse.dataCheck.push({
    severity: 'warning',
    sheet: grid.name,
    cell: total.cell,
    code: 'budget-total-mismatch',
    message:
      `Sheet "${grid.name}": the budget lines read add up to ${formatMoney(read)}, but the sheet's total in cell ${total.cell} is ` +
      `${formatMoney(total.amount)}; the lines are ${formatMoney(Math.abs(difference))} ${difference > 0 ? 'short of' : 'over'} it` +
      (skipped > 0 ? ` (${skipped} row${skipped === 1 ? ' was' : 's were'} not counted; see the items above).` : '. Check for missing, duplicated or hidden lines.'),
  });
}

function isUnlabelled(line: BudgetLine): boolean {
  return line.description === '' && line.fund === undefined && line.program === undefined && line.account === undefined;
}

/** The money in a grid row the way lines are costed: the amount column, else salary + benefits. */
function moneyInGridRow(grid: SheetGrid, table: DetectedTable, gridRow: number): { amount: number; cell: string } | null {
  const colOf = (field: string) => table.columns.find((c) => c.field === field)?.col;
  const valueAt = (col: number | undefined) => (col === undefined ? null : parseNumber(grid.rows[gridRow]?.[col] ?? null));
  const amountCol = colOf('amount');
  const amount = valueAt(amountCol);
  if (amount !== null && amountCol !== undefined) return { amount, cell: cellAddress(grid, gridRow, amountCol) };
  const salaryCol = colOf('salary');
  const benefitsCol = colOf('benefits');
  const salary = valueAt(salaryCol);
  const benefits = valueAt(benefitsCol);
  if (salary === null && benefits === null) return null;
  const col = (salary !== null ? salaryCol : benefitsCol) as number;
  return { amount: (salary ?? 0) + (benefits ?? 0), cell: cellAddress(grid, gridRow, col) };
}

interface Money {
  amount: number;
  salary?: number;
  benefits?: number;
}

/** The line's cost: the amount column, else salary + benefits. null (row skipped and reported) when unreadable. */
function readMoney(parse: SheetParse, row: TableRow, hasAmount: boolean): Money | null {
  const salary = readOptionalNumber(parse, row, 'salary', 'is not a salary (expected a number such as 65000 or "$65,000")');
  const benefits = readOptionalNumber(parse, row, 'benefits', 'is not a benefit cost (expected a number such as 21000 or "$21,000")');
  if (hasAmount) {
    const value = readField(parse, row, 'amount');
    const amount = parseNumber(value);
    if (amount !== null) return { amount, salary, benefits };
    if (value !== null) {
      reportCell(parse, row, 'amount', 'unreadable-amount', 'is not an amount (expected a number such as 1234 or "$1,234"); the row was not counted');
      parse.rowsSkipped++;
      return null;
    }
  }
  if (salary !== undefined || benefits !== undefined) return { amount: (salary ?? 0) + (benefits ?? 0), salary, benefits };
  skipRow(parse, row, 'it has no amount (expected a number such as 1234 or "$1,234")');
  return null;
}

function readFte(parse: SheetParse, row: TableRow): number | undefined {
  return readOptionalNumber(parse, row, 'fte', 'is not an FTE (expected a number such as 1 or 0.5); the line counts without FTE');
}

function readOptionalNumber(parse: SheetParse, row: TableRow, field: string, reason: string): number | undefined {
  const value: CellValue = readField(parse, row, field);
  if (value === null) return undefined;
  const n = parseNumber(value);
  if (n === null) reportCell(parse, row, field, 'unreadable-number', reason);
  return n ?? undefined;
}
