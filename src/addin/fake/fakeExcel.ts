// A strict in-memory stand-in for the part of the Excel JavaScript API the bridge uses. Strict where office-js
// is strict: commands queue until context.sync(); a property read before load + sync throws PropertyNotLoaded;
// *OrNullObject objects answer isNullObject only after a sync; every sync is counted and its request and
// response sizes measured, and a sync over the payload limit fails like Excel on the web.
import { MAX_ROW_HEIGHT_POINTS } from '../../engine/report/layout';
import { parseRangeAddress, quoteSheetName, rangeAddress, type RangeBox } from '../bridge/a1';
import { applyInput, FakeInputError, formulaOf } from './cellInput';
import {
  cellAt,
  usedBox,
  type FakeCellFormat,
  type FakeChart,
  type FakeChartSeries,
  type FakeConditionalFormat,
  type FakeHeaderFooterText,
  type FakePageLayout,
  type FakeScalar,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
} from './fakeWorkbook';

export class FakeRichApiError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

interface OpResult {
  responseBytes: number;
  commit: () => void;
}

interface Op {
  requestBytes: number;
  run: () => OpResult | void;
  /** The op reads only (a load); every other op counts as a write for SyncRecord.wrote. */
  readOnly?: boolean;
  suspendsScreen?: boolean;
}

const OP_OVERHEAD_BYTES = 64;
/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}

function notLoaded(property: string): never {
  throw new FakeRichApiError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoadArg(arg?: string | string[] | { select?: string | string[] }): string[] {
  const raw = arg === undefined ? [] : typeof arg === 'string' ? arg.split(',') : Array.isArray(arg) ? arg : parseLoadArg(arg.select);
  return raw.map((p) => p.trim()).filter(Boolean);
}

export class FakeRequestContext {
  private queue: Op[] = [];
  private awaitingSync: FakeClientObject<unknown>[] = [];
  readonly workbook: FakeWorkbookObject;

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookObject(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  track(object: FakeClientObject<unknown>): void {
    this.awaitingSync.push(object);
  }

  requireApi(version: string, what: string): void {
    if (!this.model.supports(version))
      throw new FakeRichApiError('ApiNotFound', `${what} needs ExcelApi ${version}; this host supports ${this.model.excelApi}.`);
  }

  get hasPendingWork(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    if (this.model.hangsOnSync?.(this.model.syncCount)) {
      this.queue = [];
      this.awaitingSync = [];
      this.model.syncs.push({ requestBytes: 0, responseBytes: 0 });
      return new Promise<void>(() => undefined);
    }
    this.model.beforeSync?.(this.model.syncCount);
    const ops = this.queue;
    const objects = this.awaitingSync;
    this.queue = [];
    this.awaitingSync = [];
    const requestBytes = 200 + ops.reduce((sum, op) => sum + op.requestBytes, 0);
    const limit = this.model.payloadLimitBytes;
    const screenUpdatingSuspended = ops.some((op) => op.suspendsScreen);
    const wrote = ops.some((op) => !op.readOnly && !op.suspendsScreen);
    if (requestBytes > limit) {
      this.model.syncs.push({ requestBytes, responseBytes: 0, screenUpdatingSuspended, wrote });
      throw new FakeRichApiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    let responseBytes = 200;
    const commits: (() => void)[] = [];
    try {
      for (const op of ops) {
        const result = op.run();
        if (result && typeof result === 'object' && typeof result.commit === 'function') {
          responseBytes += result.responseBytes;
          commits.push(result.commit);
        }
      }
    } catch (error) {
      this.model.syncs.push({ requestBytes, responseBytes, screenUpdatingSuspended, wrote });
      throw asRichApiError(error);
    }
    this.model.syncs.push({ requestBytes, responseBytes, screenUpdatingSuspended, wrote });
    if (responseBytes > limit)
      throw new FakeRichApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    commits.forEach((commit) => commit());
    objects.forEach((object) => object.settle());
    await Promise.resolve();
  }
}

function asRichApiError(error: unknown): FakeRichApiError {
  if (error instanceof FakeRichApiError) return error;
  if (error instanceof FakeInputError) return new FakeRichApiError('InvalidArgument', error.message);
  return new FakeRichApiError('GeneralException', error instanceof Error ? error.message : String(error));
}

/** A proxy for one Excel object; `target()` finds the real thing at sync time and stays bound to it. */
abstract class FakeClientObject<T> {
  private bound: T | null | undefined;
  protected readonly loaded = new Map<string, unknown>();
  private nullKnown = false;
  private nullValue = false;

  constructor(
    readonly context: FakeRequestContext,
    private readonly find: () => T | null,
    private readonly nullable = false,
  ) {
    context.track(this as FakeClientObject<unknown>);
  }

  /** The object behind the proxy, or null for a null object. Throws ItemNotFound if it has gone. */
  protected resolve(): T | null {
    if (this.bound === undefined) {
      const found = this.find();
      if (found === null && !this.nullable) throw new FakeRichApiError('ItemNotFound', this.missingMessage());
      this.bound = found;
    }
    if (this.bound !== null && !this.stillExists(this.bound)) throw new FakeRichApiError('ItemNotFound', this.missingMessage());
    return this.bound;
  }

  protected target(): T {
    const found = this.resolve();
    if (found === null) throw new FakeRichApiError('InvalidObjectPath', `${this.constructor.name} is a null object.`);
    return found;
  }

  protected stillExists(_target: T): boolean {
    return true;
  }

  protected missingMessage(): string {
    return 'The requested resource doesn\'t exist.';
  }

  /** Values for the named properties, read at sync time. */
  protected abstract snapshot(target: T, property: string): unknown;

  get isNullObject(): boolean {
    if (!this.nullKnown) notLoaded('isNullObject');
    return this.nullValue;
  }

  settle(): void {
    if (this.nullKnown) return;
    this.nullKnown = true;
    try {
      this.nullValue = this.resolve() === null;
    } catch {
      this.nullValue = false;
    }
  }

  load(properties?: string | string[] | { select?: string | string[] }): this {
    const names = parseLoadArg(properties);
    if (names.length === 0) throw new FakeRichApiError('InvalidArgument', 'load() needs property names in this fake, as the office-addins lint rule asks.');
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES,
      readOnly: true,
      run: () => {
        const found = this.resolve();
        if (found === null) return { responseBytes: 10, commit: () => undefined };
        const data = new Map(names.map((name) => [name, this.snapshot(found, name)]));
        return {
          responseBytes: jsonBytes(Object.fromEntries(data)),
          commit: () => data.forEach((value, name) => this.loaded.set(name, value)),
        };
      },
    });
    return this;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Queues a command; `bytes` is the payload it adds to the request. */
  protected command(bytes: number, run: (target: T) => void): void {
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES + bytes,
      run: () => {
        run(this.target());
      },
    });
  }
}

