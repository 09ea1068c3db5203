// The Jämförelse sheet: the memo table (tjänsteskrivelse 4.3.1) — per municipality its key value,
// scenario A in its year, scenario B in its year and the difference — plus a column chart.
import type Decimal from "decimal.js";
import { sum, type Comparison, type ComparisonLine, type ComparisonRow, type IndexSeries, type ScenarioResult, type YearResult } from "../../engine/index.ts";
import { reportText } from "../../strings/report.ts";
import { AMOUNT_FORMAT, amount, empty, header, numberHeader, num, padRows, percentOfHundred, text, withStyle } from "./cells.ts";
import { swedishNumber } from "../../strings/number.ts";
import { describeIndexValue, keyWeightsArePopulation } from "./describe.ts";
import type { ReportCell, ReportChart, ReportSheet } from "./model.ts";

const COLUMNS = 6; // Kommun | key | A | B | Skillnad kr | Skillnad %
const HEADER_ROW = 2;
const COLUMN_WIDTHS = [22, 14, 18, 18, 14, 12];

export function comparisonSheet(comparison: Comparison, results: readonly ScenarioResult[], indexSeries: readonly IndexSeries[], name: string): ReportSheet {
  const resultA = results.find((r) => r.scenario.name === comparison.scenarioA) ?? null;
  const resultB = results.find((r) => r.scenario.name === comparison.scenarioB) ?? null;
  const yearA = resultA?.years.find((y) => y.year === comparison.yearA) ?? null;
  const yearB = resultB?.years.find((y) => y.year === comparison.yearB) ?? null;
  const a = comparison.scenarioA;
  const b = comparison.scenarioB;

  const key = keyColumn(comparison, resultB, yearB);
  const rows: ReportCell[][] = [
    [text(reportText.comparisonTitle(a, comparison.yearA, b, comparison.yearB), { bold: true })],
    [],
    [
      header(reportText.municipality),
      numberHeader(key.header),
      numberHeader(reportText.scenarioYear(a, comparison.yearA)),
      numberHeader(reportText.scenarioYear(b, comparison.yearB)),
      numberHeader(reportText.differenceKr),
      numberHeader(reportText.differencePercent),
    ],
  ];

  const firstMunicipalityRow = rows.length;
  for (const row of comparison.municipalities) rows.push(lineRow(row.name, num(row.weight, key.format), row));
  const lastMunicipalityRow = rows.length - 1;
  const weights = comparison.municipalities.map((row) => row.weight).filter((w): w is Decimal => w !== null);
  rows.push(withStyle(lineRow(reportText.municipalitiesTotal, num(weights.length > 0 ? sum(weights) : null, key.format), comparison.municipalitiesTotal), { bold: true }));
  for (const row of comparison.fixedParties) rows.push(lineRow(row.name, empty(), row));
  rows.push(withStyle(lineRow(reportText.total, empty(), comparison.total), { bold: true }));

  // Legacy "round each row": the rows do not add up to the total, and that is shown, never hidden.
  const differenceA = yearA?.roundingDifference ?? null;
  const differenceB = yearB?.roundingDifference ?? null;
  if ((differenceA !== null && !differenceA.isZero()) || (differenceB !== null && !differenceB.isZero())) {
    rows.push([text(reportText.roundingDifference), empty(), amount(differenceA), amount(differenceB), empty(), empty()]);
    for (const [scenario, year] of [[a, yearA], [b, yearB]] as const) {
      if (year === null || year.roundingDifference.isZero()) continue;
      rows.push([text(reportText.roundingDifferenceExplained(scenario, year.year, swedishNumber(year.roundingDifference.abs()), year.roundingDifference.gt(0)), { italic: true })]);
    }
  }

  const notes = roundingNotes(resultA, resultB);
  if (yearA?.populationDate != null && yearB !== null && yearA.populationDate !== yearB.populationDate) {
    notes.push(reportText.populationDateNote(a, yearA.year, yearA.populationDate));
  }
  const forecasts = forecastsUsed([yearA, yearB], indexSeries);
  if (forecasts.length > 0) notes.push(reportText.forecastsNote(forecasts));
  rows.push([]);
  for (const note of notes) rows.push([text(note, { italic: true })]);

  const chart: ReportChart | null = comparison.municipalities.length === 0 ? null : {
    title: reportText.chartTitle(a, comparison.yearA, b, comparison.yearB),
    firstRow: firstMunicipalityRow,
    lastRow: lastMunicipalityRow,
    categoryCol: 0,
    seriesCols: [2, 3],
    headerRow: HEADER_ROW,
    anchorRow: HEADER_ROW,
    anchorCol: COLUMNS + 1,
  };

  return {
    role: "comparison",
    name,
    scenario: null,
    rows: padRows(rows, COLUMNS),
    columnWidths: [...COLUMN_WIDTHS],
    freezeRows: HEADER_ROW + 1,
    chart,
    print: { orientation: "landscape", fitToPagesWide: 1 },
  };
}

