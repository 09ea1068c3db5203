// The fake's proxy objects: what `context.workbook…` hands out. Like Office.js, nothing happens when
// a method is called or a property set — the operation is queued on the request context and carried
// out, in order, at `context.sync()`; a property can be read only after it was loaded and synced
// (PropertyNotLoaded otherwise); *OrNullObject methods give objects whose `isNullObject` is known
// after the sync. Each class `implements` the narrow interfaces of src/excel/api.ts, which are made
// of `Pick<Excel.…>` types, so a member with the wrong signature fails to compile.
import type {
  ChartApi,
  ChartCollectionApi,
  ChartSeriesApi,
  ChartSeriesCollectionApi,
  ContextApi,
  EventHandlerResultApi,
  NamedItemApi,
  NamedItemCollectionApi,
  RangeApi,
  RangeFormatApi,
  WorkbookApi,
  WorkbookProtectionApi,
  WorksheetApi,
  WorksheetChangedArgs,
  WorksheetChangedEventApi,
  WorksheetCollectionApi,
} from "../../../src/excel/api.ts";
import { formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress, rectArea, type Rect } from "./address.ts";
import {
  checkFormattable,
  deleteCells,
  enterValue,
  FakeExcelError,
  type ChangeHandler,
  type ChartState,
  type NameState,
  type SeriesState,
  type SheetState,
  type WorkbookState,
} from "./state.ts";

/** Excel on the web refuses a request larger than this. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

interface Operation {
  /** What goes over the wire, roughly: measured for the request-size estimate. */
  wire: unknown;
  /** For debugInfo.pendingStatements. */
  statement: string;
  apply: () => void;
}

export interface SyncRecord {
  operations: number;
  /** JSON length of the operations sent in this sync. */
  requestBytes: number;
}

/** What the fake workbook gives a context: its state and the bookkeeping of syncs and events. */
export interface ContextHost {
  readonly state: WorkbookState;
  recordSync(record: SyncRecord): void;
  /** Called after each sync with the sheets whose cells changed. */
  cellsChanged(changes: ReadonlyMap<SheetState, Rect>): void;
}

