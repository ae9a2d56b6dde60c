// The in-memory workbook behind the Excel fake: sheets of cells, tables, charts, conditional formats, settings.
// Pure TypeScript (no Node, no DOM) so the same fake runs in jest and in a browser page for the task-pane tests.

export type FakeScalar = string | number | boolean;

export interface FakeCell {
  /** What Excel's `values` returns: number, text, boolean, or '' for an empty cell. */
  value: FakeScalar;
  /** Set when the cell holds a formula ("=…"). */
  formula?: string;
  /** Excel's number format; absent means "General". */
  numberFormat?: string;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
  /** A named cell style set through Range.style (ExcelApi 1.7), e.g. "Input". */
  style?: string;
  /** What Range.format set on the cell; absent parts are Excel's defaults (11-point regular, bottom-aligned, unwrapped). */
  format?: FakeCellFormat;
}

/** The cell formatting the add-in sets (Excel.RangeFormat and Excel.RangeFont, ExcelApi 1.1). */
export interface FakeCellFormat {
  wrapText?: boolean;
  /** Excel.VerticalAlignment: 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed'. */
  verticalAlignment?: string;
  bold?: boolean;
  /** RangeFont.size, in points. */
  fontSize?: number;
}

export interface FakeTable {
  name: string;
  address: string;
  hasHeaders: boolean;
  style?: string;
}

export interface FakeChart {
  type: string;
  sourceAddress: string;
  categoryAddress?: string;
  title?: string;
  position?: string;
  /** The first series' name, when set (ChartSeries.name). */
  seriesName?: string;
  /** Series added after the first (ChartSeriesCollection.add), in order. */
  addedSeries?: FakeChartSeries[];
  /** Axis titles (ChartAxisTitle.text) and the legend's position (ChartLegend.position). */
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  legendPosition?: string;
  /** Size in points (Chart.width, Chart.height). */
  width?: number;
  height?: number;
}

export interface FakeChartSeries {
  name?: string;
  /** Set by setValues and setXAxisValues; Excel does not show a new series until its values are set. */
  valuesAddress?: string;
  categoryAddress?: string;
  /** A series' own chart type (ChartSeries.chartType), e.g. "Line" over a column chart. */
  chartType?: string;
}

export interface FakeConditionalFormat {
  address: string;
  /** 'CellValue' or 'Custom', as passed to conditionalFormats.add. */
  type?: string;
  /** A Custom rule's formula, relative to the range's top-left cell. */
  formula?: string;
  operator?: string;
  formula1?: string;
  fillColor?: string;
  fontColor?: string;
}

/** One header or footer's three sections (HeaderFooter.leftFooter, centerFooter, rightFooter). */
export interface FakeHeaderFooterText {
  left: string;
  center: string;
  right: string;
}

/** A sheet's print settings (Worksheet.pageLayout, ExcelApi 1.9): the part the add-in sets. */
export interface FakePageLayout {
  orientation: 'Portrait' | 'Landscape';
  /** PageLayoutZoomOptions as last assigned: a percentage scale, or pages to fit (0 = as many as needed). */
  zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
  /** Zero-based first and last rows repeated at the top of every printed page; null when none are set. */
  printTitleRows: { first: number; last: number } | null;
  /** HeaderFooterGroup.defaultForAllPages: used on every page while the group's state is "Default". */
  header: FakeHeaderFooterText;
  footer: FakeHeaderFooterText;
}

/** A new sheet's print settings in Excel: portrait at 100%, no title rows, no header or footer. */
export function defaultPageLayout(): FakePageLayout {
  return {
    orientation: 'Portrait',
    zoom: { scale: 100 },
    printTitleRows: null,
    header: { left: '', center: '', right: '' },
    footer: { left: '', center: '', right: '' },
  };
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Writes to a protected sheet fail like Excel's (AccessDenied). */
  protected: boolean;
  /** Sparse rows: cells[row][col]. */
  cells: FakeCell[][];
  tables: FakeTable[];
  charts: FakeChart[];
  conditionalFormats: FakeConditionalFormat[];
  frozenRows: number;
  columnWidths: Record<number, number>;
  /** Row heights in points set through RangeFormat.rowHeight, by zero-based row; absent rows have Excel's default. */
  rowHeights: Record<number, number>;
  /** Worksheet custom properties (ExcelApi 1.12), by lower-cased key: keys are case-insensitive. */
  customProperties: Record<string, string>;
  /** Merged areas, zero-based sheet boxes; Excel keeps the value in the top-left cell only. */
  merges: { row: number; col: number; rows: number; cols: number }[];
  pageLayout: FakePageLayout;
}