function unknownProperty(owner: string, property: string): never {
  throw new FakeRichApiError('InvalidArgument', `${owner} has no loadable property '${property}' in the fake.`);
}

// ───────────────────────────── Workbook, settings, application ─────────────────────────────

export class FakeWorkbookObject extends FakeClientObject<FakeWorkbook> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, () => null);
    this.settings = new FakeSettingCollection(context);
    this.application = new FakeApplication(context);
  }

  get name(): string {
    return this.read('name');
  }

  protected snapshot(target: FakeWorkbook, property: string): unknown {
    if (property === 'name') {
      this.context.requireApi('1.7', 'Workbook.name');
      return target.name ?? 'Book1';
    }
    return unknownProperty('Workbook', property);
  }
}

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({ requestBytes: OP_OVERHEAD_BYTES, readOnly: true, run: () => this.context.requireApi('1.6', 'suspendApiCalculationUntilNextSync') });
  }

  // "Suspends screen updating until the next context.sync() is called" (Application, ExcelApi 1.9): it covers
  // one sync only, so the fake records, per sync, whether it was queued there.
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({ requestBytes: OP_OVERHEAD_BYTES, suspendsScreen: true, run: () => this.context.requireApi('1.9', 'suspendScreenUpdatingUntilNextSync') });
  }
}

export class FakeSettingCollection {
  constructor(private readonly context: FakeRequestContext) {}

  add(key: string, value: unknown): FakeSetting {
    const bytes = jsonBytes({ key, value });
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES + bytes,
      run: () => {
        this.context.requireApi('1.4', 'Workbook.settings');
        this.context.model.settings.set(key, structuredCloneJson(value));
      },
    });
    return new FakeSetting(this.context, key, false);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, key, false);
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, true);
  }
}

export class FakeSetting extends FakeClientObject<{ key: string }> {
  constructor(
    context: FakeRequestContext,
    private readonly key: string,
    nullable: boolean,
  ) {
    super(context, () => (context.model.settings.has(key) ? { key } : null), nullable);
  }

  protected override stillExists(): boolean {
    return this.context.model.settings.has(this.key);
  }

  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.command(0, () => this.context.model.settings.delete(this.key));
  }

  protected snapshot(target: { key: string }, property: string): unknown {
    this.context.requireApi('1.4', 'Workbook.settings');
    if (property === 'value') return structuredCloneJson(this.context.model.settings.get(target.key));
    if (property === 'key') return target.key;
    return unknownProperty('Setting', property);
  }
}

function structuredCloneJson<V>(value: V): V {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as V);
}

// ───────────────────────────── Worksheets ─────────────────────────────

function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw new FakeRichApiError('InvalidArgument', `"${name}" is not a valid sheet name.`);
}

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbook> {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
  }

  override load(properties?: string | string[] | { select?: string | string[] }): this {
    const names = parseLoadArg(properties).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES,
      readOnly: true,
      run: () => {
        const sheets = [...this.context.model.sheets];
        const data = sheets.map((sheet, position) => Object.fromEntries(names.map((n) => [n, worksheetProperty(sheet, n, position)])));
        return {
          responseBytes: jsonBytes(data),
          commit: () => {
            this.loadedItems = sheets.map((sheet, i) => FakeWorksheet.bound(this.context, sheet, data[i]));
          },
        };
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) notLoaded('items');
    return this.loadedItems;
  }

  getItem(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.model, nameOrId), false, nameOrId);
  }

  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        this.context.requireApi('1.4', 'getItemOrNullObject');
        return findSheet(this.context.model, nameOrId);
      },
      true,
      nameOrId,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheetById(this.context.model.activeSheetId ?? '') ?? null);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES + name.length,
      run: () => {
        if (this.context.model.structureProtected)
          throw new FakeRichApiError('AccessDenied', 'The workbook structure is protected; sheets cannot be added.');
        checkSheetName(name);
        if (this.context.model.findSheet(name))
          throw new FakeRichApiError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
        created = this.context.model.addSheet(name);
      },
    });
    return new FakeWorksheet(this.context, () => created, false, name);
  }

  protected snapshot(): unknown {
    return unknownProperty('WorksheetCollection', 'this');
  }
}

function findSheet(model: FakeWorkbook, nameOrId: string): FakeSheet | null {
  return model.findSheet(nameOrId) ?? model.sheetById(nameOrId) ?? null;
}