function notLoaded(property: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

class FakeTrackedObjects implements OfficeExtension.TrackedObjects {
  add(_objects: unknown): void {}
  remove(_objects: unknown): void {}
}

export class FakeRequestContext implements ContextApi, OfficeExtension.ClientRequestContext {
  readonly workbook: FakeWorkbookObject;
  readonly trackedObjects = new FakeTrackedObjects();
  readonly requestHeaders: { [name: string]: string } = {};
  private pending: Operation[] = [];
  private nextId = 1;
  private changes = new Map<SheetState, Rect>();

  constructor(readonly host: ContextHost) {
    this.workbook = new FakeWorkbookObject(this);
  }

  get state(): WorkbookState {
    return this.host.state;
  }

  get debugInfo(): OfficeExtension.RequestContextDebugInfo {
    return { pendingStatements: this.pending.map((op) => op.statement) };
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  load(_object: OfficeExtension.ClientObject, _option?: string | string[] | OfficeExtension.LoadOption): void {
    throw new Error("The fake supports object.load(…), not context.load(object, …)");
  }

  loadRecursive(_object: OfficeExtension.ClientObject, _options: { [typeName: string]: string | string[] | OfficeExtension.LoadOption }, _maxDepth?: number): void {
    throw new Error("The fake does not support context.loadRecursive");
  }

  trace(_message: string): void {}

  newId(): number {
    return this.nextId++;
  }

  enqueue(wire: unknown, statement: string, apply: () => void): void {
    this.pending.push({ wire, statement, apply });
  }

  noteChange(sheet: SheetState, rect: Rect): void {
    const before = this.changes.get(sheet);
    this.changes.set(
      sheet,
      before === undefined
        ? rect
        : { top: Math.min(before.top, rect.top), left: Math.min(before.left, rect.left), bottom: Math.max(before.bottom, rect.bottom), right: Math.max(before.right, rect.right) },
    );
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const operations = this.pending;
    this.pending = [];
    const requestBytes = operations.reduce((sum, op) => sum + JSON.stringify(op.wire).length + 1, 2);
    this.host.recordSync({ operations: operations.length, requestBytes });
    await Promise.resolve();
    if (requestBytes > REQUEST_LIMIT_BYTES) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request is ${requestBytes} bytes; Excel on the web accepts at most ${REQUEST_LIMIT_BYTES}.`);
    }
    this.changes = new Map();
    try {
      // As in Excel, the operations before a failing one stay done.
      for (const op of operations) op.apply();
    } finally {
      if (this.changes.size > 0) this.host.cellsChanged(this.changes);
    }
    return passThroughValue as T;
  }
}

/** Bookkeeping shared by every proxy: the bound target, loaded properties, queued operations. */
abstract class FakeObject<T> {
  readonly id: number;
  /** undefined until the operation that binds the object has run at a sync; null for a null object. */
  protected bound: T | null | undefined = undefined;
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    protected readonly path: string,
    resolve: (() => T | null) | { target: T },
    nullable: boolean,
  ) {
    this.id = context.newId();
    if (typeof resolve !== "function") {
      this.bound = resolve.target;
      return;
    }
    context.enqueue({ id: this.id, get: path }, path, () => {
      const target = resolve();
      if (target === null && !nullable) throw new FakeExcelError("ItemNotFound", `${path}: the requested resource doesn't exist.`);
      this.bound = target;
    });
  }

  get isNullObject(): boolean {
    if (this.bound === undefined) throw notLoaded("isNullObject");
    return this.bound === null;
  }

  /** The target while the operations of a sync run; null for a null object (or the child of one). */
  targetOrNull(): T | null {
    if (this.bound === undefined) throw new FakeExcelError("InvalidObjectPath", `${this.path} was used before it was created.`);
    return this.bound;
  }

  protected target(): T {
    const target = this.targetOrNull();
    if (target === null) throw new FakeExcelError("InvalidObjectPath", `${this.path} is a null object.`);
    return target;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  protected set(property: string, value: unknown, apply: (target: T) => void): void {
    this.context.enqueue({ id: this.id, set: property, value }, `${this.path}.${property} = ${JSON.stringify(value)}`, () => apply(this.target()));
  }

  protected call(method: string, args: unknown[], apply: (target: T) => void): void {
    this.context.enqueue({ id: this.id, call: method, args }, `${this.path}.${method}(…)`, () => apply(this.target()));
  }

  protected queueLoad(properties: string | string[], known: readonly string[], read: (target: T, property: string) => unknown): void {
    const names = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim()).filter((p) => p !== "");
    for (const name of names) if (!known.includes(name)) throw new Error(`The fake cannot load "${name}" on ${this.path}`);
    this.context.enqueue({ id: this.id, load: names }, `${this.path}.load(${names.join(",")})`, () => {
      const target = this.targetOrNull();
      if (target === null) return;
      for (const name of names) this.loaded.set(name, read(target, name));
    });
  }
}

/** A proxy's argument as it goes over the wire: a reference to the other object. */
function ref(object: { id: number } | string): unknown {
  return typeof object === "string" ? object : { ref: object.id };
}

interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

// ---- workbook --------------------------------------------------------------------------------------

export class FakeWorkbookObject implements WorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.protection = new FakeWorkbookProtection(context, "workbook.protection", { target: context.state }, false);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, "workbook.getSelectedRange()", () => {
      const selection = this.context.state.selection;
      return selection === null ? null : { sheet: selection.sheet, rect: selection.rect };
    }, false);
  }
}

export class FakeWorkbookProtection extends FakeObject<WorkbookState> implements Pick<Excel.WorkbookProtection, "protected">, WorkbookProtectionApi {
  get protected(): boolean {
    return this.read("protected");
  }

  load(propertyNames: string | string[]): FakeWorkbookProtection {
    this.queueLoad(propertyNames, ["protected"], (state) => state.protected);
    return this;
  }
}

// ---- worksheets ------------------------------------------------------------------------------------

const SHEET_PROPERTIES = ["name", "position", "id", "visibility"] as const;

function sheetProperty(state: WorkbookState, sheet: SheetState, property: string): unknown {
  switch (property) {
    case "name":
      return sheet.name;
    case "position":
      return state.sheets.indexOf(sheet);
    case "id":
      return sheet.id;
    default:
      return "Visible";
  }
}

