// What the writer needs to know of the result sheets that are ours before it rewrites them, queued in
// the reader's second sync: protection, charts, the used range (to clear), and the values within
// CHECKED_AREA, which the write compares with its record of what it wrote (src/workbook/report/
// rewrite.ts) to tell the cells the user typed into.
import type { Ownership } from "../workbook/report/ownership.ts";
import { sheetKey } from "../workbook/report/placement.ts";
import { CHECKED_AREA } from "../workbook/limits.ts";
import type { OwnedSheetContents } from "../workbook/report/rewrite.ts";
import type { CellGrid } from "../workbook/report/writtenRecord.ts";
import type { ContextApi, WorksheetApi } from "./api.ts";

/** The names Excel gives a chart ("Diagram 3" in Swedish Excel, "Chart 3" in English). */
const DEFAULT_CHART_NAME = /^(Diagram|Chart) \d+$/u;

/** A result sheet of ours as the writer needs to know it before rewriting it. */
export interface ResultSheetState {
  name: string;
  protected: boolean;
  visible: boolean;
  /** Its charts: the writer replaces its own. */
  charts: { name: string; title: string }[];
  /** The used range (with formats), "A1:F20", or null when the sheet is empty. */
  used: string | null;
  /** Its values within CHECKED_AREA (null when there are none), and whether it has values beyond. */
  cells: CellGrid | null;
  beyond: boolean;
}

/**
 * Queues the reads of the sheets of ours (nothing is sent); the function returned gives their states,
 * by sheet key, after the sync.
 */
export function queueResultSheets(
  context: ContextApi,
  sheets: readonly { name: string; visibility: string }[],
  ownership: Ownership,
): () => Map<string, ResultSheetState> {
  const queued = sheets
    .filter((sheet) => ownership.owned.has(sheetKey(sheet.name)))
    .map((sheet) => {
      const worksheet = context.workbook.worksheets.getItem(sheet.name);
      return {
        sheet,
        protection: worksheet.protection.load("protected"),
        charts: worksheet.charts.load("items/name,items/title/text"),
        used: worksheet.getUsedRangeOrNullObject().load("address"),
        values: queueCheckedCells(worksheet),
      };
    });
  return () =>
    new Map(
      queued.map(({ sheet, protection, charts, used, values }) => [
        sheetKey(sheet.name),
        {
          name: sheet.name,
          protected: protection.protected,
          visible: sheet.visibility === "Visible",
          charts: charts.items.map((chart) => ({ name: chart.name, title: chart.title.text })),
          used: used.isNullObject ? null : addressWithoutSheet(used.address),
          ...values(),
        },
      ]),
    );
}

/** Queues the read of a sheet's values within CHECKED_AREA; the function returned gives them after the sync. */
export function queueCheckedCells(worksheet: WorksheetApi): () => Pick<ResultSheetState, "cells" | "beyond"> {
  const used = worksheet.getUsedRangeOrNullObject(true).load("address");
  const checked = worksheet.getRange(CHECKED_AREA).getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,values");
  return () => ({
    cells: checked.isNullObject ? null : { top: checked.rowIndex, left: checked.columnIndex, values: checked.values },
    beyond: !used.isNullObject && (checked.isNullObject || checked.address !== used.address),
  });
}

/**
 * Whether a chart on a sheet of ours is ours: the one named after the sheet (under any of `sheetNames`),
 * or one Excel named that has no title yet (a write that failed before naming it). Others are the user's.
 */
export function isOurChart(chart: { name: string; title: string }, sheetNames: readonly string[]): boolean {
  return sheetNames.some((name) => sheetKey(name) === sheetKey(chart.name)) || (DEFAULT_CHART_NAME.test(chart.name) && chart.title === "");
}

/** What the write's plan needs of a sheet of ours: its values, and the charts and names the user added. */
export function ownedContents(state: ResultSheetState, userNames: string[]): OwnedSheetContents {
  return {
    cells: state.cells,
    beyond: state.beyond,
    userCharts: state.charts.filter((chart) => !isOurChart(chart, [state.name])).length,
    userNames,
  };
}

export function addressWithoutSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}
