// The Jämförelse sheet: the memo table (tjänsteskrivelse 4.3.1) — per municipality its key value in
// each scenario, scenario A in its year, scenario B in its year and the difference — the memo's own
// paragraph, notes, and a column chart.
import type Decimal from "decimal.js";
import { sum, type Comparison, type ComparisonLine, type ComparisonRow, type IndexSeries, type ScenarioResult, type YearResult } from "../../engine/index.ts";
import { reportText } from "../../strings/report.ts";
import { amount, empty, header, numberHeader, num, noteRows, padRows, percent, text, textInNumbers, withStyle } from "./cells.ts";
import { swedishNumber } from "../../strings/number.ts";
import { describeKey, forecastsUsed, keyColumnOf } from "./describe.ts";
import { memoParagraph } from "./memoText.ts";
import type { ReportCell, ReportChart, ReportSheet } from "./model.ts";

const HEADER_ROW = 2;
/** Characters per row of the memo paragraph: about the table's width. */
const PARAGRAPH_WIDTH = 100;

interface KeyColumn {
  header: string;
  format: string;
  weight: (row: ComparisonRow) => Decimal | null;
}

export function comparisonSheet(comparison: Comparison, results: readonly ScenarioResult[], indexSeries: readonly IndexSeries[], name: string): ReportSheet {
  const resultA = results.find((r) => r.scenario.name === comparison.scenarioA) ?? null;
  const resultB = results.find((r) => r.scenario.name === comparison.scenarioB) ?? null;
  const yearA = resultA?.years.find((y) => y.year === comparison.yearA) ?? null;
  const yearB = resultB?.years.find((y) => y.year === comparison.yearB) ?? null;
  const a = comparison.scenarioA;
  const b = comparison.scenarioB;

  const keys = keyColumns(comparison, resultA, yearA, resultB, yearB);
  const columns = keys.length + 5; // Kommun | key(s) | A | B | Skillnad kr | Skillnad %
  const rows: ReportCell[][] = [
    [text(reportText.comparisonTitle(a, comparison.yearA, b, comparison.yearB), { bold: true })],
    [],
    [
      header(reportText.municipality),
      ...keys.map((key) => numberHeader(key.header)),
      numberHeader(reportText.scenarioYear(a, comparison.yearA)),
      numberHeader(reportText.scenarioYear(b, comparison.yearB)),
      numberHeader(reportText.differenceKr),
      numberHeader(reportText.differencePercent),
    ],
  ];

  const firstMunicipalityRow = rows.length;
  for (const row of comparison.municipalities) rows.push(lineRow(row.name, keys.map((key) => num(key.weight(row), key.format)), row));
  const lastMunicipalityRow = rows.length - 1;
  const keyTotals = keys.map((key) => {
    const weights = comparison.municipalities.map(key.weight).filter((w): w is Decimal => w !== null);
    return num(weights.length > 0 ? sum(weights) : null, key.format);
  });
  rows.push(withStyle(lineRow(reportText.municipalitiesTotal, keyTotals, comparison.municipalitiesTotal), { bold: true, ruleAbove: true }));
  const noKeys = () => keys.map(empty);
  for (const row of comparison.fixedParties) rows.push(lineRow(row.name, noKeys(), row));

  // Legacy "round each row": the rows do not add up to the total. The difference stands above
  // Totalt with the sign that makes the column add up, and is explained below, never hidden.
  const differenceA = yearA?.roundingDifference ?? null;
  const differenceB = yearB?.roundingDifference ?? null;
  const hasDifference = [differenceA, differenceB].some((d) => d !== null && !d.isZero());
  if (hasDifference) {
    const towardsTotalA = differenceA?.negated() ?? null;
    const towardsTotalB = differenceB?.negated() ?? null;
    const change = towardsTotalA !== null && towardsTotalB !== null ? towardsTotalB.minus(towardsTotalA) : null;
    rows.push([text(reportText.roundingDifference), ...noKeys(), amount(towardsTotalA), amount(towardsTotalB), amount(change), empty()]);
  }
  rows.push(withStyle(lineRow(reportText.total, noKeys(), comparison.total), { bold: true, ruleAbove: true }));
  if (hasDifference) {
    for (const [scenario, year] of [[a, yearA], [b, yearB]] as const) {
      if (year === null || year.roundingDifference.isZero()) continue;
      rows.push([text(reportText.roundingDifferenceExplained(scenario, year.year, swedishNumber(year.roundingDifference.abs()), year.roundingDifference.gt(0)), { italic: true })]);
    }
  }

  rows.push([], [text(reportText.memoSection, { bold: true })], ...noteRows(memoParagraph(comparison), PARAGRAPH_WIDTH, {}));

  const notes = roundingNotes(resultA, resultB);
  if (keys.length === 1 && yearA?.populationDate != null && yearB !== null && yearA.populationDate !== yearB.populationDate) {
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
    seriesCols: [keys.length + 1, keys.length + 2],
    headerRow: HEADER_ROW,
    anchorRow: HEADER_ROW,
    anchorCol: columns + 1,
  };

  return {
    role: "comparison",
    name,
    scenario: null,
    rows: padRows(rows, columns),
    columnWidths: [22, ...keys.map(() => 14), 18, 18, 14, 12],
    freezeRows: HEADER_ROW + 1,
    chart,
    print: { orientation: "landscape", fitToPagesWide: 1 },
  };
}

