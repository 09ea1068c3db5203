// What the command line prints: the memo's comparison as a terminal table, or the results as JSON.
import type Decimal from "decimal.js";
import type { Comparison, ComparisonLine, ScenarioResult } from "../engine/index.ts";
import { cliText } from "../strings/cli.ts";
import { swedishNumber } from "../strings/number.ts";
import type { Problem } from "../workbook/problems.ts";

export function comparisonTable(comparison: Comparison): string {
  const h = cliText.headers;
  const percent = (line: ComparisonLine) => (line.differencePercent === null ? "–" : `${swedishNumber(line.differencePercent)} %`);
  const amount = (value: Decimal | null) => (value === null ? "" : swedishNumber(value));
  const row = (name: string, weight: Decimal | null, line: ComparisonLine) =>
    [name, amount(weight), amount(line.a), amount(line.b), amount(line.difference), percent(line)];
  const rows = [
    [h.municipality, h.weight, `${comparison.scenarioA} ${comparison.yearA}`, `${comparison.scenarioB} ${comparison.yearB}`, h.difference, h.percent],
    ...comparison.municipalities.map((r) => row(r.name, r.weight, r)),
    row(cliText.municipalitiesTotal, null, comparison.municipalitiesTotal),
    ...comparison.fixedParties.map((r) => row(r.name, null, r)),
    row(cliText.total, null, comparison.total),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  const line = (cells: string[]) => cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join("  ").trimEnd();
  const title = cliText.comparisonTitle(comparison.scenarioA, comparison.yearA, comparison.scenarioB, comparison.yearB);
  const rule = "-".repeat(widths.reduce((a, b) => a + b + 2, -2));
  const body = rows.slice(1).map(line);
  const totalsFrom = comparison.municipalities.length;
  return [title, "", line(rows[0]!), rule, ...body.slice(0, totalsFrom), rule, ...body.slice(totalsFrom)].join("\n");
}

/** Amounts as integers in kronor; codes are kommunkoder, null for the region and other fixed parties. */
export function resultsJson(results: readonly ScenarioResult[], warnings: readonly Problem[]): string {
  return JSON.stringify({
    scenarios: results.map((result) => ({
      name: result.scenario.name,
      years: result.years.map((year) => ({
        year: year.year,
        total: year.total.toNumber(),
        rows: year.rows.map((r) => ({ party: r.name, code: r.kind === "municipality" ? r.partyId : null, amount: r.amount.toNumber() })),
      })),
    })),
    warnings: warnings.map(problemJson),
  });
}

export function errorsJson(errors: readonly Problem[]): string {
  return JSON.stringify({ errors: errors.map(problemJson) });
}

function problemJson(problem: Problem) {
  return { sheet: problem.sheet, cell: problem.cell, message: problem.message };
}
