// A range's format and font: column widths, row heights, wrapping, alignment, indent, the top
// border, and the font's bold, italic, name and size. Loaded as Excel gives them: a property that
// differs across the range loads as null.
import type { RangeFontApi, RangeFormatApi } from "../../../src/excel/api.ts";
import { notLoaded } from "./base.ts";
import type { FakeRange, RangeTarget } from "./range.ts";
import type { CellState } from "./state.ts";
import { checkFormattable, FakeExcelError, type SheetState } from "./state.ts";

export class FakeRangeFormat
  implements Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "wrapText" | "verticalAlignment" | "horizontalAlignment" | "indentLevel" | "useStandardWidth" | "useStandardHeight">, RangeFormatApi
{
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorders;

  private readonly loaded = new Map<string, unknown>();

  constructor(private readonly range: FakeRange) {
    this.font = new FakeRangeFont(range);
    this.borders = new FakeRangeBorders(range);
  }

  get indentLevel(): number {
    return loadedValue(this.loaded, "indentLevel");
  }

  /** "An integer from 0 to 250 that indicates the indent level" (Excel.RangeFormat.indentLevel, ExcelApi 1.9). */
  set indentLevel(level: number) {
    if (!Number.isInteger(level) || level < 0 || level > 250) throw new FakeExcelError("InvalidArgument", `Indent level ${level} is out of range.`);
    this.range.queueOnRange({ set: "format.indentLevel", value: level }, `format.indentLevel = ${level}`, (range) =>
      eachCell(range, (cell) => {
        if (level === 0) delete cell.indentLevel;
        else cell.indentLevel = level;
      }),
    );
  }

  load(propertyNames: string | string[]): FakeRangeFormat {
    queueFormatLoad(this.range, "format", propertyNames, FORMAT_PROPERTIES, this.loaded);
    return this;
  }

  get columnWidth(): number {
    return loadedValue(this.loaded, "columnWidth");
  }

  set columnWidth(points: number) {
    checkPoints(points, 255 * 7.5);
    this.range.queueOnRange({ set: "format.columnWidth", value: points }, `format.columnWidth = ${points}`, ({ sheet, rect }) => {
      if (rect.right - rect.left > 1000) throw new FakeExcelError("NotImplemented", "The fake sets widths of at most 1000 columns at a time.");
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number {
    return loadedValue(this.loaded, "rowHeight");
  }

  set rowHeight(points: number) {
    checkPoints(points, 409);
    this.range.queueOnRange({ set: "format.rowHeight", value: points }, `format.rowHeight = ${points}`, ({ sheet, rect }) => {
      if (rect.bottom - rect.top > 10_000) throw new FakeExcelError("NotImplemented", "The fake sets heights of at most 10 000 rows at a time.");
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  get useStandardWidth(): boolean {
    throw notLoaded("useStandardWidth");
  }

  /** true: the columns go back to the sheet's standard width (only true is meaningful). */
  set useStandardWidth(standard: boolean) {
    this.range.queueOnRange({ set: "format.useStandardWidth", value: standard }, `format.useStandardWidth = ${standard}`, ({ sheet, rect }) => {
      if (standard) for (const column of [...sheet.columnWidths.keys()]) if (column >= rect.left && column <= rect.right) sheet.columnWidths.delete(column);
    });
  }

  get useStandardHeight(): boolean {
    throw notLoaded("useStandardHeight");
  }

  set useStandardHeight(standard: boolean) {
    this.range.queueOnRange({ set: "format.useStandardHeight", value: standard }, `format.useStandardHeight = ${standard}`, ({ sheet, rect }) => {
      if (standard) for (const row of [...sheet.rowHeights.keys()]) if (row >= rect.top && row <= rect.bottom) sheet.rowHeights.delete(row);
    });
  }

  get wrapText(): boolean {
    return loadedValue(this.loaded, "wrapText");
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
    return loadedValue(this.loaded, "verticalAlignment");
  }

  get horizontalAlignment(): HorizontalAlignment {
    return loadedValue(this.loaded, "horizontalAlignment");
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

/**
 * The range's borders; only the top edge, which (as Excel's BorderIndex "EdgeTop") is the top edge of
 * the range as a whole: the cells of its first row, not every row.
 */
export class FakeRangeBorders {
  constructor(private readonly range: FakeRange) {}

  getItem(index: "EdgeTop"): FakeRangeBorder {
    if (index !== "EdgeTop") throw new Error(`The fake models only the EdgeTop border, not ${String(index)}`);
    return new FakeRangeBorder(this.range);
  }
}

export class FakeRangeBorder implements Pick<Excel.RangeBorder, "style" | "weight"> {
  constructor(private readonly range: FakeRange) {}

  get style(): Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot" {
    throw notLoaded("style");
  }

  set style(style: Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot") {
    this.setTop({ style }, `format.borders.getItem("EdgeTop").style = ${style}`);
  }

  get weight(): Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick" {
    throw notLoaded("weight");
  }

  set weight(weight: Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick") {
    this.setTop({ weight }, `format.borders.getItem("EdgeTop").weight = ${weight}`);
  }

  private setTop(change: { style?: string; weight?: string }, statement: string): void {
    this.range.queueOnRange({ set: "format.borders.EdgeTop", value: change }, statement, (range) =>
      eachCell({ ...range, rect: { ...range.rect, bottom: range.rect.top } }, (cell) => {
        cell.borderTop = { ...cell.borderTop, ...change };
      }),
    );
  }
}

export class FakeRangeFont implements Pick<Excel.RangeFont, "bold" | "italic" | "name" | "size">, RangeFontApi {
  private readonly loaded = new Map<string, unknown>();

  constructor(private readonly range: FakeRange) {}

  load(propertyNames: string | string[]): FakeRangeFont {
    queueFormatLoad(this.range, "format.font", propertyNames, ["bold", "italic", "name", "size"], this.loaded);
    return this;
  }

  get name(): string {
    return loadedValue(this.loaded, "name");
  }

  set name(name: string) {
    this.range.queueOnRange({ set: "format.font.name", value: name }, `format.font.name = ${name}`, (range) =>
      eachCell(range, (cell) => {
        cell.fontName = name;
      }),
    );
  }

  get size(): number {
    return loadedValue(this.loaded, "size");
  }

  set size(size: number) {
    if (!Number.isFinite(size) || size < 1 || size > 409) throw new FakeExcelError("InvalidArgument", `Font size ${size} is out of range.`);
    this.range.queueOnRange({ set: "format.font.size", value: size }, `format.font.size = ${size}`, (range) =>
      eachCell(range, (cell) => {
        cell.fontSize = size;
      }),
    );
  }

  get bold(): boolean {
    return loadedValue(this.loaded, "bold");
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
    return loadedValue(this.loaded, "italic");
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

// ---- loading ------------------------------------------------------------------------------------

const FORMAT_PROPERTIES = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment", "indentLevel"];
/** Excel's defaults for the Normal style (Calibri 11): 8.43 characters = 48 points wide, 15 points high. */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

function loadedValue<V>(loaded: ReadonlyMap<string, unknown>, property: string): V {
  if (!loaded.has(property)) throw notLoaded(property);
  return loaded.get(property) as V;
}

function queueFormatLoad(range: FakeRange, path: string, propertyNames: string | string[], known: readonly string[], into: Map<string, unknown>): void {
  const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map((p) => p.trim()).filter((p) => p !== "");
  for (const name of names) if (!known.includes(name)) throw new Error(`The fake cannot load "${name}" on ${path}`);
  range.queueOnRange({ load: names.map((name) => `${path}/${name}`) }, `${path}.load(${names.join(",")})`, (target) => {
    for (const name of names) into.set(name, formatProperty(target, name));
  });
}

/** One value for the whole range, or null where the cells (columns, rows) differ — as Excel loads a format property. */
function formatProperty(range: RangeTarget, property: string): unknown {
  const { sheet, rect } = range;
  const same = (values: unknown[]) => (values.every((value) => value === values[0]) ? values[0] : null);
  if (property === "columnWidth") {
    return same(Array.from({ length: rect.right - rect.left + 1 }, (_, c) => sheet.columnWidths.get(rect.left + c) ?? DEFAULT_COLUMN_WIDTH));
  }
  if (property === "rowHeight") {
    return same(Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) => sheet.rowHeights.get(rect.top + r) ?? DEFAULT_ROW_HEIGHT));
  }
  const read: (cell: CellState | undefined) => unknown = {
    wrapText: (cell: CellState | undefined) => cell?.wrapText === true,
    horizontalAlignment: (cell: CellState | undefined) => cell?.horizontalAlignment ?? "General",
    indentLevel: (cell: CellState | undefined) => cell?.indentLevel ?? 0,
    verticalAlignment: (cell: CellState | undefined) => cell?.verticalAlignment ?? "Bottom",
    bold: (cell: CellState | undefined) => cell?.bold === true,
    // The Normal style's font where none is set (Calibri 11 in Excel's default workbook).
    name: (cell: CellState | undefined) => cell?.fontName ?? "Calibri",
    size: (cell: CellState | undefined) => cell?.fontSize ?? 11,
    italic: (cell: CellState | undefined) => cell?.italic === true,
  }[property]!;
  checkFormattable(rect);
  const values: unknown[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) values.push(read(sheet.cell(r, c)));
  return same(values);
}
