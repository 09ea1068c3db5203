// The memo's own paragraph under the comparison (tjänsteskrivelse 4.3.1): what B means against A for
// each fixed party, for the municipalities together, and the range per municipality.
import Decimal from "decimal.js";
import type { Comparison, ComparisonRow } from "../../engine/index.ts";
import { reportText, type MemoChange } from "../../strings/report.ts";
import { swedishNumber } from "../../strings/number.ts";

export function memoParagraph(comparison: Comparison): string {
  const { scenarioA: a, scenarioB: b, yearA } = comparison;
  const sentences = comparison.fixedParties
    .filter((row) => row.inA && row.inB)
    .map((row) => reportText.memoFixedParty(row.name, b, memoChange(row.difference), a, yearA));

  const inBoth = comparison.municipalities.filter((row) => row.inA && row.inB);
  if (comparison.municipalities.length > 0) {
    let sentence = reportText.memoMunicipalities(memoChange(comparison.municipalitiesTotal.difference));
    const range = rangeOf(inBoth);
    sentence += range === null || inBoth.length < 2
      ? reportText.memoEnd
      : reportText.memoRange(swedishNumber(range.lowest.difference), range.lowest.name, swedishNumber(range.highest.difference), range.highest.name);
    sentences.push(sentence);
  }
  const onlyIn = (scenario: string, rows: readonly ComparisonRow[]) => {
    if (rows.length > 0) sentences.push(reportText.memoJoining(rows.map((row) => row.name), scenario));
  };
  onlyIn(a, comparison.municipalities.filter((row) => row.inA && !row.inB));
  onlyIn(b, comparison.municipalities.filter((row) => !row.inA && row.inB));
  return sentences.join(" ");
}

/** "774 465" and "770": the thousands to two significant figures, as a memo rounds ("ca 770 tkr"). */
export function memoChange(difference: Decimal): MemoChange {
  if (difference.isZero()) return { kind: "none" };
  const amount = difference.abs();
  const approx = amount.div(1000).toSignificantDigits(2, Decimal.ROUND_HALF_UP);
  return { kind: difference.isNegative() ? "decrease" : "increase", amount: swedishNumber(amount), approx: swedishNumber(approx) };
}

/** The municipalities with the smallest and the largest change (the first of equals, in table order). */
function rangeOf(rows: readonly ComparisonRow[]): { lowest: ComparisonRow; highest: ComparisonRow } | null {
  if (rows.length === 0) return null;
  let lowest = rows[0]!;
  let highest = rows[0]!;
  for (const row of rows) {
    if (row.difference.lt(lowest.difference)) lowest = row;
    if (row.difference.gt(highest.difference)) highest = row;
  }
  return { lowest, highest };
}
