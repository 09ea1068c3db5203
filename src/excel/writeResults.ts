// Queues the result sheets' writes through Office.js, to be sent in ONE sync whatever the number of
// municipalities, years and scenarios: per sheet one 2-D numberFormat and one 2-D values array over
// one range, then fonts, wrapping, widths and heights grouped into as few ranges as possible, the
// frozen header, the page layout, and the Jämförelse chart over the written cells.
//
// A re-run rewrites our sheets in place (src/workbook/report/placement.ts): the same sheet keeps its
// place, tab colour and every reference into it; only its cells, formats and our chart are replaced.
// Which sheets are ours is src/workbook/report/ownership.ts. Office.js has no transactions, so the
// operations are ordered for a write that fails at any of them: every state it can leave is one the
// next run recognises and finishes (a new sheet carries a temporary name until its last operation;
// a sheet loses its owner name only after it is gone; a renamed sheet has its new owner name before
// it takes the new name).
import { cellAddress, columnLetters, parseRangeAddress, rangeAddress } from "../workbook/address.ts";
import type { Problem } from "../workbook/problems.ts";
import { wrappedRowHeight } from "../workbook/report/layout.ts";
import type { ReportCell, ReportChart, ReportSheet } from "../workbook/report/model.ts";
import { isMarkerName, newSheetName, ownerName, randomToken, tokenName, type Ownership } from "../workbook/report/ownership.ts";
import { namesInShowOrder, sheetKey, type Placement } from "../workbook/report/placement.ts";
import { planRewrite } from "../workbook/report/rewrite.ts";
import type { ContextApi, WorksheetApi } from "./api.ts";
import { isOurChart, ownedContents, type ResultSheetState } from "./readResults.ts";
import type { WorkbookReading } from "./readWorkbook.ts";
import { needsTextPrefix } from "./textEntry.ts";

/** The chart's size in cells from its anchor. */
const CHART_ROWS = 20;
const CHART_COLUMNS = 9;

/** What a write will do, decided before anything is queued. */
export interface ResultWrite {
  /** The report's sheets and, last, the record of what they hold (src/workbook/report/writtenRecord.ts). */
  sheets: readonly ReportSheet[];
  plan: Placement;
  reading: WorkbookReading;
  /** Which sheets are ours, less those the user changed whose result is gone (released to the user). */
  ownership: Ownership;
  token: string;
  /** The token name is added by this write (the first one into this workbook). */
  newToken: boolean;
  /** Sheets are added, deleted, renamed or moved: calls Excel's undo does not support (and that a protected structure refuses). */
  structural: boolean;
  /** The names of the result sheets written, in the report's order; those removed. */
  written: string[];
  removed: string[];
  /** Result names the user has taken, result sheets released, cells the user typed that were replaced. */
  warnings: Problem[];
}

/**
 * Plans the write of the report into the workbook as read. Checks the whole report first and
 * throws a RangeError when it cannot be written.
 */
export function planResults(reading: WorkbookReading, report: readonly ReportSheet[], newToken: () => string = randomToken): ResultWrite {
  const hasRecord = [...reading.ownership.owned.values()].some((entry) => entry.role === "record");
  const { sheets, plan, ownership, warnings } = planRewrite(
    reading.sheets.map((sheet) => sheet.name),
    reading.ownership,
    report,
    (sheet) => ownedContents(reading.results.get(sheetKey(sheet))!, userNamesOn(reading, sheet)),
    hasRecord || !reading.protected,
  );
  const token = ownership.token ?? newToken();
  const isResult = (name: string) => ownership.owned.get(sheetKey(name))?.role !== "record";
  return {
    sheets,
    plan,
    reading,
    ownership,
    token,
    newToken: ownership.token === null,
    structural: plan.added.length + plan.renamed.length + plan.removed.length + ownership.unfinished.length > 0,
    written: plan.names.slice(0, report.length),
    removed: plan.removed.filter(isResult),
    warnings,
  };
}

