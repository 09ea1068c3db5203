// Ranges: loading values, number formats and the address; writing values and number formats;
// select, delete, used range. The format objects are in rangeFormat.ts.
import type { RangeApi } from "../../../src/excel/api.ts";
import { cellKey, formatAddress, MAX_COLUMNS, MAX_ROWS, rectArea, type Rect } from "./address.ts";
import { FakeObject } from "./base.ts";
import type { FakeRequestContext } from "./context.ts";
import { FakeRangeFormat } from "./rangeFormat.ts";
import { checkFormattable, deleteCells, enterValue, FakeExcelError, type SheetState } from "./state.ts";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

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

  /** A change to the range's cells or formats (refused on a protected sheet). */
  queueOnRange(wire: unknown, statement: string, apply: (range: RangeTarget) => void): void {
    this.context.enqueue({ id: this.id, ...(wire as object) }, `${this.path}.${statement}`, () => {
      const range = this.target();
      range.sheet.checkEditable();
      apply(range);
    });
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

  /** Clears the cells' values, formulas and formats (only "All" is modelled). */
  clear(applyTo?: "All"): void {
    if (applyTo !== undefined && applyTo !== "All") throw new Error("The fake clears only All");
    this.queueOnRange({ call: "clear", args: [applyTo ?? "All"] }, "clear(All)", ({ sheet, rect }) => {
      for (const [row, col] of [...sheet.cellsIn(rect)]) sheet.cells.delete(cellKey(row, col));
      this.context.noteChange(sheet, rect);
    });
  }

  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    if (shift !== "Up" && shift !== "Left") throw new FakeExcelError("InvalidArgument", `Shift ${String(shift)}`);
    this.call("delete", [shift], ({ sheet, rect }) => {
      sheet.checkEditable();
      deleteCells(sheet, rect, shift);
      this.context.noteChange(sheet, shift === "Left" ? { ...rect, right: MAX_COLUMNS - 1 } : { ...rect, bottom: MAX_ROWS - 1 });
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`, () => {
      const range = this.target();
      const rect = range.sheet.usedRect(valuesOnly === true, range.rect);
      return rect === null ? null : { sheet: range.sheet, rect };
    }, true);
  }

  /** Writes a 2-D array (or one value for every cell) as Excel does: the shape must match the range. */
  private writeGrid(range: RangeTarget, property: string, input: unknown, enter: (cell: ReturnType<SheetState["edit"]>, value: unknown) => void): void {
    const { sheet, rect } = range;
    sheet.checkEditable();
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

/** A range given to another proxy as an argument. */
export function rangeArgument(range: RangeApi): FakeRange {
  if (!(range instanceof FakeRange)) throw new Error("The fake takes only its own ranges");
  return range;
}
