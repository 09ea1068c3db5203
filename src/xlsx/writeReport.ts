// Writes the report model's result sheets into an ExcelJS workbook (the command line's writer; the
// task pane's is the Office.js writer). The add-in owns a sheet when a workbook name
// Samf_Resultat_<n> points to its A1: such sheets are replaced or removed on a re-run; any other sheet
// is the user's and is never touched.
//
// Charts: ExcelJS cannot create charts (and drops existing ones when it loads a file), so
// ReportSheet.chart is ignored here; the add-in's Office.js writer makes the chart.
import type ExcelJS from "exceljs";
import { xlsxText } from "../strings/xlsx.ts";
import type { Problem } from "../workbook/problems.ts";
import type { ReportCell, ReportSheet } from "../workbook/report/model.ts";
import { wrappedRowHeight } from "../workbook/report/layout.ts";
import { markForRecalculation } from "./file.ts";
import { dropReferencesTo, ownedSheetKeys, setOwnerNames, sheetKey } from "./names.ts";

export interface WriteReportResult {
  /** One per result sheet that had to take another name because the user has a sheet by that name. */
  warnings: Problem[];
  /** The names of the sheets written, in the report's order. */
  written: string[];
}

/** Excel's limits: sheet names up to 31 characters, text cells up to 32 767 characters. */
const MAX_SHEET_NAME = 31;
const MAX_TEXT = 32_767;

/**
 * Writes every report sheet, replacing the add-in's own sheets from an earlier run in place and
 * removing those this run no longer produces. Checks the whole report first: a report that cannot
 * be written (an invalid sheet name, a ragged row, a non-finite number) throws before the workbook
 * is changed.
 */
export function writeReport(workbook: ExcelJS.Workbook, sheets: ReportSheet[]): WriteReportResult {
  sheets.forEach(checkSheet);
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (names.has(sheetKey(sheet.name))) throw new RangeError(`Report sheet name "${sheet.name}" is used twice`);
    names.add(sheetKey(sheet.name));
  }

  const owned = ownedSheetKeys(workbook);
  const before = workbook.worksheets;
  const isOurs = (sheet: ExcelJS.Worksheet): boolean => owned.has(sheetKey(sheet.name));
  const userSheets = new Set(before.filter((sheet) => !isOurs(sheet)).map((sheet) => sheetKey(sheet.name)));

  // Choose every result sheet's name: its own unless a user's sheet has it.
  const warnings: Problem[] = [];
  const taken = new Set(userSheets);
  const written = sheets.map((sheet) => {
    let name = sheet.name;
    if (taken.has(sheetKey(name))) {
      name = alternativeName(sheet.name, taken);
      const userSheet = before.find((existing) => sheetKey(existing.name) === sheetKey(sheet.name));
      warnings.push({
        severity: "warning",
        sheet: null,
        cell: null,
        message: xlsxText.userSheetKept(userSheet?.name ?? sheet.name, name),
      });
    }
    taken.add(sheetKey(name));
    return name;
  });

  // The new sheet order: the workbook's sheets with ours dropped unless rewritten (they keep their
  // place); new result sheets go after the previous result sheet of this run, or before the next
  // one that keeps its place, or at the end.
  const active = activeSheetName(workbook);
  const writtenKeys = new Set(written.map(sheetKey));
  type Slot = { existing: ExcelJS.Worksheet | null; name: string; report: ReportSheet | null };
  const order: Slot[] = before
    .filter((sheet) => !isOurs(sheet) || writtenKeys.has(sheetKey(sheet.name)))
    .map((sheet) => ({ existing: sheet, name: sheet.name, report: null }));
  const slotOf = (name: string): number => order.findIndex((slot) => sheetKey(slot.name) === sheetKey(name));
  written.forEach((name, i) => {
    const report = sheets[i]!;
    const kept = slotOf(name);
    if (kept >= 0) {
      order[kept] = { existing: order[kept]!.existing, name, report };
      return;
    }
    const previous = i > 0 ? slotOf(written[i - 1]!) : -1;
    const next = written.slice(i + 1).map(slotOf).find((index) => index >= 0);
    const at = previous >= 0 ? previous + 1 : next ?? order.length;
    order.splice(at, 0, { existing: null, name, report });
  });

  // Remove all of our sheets (rewritten ones are added again), then add the results.
  for (const sheet of before) if (isOurs(sheet)) workbook.removeWorksheet(sheet.id);
  const final = order.map((slot) => (slot.report === null ? slot.existing! : addSheet(workbook, slot.name, slot.report)));
  // ExcelJS orders sheets by this (untyped) property.
  final.forEach((sheet, index) => {
    (sheet as unknown as { orderNo: number }).orderNo = index + 1;
  });

  // Names of the user's that pointed into a sheet of ours that is gone.
  dropReferencesTo(workbook, new Set([...owned].filter((key) => !writtenKeys.has(key))));
  setOwnerNames(workbook, written);
  restoreActiveSheet(workbook, final, active);
  markForRecalculation(workbook);
  return { warnings, written };
}