/** Queues every write of the plan (nothing is sent: the caller syncs once). */
export function queueResults(context: ContextApi, write: ResultWrite): void {
  const { plan, reading, sheets, token, ownership } = write;
  const { worksheets, names } = context.workbook;
  const scenarioSheet = reading.grids.scenarios?.sheet;
  if (write.newToken) {
    if (scenarioSheet === undefined) throw new Error("The token name needs the Scenarier sheet");
    names.add(tokenName(token), worksheets.getItem(scenarioSheet).getRange("A1"));
  }

  // 1. What an earlier run left: stale names of ours, sheets of a write that failed halfway.
  const visibility = (sheet: string) => reading.sheets.find((entry) => entry.name === sheet)?.visibility;
  for (const name of ownership.staleNames) names.getItem(name).delete();
  for (const sheet of ownership.unfinished) deleteSheet(worksheets.getItem(sheet), visibility(sheet) === "VeryHidden");

  // 2. The record of what was written is emptied first and written last: a write that fails in
  //    between leaves no record, so the next run compares nothing rather than take our half-written
  //    cells for the user's.
  const record = sheets.findIndex((sheet) => sheet.role === "record");
  const recordFrom = plan.kept.includes(record) ? plan.names[record] : plan.renamed.find((entry) => entry.report === record)?.from;
  if (recordFrom !== undefined) clearSheet(worksheets.getItem(recordFrom), reading.results.get(sheetKey(recordFrom))!, []);

  // 3. Sheets whose result is gone (and that the user has not changed): the sheet, then its owner
  //    names (until then the sheet is still ours).
  for (const sheet of plan.removed) {
    deleteSheet(worksheets.getItem(sheet), visibility(sheet) === "VeryHidden");
    for (const name of ownership.owned.get(sheetKey(sheet))?.names ?? []) names.getItem(name).delete();
  }

  // 4. Renamed results: the new owner name first, then the name, then the old owner names.
  for (const { report, from } of plan.renamed) {
    const worksheet = worksheets.getItem(from);
    names.add(ownerName(token, sheets[report]!.role, plan.names[report]!), worksheet.getRange("A1"));
    worksheet.name = plan.names[report]!;
    for (const name of ownership.owned.get(sheetKey(from))?.names ?? []) names.getItem(name).delete();
    if (report === record) continue;
    clearSheet(worksheet, reading.results.get(sheetKey(from))!, [from, plan.names[report]!]);
    writeSheet(worksheet, sheets[report]!, plan.names[report]!);
  }

  // 5. Results in their own sheets, in place.
  for (const report of plan.kept.filter((index) => index !== record)) {
    const name = plan.names[report]!;
    const worksheet = worksheets.getItem(name);
    clearSheet(worksheet, reading.results.get(sheetKey(name))!, [name]);
    writeSheet(worksheet, sheets[report]!, name);
  }

  // 6. New sheets, in sheet order (each position is final when it is set; the record comes last),
  //    each under a temporary name until its last operation.
  [...plan.added].sort((a, b) => a.position - b.position).forEach(({ report, position }, index) => {
    const name = plan.names[report]!;
    const worksheet = worksheets.add(newSheetName(token, index + 1));
    names.add(ownerName(token, sheets[report]!.role, name), worksheet.getRange("A1"));
    writeSheet(worksheet, sheets[report]!, name);
    if (report === record) worksheet.visibility = "VeryHidden";
    worksheet.position = position;
    worksheet.name = name;
  });

  // 7. The record, when its sheet was there already.
  if (recordFrom !== undefined) writeSheet(worksheets.getItem(plan.names[record]!), sheets[record]!, plan.names[record]!);

  // 8. Show the table: Jämförelse, or the first result (unless the user has hidden it).
  const hidden = (name: string) => reading.results.get(sheetKey(name))?.visible === false;
  const shown = namesInShowOrder(sheets, plan.names).find((name) => !hidden(name));
  if (shown !== undefined) worksheets.getItem(shown).activate();
}

/** Deletes a sheet; a very hidden one (the record) is made hidden first, as Excel refuses to delete it. */
export function deleteSheet(worksheet: WorksheetApi, veryHidden: boolean): void {
  if (veryHidden) worksheet.visibility = "Hidden";
  worksheet.delete();
}

/** The user's workbook names that point into a sheet. */
function userNamesOn(reading: WorkbookReading, sheet: string): string[] {
  return reading.names
    .filter((name) => !isMarkerName(name.name) && name.type === "Range" && sheetKey(parseRangeAddress(name.formula)?.sheet ?? "") === sheetKey(sheet))
    .map((name) => name.name);
}

/**
 * Empties a sheet of ours for its new contents: cells and formats of the used range, row heights and
 * column widths there, the frozen rows and our chart. Charts the user added stay; ours is the one
 * named after the sheet, or one Excel named that has no title yet (a write that failed before naming
 * it).
 */
export function clearSheet(worksheet: WorksheetApi, state: Pick<ResultSheetState, "charts" | "used">, chartNames: readonly string[]): void {
  for (const chart of state.charts) {
    if (isOurChart(chart, chartNames)) worksheet.charts.getItem(chart.name).delete();
  }
  worksheet.freezePanes.unfreeze();
  if (state.used === null) return;
  const used = parseRangeAddress(state.used)!;
  worksheet.getRange(state.used).clear("All");
  worksheet.getRange(`${used.startRow + 1}:${used.endRow + 1}`).format.useStandardHeight = true;
  worksheet.getRange(`${columnLetters(used.startCol)}:${columnLetters(used.endCol)}`).format.useStandardWidth = true;
}

