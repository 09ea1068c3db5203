// The Office.js calls that write one result sheet, queued (nothing is sent): per sheet one 2-D
// numberFormat and one 2-D values array over one range, then fonts, wrapping, widths and heights
// grouped into as few ranges as possible, the frozen header, the page layout, and the Jämförelse
// chart over the written cells. writeResults.ts decides which sheets are written and in what order.
import { cellAddress, columnLetters, rangeAddress } from "../workbook/address.ts";
import { wrappedRowHeight } from "../workbook/report/layout.ts";
import type { ReportCell, ReportChart, ReportSheet } from "../workbook/report/model.ts";
import type { WorksheetApi } from "./api.ts";
import { needsTextPrefix } from "./textEntry.ts";

/** The chart's size in cells from its anchor. */
const CHART_ROWS = 20;
const CHART_COLUMNS = 9;

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
