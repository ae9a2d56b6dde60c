import type { ReportSheet, ReportTable, ReportValue } from '../../engine/types';
import { CHART_HEIGHT_POINTS, CHART_WIDTH_POINTS, sheetLayout, type TablePlace } from '../../engine/report/layout';
import { groupColours } from '../../engine/report/chartColours';
import type { ChartPart } from '../xlsxChart';
import { letter } from './sheetXml';

// The report's charts as chart parts (xlsxChart.ts draws them): where each sits and which cells it reads.

/** The charts of a sheet's tables: above a table where the report places them so, else right of it. */
export function sheetCharts(sheet: ReportSheet, sheetName: string, sheetIndex: number): ChartPart[] {
  const layout = sheetLayout(sheet);
  const tables = [{ table: sheet.table, place: layout.main }, ...(sheet.moreTables ?? []).map((m, i) => ({ table: m.table, place: layout.more[i] }))];
  return tables.flatMap(({ table, place }) => {
    const part = chartPart(table, place, sheetName, sheetIndex);
    return part ? [part] : [];
  });
}

/** Each bar's colour, by its row's group word (the same colours the engine named in the chart's title). */
function pointColours(rows: ReportValue[][], column: number): string[] {
  const colours = groupColours(rows.map((r) => r[column]));
  return rows.map((r) => colours.get(String(r[column] ?? ''))!.hex);
}

/** A table's chart over its own category and value cells. */
function chartPart(table: ReportTable, place: TablePlace, sheetName: string, sheetIndex: number): ChartPart | undefined {
  const { chart, rows, columns } = table;
  if (!chart || rows.length === 0) return undefined;
  const column = (c: number) => ({ col: letter(c), firstRow: place.firstDataRow, lastRow: place.lastDataRow });
  const numbers = (c: number) => rows.map((r) => (typeof r[c] === 'number' && Number.isFinite(r[c]) ? (r[c] as number) : null));
  const part: ChartPart = {
    sheetIndex,
    sheetName,
    type: chart.type,
    title: chart.title,
    categoryRange: column(chart.categoryColumn),
    valueRange: column(chart.valueColumn),
    // As the cells hold them: xlsxChart.ts writes them into the chart's XML, escaped as that XML needs.
    categories: rows.map((r) => String(r[chart.categoryColumn] ?? '')),
    values: numbers(chart.valueColumn),
    valueIsMoney: columns[chart.valueColumn]?.type === 'currency',
    ...(chart.colourByColumn !== undefined ? { pointColours: pointColours(rows, chart.colourByColumn) } : {}),
    anchor: place.chartRow !== undefined ? { col: 0, row: place.chartRow - 1 } : { col: columns.length + 1, row: place.headerRow - 1 },
    // Above its table the chart fills exactly the rows the layout keeps for it, whatever its type.
    ...(place.chartRow !== undefined ? { size: { width: CHART_WIDTH_POINTS, height: CHART_HEIGHT_POINTS } } : {}),
  };
  if (chart.type !== 'column' && chart.type !== 'stackedColumn') return part;
  const series = (c: number, line: boolean) => ({ name: columns[c].header, nameRow: place.headerRow, range: column(c), values: numbers(c), line });
  return {
    ...part,
    series: [
      series(chart.valueColumn, false),
      ...(chart.moreValueColumns ?? []).map((c) => series(c, false)),
      ...(chart.lineColumns ?? []).map((c) => series(c, true)),
    ],
    categoryAxisTitle: chart.categoryAxisTitle,
    valueAxisTitle: chart.valueAxisTitle,
  };
}

