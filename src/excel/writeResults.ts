// Queues the result sheets' writes through Office.js, to be sent in ONE sync whatever the number of
// municipalities, years and scenarios: per sheet one 2-D numberFormat and one 2-D values array over
// one range, then fonts, wrapping, widths and heights grouped into as few ranges as possible, the
// frozen header, the page layout, and the Jämförelse chart over the written cells.
//
// Ownership is the ExcelJS writer's (src/workbook/report/placement.ts): a workbook name
// Samf_Resultat_<n> on A1 marks a sheet as ours; every sheet of ours is deleted, those the run
// produces are added again in the same place (so no chart or sheet is ever duplicated), and a sheet
// of the user's is never touched — the result takes another name and a warning says so.
import { cellAddress, columnLetters, parseRangeAddress, rangeAddress } from "../workbook/address.ts";
import type { Problem } from "../workbook/problems.ts";
import { wrappedRowHeight } from "../workbook/report/layout.ts";
import type { ReportCell, ReportChart, ReportSheet } from "../workbook/report/model.ts";
import { checkReport, existingSheet, isOwnerName, ownedSheets, ownerName, planPlacement, sheetKey } from "../workbook/report/placement.ts";
import type { ContextApi, WorksheetApi } from "./api.ts";
import type { WorkbookReading } from "./readWorkbook.ts";

export interface WriteOutcome {
  /** The names of the sheets written, in the report's order. */
  written: string[];
  /** One per result sheet that had to take another name because the user has a sheet by that name. */
  warnings: Problem[];
}

/** The chart's size in cells from its anchor. */
const CHART_ROWS = 20;
const CHART_COLUMNS = 9;

/**
 * Queues every write of the report (nothing is sent: the caller syncs once). Checks the whole
 * report first and throws before queueing anything when it cannot be written.
 */
export function queueResults(context: ContextApi, reading: WorkbookReading, sheets: readonly ReportSheet[]): WriteOutcome {
  checkReport(sheets);
  const owned = ownedSheets(reading.names.map((name) => ({ name: name.name, references: name.type === "Range" ? [name.formula] : [] })));
  const plan = planPlacement(reading.sheets.map((sheet) => existingSheet(sheet.name, owned)), sheets);
  const { worksheets, names } = context.workbook;

  // The user's names on a sheet of ours would turn into #REF! with the sheet. On a sheet that is
  // written again they are added again on the new sheet; on a sheet that goes for good they go too
  // (as the .xlsx writer: it keeps the first and drops the second).
  const userNamesOn = (sheets: readonly string[]) => {
    const keys = new Set(sheets.map(sheetKey));
    return reading.names.filter((name) => {
      const sheet = name.type === "Range" && !isOwnerName(name.name) ? parseRangeAddress(name.formula)?.sheet : null;
      return sheet != null && keys.has(sheetKey(sheet));
    });
  };
  const userNamesOnReplaced = userNamesOn(plan.replace);
  const userNamesOnRemoved = userNamesOn(plan.remove);

  // 1. Our names and our sheets go, with the user's names on them.
  for (const name of reading.names) {
    if (isOwnerName(name.name) || userNamesOnReplaced.includes(name) || userNamesOnRemoved.includes(name)) names.getItem(name.name).delete();
  }
  for (const sheet of [...plan.replace, ...plan.remove]) worksheets.getItem(sheet).delete();

  // 2. The results, added in sheet order so that each position is final when it is set.
  const added = new Map<number, WorksheetApi>();
  plan.order.forEach((slot, position) => {
    if (slot.kind !== "report") return;
    const worksheet = worksheets.add(slot.name);
    worksheet.position = position;
    writeSheet(worksheet, sheets[slot.report]!);
    added.set(slot.report, worksheet);
  });

  // 3. Names: ours on every result's A1 (in the report's order), the user's back where they were.
  plan.names.forEach((name, report) => names.add(ownerName(report + 1, name), added.get(report)!.getRange("A1")));
  for (const name of userNamesOnReplaced) names.add(name.name, name.formula);

  // 4. When the active sheet was one of ours, show its successor (or the first result) rather than
  //    whatever Excel activates after deleting it.
  const active = reading.activeSheet;
  if (active !== null && owned.has(sheetKey(active)) && plan.names.length > 0) {
    const again = plan.names.find((name) => sheetKey(name) === sheetKey(active));
    worksheets.getItem(again ?? plan.names[0]!).activate();
  }
  return { written: plan.names, warnings: plan.warnings };
}

