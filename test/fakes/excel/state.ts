// The fake's workbook: sheets with cells (values, formulas, number formats, fonts, alignment),
// column widths, row heights, frozen rows, page layout and charts; workbook names; the active sheet
// and the selection. Changed only by the operations of a sync (the proxies: context.ts, worksheet.ts,
// range.ts, …) or a test's helpers.
// No Node APIs: the fake is also bundled into the browser test page.
import { cellKey, contains, formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress, rectArea, type Rect } from "./address.ts";
import { quoteSheetName } from "../../../src/workbook/address.ts";

export type Scalar = string | number | boolean;

export interface CellState {
  value?: Scalar;
  /** A formula entered as text ("=SUM(A1:A3)"); the fake does not calculate it. */
  formula?: string;
  /** Absent means "General". */
  format?: string;
  bold?: boolean;
  italic?: boolean;
  wrapText?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
  fontName?: string;
  fontSize?: number;
  indentLevel?: number;
  /** The top border's line style ("Continuous" …) and weight ("Thin" …). */
  borderTop?: { style?: string; weight?: string };
}

export interface SeriesState {
  name: string;
  /** Addresses with their sheet ("Jämförelse!C4:C18"), null until set. */
  values: string | null;
  xValues: string | null;
}

export interface ChartState {
  name: string;
  type: string;
  title: string;
  series: SeriesState[];
  /** Top-left and bottom-right cells, once set. */
  position: { start: string; end: string | null } | null;
}

export interface PageLayoutState {
  orientation: string;
  zoom: Excel.PageLayoutZoomOptions | null;
  printTitleRows: string | null;
  paperSize?: string;
  footer?: { left?: string; center?: string; right?: string };
}

export type ChangeHandler = (args: {
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  type: "WorksheetChanged";
  worksheetId: string;
}) => Promise<unknown>;

export class SheetState {
  readonly cells = new Map<string, CellState>();
  /** In points. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  pageLayout: PageLayoutState = { orientation: "Portrait", zoom: null, printTitleRows: null };
  charts: ChartState[] = [];
  readonly handlers = new Set<ChangeHandler>();
  deleted = false;
  /** Hidden by the user (Dölj) or very hidden (only code can show it again). */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Granska › Skydda blad: cells, formats, panes, layout and charts cannot be changed. */
  protected = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** Refuses a change to a protected sheet, as Excel does. */
  checkEditable(): void {
    if (this.protected) throw new FakeExcelError("AccessDenied", `The sheet "${this.name}" is protected.`);
  }

  cell(row: number, col: number): CellState | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** The cell, created when missing (an empty state object is dropped again by `tidy`). */
  edit(row: number, col: number): CellState {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  tidy(row: number, col: number): void {
    const key = cellKey(row, col);
    const cell = this.cells.get(key);
    if (cell !== undefined && Object.keys(cell).length === 0) this.cells.delete(key);
  }

  /** Every cell in `rect` (keys are "row:col"): a small range is walked cell by cell, a large one by the stored cells. */
  *cellsIn(rect: Rect): Generator<[number, number, CellState]> {
    const entries = [...this.cells.entries()].map(([key, cell]) => {
      const [row, col] = key.split(":").map(Number) as [number, number];
      return [row, col, cell] as [number, number, CellState];
    });
    for (const entry of entries) if (contains(rect, entry[0], entry[1])) yield entry;
  }

  /** The bounding box of the cells with a value (or, unless valuesOnly, any content or format) within `within`. */
  usedRect(valuesOnly: boolean, within: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }): Rect | null {
    let used: Rect | null = null;
    for (const [row, col, cell] of this.cellsIn(within)) {
      const counts = valuesOnly ? cell.value !== undefined || cell.formula !== undefined : Object.keys(cell).length > 0;
      if (!counts) continue;
      if (used === null) used = { top: row, bottom: row, left: col, right: col };
      else used = { top: Math.min(used.top, row), bottom: Math.max(used.bottom, row), left: Math.min(used.left, col), right: Math.max(used.right, col) };
    }
    return used;
  }
}