function worksheetProperty(sheet: FakeSheet, property: string, position: number): unknown {
  switch (property) {
    case 'name':
      return sheet.name;
    case 'id':
      return sheet.id;
    case 'position':
      return position;
    case 'visibility':
      return sheet.visibility;
    default:
      return unknownProperty('Worksheet', property);
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly protection: FakeWorksheetProtection;
  readonly customProperties: FakeWorksheetCustomPropertyCollection;
  readonly pageLayout: FakePageLayoutObject;

  constructor(
    context: FakeRequestContext,
    find: () => FakeSheet | null,
    nullable = false,
    private readonly label = 'sheet',
  ) {
    super(context, find, nullable);
    this.tables = new FakeTableCollection(context, () => this.target());
    this.charts = new FakeChartCollection(context, () => this.target());
    this.freezePanes = new FakeFreezePanes(context, () => this.target());
    this.protection = new FakeWorksheetProtection(context, () => this.target());
    this.customProperties = new FakeWorksheetCustomPropertyCollection(context, () => this.target());
    this.pageLayout = new FakePageLayoutObject(context, () => this.target());
  }

  static bound(context: FakeRequestContext, sheet: FakeSheet, data: Record<string, unknown>): FakeWorksheet {
    const worksheet = new FakeWorksheet(context, () => sheet, false, sheet.name);
    worksheet.settle();
    worksheet.preload(data);
    return worksheet;
  }

  private preload(data: Record<string, unknown>): void {
    // Items of a loaded collection arrive with the properties loaded on the collection.
    Object.entries(data).forEach(([name, value]) => this.loaded.set(name, value));
  }

  protected override stillExists(sheet: FakeSheet): boolean {
    return this.context.model.sheets.includes(sheet);
  }

  protected override missingMessage(): string {
    return `The worksheet "${this.label}" doesn't exist.`;
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.command(value.length, (sheet) => {
      if (this.context.model.structureProtected) throw new FakeRichApiError('AccessDenied', 'The workbook structure is protected; sheets cannot be renamed.');
      checkSheetName(value);
      const other = this.context.model.findSheet(value);
      if (other && other !== sheet) throw new FakeRichApiError('ItemAlreadyExists', `A sheet named "${value}" already exists.`);
      // Excel rewrites every formula that names the sheet (renaming a sheet keeps formulas pointing at it).
      const from = `${quoteSheetName(sheet.name)}!`;
      const to = `${quoteSheetName(value)}!`;
      if (from !== to)
        for (const other of this.context.model.sheets)
          for (const row of other.cells) for (const cell of row ?? []) if (cell?.formula?.includes(from)) cell.formula = cell.formula.split(from).join(to);
      sheet.name = value;
    });
  }

  get id(): string {
    return this.read('id');
  }

  get position(): number {
    return this.read('position');
  }

  set position(value: number) {
    this.command(8, (sheet) => {
      const sheets = this.context.model.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }

  get visibility(): string {
    return this.read('visibility');
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    return worksheetProperty(sheet, property, this.context.model.sheets.indexOf(sheet));
  }

  delete(): void {
    this.command(0, (sheet) => {
      if (this.context.model.structureProtected) throw new FakeRichApiError('AccessDenied', 'The workbook structure is protected; sheets cannot be deleted.');
      if (this.context.model.sheets.length === 1) throw new FakeRichApiError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      this.context.model.deleteSheet(sheet);
    });
  }

  activate(): void {
    this.command(0, (sheet) => (this.context.model.activeSheetId = sheet.id));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      // Worksheet.getRange() without an address is the whole sheet (Excel.Worksheet.getRange in @types/office-js).
      if (!address) return { sheet, box: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      try {
        return { sheet, box: parseRangeAddress(address) };
      } catch {
        throw new FakeRichApiError('InvalidArgument', `"${address}" is not a valid range address.`);
      }
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      this.context.requireApi('1.7', 'getRangeByIndexes');
      if (rowCount < 1 || columnCount < 1) throw new FakeRichApiError('InvalidArgument', 'A range needs at least one row and column.');
      return { sheet: this.target(), box: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      return { sheet, box: usedBox(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        this.context.requireApi('1.4', 'getUsedRangeOrNullObject');
        const sheet = this.target();
        const box = usedBox(sheet, valuesOnly);
        return box ? { sheet, box } : null;
      },
      true,
    );
  }
}

// Worksheet custom properties are ExcelApi 1.12; keys are case-insensitive and add() overwrites an existing key
// (Excel.WorksheetCustomPropertyCollection.add in @types/office-js and learn.microsoft.com).
export class FakeWorksheetCustomPropertyCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(key: string, value: string): FakeWorksheetCustomProperty {
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES + key.length + value.length,
      run: () => {
        this.context.requireApi('1.12', 'Worksheet.customProperties');
        if (key.length > 255) throw new FakeRichApiError('InvalidArgument', 'A custom property key is limited to 255 characters.');
        const sheet = this.sheet();
        ensureWritable(this.context, sheet);
        sheet.customProperties[key.toLowerCase()] = String(value);
      },
    });
    return new FakeWorksheetCustomProperty(this.context, this.sheet, key, false);
  }

  getItemOrNullObject(key: string): FakeWorksheetCustomProperty {
    return new FakeWorksheetCustomProperty(this.context, this.sheet, key, true);
  }
}

export class FakeWorksheetCustomProperty extends FakeClientObject<{ sheet: FakeSheet; key: string }> {
  constructor(context: FakeRequestContext, sheet: () => FakeSheet, key: string, nullable: boolean) {
    super(
      context,
      () => {
        context.requireApi('1.12', 'Worksheet.customProperties');
        const target = sheet();
        return key.toLowerCase() in target.customProperties ? { sheet: target, key: key.toLowerCase() } : null;
      },
      nullable,
    );
  }

  get value(): string {
    return this.read('value');
  }

  delete(): void {
    this.command(0, ({ sheet, key }) => {
      ensureWritable(this.context, sheet);
      delete sheet.customProperties[key];
    });
  }

  protected snapshot(target: { sheet: FakeSheet; key: string }, property: string): unknown {
    if (property === 'value') return target.sheet.customProperties[target.key];
    if (property === 'key') return target.key;
    return unknownProperty('WorksheetCustomProperty', property);
  }
}

export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, sheet: () => FakeSheet) {
    super(context, sheet);
  }

  get protected(): boolean {
    return this.read('protected');
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    if (property === 'protected') return sheet.protected;
    return unknownProperty('WorksheetProtection', property);
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  freezeRows(count: number): void {
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES,
      run: () => {
        this.context.requireApi('1.7', 'freezePanes');
        this.sheet().frozenRows = count;
      },
    });
  }
}

// ───────────────────────────── Page layout (print setup) ─────────────────────────────
// Worksheet.pageLayout and everything under it are ExcelApi 1.9 ("Excel.PageLayout class", learn.microsoft.com):
// on an older host every use fails with ApiNotFound, as a property missing from the host's API does.

/** The print zoom as Excel takes it; each rule below is a documented one. */
function checkZoom(value: unknown): FakePageLayout['zoom'] {
  // "The PageLayoutZoomOptions object must be set as a JSON object (use x.zoom = {...} instead of x.zoom.scale = ...)"
  // (PageLayout.zoom): anything but an object is refused.
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new FakeRichApiError('InvalidArgument', 'PageLayout.zoom must be set as a PageLayoutZoomOptions object.');
  const { scale, horizontalFitToPages, verticalFitToPages } = value as Record<string, unknown>;
  // "Print page scale value can be between 10 and 400" (PageLayoutZoomOptions.scale).
  if (scale !== undefined && scale !== null && (typeof scale !== 'number' || !(scale >= 10 && scale <= 400)))
    throw new FakeRichApiError('InvalidArgument', `The print scale must be between 10 and 400; got ${String(scale)}.`);
  // Pages to fit are a count of pages: the file format stores them as unsigned integers, 0 meaning "as many pages as
  // the sheet needs" (ECMA-376 Part 1, 18.3.1.63 pageSetup, fitToHeight and fitToWidth).
  for (const [name, pages] of [
    ['horizontalFitToPages', horizontalFitToPages],
    ['verticalFitToPages', verticalFitToPages],
  ] as const) {
    if (pages !== undefined && pages !== null && (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 0))
      throw new FakeRichApiError('InvalidArgument', `${name} must be a whole number of pages (0 for as many as needed); got ${String(pages)}.`);
  }
  const zoom: FakePageLayout['zoom'] = {};
  if (scale !== undefined) zoom.scale = scale as number | null;
  if (horizontalFitToPages !== undefined) zoom.horizontalFitToPages = horizontalFitToPages as number | null;
  if (verticalFitToPages !== undefined) zoom.verticalFitToPages = verticalFitToPages as number | null;
  return zoom;
}

