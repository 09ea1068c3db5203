// Worksheets: the collection (`context.workbook.worksheets`) and the sheet proxy, with the objects
// hanging off a sheet (panes, page layout, charts, change events) and the ranges it gives.
import type { WorksheetApi, WorksheetCollectionApi, WorksheetProtectionApi } from "../../../src/excel/api.ts";
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "./address.ts";
import { FakeObject } from "./base.ts";
import { FakeChartCollection } from "./chart.ts";
import { FakeItemCollection } from "./collection.ts";
import type { FakeRequestContext } from "./context.ts";
import { FakeWorksheetChangedEvent } from "./events.ts";
import { FakeFreezePanes, FakePageLayout } from "./layout.ts";
import { FakeRange } from "./range.ts";
import { FakeExcelError, type SheetState, type WorkbookState } from "./state.ts";

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
      return sheet.visibility;
  }
}

export class FakeWorksheetCollection extends FakeItemCollection<SheetState, FakeWorksheet> implements WorksheetCollectionApi {
  constructor(context: FakeRequestContext) {
    super(context, { collection: "worksheets", properties: SHEET_PROPERTIES, Item: FakeWorksheet, all: (state) => state.sheets, byName: (state, name) => state.sheetByName(name) });
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name ?? null)})`, () => this.context.state.addSheet(name), false);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheets.getActiveWorksheet()", () => this.context.state.active, false);
  }
}

export class FakeWorksheet extends FakeObject<SheetState> implements Pick<Excel.Worksheet, "name" | "position" | "isNullObject" | "activate" | "delete">, WorksheetApi {
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly charts: FakeChartCollection;
  readonly onChanged: FakeWorksheetChangedEvent;
  private protectionObject: FakeWorksheetProtection | null = null;

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

  /** A change to the sheet (refused on a protected sheet). */
  queueOnSheet(wire: unknown, statement: string, apply: (sheet: SheetState) => void): void {
    this.context.enqueue({ id: this.id, ...(wire as object) }, `${this.path}.${statement}`, () => {
      const sheet = this.target();
      sheet.checkEditable();
      apply(sheet);
    });
  }

  /** Created on first use: like the other objects hanging off a sheet, it costs nothing until used. */
  get protection(): FakeWorksheetProtection {
    this.protectionObject ??= new FakeWorksheetProtection(this);
    return this.protectionObject;
  }

  /** The sheet, for an object derived from it while a sync runs: a null sheet cannot give one. */
  sheetForChild(): SheetState {
    return this.target();
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.set("name", value, (sheet) => this.context.state.renameSheet(sheet, value), "clearsUndo");
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }

  /** Not in the undo table's supported calls for sheets: modelled as emptying the undo stack, like add and delete. */
  set visibility(value: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.set("visibility", value, (sheet) => this.context.state.setVisibility(sheet, value as SheetState["visibility"]), "clearsUndo");
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.set("position", value, (sheet) => this.context.state.moveSheet(sheet, value), "clearsUndo");
  }

  load(propertyNames: string | string[]): FakeWorksheet {
    this.queueLoad(propertyNames, SHEET_PROPERTIES, (sheet, property) => sheetProperty(this.context.state, sheet, property));
    return this;
  }

  /** A hidden sheet cannot be activated. */
  activate(): void {
    this.call("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", `The sheet "${sheet.name}" is hidden and cannot be activated.`);
      this.context.state.activate(sheet);
    });
  }

  delete(): void {
    this.call("delete", [], (sheet) => this.context.state.deleteSheet(sheet), "clearsUndo");
  }

  getRange(address?: string): FakeRange {
    const path = `${this.path}.getRange(${JSON.stringify(address ?? "")})`;
    return new FakeRange(this.context, path, () => {
      const sheet = this.sheetForChild();
      if (address === undefined || address === "") return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const parsed = parseAddress(address);
      if (parsed === null) throw new FakeExcelError("InvalidArgument", `"${address}" is not a valid address.`);
      return { sheet, rect: parsed.rect };
    }, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`, () => {
      const sheet = this.sheetForChild();
      const rect = sheet.usedRect(valuesOnly === true);
      return rect === null ? null : { sheet, rect };
    }, true);
  }
}

export class FakeWorksheetProtection extends FakeObject<SheetState> implements Pick<Excel.WorksheetProtection, "protected">, WorksheetProtectionApi {
  constructor(sheet: FakeWorksheet) {
    super(sheet.context, `${sheet.path}.protection`, () => sheet.sheetForChild(), false);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  load(propertyNames: string | string[]): FakeWorksheetProtection {
    this.queueLoad(propertyNames, ["protected"], (sheet) => sheet.protected);
    return this;
  }
}