export class FakeWorksheetCollection implements WorksheetCollectionApi {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly context: FakeRequestContext) {}

  get items(): FakeWorksheet[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames: string | string[]): FakeWorksheetCollection {
    const names = itemProperties(propertyNames);
    for (const name of names) if (!(SHEET_PROPERTIES as readonly string[]).includes(name)) throw new Error(`The fake cannot load worksheets/${name}`);
    this.context.enqueue({ collection: "worksheets", load: names }, `worksheets.load(${names.join(",")})`, () => {
      this.loadedItems = this.context.state.sheets.map((sheet) => {
        const item = new FakeWorksheet(this.context, `worksheets[${sheet.name}]`, { target: sheet }, false);
        item.fill(names);
        return item;
      });
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItem(${JSON.stringify(key)})`, () => this.context.state.sheetByName(key) ?? null, false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItemOrNullObject(${JSON.stringify(key)})`, () => this.context.state.sheetByName(key) ?? null, true);
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name ?? null)})`, () => this.context.state.addSheet(name), false);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheets.getActiveWorksheet()", () => this.context.state.active, false);
  }
}

/** "items/name, items/position" or "name,position" → ["name", "position"]. */
function itemProperties(propertyNames: string | string[]): string[] {
  return (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(","))
    .map((p) => p.trim().replace(/^items\//u, ""))
    .filter((p) => p !== "");
}

export class FakeWorksheet extends FakeObject<SheetState> implements Pick<Excel.Worksheet, "name" | "position" | "isNullObject" | "activate" | "delete">, WorksheetApi {
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly charts: FakeChartCollection;
  readonly onChanged: FakeWorksheetChangedEvent;

  constructor(context: FakeRequestContext, path: string, resolve: (() => SheetState | null) | { target: SheetState }, nullable: boolean) {
    super(context, path, resolve, nullable);
    this.freezePanes = new FakeFreezePanes(this);
    this.pageLayout = new FakePageLayout(this);
    this.charts = new FakeChartCollection(this);
    this.onChanged = new FakeWorksheetChangedEvent(this);
  }

  /** Fills loaded properties right away (items of a loaded collection). */
  fill(properties: readonly string[]): void {
    for (const property of properties) this.loaded.set(property, sheetProperty(this.context.state, this.target(), property));
  }

  /** For the objects hanging off this sheet. */
  sheetOrNull(): SheetState | null {
    return this.targetOrNull();
  }

  queueOnSheet(wire: unknown, statement: string, apply: (sheet: SheetState) => void): void {
    this.context.enqueue({ id: this.id, ...(wire as object) }, `${this.path}.${statement}`, () => apply(this.target()));
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.set("name", value, (sheet) => this.context.state.renameSheet(sheet, value));
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.set("position", value, (sheet) => this.context.state.moveSheet(sheet, value));
  }

  load(propertyNames: string | string[]): FakeWorksheet {
    this.queueLoad(propertyNames, SHEET_PROPERTIES, (sheet, property) => sheetProperty(this.context.state, sheet, property));
    return this;
  }

  activate(): void {
    this.call("activate", [], (sheet) => this.context.state.activate(sheet));
  }

  delete(): void {
    this.call("delete", [], (sheet) => this.context.state.deleteSheet(sheet));
  }

  getRange(address?: string): FakeRange {
    const path = `${this.path}.getRange(${JSON.stringify(address ?? "")})`;
    return new FakeRange(this.context, path, () => {
      const sheet = this.targetOrNull();
      if (sheet === null) return null;
      if (address === undefined || address === "") return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const parsed = parseAddress(address);
      if (parsed === null) throw new FakeExcelError("InvalidArgument", `"${address}" is not a valid address.`);
      return { sheet, rect: parsed.rect };
    }, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`, () => {
      const sheet = this.targetOrNull();
      const rect = sheet?.usedRect(valuesOnly === true) ?? null;
      return sheet === null || rect === null ? null : { sheet, rect };
    }, true);
  }
}

export class FakeFreezePanes implements Pick<Excel.WorksheetFreezePanes, "freezeRows"> {
  constructor(private readonly sheet: FakeWorksheet) {}

  freezeRows(count?: number): void {
    this.sheet.queueOnSheet({ call: "freezePanes.freezeRows", args: [count ?? null] }, `freezePanes.freezeRows(${count ?? ""})`, (sheet) => {
      sheet.frozenRows = count ?? 1;
    });
  }
}