const MAX_COLUMNS_ADDRESS = 16_384;

export class FakePageLayoutObject extends FakeClientObject<FakeSheet> {
  readonly headersFooters: { readonly defaultForAllPages: FakeHeaderFooter };

  constructor(context: FakeRequestContext, sheet: () => FakeSheet) {
    super(context, () => {
      context.requireApi('1.9', 'Worksheet.pageLayout');
      return sheet();
    });
    // HeaderFooterGroup.defaultForAllPages: "The general header/footer, used for all pages unless even/odd or first
    // page is specified"; the group's other parts (firstPage, evenPages, oddPages) are not used by the add-in.
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(context, () => this.target()) };
  }

  get orientation(): FakePageLayout['orientation'] {
    return this.read('orientation');
  }

  set orientation(value: FakePageLayout['orientation']) {
    this.command(String(value).length, (sheet) => {
      ensureWritable(this.context, sheet);
      // PageLayout.orientation is an Excel.PageOrientation: "Portrait" or "Landscape".
      if (value !== 'Portrait' && value !== 'Landscape') throw new FakeRichApiError('InvalidArgument', `"${String(value)}" is not a page orientation.`);
      sheet.pageLayout.orientation = value;
    });
  }

  /** A loaded copy, frozen: changing one of its fields would change nothing in Excel (assign a whole object). */
  get zoom(): FakePageLayout['zoom'] {
    return this.read('zoom');
  }

  set zoom(value: FakePageLayout['zoom']) {
    this.command(jsonBytes(value ?? null), (sheet) => {
      ensureWritable(this.context, sheet);
      sheet.pageLayout.zoom = checkZoom(value);
    });
  }

  /**
   * "The rows to be repeated at the top of each page. The range must span the entire row to be valid."
   * (PageLayout.setPrintTitleRows): "$3:$3" or a whole-row Range; "A3:F3" is refused.
   */
  setPrintTitleRows(rows: string | FakeRange): void {
    this.command(typeof rows === 'string' ? rows.length : 16, (sheet) => {
      ensureWritable(this.context, sheet);
      let box: RangeBox;
      if (typeof rows === 'string') {
        try {
          box = parseRangeAddress(rows);
        } catch {
          throw new FakeRichApiError('InvalidArgument', `"${rows}" is not a valid range address.`);
        }
      } else box = rows.targetNow().box;
      if (box.col !== 0 || box.cols !== MAX_COLUMNS_ADDRESS) throw new FakeRichApiError('InvalidArgument', 'The print title rows must span entire rows.');
      sheet.pageLayout.printTitleRows = { first: box.row, last: box.row + box.rows - 1 };
    });
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    const layout = sheet.pageLayout;
    if (property === 'orientation') return layout.orientation;
    if (property === 'zoom') return Object.freeze({ ...layout.zoom });
    return unknownProperty('PageLayout', property);
  }
}

/** The header/footer text Excel stores for one set of pages: "&L…&C…&R…" in one string. */
function storedText(text: FakeHeaderFooterText): string {
  return `&L${text.left}&C${text.center}&R${text.right}`;
}

// HeaderFooter (ExcelApi 1.9): six strings, the left, center and right sections of the header and the footer, with
// Excel's codes (&A the sheet's name, &P the page, &N the pages). Excel keeps each header and each footer as one
// string of its three sections, which "MUST be less than or equal to 255" characters ([MS-XLSB] 2.5.73
// HeaderFooterString; [MS-OI29500] 2.1.651: "Office requires that the length ... be less than or equal to 255").
export class FakeHeaderFooter extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, sheet: () => FakeSheet) {
    super(context, sheet);
  }

  private setSection(part: 'header' | 'footer', section: keyof FakeHeaderFooterText, value: string): void {
    this.command(String(value).length, (sheet) => {
      ensureWritable(this.context, sheet);
      if (typeof value !== 'string') throw new FakeRichApiError('InvalidArgument', `A ${part} section is text.`);
      const next = { ...sheet.pageLayout[part], [section]: value };
      if (storedText(next).length > 255) throw new FakeRichApiError('InvalidArgument', `The ${part} is longer than Excel's 255 characters.`);
      sheet.pageLayout[part] = next;
    });
  }

  set leftHeader(value: string) {
    this.setSection('header', 'left', value);
  }
  set centerHeader(value: string) {
    this.setSection('header', 'center', value);
  }
  set rightHeader(value: string) {
    this.setSection('header', 'right', value);
  }
  set leftFooter(value: string) {
    this.setSection('footer', 'left', value);
  }
  set centerFooter(value: string) {
    this.setSection('footer', 'center', value);
  }
  set rightFooter(value: string) {
    this.setSection('footer', 'right', value);
  }

  get leftHeader(): string {
    return this.read('leftHeader');
  }
  get centerHeader(): string {
    return this.read('centerHeader');
  }
  get rightHeader(): string {
    return this.read('rightHeader');
  }
  get leftFooter(): string {
    return this.read('leftFooter');
  }
  get centerFooter(): string {
    return this.read('centerFooter');
  }
  get rightFooter(): string {
    return this.read('rightFooter');
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    const match = /^(left|center|right)(Header|Footer)$/.exec(property);
    if (!match) return unknownProperty('HeaderFooter', property);
    return sheet.pageLayout[match[2] === 'Header' ? 'header' : 'footer'][match[1] as keyof FakeHeaderFooterText];
  }
}

// ───────────────────────────── Ranges ─────────────────────────────

interface RangeTarget {
  sheet: FakeSheet;
  box: RangeBox;
}

function ensureWritable(context: FakeRequestContext, sheet: FakeSheet): void {
  if (!context.model.sheets.includes(sheet)) throw new FakeRichApiError('ItemNotFound', `The worksheet "${sheet.name}" doesn't exist.`);
  if (sheet.protected) throw new FakeRichApiError('AccessDenied', `The sheet "${sheet.name}" is protected.`);
}

function checkShape(box: RangeBox, grid: unknown, property: string): unknown[][] {
  if (!Array.isArray(grid) || grid.length !== box.rows || grid.some((row) => !Array.isArray(row) || row.length !== box.cols))
    throw new FakeRichApiError(
      'InvalidArgument',
      `The number of rows or columns in the input array for ${property} doesn't match the size or dimensions of the range (${box.rows}×${box.cols}).`,
    );
  return grid as unknown[][];
}

