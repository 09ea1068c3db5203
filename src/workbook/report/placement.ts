// Where the result sheets go in a workbook: the pure part shared by the ExcelJS writer (src/xlsx) and
// the Office.js writer (src/excel), so that the command line and the add-in follow the same rules.
//
// Which sheet is ours is decided by ownership.ts. On a re-run a result sheet of ours is rewritten in
// place (the same sheet: references into it survive), a sheet of the user's is never touched — a
// result whose name the user has taken gets another name ("Jämförelse (2)") and a warning — and a
// sheet of ours is deleted only when its result is gone.
import { xlsxText } from "../../strings/xlsx.ts";
import { normalizeLabel } from "../labels.ts";
import { MAX_CELL_CHARS, MAX_RESULT_COLUMNS, MAX_RESULT_ROWS } from "../limits.ts";
import type { Problem } from "../problems.ts";
import type { ReportSheet } from "./model.ts";
import { MAX_SHEET_NAME_LENGTH } from "./sheetName.ts";


/** A sheet of the workbook before the write, in sheet order, and whether the add-in owns it. */
export interface ExistingSheet {
  name: string;
  owned: boolean;
  /** The role a sheet of ours was written for (ReportSheet.role). */
  role?: string;
}

/** A place in the workbook's sheet order after the write. */
export type PlacementSlot =
  /** A sheet of the user's, left where and as it is. */
  | { kind: "existing"; name: string }
  /** Result sheet `report` (an index into the report's sheets), written under `name`. */
  | { kind: "report"; name: string; report: number };

export interface Placement {
  /** The name each report sheet is written under, in the report's order. */
  names: string[];
  /** Report sheets (by index) written into a sheet of ours that keeps its name: the same sheet, in place. */
  kept: number[];
  /** Report sheets written into a sheet of ours that takes the new name (a renamed scenario). */
  renamed: { report: number; from: string }[];
  /** Report sheets that get a new sheet, with its place in the final order. */
  added: { report: number; position: number }[];
  /** Sheets of ours that this run no longer produces: deleted. */
  removed: string[];
  /** One per result sheet that had to take another name because the user has a sheet by that name. */
  warnings: Problem[];
  /** Every sheet after the write, in order: the user's sheets where they were, the results among them. */
  order: PlacementSlot[];
}

/** Sheet names are unique in a workbook ignoring case (Excel compares them that way). */
export function sheetKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * The sheet a template label names: the exact name first, then ignoring case, then ignoring
 * diacritics and separators too ("befolkning", "BEFOLKNING ", "Scenarier"), as both readers look up
 * the input sheets.
 */
export function sheetNamed<T extends { name: string }>(sheets: readonly T[], label: string): T | undefined {
  const key = normalizeLabel(label);
  return sheets.find((sheet) => sheet.name === label)
    ?? sheets.find((sheet) => sheetKey(sheet.name) === sheetKey(label))
    ?? sheets.find((sheet) => normalizeLabel(sheet.name) === key);
}

/**
 * Decides the result sheets' names and which sheet each goes into: a sheet of ours by that name is
 * rewritten in place; a sheet of ours whose result is gone, of the same role and lying where a new
 * result goes (between the same neighbours), takes the new name (a renamed scenario keeps the references into it); any other
 * new result gets a new sheet, placed after the previous result of this run (or before the next, or
 * at the end). Throws a RangeError when two report sheets have the same name.
 */