/** The kinds of call writeSheet makes; the self-check (src/excel/selfCheck) runs them one kind at a time. */
export const SHEET_PARTS = ["numberFormats", "values", "fonts", "sizes", "freeze", "print", "chart"] as const;
export type SheetPart = (typeof SHEET_PARTS)[number];
const ALL_PARTS: ReadonlySet<SheetPart> = new Set(SHEET_PARTS);

/** Queues the writes of one result sheet named `name` (all of them, or only `parts`). */
export function writeSheet(worksheet: WorksheetApi, report: ReportSheet, name: string, parts: ReadonlySet<SheetPart> = ALL_PARTS): void {
  const rows = report.rows;
  const width = rows[0]?.length ?? 0;
  if (rows.length > 0 && width > 0) {
    const range = worksheet.getRange(rangeAddress(null, 0, 0, rows.length - 1, width - 1));
    // Formats before values; null leaves a cell as it is (empty and "General" on a new sheet).
    const formatted = rows.some((row) => row.some((cell) => cell.format !== undefined));
    if (parts.has("numberFormats") && formatted) range.numberFormat = rows.map((row) => row.map((cell) => cell.format ?? null));
    if (parts.has("values")) range.values = rows.map((row) => row.map((cell) => cellInput(cell.value)));
  }
  const heights = rows.map((cells) => wrappedRowHeight(cells, report.columnWidths));
  if (parts.has("fonts")) {
    for (const rect of rectangles(rows, (cell) => cell.bold === true)) worksheet.getRange(rectAddress(rect)).format.font.bold = true;
    for (const rect of rectangles(rows, (cell) => cell.italic === true)) worksheet.getRange(rectAddress(rect)).format.font.italic = true;
    for (const rect of rectangles(rows, (cell) => cell.wrap === true)) worksheet.getRange(rectAddress(rect)).format.wrapText = true;
    for (const rect of rectangles(rows, (cell) => cell.alignRight === true)) worksheet.getRange(rectAddress(rect)).format.horizontalAlignment = "Right";
    // Wrapped text reads from the top, and so does every cell of a tall row (as the .xlsx writer).
    for (const rect of rectangles(rows, (cell, row) => cell.wrap === true || heights[row] !== null)) {
      worksheet.getRange(rectAddress(rect)).format.verticalAlignment = "Top";
    }
  }
  if (parts.has("sizes")) {
    for (const run of runs(report.columnWidths.map(columnWidthPoints))) {
      worksheet.getRange(`${columnLetters(run.from)}:${columnLetters(run.to)}`).format.columnWidth = run.value;
    }
    for (const run of runs(heights)) {
      if (run.value !== null) worksheet.getRange(`${run.from + 1}:${run.to + 1}`).format.rowHeight = run.value;
    }
  }
  if (parts.has("freeze") && report.freezeRows > 0) worksheet.freezePanes.freezeRows(report.freezeRows);
  if (parts.has("print")) {
    worksheet.pageLayout.orientation = report.print.orientation === "landscape" ? "Landscape" : "Portrait";
    // Only the documented values (a page count; null when a percentage scale is used): a value Excel
    // rejects would fail the whole write sync halfway, and Office.js does not roll back.
    worksheet.pageLayout.zoom = { horizontalFitToPages: report.print.fitToPagesWide };
    if (report.freezeRows > 0) worksheet.pageLayout.setPrintTitleRows(`$1:$${report.freezeRows}`);
  }
  if (parts.has("fonts")) applyTypeAndRules(worksheet, report);
  if (parts.has("print")) applyPageSetup(worksheet, report);
  if (parts.has("chart") && report.chart !== null) addChart(worksheet, report, report.chart, name);
}

/** The font named on every cell, rules above sums (per row: EdgeTop is a range's top edge only), indents. */
function applyTypeAndRules(worksheet: WorksheetApi, report: ReportSheet): void {
  const rows = report.rows;
  const width = rows[0]?.length ?? 0;
  if (report.font !== undefined && rows.length > 0 && width > 0) {
    const all = worksheet.getRange(rangeAddress(null, 0, 0, rows.length - 1, width - 1));
    all.format.font.name = report.font.name;
    all.format.font.size = report.font.size;
  }
  for (const rect of rectangles(rows, (cell) => cell.ruleAbove === true)) {
    for (let row = rect.top; row <= rect.bottom; row++) {
      const edge = worksheet.getRange(rangeAddress(null, row, rect.left, row, rect.right)).format.borders.getItem("EdgeTop");
      edge.style = "Continuous";
      edge.weight = "Thin";
    }
  }
  for (const level of new Set(rows.flat().flatMap((cell) => (cell.indent === undefined ? [] : [cell.indent])))) {
    for (const rect of rectangles(rows, (cell) => cell.indent === level)) worksheet.getRange(rectAddress(rect)).format.indentLevel = level;
  }
}

