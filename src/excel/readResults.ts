// What the writer needs to know of the result sheets that are ours before it rewrites them (only for
// Beräkna: the task pane's other reads skip it). In the reader's second sync: protection, charts, the
// used range (to clear), where the values lie, and the record of what was written (very hidden,
// compact). In a third sync, each sheet's values where the record says the add-in wrote them (and
// just around them), which the write compares with the record (src/workbook/report/rewrite.ts) to
// tell the cells the user typed into.
//
// Why a third sync: the values are read only where they were written. A used range is a bounding
// box: one note far down a sheet would otherwise make the read millions of empty cells, beyond Excel
// on the web's 5 MB response limit. What was written is known only from the record, so the record is
// read first.
import { parseRangeAddress, rangeAddress } from "../workbook/address.ts";
import { MAX_EXTRA_CHECKED_CELLS } from "../workbook/limits.ts";
import type { Ownership } from "../workbook/report/ownership.ts";
import { sheetKey } from "../workbook/report/placement.ts";
import type { OwnedSheetContents } from "../workbook/report/rewrite.ts";
import { readRecord, recordedArea, type CellGrid } from "../workbook/report/writtenRecord.ts";
import type { ContextApi } from "./api.ts";

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
  /** The part with values, or null when it has none. */
  valuesUsed: string | null;
  /** Its values where they are compared with the record (the whole record sheet, for the record). */
  cells: CellGrid | null;
  /** The area compared when the sheet has values outside it too; otherwise null. */
  beyond: string | null;
}

/**
 * Queues the second sync's reads of the sheets of ours (nothing is sent); the function returned gives
 * their states, by sheet key, after the sync.
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
      const isRecord = ownership.owned.get(sheetKey(sheet.name))!.role === "record";
      return {
        sheet,
        protection: worksheet.protection.load("protected"),
        charts: worksheet.charts.load("items/name,items/title/text"),
        used: worksheet.getUsedRangeOrNullObject().load("address"),
        valuesUsed: worksheet.getUsedRangeOrNullObject(true).load(isRecord ? "address,rowIndex,columnIndex,values" : "address"),
        isRecord,
      };
    });
  return () =>
    new Map(
      queued.map(({ sheet, protection, charts, used, valuesUsed, isRecord }) => [
        sheetKey(sheet.name),
        {
          name: sheet.name,
          protected: protection.protected,
          visible: sheet.visibility === "Visible",
          charts: charts.items.map((chart) => ({ name: chart.name, title: chart.title.text })),
          used: used.isNullObject ? null : addressWithoutSheet(used.address),
          valuesUsed: valuesUsed.isNullObject ? null : addressWithoutSheet(valuesUsed.address),
          cells: isRecord && !valuesUsed.isNullObject ? { top: valuesUsed.rowIndex, left: valuesUsed.columnIndex, values: valuesUsed.values } : null,
          beyond: null,
        },
      ]),
    );
}

/**
 * Queues the third sync's reads: each result sheet's values within what the record says was written,
 * widened to all its values when that adds at most MAX_EXTRA_CHECKED_CELLS cells. Returns null when
 * there is nothing to read; otherwise a function that fills in `cells` and `beyond` after the sync.
 */
export function queueResultValues(context: ContextApi, states: ReadonlyMap<string, ResultSheetState>, ownership: Ownership): (() => void) | null {
  const recordState = [...states.values()].find((state) => ownership.owned.get(sheetKey(state.name))!.role === "record");
  const record = recordState?.cells == null ? new Map<string, string[]>() : readRecord(recordState.cells);
  const loads = [...states.values()].flatMap((state) => {
    const recorded = record.get(sheetKey(state.name));
    if (state === recordState || recorded === undefined || state.valuesUsed === null) return [];
    const written = recordedArea(recorded);
    const used = parseRangeAddress(state.valuesUsed)!;
    const rows = Math.max(written.rows, used.endRow + 1);
    const cols = Math.max(written.cols, used.endCol + 1);
    const whole = rows * cols <= written.rows * written.cols + MAX_EXTRA_CHECKED_CELLS;
    const area = whole ? { rows, cols } : written;
    if (area.rows === 0 || area.cols === 0) return [];
    const address = rangeAddress(null, 0, 0, area.rows - 1, area.cols - 1);
    const range = context.workbook.worksheets.getItem(state.name).getRange(address).load("values");
    return [{ state, range, beyond: whole ? null : address }];
  });
  if (loads.length === 0) return null;
  return () => {
    for (const { state, range, beyond } of loads) {
      state.cells = { top: 0, left: 0, values: range.values };
      state.beyond = beyond;
    }
  };
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
