// A sheet's onChanged event: handlers registered and removed at the sync, called by the fake
// workbook after a sync that changed the sheet's cells.
import type { EventHandlerResultApi, WorksheetChangedArgs, WorksheetChangedEventApi } from "../../../src/excel/api.ts";
import type { FakeRequestContext } from "./context.ts";
import type { ChangeHandler } from "./state.ts";
import type { FakeWorksheet } from "./worksheet.ts";

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
