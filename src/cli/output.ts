// What the command line prints: the memo's comparison as a terminal table, or the results as JSON.
import Decimal from "decimal.js";
import type { ScenarioResult } from "../engine/index.ts";
import { swedishNumber } from "../strings/number.ts";
import { toCellNumber } from "../workbook/report/cells.ts";
import type { ReportCell, ReportSheet } from "../workbook/report/model.ts";
import type { Problem } from "../workbook/problems.ts";

/**
 * A result sheet as terminal text: the same rows as in the workbook (the Jämförelse sheet is the
 * memo's table), numbers the Swedish way, table columns aligned, notes as they are.
 */
export function sheetAsText(sheet: ReportSheet): string {
  const texts = sheet.rows.map((row) => row.map(cellText));
  // Table rows have a value beyond the first column; titles and notes have only the first.
  const isTable = (row: string[]) => row.slice(1).some((text) => text !== "");
  const widths = texts[0]!.map((_, col) => Math.max(0, ...texts.filter(isTable).map((row) => row[col]!.length)));
  return texts
    .map((row) => (isTable(row) ? row.map((text, col) => (col === 0 ? text.padEnd(widths[col]!) : text.padStart(widths[col]!))).join("  ") : row[0]!))
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}

function cellText(cell: ReportCell): string {
  const value = cell.value;
  if (value === null) return "";
  if (typeof value === "string") return value.replace(/\s+/gu, " ");
  if (cell.format !== undefined && cell.format.endsWith("%")) {
    const decimals = cell.format.split(".")[1]?.replace(/\s*%$/u, "").length ?? 0;
    return `${swedishNumber(new Decimal(String(value)).times(100), decimals)} %`;
  }
  return swedishNumber(String(value), cell.format === "#,##0" ? 0 : 6);
}

/**
 * Amounts as integers in kronor; codes are kommunkoder, null for the region and other fixed parties.
 * roundingDifference is Σ rows − total (non-zero only in the legacy round-each mode).
 */
export function resultsJson(results: readonly ScenarioResult[], warnings: readonly Problem[]): string {
  return JSON.stringify({
    scenarios: results.map((result) => ({
      name: result.scenario.name,
      years: result.years.map((year) => ({
        year: year.year,
        total: toCellNumber(year.total),
        roundingDifference: toCellNumber(year.roundingDifference),
        rows: year.rows.map((r) => ({ party: r.name, code: r.kind === "municipality" ? r.partyId : null, amount: toCellNumber(r.amount) })),
      })),
    })),
    warnings: warnings.map(problemJson),
  });
}

/** The errors listed, and how many more there are (`unlisted`, 0 when all are listed). */
export function errorsJson(errors: readonly Problem[], unlisted = 0): string {
  return JSON.stringify({ errors: errors.map(problemJson), unlisted });
}

function problemJson(problem: Problem) {
  return { sheet: problem.sheet, cell: problem.cell, message: problem.message };
}

/**
 * Text safe to print on a terminal: C0 control characters other than tab and line feed, DEL, C1
 * controls (ESC sequences, BEL, CSI) and the bidirectional overrides that can reorder what is shown
 * are removed.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu, "");
}
