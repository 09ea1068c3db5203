// What the writer needs to know of the result sheets that are ours before it rewrites them (only for
// Beräkna: the task pane's other reads skip it). In the reader's second sync: protection, charts, the
// used range (to clear), where the values lie, the record of what was written (very hidden, compact)
// and each sheet's values where it was written, which the write compares with the record
// (src/workbook/report/rewrite.ts) to tell the cells the user typed into.
//
// Why not all in the second sync: the values are read only where they were written. A used range is
// a bounding box: one note far down a sheet would otherwise make the read millions of empty cells,
// beyond Excel on the web's 5 MB response limit. The owner name's comment says what area the last
// write filled, so the second sync reads that area (and a margin around it). Only where the comment
// is missing (a workbook the command line wrote), does not cover what the record says was written,
// or the sheet has values beyond the margin, does a third sync read them where the record says.
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
  /** The rows and columns from A1 whose values the second sync read, or null when it read none. */
  checked: { rows: number; cols: number } | null;
}

/** Rows and columns read around the area a result sheet's owner name says was written. */
const MARGIN_ROWS = 20;
const MARGIN_COLUMNS = 5;
/** The area at the end of an owner name's comment ("… skrivet område A1:F62"). */
const WRITTEN_AREA = /\bA1:([A-Z]{1,3})(\d{1,7})$/u;

/** The rows and columns an owner name's comment says were written, or null. */
export function writtenArea(comment: string): { rows: number; cols: number } | null {
  const match = WRITTEN_AREA.exec(comment);
  if (match === null) return null;
  const area = parseRangeAddress(`A1:${match[1]}${match[2]}`);
  return area === null ? null : { rows: area.endRow + 1, cols: area.endCol + 1 };
}

/**
 * Queues the second sync's reads of the sheets of ours (nothing is sent); the function returned gives
 * their states, by sheet key, after the sync.
 */
export function queueResultSheets(
  context: ContextApi,
  sheets: readonly { name: string; visibility: string }[],
  ownership: Ownership,
  names: readonly { name: string; comment: string }[],
): () => Map<string, ResultSheetState> {
  const comments = new Map(names.map((name) => [name.name, name.comment]));
  const queued = sheets
    .filter((sheet) => ownership.owned.has(sheetKey(sheet.name)))
    .map((sheet) => {
      const worksheet = context.workbook.worksheets.getItem(sheet.name);
      const owned = ownership.owned.get(sheetKey(sheet.name))!;
      const isRecord = owned.role === "record";
      const written = owned.names.map((name) => writtenArea(comments.get(name) ?? "")).find((area) => area !== null) ?? null;
      const checked = written === null ? null : { rows: written.rows + MARGIN_ROWS, cols: written.cols + MARGIN_COLUMNS };
      return {
        sheet,
        protection: worksheet.protection.load("protected"),
        charts: worksheet.charts.load("items/name,items/title/text"),
        used: worksheet.getUsedRangeOrNullObject().load("address"),
        valuesUsed: worksheet.getUsedRangeOrNullObject(true).load(isRecord ? "address,rowIndex,columnIndex,values" : "address"),
        checked,
        checkedValues: isRecord || checked === null ? null : worksheet.getRange(areaAddress(checked)).getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,values"),
        isRecord,
      };
    });
  return () =>
    new Map(
      queued.map(({ sheet, protection, charts, used, valuesUsed, checked, checkedValues, isRecord }) => {
        const read = isRecord ? valuesUsed : checkedValues;
        const outside = checked !== null && !valuesUsed.isNullObject && !within(parseRangeAddress(addressWithoutSheet(valuesUsed.address))!, checked);
        const state: ResultSheetState = {
          name: sheet.name,
          protected: protection.protected,
          visible: sheet.visibility === "Visible",
          charts: charts.items.map((chart) => ({ name: chart.name, title: chart.title.text })),
          used: used.isNullObject ? null : addressWithoutSheet(used.address),
          valuesUsed: valuesUsed.isNullObject ? null : addressWithoutSheet(valuesUsed.address),
          cells: read === null || read.isNullObject ? null : { top: read.rowIndex, left: read.columnIndex, values: read.values },
          beyond: outside ? areaAddress(checked) : null,
          checked: isRecord ? null : checked,
        };
        return [sheetKey(sheet.name), state];
      }),
    );
}

function areaAddress(area: { rows: number; cols: number }): string {
  return rangeAddress(null, 0, 0, area.rows - 1, area.cols - 1);
}

function within(range: { endRow: number; endCol: number }, area: { rows: number; cols: number }): boolean {
  return range.endRow < area.rows && range.endCol < area.cols;
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
    // The second sync read the area the owner name gave: enough when it covers what was written and
    // all the sheet's values (else the values are read again here, to list those further out too).
    if (state.checked !== null && written.rows <= state.checked.rows && written.cols <= state.checked.cols && state.beyond === null) return [];
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

/**
 * What readWorkbook is given for Beräkna. Passed in rather than imported, so that the task pane's
 * first load (which reads the inputs only) does not carry the record's code.
 */
export interface ResultReader {
  queueSheets: typeof queueResultSheets;
  queueValues: typeof queueResultValues;
}

export const resultReader: ResultReader = { queueSheets: queueResultSheets, queueValues: queueResultValues };
