// The in-memory Excel: `run` works like Excel.run on a workbook kept in memory, counting syncs and
// estimating the size of each request; the helpers let tests set up workbooks, look at cells and
// compare whole workbooks (`snapshot`). No Node APIs: also bundled into the browser test page.
import { columnLetters } from "../../../src/workbook/address.ts";
import { formatAddress, parseAddress, type Rect } from "./address.ts";
import { FakeRequestContext, type ContextHost, type FakeRunOptions, type SyncRecord } from "./context.ts";
import { nameFormula } from "./names.ts";
import { enterValue, FakeExcelError, WorkbookState, type CellState, type ChartState, type Scalar, type SheetState } from "./state.ts";

export type CellInput = string | number | boolean | null | undefined;

/** Number formats by sheet: "B2" → "0.0%" (or "1,1" → …, 0-based row,column as in test/fixtures/grids.ts). */
export type FormatInput = Record<string, Record<string, string>>;

export class FakeWorkbook implements ContextHost {
  readonly state = new WorkbookState();
  /** One record per `context.sync()`, in order. */
  readonly syncs: SyncRecord[] = [];
  /** Set by failAt (failures.ts): the error the operation with this statement fails with. */
  failWhen: ((statement: string) => FakeExcelError | null) | null = null;
  private readonly pendingEvents = new Set<Promise<unknown>>();