function mapBox<V>(box: RangeBox, read: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const line: V[] = [];
    for (let c = 0; c < box.cols; c++) line.push(read(box.row + r, box.col + c));
    out.push(line);
  }
  return out;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, find: () => RangeTarget | null, nullable = false) {
    super(context, find, nullable);
    this.format = new FakeRangeFormat(context, () => this.target());
    this.conditionalFormats = new FakeConditionalFormatCollection(context, () => this.target());
  }

  /** For other fake objects that take a range argument; resolves like a command would at sync time. */
  targetNow(): RangeTarget {
    return this.target();
  }

  protected override stillExists(target: RangeTarget): boolean {
    return this.context.model.sheets.includes(target.sheet);
  }

  protected snapshot(target: RangeTarget, property: string): unknown {
    const { sheet, box } = target;
    // Every cell costs at least a few bytes of response ("",): a range that could not fit the payload limit is
    // refused before the fake builds it, so a huge used range costs the fake nothing and fails as Excel's would.
    if ((property === 'values' || property === 'formulas' || property === 'numberFormat') && box.rows * box.cols * 3 > this.context.model.payloadLimitBytes)
      throw new FakeRichApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    switch (property) {
      case 'values':
        return mapBox(box, (r, c) => cellAt(sheet, r, c)?.value ?? '');
      case 'formulas':
        return mapBox(box, (r, c) => formulaOf(cellAt(sheet, r, c)));
      case 'numberFormat':
        return mapBox(box, (r, c) => cellAt(sheet, r, c)?.numberFormat ?? 'General');
      case 'address':
        return `${quoteIfNeeded(sheet.name)}!${rangeAddress(box)}`;
      case 'rowIndex':
        return box.row;
      case 'columnIndex':
        return box.col;
      case 'rowCount':
        return box.rows;
      case 'columnCount':
        return box.cols;
      default:
        return unknownProperty('Range', property);
    }
  }

  get values(): FakeScalar[][] {
    return this.read('values');
  }

  set values(grid: unknown[][]) {
    this.enterInputs(grid, 'values');
  }

  get formulas(): FakeScalar[][] {
    return this.read('formulas');
  }

  set formulas(grid: unknown[][]) {
    this.enterInputs(grid, 'formulas');
  }

  /** Assigning values or formulas both enter each cell as typed, as Excel does ("=…" becomes a formula either way). */
  private enterInputs(grid: unknown[][], property: 'values' | 'formulas'): void {
    this.command(jsonBytes(grid), ({ sheet, box }) => {
      ensureWritable(this.context, sheet);
      const rows = checkShape(box, grid, property);
      rows.forEach((line, r) => line.forEach((input, c) => applyInput(cellAt(sheet, box.row + r, box.col + c, true), input)));
    });
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  set numberFormat(grid: unknown[][]) {
    this.command(jsonBytes(grid), ({ sheet, box }) => {
      ensureWritable(this.context, sheet);
      const rows = checkShape(box, grid, 'numberFormat');
      rows.forEach((line, r) =>
        line.forEach((format, c) => {
          if (format === null || format === undefined) return;
          if (typeof format !== 'string') throw new FakeRichApiError('InvalidArgument', 'A number format must be text.');
          cellAt(sheet, box.row + r, box.col + c, true).numberFormat = format === 'General' ? undefined : format;
        }),
      );
    });
  }

  get address(): string {
    return this.read('address');
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get columnIndex(): number {
    return this.read('columnIndex');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  set hyperlink(link: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string }) {
    this.command(jsonBytes(link), ({ sheet, box }) => {
      this.context.requireApi('1.7', 'Range.hyperlink');
      ensureWritable(this.context, sheet);
      const limit = this.context.model.hyperlinksPerSheet;
      for (let r = 0; r < box.rows; r++)
        for (let c = 0; c < box.cols; c++) {
          const cell = cellAt(sheet, box.row + r, box.col + c, true);
          // Excel holds at most 65,530 hyperlinks on a worksheet ("Excel specifications and limits"); the fake
          // refuses the one past it rather than guess how a host repairs or drops it.
          if (!cell.hyperlink) {
            const count = hyperlinkCount(sheet);
            if (count >= limit) throw new FakeRichApiError('InvalidArgument', `A worksheet can hold at most ${limit} hyperlinks.`);
            HYPERLINK_COUNTS.set(sheet, count + 1);
          }
          cell.hyperlink = { address: link.address, documentReference: link.documentReference, textToDisplay: link.textToDisplay };
          // "The string that is displayed in the top left most cell in the range" (RangeHyperlink.textToDisplay).
          if (link.textToDisplay !== undefined) {
            if (link.textToDisplay.length > 32_767) throw new FakeRichApiError('InvalidArgument', 'A cell can hold at most 32,767 characters.');
            cell.value = link.textToDisplay;
          }
        }
    });
  }

  /**
   * Range.style (ExcelApi 1.7): the name of a cell style. The fake knows Excel's built-in styles (Excel.BuiltInStyle)
   * and refuses any other name, since a workbook of the add-in's own has no custom styles. "A style overwrites
   * formatting" (BuiltInStyle's sample), so the cells' number format goes back to General.
   */
  set style(name: string) {
    this.command(name.length, ({ sheet, box }) => {
      this.context.requireApi('1.7', 'Range.style');
      ensureWritable(this.context, sheet);
      if (!BUILT_IN_STYLES.has(name)) throw new FakeRichApiError('ItemNotFound', `There is no cell style named "${name}".`);
      for (let r = 0; r < box.rows; r++)
        for (let c = 0; c < box.cols; c++) {
          const cell = cellAt(sheet, box.row + r, box.col + c, true);
          cell.style = name;
          delete cell.numberFormat;
        }
    });
  }

  /**
   * Range.merge(across) (ExcelApi 1.2): "Merge the range cells into one region in the worksheet"; with `across`, each
   * row of the range becomes its own merged area. "The value of a merged range is specified in the cell of the
   * range's upper-left corner" (Range.Merge, the VBA reference): the other cells' values are cleared, as Excel does
   * when it merges. A merged area the range overlaps gives way to the new one (a simplification). Excel refuses merged cells
   * in a table ("You can't merge cells in a table"), and so does the fake.
   */
  merge(across = false): void {
    this.command(6, ({ sheet, box }) => {
      this.context.requireApi('1.2', 'Range.merge');
      ensureWritable(this.context, sheet);
      if (sheet.tables.some((t) => boxesOverlap(parseRangeAddress(t.address), box)))
        throw new FakeRichApiError('InvalidOperation', 'Cells in a table can\'t be merged.');
      const areas = across ? Array.from({ length: box.rows }, (_, r) => ({ ...box, row: box.row + r, rows: 1 })) : [box];
      for (const area of areas) {
        if (area.rows * area.cols < 2) continue;
        sheet.merges = sheet.merges.filter((m) => !boxesOverlap(m, area));
        sheet.merges.push(area);
        for (let r = 0; r < area.rows; r++)
          for (let c = 0; c < area.cols; c++) {
            if (r === 0 && c === 0) continue;
            const cell = cellAt(sheet, area.row + r, area.col + c);
            if (cell) {
              cell.value = '';
              delete cell.formula;
            }
          }
      }
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, box } = this.target();
      return { sheet, box: { row: box.row + row, col: box.col + column, rows: 1, cols: 1 } };
    });
  }

  /** Range.getUsedRangeOrNullObject (ExcelApi 1.4): the used part of this range, a null object when it holds nothing. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        this.context.requireApi('1.4', 'Range.getUsedRangeOrNullObject');
        const { sheet, box } = this.target();
        const used = usedBox(sheet, valuesOnly, box);
        return used ? { sheet, box: used } : null;
      },
      true,
    );
  }

  /** ExcelApi 1.13: the merged areas within this range, as a RangeAreas; a null object when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      this.context.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
      const { sheet, box } = this.target();
      const areas = sheet.merges.filter((merge) => boxesOverlap(merge, box));
      return areas.length > 0 ? { sheet, areas } : null;
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, box } = this.target();
      const rows = box.rows + deltaRows;
      const cols = box.cols + deltaColumns;
      if (rows < 1 || cols < 1) throw new FakeRichApiError('InvalidArgument', 'The resized range would be empty.');
      return { sheet, box: { ...box, rows, cols } };
    });
  }

  select(): void {
    this.command(0, ({ sheet, box }) => {
      this.context.model.activeSheetId = sheet.id;
      this.context.model.selection = { sheetId: sheet.id, address: rangeAddress(box) };
    });
  }
}

export class FakeRangeAreas extends FakeClientObject<{ sheet: FakeSheet; areas: RangeBox[] }> {
  constructor(context: FakeRequestContext, find: () => { sheet: FakeSheet; areas: RangeBox[] } | null) {
    super(context, find, true);
  }

  get address(): string {
    return this.read('address');
  }

  protected snapshot(target: { sheet: FakeSheet; areas: RangeBox[] }, property: string): unknown {
    // "Sheet1!A1:B4, Sheet1!D1:D4": each block carries the sheet name (Excel.RangeAreas.address).
    if (property === 'address') return target.areas.map((box) => `${quoteIfNeeded(target.sheet.name)}!${rangeAddress(box)}`).join(', ');
    return unknownProperty('RangeAreas', property);
  }
}

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const VERTICAL_ALIGNMENTS = new Set(['Top', 'Center', 'Bottom', 'Justify', 'Distributed']);

/**
 * Queues one format property for every cell of the range, creating the cells (a formatted cell exists in Excel too).
 * `check` refuses a bad value at sync time, where Excel reports it, before the range is resolved.
 */
function enqueueCellFormat(
  context: FakeRequestContext,
  range: () => RangeTarget,
  requestBytes: number,
  apply: (format: FakeCellFormat) => void,
  check: () => void = () => {},
): void {
  context.enqueue({
    requestBytes: OP_OVERHEAD_BYTES + requestBytes,
    run: () => {
      check();
      const { sheet, box } = range();
      ensureWritable(context, sheet);
      for (let r = 0; r < box.rows; r++)
        for (let c = 0; c < box.cols; c++) {
          const cell = cellAt(sheet, box.row + r, box.col + c, true);
          apply((cell.format ??= {}));
        }
    },
  });
}

/**
 * Excel.RangeFormat (ExcelApi 1.1; columnWidth and rowHeight 1.2). The widths, heights, wrapping, alignment and
 * font the add-in sets are kept so tests can compare them; the fill is accepted and forgotten.
 */
export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: Record<string, unknown> = {};

  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: () => RangeTarget,
  ) {
    this.font = new FakeRangeFont(context, range);
  }

  set columnWidth(points: number) {
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES,
      run: () => {
        const { sheet, box } = this.range();
        ensureWritable(this.context, sheet);
        for (let c = 0; c < box.cols; c++) sheet.columnWidths[box.col + c] = points;
      },
    });
  }

  /**
   * "The height of all rows in the range", in points (RangeFormat.rowHeight, ExcelApi 1.2). Excel holds a row at
   * most 409 points high ("Excel specifications and limits"); the fake refuses more rather than guess a host's clamp.
   */
  set rowHeight(points: number) {
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES + 8,
      run: () => {
        this.context.requireApi('1.2', 'RangeFormat.rowHeight');
        const { sheet, box } = this.range();
        ensureWritable(this.context, sheet);
        if (!(points >= 0 && points <= MAX_ROW_HEIGHT_POINTS))
          throw new FakeRichApiError('InvalidArgument', `A row height must be 0 to ${MAX_ROW_HEIGHT_POINTS} points; got ${points}.`);
        for (let r = 0; r < box.rows; r++) sheet.rowHeights[box.row + r] = points;
      },
    });
  }

  /** "Specifies if Excel wraps the text in the object" (RangeFormat.wrapText, ExcelApi 1.1), for every cell of the range. */
  set wrapText(value: boolean) {
    enqueueCellFormat(this.context, this.range, 5, (format) => (format.wrapText = value));
  }

  /** Excel.VerticalAlignment: Top, Center, Bottom, Justify or Distributed (RangeFormat.verticalAlignment, ExcelApi 1.1). */
  set verticalAlignment(value: string) {
    enqueueCellFormat(this.context, this.range, value.length, (format) => (format.verticalAlignment = value), () => {
      if (!VERTICAL_ALIGNMENTS.has(value)) throw new FakeRichApiError('InvalidArgument', `"${value}" is not an Excel.VerticalAlignment.`);
    });
  }

  autofitColumns(): void {
    this.context.enqueue({ requestBytes: OP_OVERHEAD_BYTES, run: () => void this.range() });
  }
}