/** "Jämförelse (2)", "Jämförelse (3)" …: the first not taken (ignoring case), at most 31 characters. */
export function alternativeName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(name, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(sheetKey(candidate))) return candidate;
  }
}

function truncate(text: string, maxLength: number): string {
  let result = "";
  for (const character of text) {
    if (result.length + character.length > maxLength) break;
    result += character;
  }
  return result;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, report: ReportSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    ...(report.freezeRows > 0 ? { views: [{ state: "frozen" as const, ySplit: report.freezeRows, xSplit: 0 }] } : {}),
    pageSetup: {
      orientation: report.print.orientation,
      fitToPage: true,
      fitToWidth: report.print.fitToPagesWide,
      fitToHeight: 0,
    },
  });
  report.columnWidths.forEach((width, col) => {
    sheet.getColumn(col + 1).width = width;
  });
  report.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => writeCell(sheet, r, c, cell));
    const height = wrappedRowHeight(cells, report.columnWidths);
    if (height !== null) {
      // A tall row reads from the top: labels beside wrapped text line up with its first line.
      const row = sheet.getRow(r + 1);
      row.height = height;
      cells.forEach((_, c) => {
        const cell = row.getCell(c + 1);
        cell.alignment = { ...cell.alignment, vertical: "top" };
      });
    }
  });
  // Repeat the frozen header on every printed page. (ExcelJS writes the print-titles name with the
  // sheet name in quotes without doubling an apostrophe in it, which Excel rejects: skip those.)
  if (report.freezeRows > 0 && !name.includes("'")) sheet.pageSetup.printTitlesRow = `1:${report.freezeRows}`;
  return sheet;
}

function writeCell(sheet: ExcelJS.Worksheet, row: number, col: number, cell: ReportCell): void {
  const styled = cell.format !== undefined || cell.bold === true || cell.italic === true || cell.wrap === true;
  if (cell.value === null && !styled) return;
  const target = sheet.getCell(row + 1, col + 1);
  // Strings are written as text (a leading "=" stays text); numbers as numbers.
  if (cell.value !== null) target.value = cell.value;
  if (cell.format !== undefined) target.numFmt = cell.format;
  if (cell.bold === true || cell.italic === true) {
    target.font = { ...(cell.bold === true ? { bold: true } : {}), ...(cell.italic === true ? { italic: true } : {}) };
  }
  if (cell.wrap === true) target.alignment = { wrapText: true, vertical: "top" };
}

function checkSheet(sheet: ReportSheet): void {
  const where = `Report sheet "${sheet.name}"`;
  if (
    sheet.name.length === 0 ||
    sheet.name.length > MAX_SHEET_NAME ||
    /[:\\/?*[\]]/u.test(sheet.name) ||
    sheet.name.startsWith("'") ||
    sheet.name.endsWith("'") ||
    sheet.name.toLowerCase() === "history"
  ) {
    throw new RangeError(`${where}: not a valid Excel sheet name`);
  }
  const width = sheet.rows[0]?.length ?? 0;
  sheet.rows.forEach((row, r) => {
    if (row.length !== width) throw new RangeError(`${where}: row ${r + 1} has ${row.length} cells, expected ${width}`);
    row.forEach((cell, c) => {
      if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
        throw new RangeError(`${where}: cell (${r + 1}, ${c + 1}) is not a finite number`);
      }
      if (typeof cell.value === "string" && cell.value.length > MAX_TEXT) {
        throw new RangeError(`${where}: cell (${r + 1}, ${c + 1}) has more than ${MAX_TEXT} characters`);
      }
    });
  });
  if (!Number.isInteger(sheet.freezeRows) || sheet.freezeRows < 0) throw new RangeError(`${where}: invalid freezeRows`);
  if (sheet.columnWidths.some((w) => !Number.isFinite(w) || w < 0 || w > 255)) throw new RangeError(`${where}: invalid column width`);
}

function activeSheetName(workbook: ExcelJS.Workbook): string | null {
  const index = workbook.views?.[0]?.activeTab ?? 0;
  return workbook.worksheets[index]?.name ?? null;
}

/** Keeps the same sheet active (by name) after sheets were removed or moved; the first otherwise. */
function restoreActiveSheet(workbook: ExcelJS.Workbook, sheets: readonly ExcelJS.Worksheet[], active: string | null): void {
  if (workbook.views === undefined || workbook.views.length === 0) return;
  const index = active === null ? -1 : sheets.findIndex((sheet) => sheetKey(sheet.name) === sheetKey(active));
  workbook.views = workbook.views.map((view) => ({
    ...view,
    activeTab: Math.max(0, index),
    firstSheet: Math.min(view.firstSheet ?? 0, Math.max(0, sheets.length - 1)),
  }));
}