  /** A workbook with these sheets, in this order, values as given (no entry parsing); the first is active. */
  static fromSheets(sheets: Record<string, CellInput[][]>, formats: FormatInput = {}): FakeWorkbook {
    const workbook = new FakeWorkbook();
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = workbook.state.addSheet(name);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== undefined && value !== "") sheet.edit(r, c).value = value;
        }),
      );
      for (const [where, format] of Object.entries(formats[name] ?? {})) {
        const rc = /^(\d+),(\d+)$/u.exec(where);
        const rect = rc === null ? workbook.rect(where) : { top: Number(rc[1]), left: Number(rc[2]), bottom: Number(rc[1]), right: Number(rc[2]) };
        for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.edit(r, c).format = format;
      }
    }
    return workbook;
  }

  // ---- Excel.run -----------------------------------------------------------------------------------

  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(options: FakeRunOptions, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  async run<T>(
    first: OfficeExtension.ClientRequestContext | FakeRunOptions | ((context: FakeRequestContext) => Promise<T>),
    second?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> {
    let context: FakeRequestContext;
    let batch: (context: FakeRequestContext) => Promise<T>;
    if (typeof first === "function") {
      context = new FakeRequestContext(this);
      batch = first;
    } else if (!(first instanceof FakeRequestContext) && !("sync" in first)) {
      if (second === undefined) throw new Error("Excel.run(options) needs a batch function");
      context = new FakeRequestContext(this, first as FakeRunOptions);
      batch = second;
    } else {
      if (!(first instanceof FakeRequestContext) || first.host !== this) throw new FakeExcelError("InvalidRequestContext", "Not a context of this workbook.");
      if (second === undefined) throw new Error("Excel.run(context) needs a batch function");
      context = first;
      batch = second;
    }
    const result = await batch(context);
    // Stricter than Excel: queued operations that were never synced are a bug in the caller.
    if (context.pendingCount > 0) {
      throw new Error(`Excel.run ended with ${context.pendingCount} operations that were never synced: ${context.debugInfo.pendingStatements.slice(0, 3).join("; ")}`);
    }
    return result;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  // ---- failures, cell edit mode -----------------------------------------------------------------

  private operationsUntilFailure: number | null = null;
  private editEnded: { promise: Promise<void>; resolve: () => void } | null = null;
  /** Operations carried out since the count was last reset (reads included). */
  operationCount = 0;

  /** The `n`-th operation from now (0-based, counting every sync) fails, and only that one. */
  failAtOperation(n: number): void {
    this.operationsUntilFailure = n;
  }

  beforeOperation(statement: string): void {
    this.operationCount++;
    const matched = this.failWhen?.(statement) ?? null;
    if (matched !== null) throw matched;
    if (this.operationsUntilFailure === null) return;
    if (this.operationsUntilFailure-- === 0) {
      this.operationsUntilFailure = null;
      throw new FakeExcelError("GeneralException", `Injected failure at ${statement}`);
    }
  }

  /** The user starts typing in a cell (Excel's cell edit mode). */
  startCellEdit(): void {
    this.state.cellEditing = true;
    let resolve = () => {};
    const promise = new Promise<void>((done) => {
      resolve = done;
    });
    this.editEnded = { promise, resolve };
  }

  /** The user presses Enter. */
  endCellEdit(): void {
    this.state.cellEditing = false;
    this.editEnded?.resolve();
    this.editEnded = null;
  }

  cellEditEnded(): Promise<void> {
    return this.editEnded?.promise ?? Promise.resolve();
  }

  /** Forgets the recorded syncs (before the part of a test that counts them). */
  resetSyncs(): void {
    this.syncs.length = 0;
  }

  recordSync(record: SyncRecord): void {
    this.syncs.push(record);
  }

  cellsChanged(changes: ReadonlyMap<SheetState, Rect>): void {
    for (const [sheet, rect] of changes) this.fireChanged(sheet, rect);
  }

  /** Resolves when the change handlers called so far have finished. */
  async settled(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (this.pendingEvents.size > 0) await Promise.all([...this.pendingEvents]);
  }

  private fireChanged(sheet: SheetState, rect: Rect): void {
    for (const handler of [...sheet.handlers]) {
      const args = { address: formatAddress(null, rect), changeType: "RangeEdited", source: "Local", type: "WorksheetChanged", worksheetId: sheet.id } as const;
      const event = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => handler(args));
      this.pendingEvents.add(event);
      void event.finally(() => this.pendingEvents.delete(event));
    }
  }

  // ---- what a user does in Excel (applied at once, not through a sync) ----------------------------

  /** Types a value into a cell (Excel's entry rules) and tells the sheet's change handlers. */
  userEdit(sheetName: string, address: string, value: string | number | boolean | null): void {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(address);
    const cell = sheet.edit(rect.top, rect.left);
    enterValue(cell, value === null ? "" : value);
    sheet.tidy(rect.top, rect.left);
    this.fireChanged(sheet, rect);
  }

  /** Selects a range (and activates its sheet), as a user clicking in Excel. */
  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.state.activate(sheet);
    this.state.selection = { sheet, rect: this.rect(address) };
    this.state.selectionKind = "range";
  }

  /** Ctrl+click: a second area below the first. */
  selectAreas(sheetName: string, address: string): void {
    this.select(sheetName, address);
    this.state.selectionKind = "areas";
  }

  /** Clicks a chart or a shape: the selection is not cells. */
  selectObject(): void {
    this.state.selectionKind = "object";
  }

  /**
   * Ctrl+clicks the tabs of these sheets (at least two): they are grouped, the first is active, and
   * every batch fails until `ungroupSheets` (see context.ts).
   */
  groupSheets(...names: string[]): void {
    if (names.length < 2) throw new Error("A group is at least two sheet tabs");
    const sheets = names.map((name) => this.sheet(name));
    this.state.activate(sheets[0]!);
    this.state.groupedSheets = sheets;
  }

  /** Right-click a tab › Dela upp blad. */
  ungroupSheets(): void {
    this.state.groupedSheets = [];
  }

  /** A chart sheet (not a worksheet: Office.js's worksheet collection does not list it). */
  addChartSheet(name: string): void {
    this.state.chartSheets.push(name);
  }

  /** What a user typing in a cell leaves on the undo stack. */
  userStep(label: string): void {
    this.state.undoStack.push(label);
  }

  /**
   * What a formula shows, for the simple formulas tests write into the user's sheets: "=Sheet!C4"
   * (the fake does not calculate: this reads the cell the formula points at), "#REF!" when the
   * reference is broken.
   */
  formulaValue(sheetName: string, address: string): Scalar | null {
    const formula = this.cell(sheetName, address)?.formula;
    if (formula === undefined) throw new Error(`${sheetName}!${address} holds no formula`);
    if (formula.includes("#REF!")) return "#REF!";
    const parsed = parseAddress(formula.slice(1));
    if (parsed?.sheet == null) throw new Error(`The fake reads only formulas of one reference: ${formula}`);
    return this.value(parsed.sheet, formatAddress(null, parsed.rect));
  }

  /** The value a workbook name points at (its first cell), or "#REF!". */
  nameValue(name: string): Scalar | null {
    const item = this.state.nameByName(name);
    if (item === undefined) throw new Error(`No name ${name}`);
    if (item.target === null) return "#REF!";
    return item.target.sheet.cell(item.target.rect.top, item.target.rect.left)?.value ?? null;
  }

  addSheet(name: string, rows: CellInput[][] = []): SheetState {
    const sheet = this.state.addSheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== undefined && value !== "") sheet.edit(r, c).value = value;
    }));
    return sheet;
  }

  /** A workbook name, as the user would define it ("Befolkning!$A$1:$G$17"). */
  addName(name: string, reference: string): void {
    this.state.addName(name, this.state.resolveAreas(reference), "");
  }

  /** A formula cell with the result Excel would show (the fake does not calculate). */
  setFormula(sheetName: string, address: string, formula: string, result: Scalar): void {
    const rect = this.rect(address);
    const cell = this.sheet(sheetName).edit(rect.top, rect.left);
    cell.formula = formula;
    cell.value = result;
  }

  setFormat(sheetName: string, address: string, format: string): void {
    const rect = this.rect(address);
    const sheet = this.sheet(sheetName);
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.edit(r, c).format = format;
  }

  setColumnWidth(sheetName: string, column: number, points: number): void {
    this.sheet(sheetName).columnWidths.set(column, points);
  }

  // ---- looking at the workbook --------------------------------------------------------------------

  sheetNames(): string[] {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  hasSheet(name: string): boolean {
    return this.state.sheetByName(name) !== undefined;
  }

  sheet(name: string): SheetState {
    const sheet = this.state.sheetByName(name);
    if (sheet === undefined) throw new Error(`No sheet "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  cell(sheetName: string, address: string): CellState | undefined {
    const rect = this.rect(address);
    return this.sheet(sheetName).cell(rect.top, rect.left);
  }

  value(sheetName: string, address: string): Scalar | null {
    return this.cell(sheetName, address)?.value ?? null;
  }

  format(sheetName: string, address: string): string {
    return this.cell(sheetName, address)?.format ?? "General";
  }

  /** The values of a range, row by row (null for empty cells). */
  values(sheetName: string, address: string): (Scalar | null)[][] {
    const rect = this.rect(address);
    const sheet = this.sheet(sheetName);
    return Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
      Array.from({ length: rect.right - rect.left + 1 }, (_, c) => sheet.cell(rect.top + r, rect.left + c)?.value ?? null),
    );
  }

  /** The used range (cells with values) of a sheet, as an address ("A1:F20"), or null. */
  usedAddress(sheetName: string): string | null {
    const rect = this.sheet(sheetName).usedRect(true);
    return rect === null ? null : formatAddress(null, rect);
  }

  namedItems(): { name: string; formula: string; type: "Range" | "Error" }[] {
    return this.state.names.map((item) => ({ name: item.name, formula: nameFormula(item), type: item.target === null && item.areas === undefined ? "Error" : "Range" }));
  }

  charts(sheetName: string): ChartState[] {
    return this.sheet(sheetName).charts;
  }

  activeSheet(): string | null {
    return this.state.active?.name ?? null;
  }

  /** "Befolkning!C7" */
  selection(): string | null {
    const selection = this.state.selection;
    return selection === null ? null : formatAddress(selection.sheet.name, selection.rect);
  }

  /** Everything the workbook holds, as deterministic JSON: equal snapshots mean equal workbooks. */
  snapshot(): string {
    const state = this.state;
    const sheets = state.sheets.map((sheet) => {
      const cells = [...sheet.cellsIn({ top: 0, left: 0, bottom: Number.MAX_SAFE_INTEGER, right: Number.MAX_SAFE_INTEGER })]
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map(([row, col, cell]) => [`${columnLetters(col)}${row + 1}`, describeCell(cell)]);
      return {
        name: sheet.name,
        cells: Object.fromEntries(cells),
        columnWidths: Object.fromEntries([...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetters(c), w])),
        rowHeights: Object.fromEntries([...sheet.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h])),
        frozenRows: sheet.frozenRows,
        pageLayout: sheet.pageLayout,
        charts: sheet.charts,
        changeHandlers: sheet.handlers.size,
      };
    });
    const names = [...state.names]
      .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
      .map((item) => ({ name: item.name, formula: nameFormula(item), comment: item.comment }));
    return JSON.stringify({ sheets, names, active: this.activeSheet(), selection: this.selection() }, null, 1);
  }

  rect(address: string): Rect {
    const parsed = parseAddress(address);
    if (parsed === null) throw new Error(`Not an address: ${address}`);
    return parsed.rect;
  }
}

function describeCell(cell: CellState): Record<string, unknown> {
  const described: Record<string, unknown> = {};
  for (const key of ["value", "formula", "format", "bold", "italic", "wrapText", "verticalAlignment", "horizontalAlignment"] as const) {
    if (cell[key] !== undefined) described[key] = cell[key];
  }
  return described;
}