export interface NameState {
  name: string;
  /** The range it refers to; null once its sheet is deleted (#REF!). */
  target: { sheet: SheetState; rect: Rect } | null;
  /** The formula after the target was lost ("=#REF!$A$1"), or of a name that is not a range. */
  brokenFormula: string | null;
  /** A name over several areas ("=Blad!$A$1:$A$2,Blad!$C$1:$C$2") has these instead of a target. */
  areas?: { sheet: SheetState; rect: Rect }[];
  comment: string;
}

/** Excel's error from a sync (OfficeExtension.Error): a code and, once the sync knows the statement, debugInfo. */
export class FakeExcelError extends Error {
  debugInfo: OfficeExtension.DebugInfo;

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }

  /** Where it happened, as Office.js's debugInfo gives it: the statement and the object and member. */
  locate(statement: string): void {
    const member = /([A-Za-z]+)\.([A-Za-z.]+)(?:\(|\s*=)[^.]*$/u.exec(statement);
    this.debugInfo = { ...this.debugInfo, statement, errorLocation: member === null ? statement : `${member[1]}.${member[2]}` };
  }
}

const INVALID_SHEET_CHARACTERS = /[:\\/?*[\]]/u;
/** A sheet reference in a formula: 'Flerår – A'! or Underlag! (not preceded by a name character). */
const SHEET_REFERENCE = /(?:'((?:[^']|'')+)'|(?<![\p{L}\p{N}_.])([\p{L}_][\p{L}\p{N}_.]*))!/gu;

export class WorkbookState {
  sheets: SheetState[] = [];
  names: NameState[] = [];
  active: SheetState | null = null;
  selection: { sheet: SheetState; rect: Rect } | null = null;
  /** The structure is protected (Granska › Skydda arbetsbok): sheets cannot be added, deleted, renamed or moved. */
  protected = false;
  /**
   * Chart sheets (Infoga › Diagram › Flytta till nytt blad): not worksheets, so Office.js's worksheet
   * collection does not list them, but their names are taken.
   */
  chartSheets: string[] = [];
  /** The user is typing in a cell: a batch fails, or waits with delayForCellEdit (see context.ts). */
  cellEditing = false;
  /**
   * The sheet tabs the user has grouped (Ctrl/Shift+click or Markera alla blad; Excel shows [Grupp]):
   * every batch fails then (see context.ts). Empty when the tabs are not grouped.
   */
  groupedSheets: SheetState[] = [];
  /**
   * The undo stack, one label per step the user can undo. Calls that Excel's undo does not support
   * empty it ("Undo support with the Excel JavaScript API", learn.microsoft.com/office/dev/add-ins/
   * excel/excel-add-ins-undo-capabilities: Worksheet.delete everywhere; Worksheet.name and
   * Worksheet.position on Windows and Mac, which the fake follows).
   */
  undoStack: string[] = [];
  /** How many times the undo stack was emptied by such a call. */
  undoCleared = 0;
  /** The selection is several areas (Ctrl+click) or not cells at all (a chart or shape). */
  selectionKind: "range" | "areas" | "object" = "range";
  private nextSheetId = 1;
  private nextChartNumber = 1;

