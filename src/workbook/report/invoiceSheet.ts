// The Fakturaunderlag <år> sheet: the basis of the region's yearly invoice to each municipality
// (avtal p. 8) — per municipality kommunkod, name, share, amount and an invoice text — with the
// year's total, the index used and its status, the population date, and a warning when a forecast
// decided the amounts.
import Decimal from "decimal.js";
import { fractionToDecimal, sum, type IndexSeries, type ScenarioResult, type YearResult } from "../../engine/index.ts";
import { reportText } from "../../strings/report.ts";
import { swedishNumber } from "../../strings/number.ts";
import type { RunResult } from "../inputs.ts";
import { SHARE_FORMAT, amount, empty, header, noteRows, num, numberHeader, padRows, text, withStyle } from "./cells.ts";
import { describeIndexValue, forecastsUsed, municipalShare, swedishPercent } from "./describe.ts";
import type { ReportCell, ReportSheet } from "./model.ts";
import { sheetKey } from "./placement.ts";

const COLUMNS = 5; // Kommunkod | Kommun | Andel | Belopp | Fakturatext
const NOTE_WIDTH = 100;

/**
 * The scenario a year is invoiced by: the comparison's B (the agreement in force in the memo's
 * terms) when it covers the year, else the first scenario that does; null when none does.
 */
export function invoiceScenario(run: RunResult, year: number): ScenarioResult | null {
  const covers = (result: ScenarioResult) => result.years.some((y) => y.year === year);
  const preferred = run.results.find((result) => result.scenario.name === run.comparison?.scenarioB);
  return preferred !== undefined && covers(preferred) ? preferred : run.results.find(covers) ?? null;
}

/**
 * The years of the Fakturaunderlag sheets a run wrote before (of ours, not renamed): a re-run writes
 * them again rather than deleting them, so references into an invoice basis stay alive.
 */
export function keptInvoiceYears(sheets: readonly string[], owned: ReadonlyMap<string, { role: string }>): number[] {
  return sheets.flatMap((name) => {
    const year = Number(/\d{4}$/u.exec(name)?.[0]);
    const ours = owned.get(sheetKey(name));
    return Number.isInteger(year) && ours?.role === "invoice" && reportText.invoiceSheet(year) === name ? [year] : [];
  });
}

/** The years some scenario can invoice, ascending. */
export function invoiceYears(run: RunResult): number[] {
  return [...new Set(run.results.flatMap((result) => result.years.map((y) => y.year)))].sort((a, b) => a - b);
}

export function invoiceSheet(run: RunResult, result: ScenarioResult, yearNumber: number, name: string): ReportSheet {
  const { scenario } = result;
  const year = result.years.find((y) => y.year === yearNumber)!;
  const indexSeries = run.inputs.data.indexSeries;
  const municipalities = year.rows.filter((row) => row.kind === "municipality");
  const invoicing = year.rows.find((row) => row.kind === "fixed" && row.name === run.inputs.region?.name)
    ?? year.rows.find((row) => row.kind === "fixed");
  const share = (exact: Decimal): Decimal | null => (year.municipalPool.isZero() ? null : exact.div(year.municipalPool));
  const total = swedishNumber(year.total);
  const index = indexText(year, indexSeries);
  const population = year.populationDate ?? reportText.none;

  const rows: ReportCell[][] = [
    [text(reportText.invoiceTitle(yearNumber, scenario.name), { bold: true })],
    [],
    ...noteRows(reportText.invoiceIntro(invoicing?.name ?? run.inputs.region?.name ?? reportText.theRegion), NOTE_WIDTH, {}),
    ...noteRows(reportText.invoiceTotal(yearNumber, total, index), NOTE_WIDTH, {}),
    ...noteRows(reportText.invoicePool(swedishPercent(municipalShare(scenario)), swedishNumber(year.municipalPool), population), NOTE_WIDTH, {}),
    [],
    [
      header(reportText.municipalityCode),
      header(reportText.municipality),
      numberHeader(reportText.shareOfMunicipalities),
      numberHeader(reportText.amountInYear(yearNumber)),
      header(reportText.invoiceText),
    ],
  ];
  const headerRow = rows.length - 1;
  for (const row of municipalities) {
    const exact = share(fractionToDecimal(row.exactShare));
    rows.push([
      text(row.partyId),
      text(row.name),
      num(exact, SHARE_FORMAT),
      amount(row.amount),
      text(reportText.invoiceLine(scenario.name, yearNumber, exact === null ? reportText.none : twoDecimalPercent(exact), population, total, index), { wrap: true }),
    ]);
  }
  const invoiced = sum(municipalities.map((row) => row.amount));
  rows.push(withStyle([
    empty(),
    text(reportText.municipalitiesTotal),
    num(share(sum(municipalities.map((row) => fractionToDecimal(row.exactShare)))), SHARE_FORMAT),
    amount(invoiced),
    empty(),
  ], { bold: true, ruleAbove: true }));

  const forecasts = forecastsUsed([year], indexSeries);
  if (forecasts.length > 0) rows.push([], ...noteRows(reportText.invoiceForecastWarning(forecasts), NOTE_WIDTH, { bold: true }));
  const difference = invoiced.minus(year.municipalPool);
  if (!difference.isZero()) rows.push([], ...noteRows(reportText.invoiceRoundingDifference(swedishNumber(difference)), NOTE_WIDTH));

  return {
    role: "invoice",
    name,
    scenario: scenario.name,
    rows: padRows(rows, COLUMNS),
    columnWidths: [12, 18, 28, 20, 60],
    freezeRows: headerRow + 1,
    chart: null,
    print: { orientation: "landscape", fitToPagesWide: 1 },
  };
}

/** "LPI 2024 3,1 % (prognos)" for every index value behind the year's total, or "ingen uppräkning". */
function indexText(year: YearResult, indexSeries: readonly IndexSeries[]): string {
  if (year.indexValuesUsed.length === 0) return reportText.noUprating;
  return year.indexValuesUsed
    .map((used) => describeIndexValue(used, indexSeries.find((s) => s.name === used.series)?.kind ?? "change"))
    .join("; ");
}

/** "2,40 %": always two decimals, as the share column shows it. */
function twoDecimalPercent(fraction: Decimal): string {
  return reportText.percent(fraction.times(100).toFixed(2, Decimal.ROUND_HALF_UP).replace(".", ","));
}