export interface FakeWorkbookOptions {
  /** Highest ExcelApi requirement set the simulated host supports, e.g. "1.7" or "1.12". */
  excelApi?: string;
  /** Request and response payload limit per sync, in bytes (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** Hyperlinks a worksheet may hold (Excel: 65,530, EXCEL_LINKS_PER_SHEET); a smaller one lets a test reach it. */
  hyperlinksPerSheet?: number;
  /** Adding, deleting or renaming sheets fails (the workbook's structure is protected). */
  structureProtected?: boolean;
  name?: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** suspendScreenUpdatingUntilNextSync was queued in this sync: it lasts only until the sync (ExcelApi 1.9). */
  screenUpdatingSuspended?: boolean;
  /** The sync changed the workbook (a write command ran), as opposed to only loading. */
  wrote?: boolean;
}

export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** "Excel specifications and limits" (support.microsoft.com): hyperlinks in a worksheet, 65,530. */
export const EXCEL_LINKS_PER_SHEET = 65_530;

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** Workbook settings (the Excel.SettingCollection and Office.context.document.settings share them). */
  readonly settings = new Map<string, unknown>();
  readonly syncs: SyncRecord[] = [];
  /** Base64 payloads handed to Excel.createWorkbook. */
  readonly createdWorkbooks: string[] = [];
  readonly excelApi: string;
  payloadLimitBytes: number;
  hyperlinksPerSheet: number;
  structureProtected: boolean;
  name?: string;
  activeSheetId?: string;
  selection?: { sheetId: string; address: string };
  /** Called before each sync runs, with the number of syncs so far; lets a test act as the user mid-run. */
  beforeSync?: (syncIndex: number) => void;
  /**
   * A sync for which this answers true never returns: neither resolves nor rejects, as reported of Excel on the
   * web (OfficeDev/office-js#6150, #6678, #4805). Nothing of it is applied.
   */
  hangsOnSync?: (syncIndex: number) => boolean;
  private nextId = 1;

  constructor(options: FakeWorkbookOptions = {}) {
    this.excelApi = options.excelApi ?? '1.12';
    this.payloadLimitBytes = options.payloadLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT;
    this.hyperlinksPerSheet = options.hyperlinksPerSheet ?? EXCEL_LINKS_PER_SHEET;
    this.structureProtected = options.structureProtected ?? false;
    this.name = options.name;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  supports(version: string): boolean {
    return compareVersions(this.excelApi, version) >= 0;
  }

  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    const sheet: FakeSheet = {
      id: `{SHEET-${this.nextId++}}`,
      name,
      visibility: 'Visible',
      protected: false,
      cells: [],
      tables: [],
      charts: [],
      conditionalFormats: [],
      frozenRows: 0,
      columnWidths: {},
      rowHeights: {},
      customProperties: {},
      merges: [],
      pageLayout: defaultPageLayout(),
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  deleteSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index >= 0) this.sheets.splice(index, 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id;
  }

  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  /** Test helper: fills a sheet from a grid as if a user had typed constants (no formula parsing). */
  setGrid(sheetName: string, rows: (FakeScalar | null)[][], origin = { row: 0, col: 0 }): FakeSheet {
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        cellAt(sheet, origin.row + r, origin.col + c, true).value = value;
      }),
    );
    return sheet;
  }
}

export function cellAt(sheet: FakeSheet, row: number, col: number, create: true): FakeCell;
export function cellAt(sheet: FakeSheet, row: number, col: number, create?: false): FakeCell | undefined;
export function cellAt(sheet: FakeSheet, row: number, col: number, create = false): FakeCell | undefined {
  let line = sheet.cells[row];
  if (!line) {
    if (!create) return undefined;
    line = sheet.cells[row] = [];
  }
  let cell = line[col];
  if (!cell && create) cell = line[col] = { value: '' };
  return cell;
}

function isEmptyCell(cell: FakeCell | undefined, valuesOnly: boolean): boolean {
  if (!cell) return true;
  if (cell.value !== '' || cell.formula) return false;
  return valuesOnly || (!cell.numberFormat && !cell.hyperlink);
}

/**
 * The smallest box holding every non-empty cell, as Excel's getUsedRange; null for an empty sheet. With `within`,
 * only cells inside that box count (Range.getUsedRange). Rows and cells are sparse arrays and only the ones
 * present are visited, so a sheet whose used range is A1:XFD1048576 but holds two cells costs two cells.
 */
export function usedBox(
  sheet: FakeSheet,
  valuesOnly: boolean,
  within?: { row: number; col: number; rows: number; cols: number },
): { row: number; col: number; rows: number; cols: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.cells.forEach((line, r) => {
    if (!line) return;
    if (within && (r < within.row || r >= within.row + within.rows)) return;
    line.forEach((cell, c) => {
      if (within && (c < within.col || c >= within.col + within.cols)) return;
      if (isEmptyCell(cell, valuesOnly)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
