// The request context (what Excel.run hands its callback: the queue of operations, `sync`) and the
// workbook object it hands out, the root of the proxies.
import type { ContextApi, WorkbookApi, WorkbookProtectionApi } from "../../../src/excel/api.ts";
import type { Rect } from "./address.ts";
import { FakeObject } from "./base.ts";
import { FakeNamedItemCollection } from "./names.ts";
import { FakeRange } from "./range.ts";
import { FakeExcelError, type SheetState, type WorkbookState } from "./state.ts";
import { FakeWorksheetCollection } from "./worksheet.ts";

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