/** A4 paper and the footer (Excel's header/footer codes, as in the .xlsx writer). */
function applyPageSetup(worksheet: WorksheetApi, report: ReportSheet): void {
  if (report.print.paperSize !== undefined) worksheet.pageLayout.paperSize = report.print.paperSize;
  const footer = report.print.footer;
  if (footer === undefined) return;
  const page = worksheet.pageLayout.headersFooters.defaultForAllPages;
  page.leftFooter = footer.left;
  page.centerFooter = footer.center;
  page.rightFooter = footer.right;
}

/**
 * A clustered column chart: categories = the municipality names, one series per column, named by its
 * header. Named after its sheet: Excel would number it ("Diagram 3"), and a re-run would differ.
 */
function addChart(worksheet: WorksheetApi, report: ReportSheet, chart: ReportChart, name: string): void {
  const column = (col: number) => worksheet.getRange(rangeAddress(null, chart.firstRow, col, chart.lastRow, col));
  const categories = column(chart.categoryCol);
  const created = worksheet.charts.add("ColumnClustered", column(chart.seriesCols[0]!), "Columns");
  created.name = name;
  created.title.text = chart.title;
  chart.seriesCols.forEach((col, i) => {
    const series = i === 0 ? created.series.getItemAt(0) : created.series.add(seriesName(report, chart, col));
    series.name = seriesName(report, chart, col);
    if (i > 0) series.setValues(column(col));
    series.setXAxisValues(categories);
  });
  created.setPosition(
    cellAddress(null, chart.anchorRow, chart.anchorCol),
    cellAddress(null, chart.anchorRow + CHART_ROWS - 1, chart.anchorCol + CHART_COLUMNS - 1),
  );
}

function seriesName(report: ReportSheet, chart: ReportChart, col: number): string {
  const header = report.rows[chart.headerRow]?.[col]?.value;
  return header === null || header === undefined ? "" : String(header);
}

/**
 * A value as Office.js input, for the result sheets and the edits of the Scenarier sheet alike.
 * Numbers stay numbers; null stays null, which leaves the cell as it is (to clear a cell, write "").
 * Text is entered as text: Excel reads what is written through Range.values like typed input ("=…"
 * a formula, "2021-06-30" a date, "3,1" or "50 %" a number, "-" or "+" a formula), so text it could
 * take for something else gets the apostrophe that keeps the rest as text (the apostrophe itself is
 * not part of the value).
 */
export function cellInput(value: ReportCell["value"]): string | number | null {
  if (value === null) return null;
  if (typeof value === "number") return value;
  return needsTextPrefix(value) ? `'${value}` : value;
}

/**
 * A column width in characters (as in the .xlsx file, where it includes the cell padding) as points:
 * Excel's rule for an 11-point default font whose digits are 7 pixels wide, at 0.75 points a pixel.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function rectAddress(rect: Rect): string {
  return rangeAddress(null, rect.top, rect.left, rect.bottom, rect.right);
}

/**
 * The cells for which `wanted` holds, as few rectangles as this simple rule gives: runs of adjacent
 * cells in a row, merged with the same run in the rows below. In row-major order (deterministic).
 */
export function rectangles(rows: readonly (readonly ReportCell[])[], wanted: (cell: ReportCell, row: number) => boolean): Rect[] {
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  rows.forEach((cells, r) => {
    const next = new Map<string, Rect>();
    for (let c = 0; c < cells.length; c++) {
      if (!wanted(cells[c]!, r)) continue;
      const start = c;
      while (c + 1 < cells.length && wanted(cells[c + 1]!, r)) c++;
      const key = `${start}:${c}`;
      const continued = open.get(key);
      if (continued !== undefined) {
        continued.bottom = r;
        open.delete(key);
        next.set(key, continued);
      } else next.set(key, { top: r, left: start, bottom: r, right: c });
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Consecutive equal values as runs (index ranges). */
function runs<T>(values: readonly T[]): { from: number; to: number; value: T }[] {
  const result: { from: number; to: number; value: T }[] = [];
  values.forEach((value, i) => {
    const last = result[result.length - 1];
    if (last !== undefined && last.value === value && last.to === i - 1) last.to = i;
    else result.push({ from: i, to: i, value });
  });
  return result;
}