export class FakePageLayout implements Pick<Excel.PageLayout, "orientation" | "zoom" | "setPrintTitleRows"> {
  constructor(private readonly sheet: FakeWorksheet) {}

  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    throw notLoaded("orientation");
  }

  set orientation(value: Excel.PageOrientation | "Portrait" | "Landscape") {
    if (value !== "Portrait" && value !== "Landscape") throw new FakeExcelError("InvalidArgument", `Orientation ${String(value)}`);
    this.sheet.queueOnSheet({ set: "pageLayout.orientation", value }, `pageLayout.orientation = ${value}`, (sheet) => {
      sheet.pageLayout = { ...sheet.pageLayout, orientation: value };
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    throw notLoaded("zoom");
  }

  /**
   * Takes only the documented values — a page count for the fit-to-pages members (null when a
   * percentage scale is used), a scale of 10–400 (null when fitting to pages) — and, like Excel,
   * refuses anything else when the sync runs, after the operations before it were carried out.
   */
  set zoom(value: Excel.PageLayoutZoomOptions) {
    const zoom = { ...value };
    this.sheet.queueOnSheet({ set: "pageLayout.zoom", value: zoom }, `pageLayout.zoom = ${JSON.stringify(zoom)}`, (sheet) => {
      const pages = (count: number | null | undefined) => count === undefined || count === null || (Number.isInteger(count) && count >= 1);
      const scale = zoom.scale;
      const scaleOk = scale === undefined || scale === null || (Number.isFinite(scale) && scale >= 10 && scale <= 400);
      if (!pages(zoom.horizontalFitToPages) || !pages(zoom.verticalFitToPages) || !scaleOk) {
        throw new FakeExcelError("InvalidArgument", `pageLayout.zoom ${JSON.stringify(zoom)} is not a page count or a scale of 10–400.`);
      }
      sheet.pageLayout = { ...sheet.pageLayout, zoom };
    });
  }

  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    if (typeof printTitleRows !== "string") throw new Error("The fake takes print title rows as text (\"$1:$3\")");
    const rows = parseAddress(printTitleRows);
    if (rows === null || rows.rect.left !== 0 || rows.rect.right !== MAX_COLUMNS - 1) {
      throw new FakeExcelError("InvalidArgument", `"${printTitleRows}" is not a range of whole rows.`);
    }
    this.sheet.queueOnSheet({ call: "pageLayout.setPrintTitleRows", args: [printTitleRows] }, `pageLayout.setPrintTitleRows(${printTitleRows})`, (sheet) => {
      sheet.pageLayout = { ...sheet.pageLayout, printTitleRows: formatAddress(null, rows.rect, true) };
    });
  }
}

export class FakeWorksheetChangedEvent implements WorksheetChangedEventApi {
  constructor(private readonly sheet: FakeWorksheet) {}

  add(handler: (args: WorksheetChangedArgs) => Promise<unknown>): FakeEventHandlerResult {
    const registered: ChangeHandler = (args) => handler(args);
    this.sheet.queueOnSheet({ call: "onChanged.add" }, "onChanged.add(…)", (sheet) => {
      sheet.handlers.add(registered);
    });
    return new FakeEventHandlerResult(this.sheet, registered);
  }
}

export class FakeEventHandlerResult implements EventHandlerResultApi {
  readonly context: FakeRequestContext;

  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly handler: ChangeHandler,
  ) {
    this.context = sheet.context;
  }

  remove(): void {
    this.sheet.queueOnSheet({ call: "onChanged.remove" }, "onChanged.remove(…)", (sheet) => {
      sheet.handlers.delete(this.handler);
    });
  }
}

// ---- ranges ----------------------------------------------------------------------------------------

const RANGE_PROPERTIES = ["values", "numberFormat", "address", "rowIndex", "columnIndex", "rowCount", "columnCount"] as const;
/** Loading values of more cells than this is refused (Excel would exceed its response limit). */
const LOADABLE_CELLS = 1_000_000;

