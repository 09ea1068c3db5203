// The request context (what Excel.run hands its callback: the queue of operations, `sync`) and the
// workbook object it hands out, the root of the proxies.
import type { ContextApi, RangeAreasApi, WorkbookApi, WorkbookProtectionApi } from "../../../src/excel/api.ts";
import { formatAddress, type Rect } from "./address.ts";
import { FakeObject } from "./base.ts";
import { FakeNamedItemCollection } from "./names.ts";
import { FakeRange } from "./range.ts";
import { FakeExcelError, type SheetState, type WorkbookState } from "./state.ts";
import { FakeWorksheetCollection } from "./worksheet.ts";

/**
 * Excel on the web refuses a request, or a response, larger than this ("Excel on the web has a
 * payload size limit for requests and responses of 5MB", learn.microsoft.com/office/dev/add-ins/
 * concepts/resource-limits-and-performance-optimization).
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** What an operation does to the undo stack: nothing (a read), a step, or empty it (not supported by undo). */
export type UndoKind = "read" | "change" | "clearsUndo";

interface Operation {
  /** What goes over the wire, roughly: measured for the request-size estimate. */
  wire: unknown;
  /** For debugInfo.pendingStatements. */
  statement: string;
  apply: () => void;
  undo: UndoKind;
}

export interface SyncRecord {
  operations: number;
  /** JSON length of the operations sent in this sync. */
  requestBytes: number;
  /** JSON length of the loaded properties it returned. */
  responseBytes: number;
}

/** What the fake workbook gives a context: its state and the bookkeeping of syncs and events. */
export interface ContextHost {
  readonly state: WorkbookState;
  recordSync(record: SyncRecord): void;
  /** Called after each sync with the sheets whose cells changed. */
  cellsChanged(changes: ReadonlyMap<SheetState, Rect>): void;
  /** Called before each operation is carried out: a test's injected failure throws here. */
  beforeOperation(statement: string): void;
  /** Resolves when the user leaves cell edit mode. */
  cellEditEnded(): Promise<void>;
}

/** The options of the Excel.run that made a context (Excel.RunOptions). */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

class FakeTrackedObjects implements OfficeExtension.TrackedObjects {
  add(_objects: unknown): void {}
  remove(_objects: unknown): void {}
}

let syncCounter = 0;

export class FakeRequestContext implements ContextApi, OfficeExtension.ClientRequestContext {
  readonly workbook: FakeWorkbookObject;
  readonly trackedObjects = new FakeTrackedObjects();
  readonly requestHeaders: { [name: string]: string } = {};
  private pending: Operation[] = [];
  private nextId = 1;
  private changes = new Map<SheetState, Rect>();

  /** The undo step of a mergeUndoGroup run, once it has one. */
  private undoGroupOpen = false;

