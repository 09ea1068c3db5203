// Ordinary Excel situations that stop an action of the task pane with a Swedish message, and the
// Excel.run that every such action goes through.
import { taskpaneText } from "../strings/taskpane.ts";
import type { ContextApi, ExcelApi } from "./api.ts";

/** An ordinary Excel situation that stops an action before anything is written, with its Swedish message. */
export class ExcelSituation extends Error {
  override name = "ExcelSituation";
}

/**
 * A chunk of the add-in's own code loaded on demand (`load` is a dynamic import()). One that cannot
 * be loaded (offline, the add-in's server down) becomes a situation with the Swedish message; webpack
 * forgets a failed chunk, so the next call tries again.
 */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new ExcelSituation(taskpaneText.onDemand.failed, { cause: error });
  }
}

/**
 * Error codes with which Excel refuses a request because of the state the user has put Excel in,
 * not because of what the request asks (learn.microsoft.com/office/dev/add-ins/reference/
 * javascript-api/error-codes): GeneralException, InvalidSelection, InvalidOperation. Grouped sheet
 * tabs ([Grupp]) are the common case: every Office.js call then fails, often with GeneralException
 * (github.com/OfficeDev/office-js/issues/2266). No API tells which tabs are grouped
 * (github.com/OfficeDev/office-js/issues/3343), so the grouping is recognised from the refusal.
 */
const REFUSED_FOR_EXCEL_STATE = new Set(["GeneralException", "InvalidSelection", "InvalidOperation"]);

/** Whether Excel refused a request with one of those codes (what the user may be able to undo in Excel). */
export function refusedForExcelState(error: unknown): error is { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && REFUSED_FOR_EXCEL_STATE.has(code);
}

/**
 * Excel.run for an action of the task pane. It waits while the user edits a cell
 * (RunOptions.delayForCellEdit: without it a batch fails outright when the user is typing in a cell,
 * learn.microsoft.com/javascript/api/excel/excel.runoptions). When Excel refuses the action's first
 * request for the state it is in, nothing has been done yet: that becomes an ExcelSituation that says
 * what to do. A refusal after an earlier request went through is left as it is, since part of the
 * action may be done.
 */
export async function runAction<T>(
  excel: ExcelApi,
  batch: (context: ContextApi) => Promise<T>,
  options: { mergeUndoGroup?: boolean } = {},
): Promise<T> {
  let synced = false;
  try {
    return await excel.run({ delayForCellEdit: true, ...options }, (context) =>
      batch({
        workbook: context.workbook,
        sync: async <V>(value?: V) => {
          const result = await context.sync(value);
          synced = true;
          return result;
        },
      }),
    );
  } catch (error) {
    if (!synced && refusedForExcelState(error)) throw new ExcelSituation(taskpaneText.excel.refused(error.code), { cause: error });
    throw error;
  }
}
