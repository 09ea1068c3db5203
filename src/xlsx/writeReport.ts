// Writes the report model's result sheets into an ExcelJS workbook (the command line's writer; the
// task pane's is the Office.js writer). Both follow the same rules: which sheets are ours
// (src/workbook/report/ownership.ts) and where each result goes (src/workbook/report/placement.ts).
// A result sheet of ours is written again under its name in its place, with its tab colour and
// visibility; references into it stay valid (in a file they are text: the sheet name). A renamed
// scenario's sheet takes the new name, and the formulas and names pointing at it follow, as Excel
// does when a sheet is renamed.
//
// Charts: ExcelJS cannot create charts (and drops existing ones when it loads a file), so
// ReportSheet.chart is ignored here; the add-in's Office.js writer makes the chart.
import type ExcelJS from "exceljs";
import { quoteSheetName } from "../workbook/address.ts";
import type { CellValue } from "../workbook/cell.ts";
import type { Problem } from "../workbook/problems.ts";
import type { ReportCell, ReportSheet } from "../workbook/report/model.ts";
import { wrappedRowHeight } from "../workbook/report/layout.ts";
import { namesInto, ownerName, randomToken, tokenName, type WorkbookName } from "../workbook/report/ownership.ts";
import { namesInShowOrder, sheetKey } from "../workbook/report/placement.ts";
import { planRewrite, type OwnedSheetContents } from "../workbook/report/rewrite.ts";
import { unwrapCell } from "./cellValue.ts";
import { markForRecalculation } from "./file.ts";
import { dropNames, dropReferencesTo, redirectReferences, sheetByName, workbookNames, workbookOwnership } from "./names.ts";

export { alternativeName } from "../workbook/report/placement.ts";

export interface WriteReportResult {
  /** Result names the user has taken, result sheets released (renamed or copied by the user). */
  warnings: Problem[];
  /** The names of the sheets written, in the report's order. */
  written: string[];
  /** Result sheets deleted because their result is gone. */
  removed: string[];
}

export interface WriteReportOptions {
  /** The sheets the inputs were read from: never ours, whatever names point at them. */
  inputSheets: readonly string[];
  /** The sheet the scenarios were read from: the workbook's token name goes on its A1. */
  scenarioSheet: string;
  /** The workbook token's source (random; fixed in tests that compare workbooks). */
  newToken?: () => string;
}

/**
 * Writes every report sheet: a sheet of ours in its place, a new result in a new sheet, and removes
 * the sheets of ours whose result is gone. Checks the whole report first: a report that cannot be
 * written (an invalid sheet name, a ragged row, a non-finite number) throws before the workbook is
 * changed.
 */
export function writeReport(workbook: ExcelJS.Workbook, report: ReportSheet[], options: WriteReportOptions): WriteReportResult {
  const before = workbook.worksheets;
  const names = workbookNames(workbook);
  const { sheets, plan, ownership, warnings } = planRewrite(
    before.map((sheet) => sheet.name),
    workbookOwnership(workbook, options.inputSheets),
    report,
    (name) => ownedContents(sheetByName(workbook, name)!, names),
    true,
  );
  const token = ownership.token ?? (options.newToken ?? randomToken)();
  const active = activeSheetName(workbook);

  // What an earlier run left (and the markers of sheets released to the user), and the sheets whose
  // result is gone.
  dropNames(workbook, new Set(ownership.staleNames));
  const gone = new Set([...ownership.unfinished, ...plan.removed].map(sheetKey));
  for (const sheet of before) if (gone.has(sheetKey(sheet.name))) workbook.removeWorksheet(sheet.id);
  dropReferencesTo(workbook, gone);
  for (const sheet of plan.removed) redirectReferences(workbook, sheet, null);
  for (const { report: index, from } of plan.renamed) redirectReferences(workbook, from, plan.names[index]!);

  // Each result into its place: a sheet of ours is replaced by a new one with its tab colour and
  // visibility (a file's references to it are by name), a new result gets a new sheet.
  const existing = new Map(before.map((sheet) => [sheetKey(sheet.name), sheet]));
  const home = new Map<number, ExcelJS.Worksheet>();
  for (const report of plan.kept) home.set(report, existing.get(sheetKey(plan.names[report]!))!);
  for (const { report, from } of plan.renamed) home.set(report, existing.get(sheetKey(from))!);
  const final = plan.order.map((slot) => {
    if (slot.kind === "existing") return existing.get(sheetKey(slot.name))!;
    const old = home.get(slot.report);
    if (old !== undefined) workbook.removeWorksheet(old.id);
    const sheet = addSheet(workbook, slot.name, sheets[slot.report]!);
    if (old?.properties.tabColor !== undefined) sheet.properties.tabColor = old.properties.tabColor;
    if (old !== undefined) sheet.state = old.state;
    else if (sheets[slot.report]!.role === "record") sheet.state = "veryHidden";
    return sheet;
  });
  // ExcelJS orders sheets by this (untyped) property.
  final.forEach((sheet, index) => {
    (sheet as unknown as { orderNo: number }).orderNo = index + 1;
  });

  // Names: the workbook's token (the first time), and each result's owner name.
  if (ownership.token === null) workbook.definedNames.add(`${quoteSheetName(options.scenarioSheet)}!$A$1`, tokenName(token));
  const owners = new Set([...ownership.owned.values()].flatMap((entry) => entry.names));
  dropNames(workbook, owners);
  plan.names.forEach((name, report) => workbook.definedNames.add(`${quoteSheetName(name)}!$A$1`, ownerName(token, sheets[report]!.role, name)));

  showTable(workbook, final, sheets, plan.names, active);
  markForRecalculation(workbook);
  return {
    warnings,
    written: plan.names.slice(0, report.length),
    removed: plan.removed.filter((name) => ownership.owned.get(sheetKey(name))?.role !== "record"),
  };
}

/**
 * What the plan needs of a sheet of ours: its values (formulas as their results, as Office.js reads
 * them) and the user's names on it. ExcelJS drops charts when it loads a file, so none is counted.
 */
function ownedContents(sheet: ExcelJS.Worksheet, names: readonly WorkbookName[]): OwnedSheetContents {
  const values: CellValue[][] = [];
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      const value = unwrapCell(cell);
      if (value !== null && value !== "") (values[rowNumber - 1] ??= [])[colNumber - 1] = value;
    });
  });
  return { cells: values.length === 0 ? null : { top: 0, left: 0, values: Array.from(values, (row) => row ?? []) }, beyond: null, userCharts: 0, userNames: namesInto(names, sheet.name) };
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

/** Opens the file on Jämförelse (or the first visible result); the user's active sheet otherwise. */
function showTable(workbook: ExcelJS.Workbook, final: readonly ExcelJS.Worksheet[], sheets: readonly ReportSheet[], names: readonly string[], active: string | null): void {
  const shown = namesInShowOrder(sheets, names).find((name) => final.find((sheet) => sheet.name === name)?.state === "visible") ?? active;
  const index = shown === null ? -1 : final.findIndex((sheet) => sheetKey(sheet.name) === sheetKey(shown));
  if (workbook.views === undefined || workbook.views.length === 0) return;
  workbook.views = workbook.views.map((view) => ({
    ...view,
    activeTab: Math.max(0, index),
    firstSheet: Math.min(view.firstSheet ?? 0, Math.max(0, index)),
  }));
}