/** Excel.RangeFont (ExcelApi 1.1): the bold face and the size in points are kept; other properties are not modelled. */
export class FakeRangeFont {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: () => RangeTarget,
  ) {}

  /** "Specifies the bold status of font" (RangeFont.bold, ExcelApi 1.1). */
  set bold(value: boolean) {
    enqueueCellFormat(this.context, this.range, 5, (format) => (format.bold = value));
  }

  /** "Font size", in points (RangeFont.size). Excel's font sizes run from 1 to 409 points (Format Cells, Font). */
  set size(points: number) {
    enqueueCellFormat(this.context, this.range, 8, (format) => (format.fontSize = points), () => {
      if (!(points >= 1 && points <= 409)) throw new FakeRichApiError('InvalidArgument', `A font size must be 1 to 409 points; got ${points}.`);
    });
  }
}

// ───────────────────────────── Tables ─────────────────────────────

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;

function checkTableName(model: FakeWorkbook, name: string, except?: FakeTable): void {
  if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rc]$/i.test(name))
    throw new FakeRichApiError('InvalidArgument', `"${name}" is not a valid table name.`);
  if (model.allTables().some((t) => t !== except && t.name.toLowerCase() === name.toLowerCase()))
    throw new FakeRichApiError('InvalidArgument', `A table named "${name}" already exists.`);
}