  sheetByName(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === key);
  }

  nameByName(name: string): NameState | undefined {
    const key = name.toLowerCase();
    return this.names.find((item) => item.name.toLowerCase() === key);
  }

  addSheet(name?: string): SheetState {
    this.checkStructure();
    const chosen = name ?? this.defaultSheetName();
    this.checkSheetName(chosen, null);
    const sheet = new SheetState(`{${String(this.nextSheetId++).padStart(8, "0")}}`, chosen);
    this.sheets.push(sheet);
    if (this.active === null) this.activate(sheet);
    return sheet;
  }

  /** Renaming follows Excel: formulas and chart series that point at the sheet point at the new name. */
  renameSheet(sheet: SheetState, name: string): void {
    this.checkStructure();
    this.checkSheetName(name, sheet);
    this.rewriteReferences(sheet.name, `${quoteSheetName(name)}!`);
    sheet.name = name;
  }

  /**
   * Deleting a sheet turns every reference to it into #REF!: workbook names, formulas on the other
   * sheets (their value too) and chart series. A very hidden sheet cannot be deleted.
   */
  deleteSheet(sheet: SheetState): void {
    this.checkStructure();
    // Excel.Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete
    // operation will fail with an InvalidOperation exception" (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
    if (sheet.visibility === "VeryHidden") throw new FakeExcelError("InvalidOperation", `The sheet "${sheet.name}" is very hidden: make it hidden or visible before deleting it.`);
    const visible = this.sheets.filter((candidate) => candidate.visibility === "Visible" && candidate !== sheet);
    if (visible.length === 0) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (const name of this.names) {
      if (name.areas?.some((area) => area.sheet === sheet)) {
        name.brokenFormula = "=#REF!";
        delete name.areas;
      }
      if (name.target?.sheet !== sheet) continue;
      name.brokenFormula = `=#REF!${formatAddress(null, name.target.rect, true)}`;
      name.target = null;
    }
    this.rewriteReferences(sheet.name, "#REF!");
    if (this.active === sheet) this.activate(visible[Math.min(index, visible.length - 1)]!);
  }

  /**
   * Hides or shows a sheet. Hiding a sheet is changing the workbook's structure (refused when it is
   * protected), the last visible sheet cannot be hidden, and hiding the active sheet activates the
   * next visible one, as Excel does.
   */
  setVisibility(sheet: SheetState, visibility: SheetState["visibility"]): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw new FakeExcelError("InvalidArgument", `"${visibility}" is not a sheet visibility.`);
    this.checkStructure();
    const visible = this.sheets.filter((candidate) => candidate.visibility === "Visible" && candidate !== sheet);
    if (visibility !== "Visible" && visible.length === 0) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.active === sheet) {
      const index = this.sheets.indexOf(sheet);
      this.activate(visible.find((candidate) => this.sheets.indexOf(candidate) > index) ?? visible[visible.length - 1]!);
    }
  }

  /** Replaces "Sheet!" (quoted or not, any case) in formulas and chart series; "#REF!" also sets the value. */
  private rewriteReferences(sheetName: string, replacement: string): void {
    const rewrite = (text: string): string =>
      text.replace(SHEET_REFERENCE, (whole, quoted: string | undefined, plain: string | undefined) => {
        const name = quoted === undefined ? plain! : quoted.replaceAll("''", "'");
        return name.toLowerCase() === sheetName.toLowerCase() ? replacement : whole;
      });
    for (const other of this.sheets) {
      for (const cell of other.cells.values()) {
        if (cell.formula === undefined) continue;
        const formula = rewrite(cell.formula);
        if (formula === cell.formula) continue;
        cell.formula = formula;
        if (formula.includes("#REF!")) cell.value = "#REF!";
      }
      for (const chart of other.charts) {
        for (const series of chart.series) {
          if (series.values !== null) series.values = rewrite(series.values);
          if (series.xValues !== null) series.xValues = rewrite(series.xValues);
        }
      }
    }
  }

  moveSheet(sheet: SheetState, position: number): void {
    this.checkStructure();
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeExcelError("InvalidArgument", `Position ${position} is outside the worksheets (0–${this.sheets.length - 1}).`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  activate(sheet: SheetState): void {
    this.active = sheet;
    if (this.selection?.sheet !== sheet) this.selection = { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  nextChartName(): string {
    return `Diagram ${this.nextChartNumber++}`;
  }

  addName(name: string, target: { sheet: SheetState; rect: Rect } | { sheet: SheetState; rect: Rect }[], comment: string): NameState {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[a-z]{1,3}\d+$/iu.test(name) || /^[rc]$/iu.test(name)) {
      throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid name.`);
    }
    if (this.nameByName(name) !== undefined) throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
    const item: NameState = Array.isArray(target)
      ? { name, target: null, brokenFormula: null, areas: target, comment }
      : { name, target, brokenFormula: null, comment };
    this.names.push(item);
    return item;
  }

  /** A reference given as text, of one area or several separated by commas ("=Blad!$A$1:$A$2,Blad!$C$1"). */
  resolveAreas(reference: string): { sheet: SheetState; rect: Rect } | { sheet: SheetState; rect: Rect }[] {
    const areas = reference.replace(/^=/u, "").split(",").map((area) => this.resolveReference(area));
    return areas.length === 1 ? areas[0]! : areas;
  }

  /** A reference given as text ("=Befolkning!$A$1:$G$17", "Befolkning!A1") resolved to a sheet and rectangle. */
  resolveReference(reference: string): { sheet: SheetState; rect: Rect } {
    const parsed = parseAddress(reference);
    const sheet = parsed?.sheet == null ? undefined : this.sheetByName(parsed.sheet);
    if (parsed === null || sheet === undefined) throw new FakeExcelError("InvalidArgument", `"${reference}" is not a reference to a range.`);
    return { sheet, rect: parsed.rect };
  }

  private checkStructure(): void {
    if (this.protected) throw new FakeExcelError("AccessDenied", "The workbook's structure is protected.");
  }

  private defaultSheetName(): string {
    for (let n = 1; ; n++) if (this.sheetByName(`Blad${n}`) === undefined) return `Blad${n}`;
  }

  private checkSheetName(name: string, renamed: SheetState | null): void {
    if (name.length === 0 || name.length > 31 || INVALID_SHEET_CHARACTERS.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
      throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid sheet name.`);
    }
    const existing = this.sheetByName(name);
    const chartSheet = this.chartSheets.some((chart) => chart.toLowerCase() === name.toLowerCase());
    if ((existing !== undefined && existing !== renamed) || chartSheet) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
}

// ---- cell entry: what Excel does with a value written through Range.values ---------------------

/** Serial of 1899-12-30 (Excel's day 0 in the 1900 date system, past the 1900-02-29 bug). */
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * Enters one value as Excel does when Range.values is set: null leaves the cell as it is, "" clears
 * it, a leading apostrophe keeps the rest as text, "=", "+", "-" or "@" start a formula, and text that
 * reads as a number, percentage, ISO date or TRUE/FALSE becomes that (unless the cell is formatted as
 * text "@").
 */
export function enterValue(cell: CellState, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeExcelError("InvalidArgument", `${input} is not a valid cell value.`);
    cell.value = input;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw new FakeExcelError("InvalidArgument", `Cannot enter a ${typeof input} in a cell.`);
  // "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits);
  // the apostrophe that keeps text as text is not part of the value.
  if (input.length - (input.startsWith("'") ? 1 : 0) > 32_767) throw new FakeExcelError("InvalidArgument", "A cell can contain at most 32 767 characters.");
  if (input === "") {
    delete cell.value;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (cell.format === "@") {
    cell.value = input;
    return;
  }
  const text = input.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/iu.test(text)) {
    cell.value = Number(text);
    return;
  }
  if (/^[+-]?\d+(\.\d+)?\s?%$/u.test(text)) {
    cell.value = Number(text.replace(/\s?%$/u, "")) / 100;
    if (cell.format === undefined) cell.format = "0%";
    return;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (iso !== null) {
    const time = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    const date = new Date(time);
    if (date.getUTCMonth() === Number(iso[2]) - 1 && date.getUTCDate() === Number(iso[3])) {
      cell.value = Math.round((time - EPOCH) / 86_400_000);
      if (cell.format === undefined) cell.format = "yyyy-mm-dd";
      return;
    }
  }
  if (/^(true|false)$/iu.test(text)) {
    cell.value = text.toLowerCase() === "true";
    return;
  }
  if (/^[=+\-@]/u.test(input)) {
    delete cell.value;
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    return;
  }
  cell.value = input;
}

/** Deletes the cells of `rect`, shifting the cells to the right of it left, or those below it up. */
export function deleteCells(sheet: SheetState, rect: Rect, shift: "Up" | "Left"): void {
  const moved: [number, number, CellState][] = [];
  for (const [row, col, cell] of sheet.cellsIn({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 })) {
    if (contains(rect, row, col)) {
      sheet.cells.delete(cellKey(row, col));
      continue;
    }
    const shifts = shift === "Left" ? row >= rect.top && row <= rect.bottom && col > rect.right : col >= rect.left && col <= rect.right && row > rect.bottom;
    if (!shifts) continue;
    sheet.cells.delete(cellKey(row, col));
    moved.push(shift === "Left" ? [row, col - (rect.right - rect.left + 1), cell] : [row - (rect.bottom - rect.top + 1), col, cell]);
  }
  for (const [row, col, cell] of moved) sheet.cells.set(cellKey(row, col), cell);
}

/** Refuses formatting of more cells than a test could mean (a whole column or row). */
export function checkFormattable(rect: Rect): void {
  if (rectArea(rect) > 1_000_000) throw new FakeExcelError("NotImplemented", "The fake does not format whole rows or columns cell by cell.");
}
