// Underlag's section of exact shares: per scenario, year and party the unrounded share in kronor,
// the amount, and whether the party received one of the units left over after rounding down.
import { fractionToDecimal } from "../../engine/index.ts";
import { reportText } from "../../strings/report.ts";
import type { RunResult } from "../inputs.ts";
import { amount, empty, header, noteRows, num, numberHeader, plain, text, textInNumbers } from "./cells.ts";
import type { ReportCell } from "./model.ts";

/** Decimals of an exact share: enough to see which remainder was larger. */
const EXACT_FORMAT = "#,##0.000";

export function sharesSection(run: RunResult): ReportCell[][] {
  const rows: ReportCell[][] = [
    [text(reportText.sharesSection, { bold: true })],
    ...noteRows(reportText.sharesExplanation, 90),
    [
      header(reportText.scenario),
      numberHeader(reportText.year),
      header(reportText.party),
      numberHeader(reportText.exactShare),
      numberHeader(reportText.roundedAmount),
      numberHeader(reportText.extraUnit),
    ],
  ];
  for (const result of run.results) {
    const unit = result.scenario.rounding.unit;
    for (const year of result.years) {
      for (const row of year.rows) {
        const exact = fractionToDecimal(row.exactShare);
        // Above the exact share rounded down to whole units: the party got one of the units over.
        const extra = row.amount.gt(exact.div(unit).floor().times(unit));
        rows.push([
          text(result.scenario.name),
          plain(year.year),
          text(row.name),
          num(exact, EXACT_FORMAT),
          amount(row.amount),
          extra ? textInNumbers(reportText.yes) : empty(),
        ]);
      }
    }
  }
  return rows;
}