function boxesOverlap(a: RangeBox, b: RangeBox): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export class FakeTableCollection extends FakeClientObject<FakeWorkbook> {
  private loadedItems: FakeTableObject[] | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(context, () => context.model);
  }

  override load(properties?: string | string[] | { select?: string | string[] }): this {
    const names = parseLoadArg(properties).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES,
      readOnly: true,
      run: () => {
        const sheet = this.sheet();
        const tables = sheet ? [...sheet.tables] : this.context.model.allTables();
        const data = tables.map((t) => Object.fromEntries(names.map((n) => [n, tableProperty(t, n)])));
        return {
          responseBytes: jsonBytes(data),
          commit: () => (this.loadedItems = tables.map((t, i) => FakeTableObject.bound(this.context, t, data[i]))),
        };
      },
    });
    return this;
  }

  get items(): FakeTableObject[] {
    if (!this.loadedItems) notLoaded('items');
    return this.loadedItems;
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTableObject {
    let created: FakeTable | null = null;
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES + (typeof address === 'string' ? address.length : 16),
      run: () => {
        // "The range object or source address determines the worksheet under which the table will be added. If the
        // address does not contain a sheet name, the currently-active sheet is used" (TableCollection.add, which the
        // workbook's and each worksheet's tables share): a bare address lands on whatever sheet the user has open.
        const model = this.context.model;
        let sheet: FakeSheet | null;
        let box: RangeBox;
        if (typeof address === 'string') {
          const bang = address.lastIndexOf('!');
          sheet = bang >= 0 ? (model.findSheet(address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'")) ?? null) : (model.sheetById(model.activeSheetId ?? '') ?? null);
          box = parseRangeAddress(address);
        } else ({ sheet, box } = (address as FakeRange).targetNow());
        if (!sheet) throw new FakeRichApiError('InvalidArgument', `The table's address "${String(address)}" names no sheet in this workbook.`);
        ensureWritable(this.context, sheet);
        if (sheet.tables.some((t) => boxesOverlap(parseRangeAddress(t.address), box)))
          throw new FakeRichApiError('InvalidOperation', 'A table can\'t overlap another table.');
        // Excel refuses a table over merged cells ("A table cannot overlap a range that contains merged cells").
        if (sheet.merges.some((m) => boxesOverlap(m, box))) throw new FakeRichApiError('InvalidOperation', 'A table can\'t overlap merged cells.');
        let n = model.allTables().length + 1;
        while (model.allTables().some((t) => t.name === `Table${n}`)) n++;
        created = { name: `Table${n}`, address: rangeAddress(box), hasHeaders };
        sheet.tables.push(created);
      },
    });
    return new FakeTableObject(this.context, () => created);
  }

  protected snapshot(): unknown {
    return unknownProperty('TableCollection', 'this');
  }
}

function tableProperty(table: FakeTable, property: string): unknown {
  if (property === 'name') return table.name;
  if (property === 'style') return table.style ?? 'TableStyleMedium2';
  return unknownProperty('Table', property);
}

export class FakeTableObject extends FakeClientObject<FakeTable> {
  static bound(context: FakeRequestContext, table: FakeTable, data: Record<string, unknown>): FakeTableObject {
    const object = new FakeTableObject(context, () => table);
    object.settle();
    Object.entries(data).forEach(([name, value]) => object.loaded.set(name, value));
    return object;
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.command(value.length, (table) => {
      checkTableName(this.context.model, value, table);
      table.name = value;
    });
  }

  set style(value: string) {
    this.command(value.length, (table) => (table.style = value));
  }

  set showBandedRows(_value: boolean) {
    this.command(0, () => undefined);
  }

  protected snapshot(table: FakeTable, property: string): unknown {
    return tableProperty(table, property);
  }
}

// ───────────────────────────── Charts ─────────────────────────────

export class FakeChartCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: string, sourceData: FakeRange, _seriesBy?: string): FakeChartObject {
    const chart: FakeChart = { type, sourceAddress: '' };
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES + type.length,
      run: () => {
        const sheet = this.sheet();
        ensureWritable(this.context, sheet);
        const { box } = sourceData.targetNow();
        chart.sourceAddress = rangeAddress(box);
        sheet.charts.push(chart);
      },
    });
    return new FakeChartObject(this.context, chart);
  }
}

