// The Fördelning sheet of a workbook with one scenario (no comparison): the memo's per-municipality
// table for the scenario's first year — key value, share of the municipalities' part, amount — with
// the fixed parties and the total.
import type Decimal from "decimal.js";
import { fractionToDecimal, sum, type ScenarioResult } from "../../engine/index.ts";
import { reportText } from "../../strings/report.ts";
import { SHARE_FORMAT, amount, empty, header, num, numberHeader, padRows, text, withStyle } from "./cells.ts";
import { keyColumnOf, scenarioNotes } from "./describe.ts";
import type { ReportCell, ReportSheet } from "./model.ts";

const HEADER_ROW = 2;
const COLUMNS = 4; // Kommun | key | Andel | Belopp

export function distributionSheet(result: ScenarioResult, name: string): ReportSheet {
  const { scenario } = result;
  const year = result.years[0]!;
  const municipalities = year.rows.filter((row) => row.kind === "municipality");
  const fixed = year.rows.filter((row) => row.kind === "fixed");
  const key = keyColumnOf(scenario.municipalities.key, year.populationDate, municipalities.map((row) => row.weight));
  const shareOfPool = (exact: Decimal): Decimal | null => (year.municipalPool.isZero() ? null : exact.div(year.municipalPool));

  const rows: ReportCell[][] = [
    [text(reportText.distributionTitle(scenario.name, year.year), { bold: true })],
    [],
    [header(reportText.municipality), numberHeader(key.header), numberHeader(reportText.shareOfMunicipalities), numberHeader(reportText.amountInYear(year.year))],
  ];
  for (const row of municipalities) {
    rows.push([text(row.name), num(row.weight, key.format), num(shareOfPool(fractionToDecimal(row.exactShare)), SHARE_FORMAT), amount(row.amount)]);
  }
  const municipalTotal = sum(municipalities.map((row) => row.amount));
  rows.push(withStyle([
    text(reportText.municipalitiesTotal),
    num(municipalities.length === 0 ? null : sum(municipalities.map((row) => row.weight)), key.format),
    num(municipalities.length === 0 ? null : shareOfPool(sum(municipalities.map((row) => fractionToDecimal(row.exactShare)))), SHARE_FORMAT),
    amount(municipalTotal),
  ], { bold: true, ruleAbove: true }));
  for (const row of fixed) rows.push([text(row.name), empty(), empty(), amount(row.amount)]);
  if (!year.roundingDifference.isZero()) rows.push([text(reportText.roundingDifference), empty(), empty(), amount(year.roundingDifference.negated())]);
  rows.push(withStyle([text(reportText.total), empty(), empty(), amount(year.total)], { bold: true, ruleAbove: true }));

  rows.push([]);
  for (const note of scenarioNotes(scenario)) rows.push([text(note, { italic: true })]);

  return {
    role: "distribution",
    name,
    scenario: scenario.name,
    rows: padRows(rows, COLUMNS),
    columnWidths: [22, 16, 16, 16],
    freezeRows: HEADER_ROW + 1,
    chart: null,
    print: { orientation: "portrait", fitToPagesWide: 1 },
  };
}