/** Amounts, and the difference where the party takes part in both; "deltar ej" where it is not in a scenario. */
function lineRow(label: string, keyCells: ReportCell[], line: ComparisonLine | ComparisonRow): ReportCell[] {
  const inA = !("inA" in line) || line.inA;
  const inB = !("inB" in line) || line.inB;
  const amountIf = (present: boolean, value: Decimal) => (present ? amount(value) : textInNumbers(reportText.notParticipating));
  return [
    text(label),
    ...keyCells,
    amountIf(inA, line.a),
    amountIf(inB, line.b),
    inA && inB ? amount(line.difference) : empty(),
    inA && inB ? percent(line.differenceShare) : empty(),
  ];
}

/**
 * One key column when A and B split by the same key, date and participants ("Befolkning
 * 2021-06-30"); otherwise one per scenario, each with its own values and sum.
 */
function keyColumns(
  comparison: Comparison,
  resultA: ScenarioResult | null,
  yearA: YearResult | null,
  resultB: ScenarioResult | null,
  yearB: YearResult | null,
): KeyColumn[] {
  const keyA = keyHeader(comparison, resultA, yearA, (row) => row.weightA);
  const keyB = keyHeader(comparison, resultB, yearB, (row) => row.weightB);
  const sameKey = resultA !== null && resultB !== null &&
    describeKey(resultA.scenario.municipalities.key) === describeKey(resultB.scenario.municipalities.key);
  const sameParticipants = comparison.municipalities.every((row) => row.inA === row.inB);
  if (sameKey && sameParticipants && yearA?.populationDate === yearB?.populationDate) {
    return [{ ...keyB, weight: (row) => row.weightB ?? row.weightA }];
  }
  return [
    { ...keyA, header: reportText.keyOfScenario(keyA.header, comparison.scenarioA), weight: (row) => row.weightA },
    { ...keyB, header: reportText.keyOfScenario(keyB.header, comparison.scenarioB), weight: (row) => row.weightB },
  ];
}

/** The key column of one scenario: its header and format (see keyColumnOf) with its values. */
function keyHeader(
  comparison: Comparison,
  result: ScenarioResult | null,
  year: YearResult | null,
  weight: (row: ComparisonRow) => Decimal | null,
): KeyColumn {
  const weights = comparison.municipalities.map(weight).filter((w): w is Decimal => w !== null);
  return { ...keyColumnOf(result?.scenario.municipalities.key ?? null, year?.populationDate ?? null, weights), weight };
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
