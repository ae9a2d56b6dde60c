// What every review must leave true, whatever workbook or settings it was given: shared by the fuzz tests and the
// hostile corpus so both hold the engine to the same properties.
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ColumnType, Report, ReportTable, ReviewOutcome } from '../../src/engine/types';
import { EXCEL_CELL_LIMIT } from '../../src/engine/report/cellText';
import { highlightCondition } from '../../src/engine/report/highlight';
import { toCellInput } from '../../src/addin/bridge/cellText';
import { formulaText, reportCellResolver } from '../../src/engine/report/formula';
import { sheetLayout } from '../../src/engine/report/layout';
import { columnLetter } from '../../src/engine/parse/values';

/** Paths of every NaN or ±Infinity in a value (a result or a report), e.g. "result.teachers[3].minutesPerWeek". */
export function nonFiniteNumbers(value: unknown, path = '', found: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${path}=${value}`);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) nonFiniteNumbers(value[i], `${path}[${i}]`, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) nonFiniteNumbers(child, path ? `${path}.${key}` : key, found);
  }
  return found;
}

/** Report cells and preamble lines longer than Excel holds in a cell. */
export function overlongCells(report: Report): string[] {
  const found: string[] = [];
  for (const sheet of report.sheets) {
    sheet.preamble.forEach((line, i) => {
      if (line.length > EXCEL_CELL_LIMIT) found.push(`${sheet.name} preamble ${i}: ${line.length}`);
    });
    for (const table of tablesOf(sheet)) {
      table.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'string' && v.length > EXCEL_CELL_LIMIT) found.push(`${sheet.name} ${table.name} ${r},${c}: ${v.length}`);
        }),
      );
    }
  }
  return found;
}

/** A sheet's every table: its main one and the ones below it (the What If sheet's results and options). */
function tablesOf(sheet: Report['sheets'][number]): ReportTable[] {
  return [sheet.table, ...(sheet.moreTables ?? []).map((m) => m.table)];
}

const TEXT_TYPES: ReadonlySet<ColumnType> = new Set(['text', 'notes']);

/**
 * Ways user text could become a formula: a report cell that is not a plain value, a text cell not typed as text
 * (so a writer might apply a number format and let Excel parse it), a text cell the add-in's writer would send
 * without its text prefix, or a conditional format whose formula is not one of our own shapes (a number comparison,
 * or equality with a short lowercase word of ours such as "critical" or "far from").
 */
export function formulaRisks(report: Report): string[] {
  const found: string[] = [];
  for (const sheet of report.sheets) {
    for (const table of tablesOf(sheet)) {
      table.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const where = `${sheet.name} ${table.name} ${r},${c}`;
          if (v !== null && !['string', 'number', 'boolean'].includes(typeof v)) found.push(`${where}: a ${typeof v} value`);
          if (typeof v !== 'string' || v === '') return;
          const type = table.cellTypes?.[r]?.[c] ?? table.columns[c]?.type;
          if (!TEXT_TYPES.has(type)) found.push(`${where}: text typed as ${type}`);
          if (toCellInput(v) !== `'${v}`) found.push(`${where}: written without the text prefix`);
        }),
      );
      for (const rule of table.conditionalFormats ?? []) {
        const formula = highlightCondition(rule, 'B5');
        if (!/^(AND\(ISNUMBER\(B5\),B5(>|>=|<|<=|=)-?\d+(\.\d+)?(e-\d+)?\)|B5="[a-z][a-z ]{0,30}")$/.test(formula)) {
          found.push(`${sheet.name}: conditional format ${formula}`);
        }
      }
    }
  }
  return found;
}

/** Everything a hostile workbook must not do to a review, as a list of what went wrong (empty = all held). */
export function outcomeProblems(outcome: ReviewOutcome): string[] {
  return [...nonFiniteNumbers(outcome.result, 'result'), ...nonFiniteNumbers(outcome.report, 'report'), ...overlongCells(outcome.report), ...formulaRisks(outcome.report)];
}

/**
 * A conditional format as a written file stores it: our own shapes only, a number comparison such as
 * AND(ISNUMBER(G5),G5&gt;=150) or a short word of ours such as B5="critical" or B5="far from" (XML-escaped).
 */
export const OUR_CONDITION = /^(AND\(ISNUMBER\([A-Z]+\d+\),[A-Z]+\d+(&gt;|&gt;=|&lt;|&lt;=|=)-?[\d.]+(e-\d+)?\)|[A-Z]+\d+=(&quot;|")[a-z][a-z ]{0,30}(&quot;|"))$/;

/**
 * The report's own formulas (the What If sheet's), as "Sheet!A1" → formula text with its "=", placed by the shared
 * layout under the given sheet names (the report's own names by default): built from the report's formula trees,
 * so they hold numbers, our cell addresses and our words only.
 */
export function reportFormulaTexts(report: Report, sheetNames: readonly string[] = report.sheets.map((s) => s.name)): Map<string, string> {
  const resolve = reportCellResolver(report, sheetNames);
  const texts = new Map<string, string>();
  report.sheets.forEach((sheet, i) => {
    const layout = sheetLayout(sheet);
    const tables = [{ table: sheet.table, first: layout.main.firstDataRow }, ...(sheet.moreTables ?? []).map((m, j) => ({ table: m.table, first: layout.more[j].firstDataRow }))];
    for (const { table, first } of tables) {
      for (const [r, byColumn] of Object.entries(table.formulas ?? {})) {
        for (const [c, expr] of Object.entries(byColumn)) {
          texts.set(`${sheetNames[i]}!${columnLetter(Number(c))}${first + Number(r)}`, formulaText(expr, resolve, sheetNames[i]));
        }
      }
    }
  });
  return texts;
}

/**
 * Every cell of the written workbook that Excel would calculate, other than the report's own formulas when the
 * report is given (each in its own place with its own text), and every conditional-format formula.
 */
export async function formulasIn(file: string, report?: Report): Promise<{ cells: string[]; conditions: string[]; longest: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ours = report ? reportFormulaTexts(report, workbook.worksheets.map((w) => w.name)) : new Map<string, string>();
  const cells: string[] = [];
  let longest = 0;
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const where = `${ws.name}!${cell.address}`;
        const isFormula = cell.type === ExcelJS.ValueType.Formula || Boolean(cell.formula);
        if (isFormula && ours.get(where) !== `=${cell.formula}`) cells.push(where);
        longest = Math.max(longest, String(cell.text ?? '').length);
      }),
    ),
  );
  // Conditional formats as the file stores them: <formula> elements in the sheets' XML.
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const conditions: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    for (const [, formula] of xml.matchAll(/<formula>(.*?)<\/formula>/g)) conditions.push(formula);
  }
  return { cells, conditions, longest };
}