function writeSheet(worksheet: WorksheetApi, report: ReportSheet): void {
  const rows = report.rows;
  const width = rows[0]?.length ?? 0;
  if (rows.length > 0 && width > 0) {
    const range = worksheet.getRange(rangeAddress(null, 0, 0, rows.length - 1, width - 1));
    // Formats before values; null leaves a cell as it is (empty and "General" on a new sheet).
    range.numberFormat = rows.map((row) => row.map((cell) => cell.format ?? null));
    range.values = rows.map((row) => row.map((cell) => cellInput(cell.value)));
  }
  const heights = rows.map((cells) => wrappedRowHeight(cells, report.columnWidths));
  for (const rect of rectangles(rows, (cell) => cell.bold === true)) worksheet.getRange(rectAddress(rect)).format.font.bold = true;
  for (const rect of rectangles(rows, (cell) => cell.italic === true)) worksheet.getRange(rectAddress(rect)).format.font.italic = true;
  for (const rect of rectangles(rows, (cell) => cell.wrap === true)) worksheet.getRange(rectAddress(rect)).format.wrapText = true;
  for (const rect of rectangles(rows, (cell) => cell.alignRight === true)) worksheet.getRange(rectAddress(rect)).format.horizontalAlignment = "Right";
  // Wrapped text reads from the top, and so does every cell of a tall row (as the .xlsx writer).
  for (const rect of rectangles(rows, (cell, row) => cell.wrap === true || heights[row] !== null)) {
    worksheet.getRange(rectAddress(rect)).format.verticalAlignment = "Top";
  }
  for (const run of runs(report.columnWidths.map(columnWidthPoints))) {
    worksheet.getRange(`${columnLetters(run.from)}:${columnLetters(run.to)}`).format.columnWidth = run.value;
  }
  for (const run of runs(heights)) {
    if (run.value !== null) worksheet.getRange(`${run.from + 1}:${run.to + 1}`).format.rowHeight = run.value;
  }
  if (report.freezeRows > 0) worksheet.freezePanes.freezeRows(report.freezeRows);
  worksheet.pageLayout.orientation = report.print.orientation === "landscape" ? "Landscape" : "Portrait";
  // Only the documented values (a page count; null when a percentage scale is used): a value Excel
  // rejects would fail the whole write sync halfway, and Office.js does not roll back.
  worksheet.pageLayout.zoom = { horizontalFitToPages: report.print.fitToPagesWide };
  if (report.freezeRows > 0) worksheet.pageLayout.setPrintTitleRows(`$1:$${report.freezeRows}`);
  applyTypeAndRules(worksheet, report);
  applyPageSetup(worksheet, report);
  if (report.chart !== null) addChart(worksheet, report, report.chart);
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
function addChart(worksheet: WorksheetApi, report: ReportSheet, chart: ReportChart): void {
  const column = (col: number) => worksheet.getRange(rangeAddress(null, chart.firstRow, col, chart.lastRow, col));
  const categories = column(chart.categoryCol);
  const created = worksheet.charts.add("ColumnClustered", column(chart.seriesCols[0]!), "Columns");
  created.name = report.name;
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

function needsTextPrefix(text: string): boolean {
  const trimmed = text.trim();
  return (
    /^[=+\-@']/u.test(text) ||
    /^[\d.,(]/u.test(trimmed) ||
    /^[$€£¥%]/u.test(trimmed) ||
    /^(true|false|sant|falskt)$/iu.test(trimmed) ||
    // Month names and abbreviations followed by a number: "jun 2021", "juni-21" read as dates.
    /^\p{L}{3,9}\.?[\s\-/]+\d/u.test(trimmed)
  );
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