function lineRow(label: string, keyCell: ReportCell, line: ComparisonLine | ComparisonRow): ReportCell[] {
  return [text(label), keyCell, amount(line.a), amount(line.b), amount(line.difference), percentOfHundred(line.differencePercent)];
}

/** "Befolkning 2021-06-30" with populations, or "Fördelningsnyckel" with the key's values. */
function keyColumn(comparison: Comparison, resultB: ScenarioResult | null, yearB: YearResult | null): { header: string; format: string } {
  const key = resultB?.scenario.municipalities.key ?? null;
  if (key !== null && keyWeightsArePopulation(key)) {
    const date = yearB?.populationDate ?? null;
    return { header: date === null ? reportText.population : reportText.populationOn(date), format: AMOUNT_FORMAT };
  }
  const weights = comparison.municipalities.map((row) => row.weight).filter((w): w is Decimal => w !== null);
  // Blended keys are shares of one; column keys may carry decimals.
  const format = key?.kind === "blend" ? "0.00%" : weights.every((w) => w.isInteger()) ? AMOUNT_FORMAT : "#,##0.00";
  return { header: reportText.allocationKey, format };
}

function roundingNotes(resultA: ScenarioResult | null, resultB: ScenarioResult | null): string[] {
  const scenarios = [resultA, resultB].filter((r): r is ScenarioResult => r !== null).map((r) => r.scenario);
  const notes: string[] = [];
  const methods = new Set(scenarios.map((s) => s.rounding.method));
  if (methods.size === 1) {
    notes.push(reportText.roundingNote(reportText.roundingPhrase[scenarios[0]!.rounding.method]));
  } else {
    for (const s of scenarios) notes.push(reportText.roundingNoteFor(s.name, reportText.roundingPhrase[s.rounding.method]));
  }
  for (const s of scenarios) {
    if (!s.rounding.unit.eq(1)) notes.push(reportText.roundingUnitNote(s.name, swedishNumber(s.rounding.unit)));
  }
  return notes;
}

/** The forecast index values behind the compared years, once each, in series and year order. */
function forecastsUsed(years: readonly (YearResult | null)[], indexSeries: readonly IndexSeries[]): string[] {
  const seen = new Map<string, string>();
  const all = years.flatMap((y) => y?.indexValuesUsed ?? []).filter((v) => v.status === "prognos");
  all.sort((x, y) => (x.series < y.series ? -1 : x.series > y.series ? 1 : x.year - y.year));
  for (const used of all) {
    const id = `${used.series}\u0000${used.year}`;
    if (seen.has(id)) continue;
    const kind = indexSeries.find((s) => s.name === used.series)?.kind ?? "change";
    seen.set(id, describeIndexValue(used, kind));
  }
  return [...seen.values()];
}
