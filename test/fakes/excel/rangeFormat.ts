// A range's format and font: column widths, row heights, wrapping, alignment, indent, the top
// border, and the font's bold, italic, name and size.
import type { RangeFormatApi } from "../../../src/excel/api.ts";
import { notLoaded } from "./base.ts";
import type { FakeRange, RangeTarget } from "./range.ts";
import { checkFormattable, FakeExcelError, type SheetState } from "./state.ts";

export class FakeRangeFormat
  implements Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "wrapText" | "verticalAlignment" | "horizontalAlignment" | "indentLevel" | "useStandardWidth" | "useStandardHeight">, RangeFormatApi
{
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorders;

  constructor(private readonly range: FakeRange) {
    this.font = new FakeRangeFont(range);
    this.borders = new FakeRangeBorders(range);
  }

  get indentLevel(): number {
    throw notLoaded("indentLevel");
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

export class FakeRangeFont implements Pick<Excel.RangeFont, "bold" | "italic" | "name" | "size"> {
  constructor(private readonly range: FakeRange) {}

  get name(): string {
    throw notLoaded("name");
  }

  set name(name: string) {
    this.range.queueOnRange({ set: "format.font.name", value: name }, `format.font.name = ${name}`, (range) =>
      eachCell(range, (cell) => {
        cell.fontName = name;
      }),
    );
  }

  get size(): number {
    throw notLoaded("size");
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
