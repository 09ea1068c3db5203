// Writes the report model's result sheets into an ExcelJS workbook (the command line's writer; the
// task pane's is the Office.js writer). The add-in owns a sheet when a workbook name
// Samf_Resultat_<n> points to its A1: such sheets are replaced or removed on a re-run; any other sheet
// is the user's and is never touched.
//
// Charts: ExcelJS cannot create charts (and drops existing ones when it loads a file), so
// ReportSheet.chart is ignored here; the add-in's Office.js writer makes the chart.
import type ExcelJS from "exceljs";
import type { Problem } from "../workbook/problems.ts";
import type { ReportCell, ReportSheet } from "../workbook/report/model.ts";
import { wrappedRowHeight } from "../workbook/report/layout.ts";
import { checkReport, existingSheet, planPlacement } from "../workbook/report/placement.ts";
import { markForRecalculation } from "./file.ts";
import { sheetKey } from "../workbook/report/placement.ts";
import { dropReferencesTo, ownedSheets, setOwnerNames } from "./names.ts";

export { alternativeName } from "../workbook/report/placement.ts";

export interface WriteReportResult {
  /** One per result sheet that had to take another name because the user has a sheet by that name. */
  warnings: Problem[];
  /** The names of the sheets written, in the report's order. */
  written: string[];
}

/**
 * Writes every report sheet, replacing the add-in's own sheets from an earlier run in place and
 * removing those this run no longer produces. Checks the whole report first: a report that cannot
 * be written (an invalid sheet name, a ragged row, a non-finite number) throws before the workbook
 * is changed. Names, replacements and order follow the shared plan (src/workbook/report/placement.ts).
 */
export function writeReport(workbook: ExcelJS.Workbook, sheets: ReportSheet[]): WriteReportResult {
  checkReport(sheets);
  const owned = ownedSheets(workbook);
  const before = workbook.worksheets;
  const plan = planPlacement(before.map((sheet) => existingSheet(sheet.name, owned)), sheets);

  // Remove our sheets (rewritten ones are added again; renamed ones are the user's now and stay),
  // then add the results in the planned order.
  const active = activeSheetName(workbook);
  const existing = new Map(before.map((sheet) => [sheetKey(sheet.name), sheet]));
  const deleted = new Set([...plan.replace, ...plan.remove].map(sheetKey));
  for (const sheet of before) if (deleted.has(sheetKey(sheet.name))) workbook.removeWorksheet(sheet.id);
  const final = plan.order.map((slot) =>
    slot.kind === "existing" ? existing.get(sheetKey(slot.name))! : addSheet(workbook, slot.name, sheets[slot.report]!),
  );
  // ExcelJS orders sheets by this (untyped) property.
  final.forEach((sheet, index) => {
    (sheet as unknown as { orderNo: number }).orderNo = index + 1;
  });

  // Names of the user's that pointed into a sheet of ours that is gone.
  const writtenKeys = new Set(plan.names.map(sheetKey));
  dropReferencesTo(workbook, new Set([...deleted].filter((key) => !writtenKeys.has(key))));
  setOwnerNames(workbook, plan.names);
  restoreActiveSheet(workbook, final, active);
  markForRecalculation(workbook);
  return { warnings: plan.warnings, written: plan.names };
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
    cells.forEach((cell, c) => writeCell(sheet, r, c, cell, report.font));
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
  applyPageSetup(sheet, report);
  // Repeat the frozen header on every printed page. (ExcelJS writes the print-titles name with the
  // sheet name in quotes without doubling an apostrophe in it, which Excel rejects: skip those.)
  if (report.freezeRows > 0 && !name.includes("'")) sheet.pageSetup.printTitlesRow = `1:${report.freezeRows}`;
  return sheet;
}

function writeCell(sheet: ExcelJS.Worksheet, row: number, col: number, cell: ReportCell, font: ReportSheet["font"]): void {
  const target = sheet.getCell(row + 1, col + 1);
  // Strings are written as text (a leading "=" stays text); numbers as numbers.
  if (cell.value !== null) target.value = cell.value;
  if (cell.format !== undefined) target.numFmt = cell.format;
  // The font is named on every cell, so a bold heading keeps the family in any program.
  target.font = {
    ...(font === undefined ? {} : { name: font.name, size: font.size }),
    ...(cell.bold === true ? { bold: true } : {}),
    ...(cell.italic === true ? { italic: true } : {}),
  };
  if (cell.wrap === true) target.alignment = { wrapText: true, vertical: "top" };
  if (cell.alignRight === true) target.alignment = { ...target.alignment, horizontal: "right" };
  if (cell.indent !== undefined) target.alignment = { ...target.alignment, indent: cell.indent };
  if (cell.ruleAbove === true) target.border = { top: { style: "thin" } };
}

/** A4 paper (paper size 9 in the file format) and the footer, in Excel's header/footer codes. */
function applyPageSetup(sheet: ExcelJS.Worksheet, report: ReportSheet): void {
  if (report.print.paperSize === "A4") sheet.pageSetup.paperSize = 9;
  const footer = report.print.footer;
  if (footer !== undefined) sheet.headerFooter.oddFooter = `&L${footer.left}&C${footer.center}&R${footer.right}`;
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
