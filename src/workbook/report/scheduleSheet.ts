// A Flerår sheet: one scenario's split per year of the period (extension years included), with each
// year's total, index factor, population date and the index values it used.
import type Decimal from "decimal.js";
import { ZERO, sum, type IndexSeries, type PartyAmount, type ScenarioResult } from "../../engine/index.ts";
import { reportText } from "../../strings/report.ts";
import { FACTOR_FORMAT, amount, empty, header, numberHeader, num, padRows, text, withStyle } from "./cells.ts";
import { describeIndexValue, scenarioNotes } from "./describe.ts";
import type { ReportCell, ReportSheet } from "./model.ts";

const HEADER_ROW = 2;

interface Party {
  id: string;
  name: string;
  kind: PartyAmount["kind"];
}

export function scheduleSheet(result: ScenarioResult, indexSeries: readonly IndexSeries[], name: string): ReportSheet {
  const { scenario, years } = result;
  const columns = years.length + 2;
  const parties = partiesInOrder(result);
  const amounts = years.map((year) => new Map(year.rows.map((row) => [row.partyId, row.amount])));
  const amountOf = (party: Party, y: number): Decimal => amounts[y]!.get(party.id) ?? ZERO;

  const rows: ReportCell[][] = [
    [text(reportText.scheduleTitle(scenario.name, scenario.firstYear, scenario.lastYear, scenario.extensionYears), { bold: true })],
    [],
    [
      header(reportText.party),
      ...years.map((year) => numberHeader(year.isExtension ? reportText.extensionYear(year.year) : reportText.yearHeader(year.year))),
      numberHeader(reportText.periodTotal),
    ],
  ];

  const amountRow = (label: string, perYear: readonly Decimal[]): ReportCell[] => [
    text(label),
    ...perYear.map((value) => amount(value)),
    amount(sum(perYear)),
  ];
  const fixed = parties.filter((p) => p.kind === "fixed");
  const municipalities = parties.filter((p) => p.kind === "municipality");
  for (const party of [...fixed, ...municipalities]) rows.push(amountRow(party.name, years.map((_, y) => amountOf(party, y))));
  const municipalSums = years.map((_, y) => sum(municipalities.map((party) => amountOf(party, y))));
  rows.push(withStyle(amountRow(reportText.municipalitiesTotal, municipalSums), { bold: true }));
  rows.push(withStyle(amountRow(reportText.total, years.map((year) => year.total)), { bold: true }));

  // The block that says where each year's total and split came from.
  rows.push([]);
  rows.push([text(reportText.indexFactor), ...years.map((year) => num(year.factor, FACTOR_FORMAT)), empty()]);
  rows.push([text(reportText.populationRefers), ...years.map((year) => text(year.populationDate ?? reportText.none)), empty()]);
  rows.push([text(reportText.indexValues), ...newIndexValues(result, indexSeries).map((values) => text(values.length === 0 ? reportText.none : values.join("; "), { wrap: true })), empty()]);
  if (years.some((year) => !year.roundingDifference.isZero())) {
    rows.push([text(reportText.roundingDifference), ...years.map((year) => amount(year.roundingDifference)), amount(sum(years.map((year) => year.roundingDifference)))]);
  }

  rows.push([]);
  for (const note of scenarioNotes(scenario)) rows.push([text(note, { italic: true })]);

  return {
    role: "schedule",
    name,
    scenario: scenario.name,
    rows: padRows(rows, columns),
    columnWidths: [22, ...years.map((year) => (year.isExtension ? 16 : 14)), 16],
    freezeRows: HEADER_ROW + 1,
    chart: null,
    print: { orientation: "landscape", fitToPagesWide: 1 },
  };
}

/** The parties in the first year's order, then any that join later (in the order they appear). */
function partiesInOrder(result: ScenarioResult): Party[] {
  const seen = new Map<string, Party>();
  for (const year of result.years) {
    for (const row of year.rows) if (!seen.has(row.partyId)) seen.set(row.partyId, { id: row.partyId, name: row.name, kind: row.kind });
  }
  return [...seen.values()];
}

/** Per year, the index values it uses that no earlier year of the sheet used ("LPI 2024 3,1 % (prognos)"). */
function newIndexValues(result: ScenarioResult, indexSeries: readonly IndexSeries[]): string[][] {
  const shown = new Set<string>();
  return result.years.map((year) =>
    year.indexValuesUsed.flatMap((used) => {
      const id = `${used.series}\u0000${used.year}`;
      if (shown.has(id)) return [];
      shown.add(id);
      return [describeIndexValue(used, indexSeries.find((s) => s.name === used.series)?.kind ?? "change")];
    }),
  );
}
