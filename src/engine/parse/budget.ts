import type { BudgetLine, CellValue, DataCheckItem, DetectedTable, Settings, SheetGrid } from '../types';
import { readTableRows, type TableRow } from './tableRows';
import { newSheetParse, readField, reportCell, skipRow, type SheetParse } from './rowReport';
import { cellText, parseNumber } from './values';
import { matchBudgetUse, matchFundTier, type BudgetLineText } from './budgetUse';
import { spreadBenefits } from './benefits';

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
        `Sheet "${grid.name}": the budget has no fund or program column, so the tier of all its money is unknown. ` +
        'Add a fund column (or map one in the settings) to tell restricted, formula-allocated and discretionary money apart.',
    });
  }
  const unmatchedFunds = new Map<string, string>();
  for (const row of readTableRows(grid, table)) {
    const text = readTexts(parse, row);
    if (isSubtotal(text)) {
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

function isSubtotal(text: LineText): boolean {
  return TEXT_FIELDS.some((field) => {
    const value = text[field];
    return value !== undefined && SUBTOTAL.test(value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
  });
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