function rangeProperty(target: RangeTarget, property: string): unknown {
  const { sheet, rect } = target;
  switch (property) {
    case "address":
      return formatAddress(sheet.name, rect);
    case "rowIndex":
      return rect.top;
    case "columnIndex":
      return rect.left;
    case "rowCount":
      return rect.bottom - rect.top + 1;
    case "columnCount":
      return rect.right - rect.left + 1;
    default: {
      if (rectArea(rect) > LOADABLE_CELLS) {
        throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `Loading ${property} of ${formatAddress(sheet.name, rect)} is too large.`);
      }
      const rows: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.cell(r, c);
          row.push(property === "values" ? cell?.value ?? "" : cell?.format ?? "General");
        }
        rows.push(row);
      }
      return rows;
    }
  }
}

export class FakeRange
  extends FakeObject<RangeTarget>
  implements Pick<Excel.Range, "values" | "numberFormat" | "address" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "isNullObject" | "select" | "delete">, RangeApi
{
  readonly format: FakeRangeFormat;

  constructor(context: FakeRequestContext, path: string, resolve: () => RangeTarget | null, nullable: boolean) {
    super(context, path, resolve, nullable);
    this.format = new FakeRangeFormat(this);
  }

  /** For the format objects and for other proxies taking this range as an argument. */
  rangeOrNull(): RangeTarget | null {
    return this.targetOrNull();
  }

  queueOnRange(wire: unknown, statement: string, apply: (range: RangeTarget) => void): void {
    this.context.enqueue({ id: this.id, ...(wire as object) }, `${this.path}.${statement}`, () => apply(this.target()));
  }

  load(propertyNames: string | string[]): FakeRange {
    this.queueLoad(propertyNames, RANGE_PROPERTIES, rangeProperty);
    return this;
  }

  get values(): any[][] {
    return this.read("values");
  }

  set values(values: any[][]) {
    this.set("values", values, (range) => this.writeGrid(range, "values", values, (cell, input) => enterValue(cell, input)));
  }

  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }

  set numberFormat(formats: any[][]) {
    this.set("numberFormat", formats, (range) =>
      this.writeGrid(range, "numberFormat", formats, (cell, input) => {
        if (input === null || input === undefined) return;
        if (typeof input !== "string") throw new FakeExcelError("InvalidArgument", `A number format must be text, not ${JSON.stringify(input)}.`);
        if (input === "" || input === "General") delete cell.format;
        else cell.format = input;
      }),
    );
  }

  get address(): string {
    return this.read("address");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  select(): void {
    this.call("select", [], ({ sheet, rect }) => {
      this.context.state.activate(sheet);
      this.context.state.selection = { sheet, rect };
    });
  }

  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    if (shift !== "Up" && shift !== "Left") throw new FakeExcelError("InvalidArgument", `Shift ${String(shift)}`);
    this.call("delete", [shift], ({ sheet, rect }) => {
      deleteCells(sheet, rect, shift);
      this.context.noteChange(sheet, shift === "Left" ? { ...rect, right: MAX_COLUMNS - 1 } : { ...rect, bottom: MAX_ROWS - 1 });
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`, () => {
      const range = this.targetOrNull();
      const rect = range === null ? null : range.sheet.usedRect(valuesOnly === true, range.rect);
      return range === null || rect === null ? null : { sheet: range.sheet, rect };
    }, true);
  }

  /** Writes a 2-D array (or one value for every cell) as Excel does: the shape must match the range. */
  private writeGrid(range: RangeTarget, property: string, input: unknown, enter: (cell: ReturnType<SheetState["edit"]>, value: unknown) => void): void {
    const { sheet, rect } = range;
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    checkFormattable(rect);
    const grid = Array.isArray(input) ? input : null;
    if (grid !== null && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== columns))) {
      throw new FakeExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array for ${property} doesn't match the size or dimensions of the range ${formatAddress(sheet.name, rect)} (${rows} × ${columns}).`,
      );
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const value = grid === null ? input : (grid[r] as unknown[])[c];
        enter(sheet.edit(rect.top + r, rect.left + c), value);
        sheet.tidy(rect.top + r, rect.left + c);
      }
    }
    if (property === "values") this.context.noteChange(sheet, rect);
  }
}

export class FakeRangeFormat implements Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "wrapText" | "verticalAlignment" | "horizontalAlignment">, RangeFormatApi {
  readonly font: FakeRangeFont;

  constructor(private readonly range: FakeRange) {
    this.font = new FakeRangeFont(range);
  }