export class FakeChartObject {
  readonly title: { text: string };
  readonly series: {
    getItemAt(index: number): { name: string; setXAxisValues(range: FakeRange): void };
    add(name?: string): FakeChartSeriesObject;
  };
  readonly axes: { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } };
  readonly legend: { position: string };

  constructor(
    private readonly context: FakeRequestContext,
    private readonly chart: FakeChart,
  ) {
    const enqueue = (run: () => void) => this.context.enqueue({ requestBytes: OP_OVERHEAD_BYTES, run });
    /** A write-only text property: setting it queues the change; reading it unloaded throws, as office-js does. */
    const textProperty = (path: string, set: (value: string) => void) => ({
      set text(value: string) {
        enqueue(() => set(value));
      },
      get text(): string {
        return notLoaded(path);
      },
    });
    this.title = textProperty('title/text', (value) => (chart.title = value));
    this.series = {
      getItemAt: (index: number) => ({
        setXAxisValues: (range: FakeRange) =>
          enqueue(() => {
            context.requireApi('1.7', 'ChartSeries.setXAxisValues');
            if (index !== 0) throw new FakeRichApiError('InvalidArgument', 'The fake charts have one series.');
            chart.categoryAddress = rangeAddress(range.targetNow().box);
          }),
        set name(value: string) {
          enqueue(() => {
            if (index !== 0) throw new FakeRichApiError('InvalidArgument', 'The fake charts have one series.');
            chart.seriesName = value;
          });
        },
        get name(): string {
          return notLoaded('series/name');
        },
      }),
      // "Add a new series to the collection. The new added series is not visible until values, x-axis values, or
      // bubble sizes for it are set" (Excel.ChartSeriesCollection.add, ExcelApi 1.7).
      add: (name?: string) => {
        const added: FakeChartSeries = name === undefined ? {} : { name };
        enqueue(() => {
          context.requireApi('1.7', 'ChartSeriesCollection.add');
          (chart.addedSeries ??= []).push(added);
        });
        return new FakeChartSeriesObject(context, added);
      },
    };
    this.axes = {
      categoryAxis: { title: textProperty('axes/categoryAxis/title/text', (value) => (chart.categoryAxisTitle = value)) },
      valueAxis: { title: textProperty('axes/valueAxis/title/text', (value) => (chart.valueAxisTitle = value)) },
    };
    this.legend = {
      set position(value: string) {
        enqueue(() => (chart.legendPosition = value));
      },
      get position(): string {
        return notLoaded('legend/position');
      },
    };
  }

  set width(points: number) {
    this.context.enqueue({ requestBytes: OP_OVERHEAD_BYTES, run: () => void (this.chart.width = points) });
  }

  get width(): number {
    return notLoaded('width');
  }

  set height(points: number) {
    this.context.enqueue({ requestBytes: OP_OVERHEAD_BYTES, run: () => void (this.chart.height = points) });
  }

  get height(): number {
    return notLoaded('height');
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue({ requestBytes: OP_OVERHEAD_BYTES, run: () => void (this.chart.position = `${startCell}:${endCell ?? startCell}`) });
  }
}

/** A series added to a chart: its values, categories and own chart type (each ExcelApi 1.7). */
export class FakeChartSeriesObject {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly series: FakeChartSeries,
  ) {}

  setValues(range: FakeRange): void {
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES,
      run: () => {
        this.context.requireApi('1.7', 'ChartSeries.setValues');
        this.series.valuesAddress = rangeAddress(range.targetNow().box);
      },
    });
  }

  setXAxisValues(range: FakeRange): void {
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES,
      run: () => {
        this.context.requireApi('1.7', 'ChartSeries.setXAxisValues');
        this.series.categoryAddress = rangeAddress(range.targetNow().box);
      },
    });
  }

  set chartType(value: string) {
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES,
      run: () => {
        this.context.requireApi('1.7', 'ChartSeries.chartType');
        this.series.chartType = value;
      },
    });
  }

  get chartType(): string {
    return notLoaded('chartType');
  }
}

// ───────────────────────────── Conditional formats ─────────────────────────────

export class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: () => RangeTarget,
  ) {}

  add(type: string): FakeConditionalFormatObject {
    const format: FakeConditionalFormat = { address: '', type };
    this.context.enqueue({
      requestBytes: OP_OVERHEAD_BYTES,
      run: () => {
        this.context.requireApi('1.6', 'conditionalFormats');
        if (type !== 'CellValue' && type !== 'Custom')
          throw new FakeRichApiError('InvalidArgument', `The fake supports CellValue and Custom conditional formats, not ${type}.`);
        const { sheet, box } = this.range();
        ensureWritable(this.context, sheet);
        format.address = rangeAddress(box);
        sheet.conditionalFormats.push(format);
      },
    });
    return new FakeConditionalFormatObject(this.context, format);
  }
}

interface FakeFillAndFont {
  fill: { color: string };
  font: { color: string };
}

export class FakeConditionalFormatObject {
  readonly cellValue: {
    format: FakeFillAndFont;
    rule: { formula1: string; operator: string };
  };
  readonly custom: {
    format: FakeFillAndFont;
    rule: { formula: string };
  };

  constructor(context: FakeRequestContext, format: FakeConditionalFormat) {
    const enqueue = (run: () => void) => context.enqueue({ requestBytes: OP_OVERHEAD_BYTES, run });
    const writeOnly = (): never => notLoaded('conditional format property');
    // Like office-js, the cellValue or custom part only exists for a format of that type.
    const requireType = (wanted: string) => {
      if (format.type !== wanted)
        throw new FakeRichApiError('InvalidArgument', `This conditional format is ${format.type ?? 'untyped'}; its ${wanted === 'Custom' ? 'custom' : 'cellValue'} part does not exist.`);
    };
    const fillAndFont = (wanted: string): FakeFillAndFont => ({
      fill: {
        set color(value: string) {
          enqueue(() => {
            requireType(wanted);
            format.fillColor = value;
          });
        },
        get color(): string {
          return writeOnly();
        },
      },
      font: {
        set color(value: string) {
          enqueue(() => {
            requireType(wanted);
            format.fontColor = value;
          });
        },
        get color(): string {
          return writeOnly();
        },
      },
    });
    this.cellValue = {
      format: fillAndFont('CellValue'),
      set rule(value: { formula1: string; operator: string }) {
        enqueue(() => {
          requireType('CellValue');
          format.formula1 = value.formula1;
          format.operator = value.operator;
        });
      },
      get rule(): { formula1: string; operator: string } {
        return writeOnly();
      },
    };
    const customRule = {
      set formula(value: string) {
        enqueue(() => {
          requireType('Custom');
          format.formula = value;
        });
      },
      get formula(): string {
        return writeOnly();
      },
    };
    this.custom = {
      format: fillAndFont('Custom'),
      get rule() {
        return customRule;
      },
    };
  }
}

/** Excel.BuiltInStyle's names (the cell styles every workbook has), as Range.style takes them. */
const BUILT_IN_STYLES = new Set([
  'Normal', 'Comma', 'Currency', 'Percent', 'WholeComma', 'WholeDollar', 'Hlink', 'HlinkTrav', 'Note', 'WarningText',
  'Emphasis1', 'Emphasis2', 'Emphasis3', 'Sheet Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Input',
  'Output', 'Calculation', 'Check Cell', 'Linked Cell', 'Total', 'Good', 'Bad', 'Neutral', 'Accent1', 'Accent2',
  'Accent3', 'Accent4', 'Accent5', 'Accent6', 'ExplanatoryText',
]);

/** Hyperlinks on each sheet, counted once and then kept up to date: the fake never removes a cell's hyperlink. */
const HYPERLINK_COUNTS = new WeakMap<FakeSheet, number>();

function hyperlinkCount(sheet: FakeSheet): number {
  let count = HYPERLINK_COUNTS.get(sheet);
  if (count === undefined) {
    count = 0;
    for (const line of sheet.cells) for (const cell of line ?? []) if (cell?.hyperlink) count++;
    HYPERLINK_COUNTS.set(sheet, count);
  }
  return count;
}