  constructor(
    readonly host: ContextHost,
    readonly options: FakeRunOptions = {},
  ) {
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

  /** Counts a loaded property's size towards the response of the sync being applied. */
  noteResponse(value: unknown): void {
    if (this.response === null) return;
    this.response.responseBytes += (JSON.stringify(value) ?? "").length + 1;
    if (this.response.responseBytes > REQUEST_LIMIT_BYTES) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `The response is over ${REQUEST_LIMIT_BYTES} bytes; Excel on the web returns at most that.`);
    }
  }

  private response: SyncRecord | null = null;

  enqueue(wire: unknown, statement: string, apply: () => void, undo?: UndoKind): void {
    const read = typeof wire === "object" && wire !== null && ("load" in wire || "get" in wire);
    this.pending.push({ wire, statement, apply, undo: undo ?? (read ? "read" : "change") });
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
    this.syncNumber = ++syncCounter;
    const requestBytes = operations.reduce((sum, op) => sum + JSON.stringify(op.wire).length + 1, 2);
    const record: SyncRecord = { operations: operations.length, requestBytes, responseBytes: 0 };
    this.host.recordSync(record);
    this.response = record;
    await Promise.resolve();
    if (requestBytes > REQUEST_LIMIT_BYTES) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request is ${requestBytes} bytes; Excel on the web accepts at most ${REQUEST_LIMIT_BYTES}.`);
    }
    // Excel.RunOptions.delayForCellEdit: "When false, if the user is in cell edit when the batch
    // request is processed by the host, the batch automatically fails. When true, … the batch request
    // is delayed until the user exits cell edit mode." (learn.microsoft.com/javascript/api/excel/excel.runoptions)
    if (this.state.cellEditing) {
      if (this.options.delayForCellEdit !== true) {
        throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      await this.host.cellEditEnded();
    }
    // Grouped sheet tabs: "When the user selected all/multiple worksheets and run any officejs API,
    // there will be strange error raised and sometimes General Error" (github.com/OfficeDev/office-js/
    // issues/2266, a product bug in Microsoft's backlog); there is no option to wait as for a cell edit,
    // nor an API that tells which tabs are grouped (…/issues/3343). The fake refuses the whole batch
    // with GeneralException, its message as in Excel's error codes
    // (learn.microsoft.com/office/dev/add-ins/reference/javascript-api/error-codes), and applies none
    // of it. Only a sync with something queued is refused.
    if (this.state.groupedSheets.length > 0 && operations.length > 0) {
      throw new FakeExcelError("GeneralException", "There was an internal error while processing the request.");
    }
    this.changes = new Map();
    try {
      // As in Excel, the operations before a failing one stay done.
      for (const op of operations) {
        try {
          this.host.beforeOperation(op.statement);
          this.recordUndo(op);
          op.apply();
        } catch (error) {
          // Office.js's debugInfo: where it happened.
          if (error instanceof FakeExcelError) error.locate(op.statement);
          throw error;
        }
      }
    } finally {
      if (this.changes.size > 0) this.host.cellsChanged(this.changes);
    }
    return passThroughValue as T;
  }

  /**
   * The undo stack: each sync that changes something is one step, or all syncs of a mergeUndoGroup
   * run are (RunOptions.mergeUndoGroup). A call undo does not support empties the stack, and in an
   * undo group it is refused with UndoNotSupported before it is carried out.
   */
  private recordUndo(op: Operation): void {
    const state = this.state;
    if (op.undo === "read") return;
    if (op.undo === "clearsUndo") {
      if (this.options.mergeUndoGroup === true) throw new FakeExcelError("UndoNotSupported", `${op.statement} does not support undo and cannot be in an undo group.`);
      state.undoStack = [];
      state.undoCleared++;
      return;
    }
    if (this.options.mergeUndoGroup === true) {
      if (!this.undoGroupOpen) state.undoStack.push("add-in (group)");
      this.undoGroupOpen = true;
    } else if (state.undoStack[state.undoStack.length - 1] !== `add-in sync ${this.syncNumber}`) {
      state.undoStack.push(`add-in sync ${this.syncNumber}`);
    }
  }

  private syncNumber = 0;
}

export class FakeWorkbookObject implements WorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.protection = new FakeWorkbookProtection(context, "workbook.protection", { target: context.state }, false);
  }

  /** Fails, as Excel does, when the selection is several areas or not cells (a chart, a shape). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, "workbook.getSelectedRange()", () => {
      const state = this.context.state;
      if (state.selectionKind !== "range") throw new FakeExcelError("InvalidSelection", "The current selection is invalid for this operation.");
      return state.selection === null ? null : { sheet: state.selection.sheet, rect: state.selection.rect };
    }, false);
  }

  /** The selected areas; fails when the selection is not cells. */
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, "workbook.getSelectedRanges()", () => {
      const state = this.context.state;
      if (state.selectionKind === "object") throw new FakeExcelError("InvalidSelection", "The current selection is invalid for this operation.");
      if (state.selection === null) return null;
      const area = formatAddress(state.selection.sheet.name, state.selection.rect);
      return state.selectionKind === "areas" ? [area, formatAddress(state.selection.sheet.name, { ...state.selection.rect, top: state.selection.rect.bottom + 2, bottom: state.selection.rect.bottom + 2 })] : [area];
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

/** The selection's areas (the fake models two areas for a Ctrl+click selection). */
export class FakeRangeAreas extends FakeObject<string[]> implements Pick<Excel.RangeAreas, "areaCount" | "address">, RangeAreasApi {
  get areaCount(): number {
    return this.read("areaCount");
  }

  get address(): string {
    return this.read("address");
  }

  load(propertyNames: string | string[]): FakeRangeAreas {
    this.queueLoad(propertyNames, ["areaCount", "address"], (areas, property) => (property === "areaCount" ? areas.length : areas.join(",")));
    return this;
  }
}