export function planPlacement(existing: readonly ExistingSheet[], sheets: readonly ReportSheet[]): Placement {
  const reportKeys = new Set<string>();
  for (const sheet of sheets) {
    if (reportKeys.has(sheetKey(sheet.name))) throw new RangeError(`Report sheet name "${sheet.name}" is used twice`);
    reportKeys.add(sheetKey(sheet.name));
  }

  // Every result sheet keeps its own name unless a user's sheet has it.
  const warnings: Problem[] = [];
  const taken = new Set(existing.filter((sheet) => !sheet.owned).map((sheet) => sheetKey(sheet.name)));
  const names = sheets.map((sheet) => {
    let name = sheet.name;
    if (taken.has(sheetKey(name))) {
      name = alternativeName(sheet.name, taken);
      const userSheet = existing.find((candidate) => sheetKey(candidate.name) === sheetKey(sheet.name));
      // The record is never shown: where it goes is nothing to tell the user.
      if (sheet.role !== "record") warnings.push({ severity: "warning", sheet: null, cell: null, message: xlsxText.userSheetKept(userSheet?.name ?? sheet.name, name) });
    }
    taken.add(sheetKey(name));
    return name;
  });

  // Where each result goes: its own sheet of ours, or one of ours that would otherwise go.
  const indexOf = (name: string) => existing.findIndex((sheet) => sheet.owned && sheetKey(sheet.name) === sheetKey(name));
  const home: (number | null)[] = names.map((name) => (indexOf(name) >= 0 ? indexOf(name) : null));
  const unused = existing.map((sheet, index) => ({ sheet, index })).filter(({ sheet, index }) => sheet.owned && !home.includes(index));
  const renamed: Placement["renamed"] = [];
  names.forEach((_, report) => {
    if (home[report] !== null) return;
    const after = home.slice(0, report).reduce<number>((last, index) => (index === null ? last : Math.max(last, index)), -1);
    const before = home.slice(report + 1).find((index) => index !== null) ?? existing.length;
    const candidate = unused.find(({ sheet, index }) => index > after && index < before && sheet.role === sheets[report]!.role);
    if (candidate === undefined) return;
    unused.splice(unused.indexOf(candidate), 1);
    home[report] = candidate.index;
    renamed.push({ report, from: candidate.sheet.name });
  });
  const removed = unused.map(({ sheet }) => sheet.name);

  // The new order: the workbook's sheets without the removed ones, results in their homes, new results
  // after the previous result of this run, or before the next one, or at the end.
  const order: PlacementSlot[] = [];
  existing.forEach((sheet, index) => {
    const report = home.indexOf(index);
    if (report >= 0) order.push({ kind: "report", name: names[report]!, report });
    else if (!removed.includes(sheet.name)) order.push({ kind: "existing", name: sheet.name });
  });
  const slotOf = (report: number) => order.findIndex((slot) => slot.kind === "report" && slot.report === report);
  names.forEach((name, report) => {
    if (home[report] !== null) return;
    const previous = report > 0 ? slotOf(report - 1) : -1;
    const next = names.map((_, later) => later).filter((later) => later > report).map(slotOf).find((index) => index >= 0);
    const at = previous >= 0 ? previous + 1 : next ?? order.length;
    order.splice(at, 0, { kind: "report", name, report });
  });

  return {
    names,
    kept: names.map((_, report) => report).filter((report) => home[report] !== null && !renamed.some((entry) => entry.report === report)),
    renamed,
    added: names.map((_, report) => report).filter((report) => home[report] === null).map((report) => ({ report, position: slotOf(report) })),
    removed,
    warnings,
    order,
  };
}

/** The names the results are written under, Jämförelse first: the order in which a writer looks for the sheet to show. */
export function namesInShowOrder(sheets: readonly ReportSheet[], names: readonly string[]): string[] {
  const isComparison = (report: number) => Number(sheets[report]!.role === "comparison");
  return [...sheets.keys()]
    .filter((report) => sheets[report]!.role !== "record")
    .sort((a, b) => isComparison(b) - isComparison(a))
    .map((report) => names[report]!);
}

/** "Jämförelse (2)", "Jämförelse (3)" …: the first not taken (ignoring case), at most 31 characters. */

export function alternativeName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(name, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
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

/**
 * The result sheets larger than MAX_RESULT_ROWS × MAX_RESULT_COLUMNS, as errors that stop the run
 * before anything is written (both writers check with this right after the report is built).
 */
export function reportSizeProblems(sheets: readonly ReportSheet[]): Problem[] {
  return sheets
    .filter((sheet) => sheet.rows.length > MAX_RESULT_ROWS || (sheet.rows[0]?.length ?? 0) > MAX_RESULT_COLUMNS)
    .map((sheet) => ({
      severity: "error",
      sheet: null,
      cell: null,
      message: xlsxText.resultTooLarge(sheet.name, sheet.rows.length, sheet.rows[0]?.length ?? 0, MAX_RESULT_ROWS, MAX_RESULT_COLUMNS),
    }));
}

/**
 * Checks that every report sheet can be written as it is — a valid sheet name, rectangular rows,
 * finite numbers, text within Excel's limit, sensible widths — so that a writer can refuse the whole
 * report before it changes the workbook. Throws a RangeError.
 */
export function checkReport(sheets: readonly ReportSheet[]): void {
  sheets.forEach(checkSheet);
}

function checkSheet(sheet: ReportSheet): void {
  const where = `Report sheet "${sheet.name}"`;
  if (
    sheet.name.length === 0 ||
    sheet.name.length > MAX_SHEET_NAME_LENGTH ||
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
      if (typeof cell.value === "string" && cell.value.length > MAX_CELL_CHARS) {
        throw new RangeError(`${where}: cell (${r + 1}, ${c + 1}) has more than ${MAX_CELL_CHARS} characters`);
      }
    });
  });
  if (!Number.isInteger(sheet.freezeRows) || sheet.freezeRows < 0) throw new RangeError(`${where}: invalid freezeRows`);
  if (sheet.columnWidths.some((w) => !Number.isFinite(w) || w < 0 || w > 255)) throw new RangeError(`${where}: invalid column width`);
  const chart = sheet.chart;
  if (chart !== null) {
    const inside = (row: number, col: number) => row >= 0 && row < sheet.rows.length && col >= 0 && col < width;
    const corners = [
      [chart.firstRow, chart.categoryCol],
      [chart.lastRow, chart.categoryCol],
      ...chart.seriesCols.flatMap((col) => [[chart.headerRow, col], [chart.firstRow, col], [chart.lastRow, col]]),
    ];
    if (chart.firstRow > chart.lastRow || chart.seriesCols.length === 0 || corners.some(([row, col]) => !inside(row!, col!))) {
      throw new RangeError(`${where}: the chart's ranges are outside the sheet`);
    }
    if (chart.anchorRow < 0 || chart.anchorCol < 0) throw new RangeError(`${where}: invalid chart position`);
  }
}