  get columnWidth(): number {
    throw notLoaded("columnWidth");
  }

  set columnWidth(points: number) {
    checkPoints(points, 255 * 7.5);
    this.range.queueOnRange({ set: "format.columnWidth", value: points }, `format.columnWidth = ${points}`, ({ sheet, rect }) => {
      if (rect.right - rect.left > 1000) throw new FakeExcelError("NotImplemented", "The fake sets widths of at most 1000 columns at a time.");
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number {
    throw notLoaded("rowHeight");
  }

  set rowHeight(points: number) {
    checkPoints(points, 409);
    this.range.queueOnRange({ set: "format.rowHeight", value: points }, `format.rowHeight = ${points}`, ({ sheet, rect }) => {
      if (rect.bottom - rect.top > 10_000) throw new FakeExcelError("NotImplemented", "The fake sets heights of at most 10 000 rows at a time.");
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  get wrapText(): boolean {
    throw notLoaded("wrapText");
  }

  set wrapText(wrap: boolean) {
    this.range.queueOnRange({ set: "format.wrapText", value: wrap }, `format.wrapText = ${wrap}`, (range) =>
      eachCell(range, (cell) => {
        if (wrap) cell.wrapText = true;
        else delete cell.wrapText;
      }),
    );
  }

  get verticalAlignment(): Excel.VerticalAlignment | "Center" | "Bottom" | "Top" | "Justify" | "Distributed" {
    throw notLoaded("verticalAlignment");
  }

  get horizontalAlignment(): HorizontalAlignment {
    throw notLoaded("horizontalAlignment");
  }

  set horizontalAlignment(alignment: HorizontalAlignment) {
    this.range.queueOnRange({ set: "format.horizontalAlignment", value: alignment }, `format.horizontalAlignment = ${alignment}`, (range) =>
      eachCell(range, (cell) => {
        if (alignment === "General") delete cell.horizontalAlignment;
        else cell.horizontalAlignment = alignment;
      }),
    );
  }

  set verticalAlignment(alignment: Excel.VerticalAlignment | "Center" | "Bottom" | "Top" | "Justify" | "Distributed") {
    this.range.queueOnRange({ set: "format.verticalAlignment", value: alignment }, `format.verticalAlignment = ${alignment}`, (range) =>
      eachCell(range, (cell) => {
        if (alignment === "Bottom") delete cell.verticalAlignment;
        else cell.verticalAlignment = alignment;
      }),
    );
  }
}

type HorizontalAlignment = Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";

export class FakeRangeFont implements Pick<Excel.RangeFont, "bold" | "italic"> {
  constructor(private readonly range: FakeRange) {}

  get bold(): boolean {
    throw notLoaded("bold");
  }

  set bold(bold: boolean) {
    this.range.queueOnRange({ set: "format.font.bold", value: bold }, `format.font.bold = ${bold}`, (range) =>
      eachCell(range, (cell) => {
        if (bold) cell.bold = true;
        else delete cell.bold;
      }),
    );
  }

  get italic(): boolean {
    throw notLoaded("italic");
  }

  set italic(italic: boolean) {
    this.range.queueOnRange({ set: "format.font.italic", value: italic }, `format.font.italic = ${italic}`, (range) =>
      eachCell(range, (cell) => {
        if (italic) cell.italic = true;
        else delete cell.italic;
      }),
    );
  }
}

function checkPoints(points: number, max: number): void {
  if (!Number.isFinite(points) || points < 0 || points > max) throw new FakeExcelError("InvalidArgument", `${points} points is out of range.`);
}

function eachCell(range: RangeTarget, edit: (cell: ReturnType<SheetState["edit"]>) => void): void {
  checkFormattable(range.rect);
  for (let r = range.rect.top; r <= range.rect.bottom; r++) {
    for (let c = range.rect.left; c <= range.rect.right; c++) {
      edit(range.sheet.edit(r, c));
      range.sheet.tidy(r, c);
    }
  }
}

// ---- charts ----------------------------------------------------------------------------------------

function rangeArgument(range: RangeApi): FakeRange {
  if (!(range instanceof FakeRange)) throw new Error("The fake takes only its own ranges");
  return range;
}

export class FakeChartCollection implements ChartCollectionApi {
  constructor(private readonly sheet: FakeWorksheet) {}

  add(type: "ColumnClustered", sourceData: RangeApi, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): FakeChart {
    const source = rangeArgument(sourceData);
    return new FakeChart(this.sheet.context, `charts.add(${type}, #${source.id}, ${seriesBy})`, () => {
      const sheet = this.sheet.sheetOrNull();
      const range = source.rangeOrNull();
      if (sheet === null || range === null) return null;
      if (range.sheet !== sheet) throw new FakeExcelError("InvalidArgument", "The chart's data must be on its sheet.");
      const { rect } = range;
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && rect.right - rect.left > rect.bottom - rect.top);
      const count = byRows ? rect.bottom - rect.top + 1 : rect.right - rect.left + 1;
      const series: SeriesState[] = Array.from({ length: count }, (_, i) => ({
        name: `Serie${i + 1}`,
        values: formatAddress(sheet.name, byRows ? { ...rect, top: rect.top + i, bottom: rect.top + i } : { ...rect, left: rect.left + i, right: rect.left + i }, true),
        xValues: null,
      }));
      const chart: ChartState = { name: this.sheet.context.state.nextChartName(), type, title: "", series, position: null };
      sheet.charts.push(chart);
      return chart;
    }, false);
  }
}

export class FakeChart extends FakeObject<ChartState> implements Pick<Excel.Chart, "name" | "setPosition">, ChartApi {
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;

  constructor(context: FakeRequestContext, path: string, resolve: () => ChartState | null, nullable: boolean) {
    super(context, path, resolve, nullable);
    this.title = new FakeChartTitle(this);
    this.series = new FakeChartSeriesCollection(this);
  }

  chartOrNull(): ChartState | null {
    return this.targetOrNull();
  }

  queueOnChart(wire: unknown, statement: string, apply: (chart: ChartState) => void): void {
    this.context.enqueue({ id: this.id, ...(wire as object) }, `${this.path}.${statement}`, () => apply(this.target()));
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.set("name", name, (chart) => {
      chart.name = name;
    });
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string")) {
      throw new Error("The fake takes chart positions as cell addresses");
    }
    const start = parseAddress(startCell);
    const end = endCell === undefined ? null : parseAddress(endCell);
    if (start === null || (endCell !== undefined && end === null)) throw new FakeExcelError("InvalidArgument", "Invalid chart position.");
    this.call("setPosition", [startCell, endCell ?? null], (chart) => {
      chart.position = { start: formatAddress(null, start.rect), end: end === null ? null : formatAddress(null, end.rect) };
    });
  }
}

export class FakeChartTitle implements Pick<Excel.ChartTitle, "text"> {
  constructor(private readonly chart: FakeChart) {}

  get text(): string {
    throw notLoaded("text");
  }

  set text(text: string) {
    this.chart.queueOnChart({ set: "title.text", value: text }, `title.text = ${JSON.stringify(text)}`, (chart) => {
      chart.title = text;
    });
  }
}

export class FakeChartSeriesCollection implements ChartSeriesCollectionApi {
  constructor(private readonly chart: FakeChart) {}

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.chart.context, `series.getItemAt(${index})`, () => {
      const chart = this.chart.chartOrNull();
      return chart?.series[index] ?? null;
    });
  }

  add(name?: string, index?: number): FakeChartSeries {
    return new FakeChartSeries(this.chart.context, `series.add(${JSON.stringify(name ?? null)})`, () => {
      const chart = this.chart.chartOrNull();
      if (chart === null) return null;
      const series: SeriesState = { name: name ?? `Serie${chart.series.length + 1}`, values: null, xValues: null };
      chart.series.splice(index ?? chart.series.length, 0, series);
      return series;
    });
  }
}

export class FakeChartSeries extends FakeObject<SeriesState> implements Pick<Excel.ChartSeries, "name">, ChartSeriesApi {
  constructor(context: FakeRequestContext, path: string, resolve: () => SeriesState | null) {
    super(context, path, resolve, false);
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.set("name", name, (series) => {
      series.name = name;
    });
  }

  setValues(sourceData: RangeApi): void {
    const range = rangeArgument(sourceData);
    this.context.enqueue({ id: this.id, call: "setValues", args: [ref(range)] }, `${this.path}.setValues(…)`, () => {
      const target = range.rangeOrNull();
      if (target === null) throw new FakeExcelError("InvalidArgument", "A null range.");
      this.target().values = formatAddress(target.sheet.name, target.rect, true);
    });
  }

  setXAxisValues(sourceData: RangeApi): void {
    const range = rangeArgument(sourceData);
    this.context.enqueue({ id: this.id, call: "setXAxisValues", args: [ref(range)] }, `${this.path}.setXAxisValues(…)`, () => {
      const target = range.rangeOrNull();
      if (target === null) throw new FakeExcelError("InvalidArgument", "A null range.");
      this.target().xValues = formatAddress(target.sheet.name, target.rect, true);
    });
  }
}

// ---- names -----------------------------------------------------------------------------------------

const NAME_PROPERTIES = ["name", "type", "formula", "comment", "visible"] as const;

export function nameFormula(item: NameState): string {
  if (item.target === null) return item.brokenFormula ?? "=#REF!";
  return `=${formatAddress(item.target.sheet.name, item.target.rect, true)}`;
}

function nameProperty(item: NameState, property: string): unknown {
  switch (property) {
    case "name":
      return item.name;
    case "type":
      return item.target === null ? "Error" : "Range";
    case "formula":
      return nameFormula(item);
    case "comment":
      return item.comment;
    default:
      return true;
  }
}

export class FakeNamedItemCollection implements NamedItemCollectionApi {
  private loadedItems: FakeNamedItem[] | null = null;

  constructor(private readonly context: FakeRequestContext) {}

  get items(): FakeNamedItem[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames: string | string[]): FakeNamedItemCollection {
    const names = itemProperties(propertyNames);
    for (const name of names) if (!(NAME_PROPERTIES as readonly string[]).includes(name)) throw new Error(`The fake cannot load names/${name}`);
    this.context.enqueue({ collection: "names", load: names }, `names.load(${names.join(",")})`, () => {
      this.loadedItems = this.context.state.names.map((item) => {
        const proxy = new FakeNamedItem(this.context, `names[${item.name}]`, { target: item }, false);
        proxy.fill(names);
        return proxy;
      });
    });
    return this;
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `names.getItem(${JSON.stringify(name)})`, () => this.context.state.nameByName(name) ?? null, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `names.getItemOrNullObject(${JSON.stringify(name)})`, () => this.context.state.nameByName(name) ?? null, true);
  }

  add(name: string, reference: RangeApi | string, comment?: string): FakeNamedItem {
    const range = typeof reference === "string" ? null : rangeArgument(reference);
    return new FakeNamedItem(this.context, `names.add(${JSON.stringify(name)}, ${JSON.stringify(ref(range ?? (reference as string)))})`, () => {
      let target: RangeTarget;
      if (range === null) target = this.context.state.resolveReference(reference as string);
      else {
        const resolved = range.rangeOrNull();
        if (resolved === null) throw new FakeExcelError("InvalidArgument", "A name cannot refer to a null range.");
        target = resolved;
      }
      return this.context.state.addName(name, { sheet: target.sheet, rect: target.rect }, comment ?? "");
    }, false);
  }
}

export class FakeNamedItem extends FakeObject<NameState> implements Pick<Excel.NamedItem, "name" | "type" | "formula" | "isNullObject" | "delete">, NamedItemApi {
  fill(properties: readonly string[]): void {
    for (const property of properties) this.loaded.set(property, nameProperty(this.target(), property));
  }

  get name(): string {
    return this.read("name");
  }

  get type(): Excel.NamedItemType | "String" | "Integer" | "Double" | "Boolean" | "Range" | "Error" | "Array" {
    return this.read("type");
  }

  get formula(): any {
    return this.read("formula");
  }

  set formula(_formula: any) {
    throw new Error("The fake does not change a name's formula; delete and add the name");
  }

  load(propertyNames: string | string[]): FakeNamedItem {
    this.queueLoad(propertyNames, NAME_PROPERTIES, nameProperty);
    return this;
  }

  delete(): void {
    this.call("delete", [], (item) => {
      const state = this.context.state;
      state.names = state.names.filter((candidate) => candidate !== item);
    });
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRangeOrNullObject()`, () => {
      const item = this.targetOrNull();
      return item?.target == null ? null : { sheet: item.target.sheet, rect: item.target.rect };
    }, true);
  }
}
