// A Flerår sheet: one scenario's split per year — the agreement period's years and their sum, then
// the extension years apart — with each year's total, index factor, population date and the index
// values it used, each standing in its year's column.
import type Decimal from "decimal.js";
import { ZERO, sum, type IndexSeries, type PartyAmount, type ScenarioResult, type YearResult } from "../../engine/index.ts";
import { reportText } from "../../strings/report.ts";
import { FACTOR_FORMAT, amount, empty, header, numberHeader, num, padRows, text, textInNumbers, withStyle } from "./cells.ts";
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
  const period = years.filter((year) => !year.isExtension);
  const extension = years.filter((year) => year.isExtension);
  const columns = years.length + 3; // Kommunkod | Part | period years | Summa perioden | extension years
  const parties = partiesInOrder(result);
  const amounts = new Map(years.map((year) => [year.year, new Map(year.rows.map((row) => [row.partyId, row.amount]))]));
  const amountOf = (party: Party, year: YearResult): Decimal => amounts.get(year.year)!.get(party.id) ?? ZERO;

  /** A row's cells in column order: each period year, the period's sum (or `periodCell`), each extension year. */
  const inYears = (cell: (year: YearResult) => ReportCell, periodCell: () => ReportCell): ReportCell[] => [
    ...period.map(cell),
    periodCell(),
    ...extension.map(cell),
  ];
  const amountRow = (code: string | null, label: string, value: (year: YearResult) => Decimal): ReportCell[] => [
    code === null ? empty() : text(code),
    text(label),
    ...inYears((year) => amount(value(year)), () => amount(sum(period.map(value)))),
  ];

  const rows: ReportCell[][] = [
    [text(reportText.scheduleTitle(scenario.name, scenario.firstYear, scenario.lastYear, scenario.extensionYears), { bold: true })],
    [],
    [
      header(reportText.municipalityCode),
      header(reportText.party),
      ...inYears(
        (year) => numberHeader(year.isExtension ? reportText.extensionYear(year.year) : reportText.yearHeader(year.year)),
        () => numberHeader(reportText.periodTotal(period[0]?.year ?? scenario.firstYear, period[period.length - 1]?.year ?? scenario.lastYear)),
      ),
    ],
  ];

  const fixed = parties.filter((p) => p.kind === "fixed");
  const municipalities = parties.filter((p) => p.kind === "municipality");
  for (const party of fixed) rows.push(amountRow(null, party.name, (year) => amountOf(party, year)));
  for (const party of municipalities) rows.push(amountRow(party.id, party.name, (year) => amountOf(party, year)));
  const municipalSum = (year: YearResult) => sum(municipalities.map((party) => amountOf(party, year)));
  rows.push(withStyle(amountRow(null, reportText.municipalitiesTotal, municipalSum), { bold: true, ruleAbove: true }));
  // Legacy "round each row": the difference stands above Totalt with the sign that makes the column add up.
  if (years.some((year) => !year.roundingDifference.isZero())) rows.push(amountRow(null, reportText.roundingDifference, (year) => year.roundingDifference.negated()));
  rows.push(withStyle(amountRow(null, reportText.total, (year) => year.total), { bold: true, ruleAbove: true }));

  // The block that says where each year's total and split came from, each value in its year's column.
  const indexValues = new Map(newIndexValues(result, indexSeries).map((values, y) => [years[y]!.year, values]));
  rows.push([]);
  rows.push([empty(), text(reportText.indexFactor), ...inYears((year) => num(year.factor, FACTOR_FORMAT), empty)]);
  rows.push([empty(), text(reportText.populationRefers), ...inYears((year) => textInNumbers(year.populationDate ?? reportText.none), empty)]);
  rows.push([empty(), text(reportText.indexValues), ...inYears((year) => {
    const values = indexValues.get(year.year) ?? [];
    return textInNumbers(values.length === 0 ? reportText.none : values.join("\n"), { wrap: true });
  }, empty)]);

  rows.push([]);
  for (const note of scenarioNotes(scenario)) rows.push([text(note, { italic: true })]);

  const yearWidth = (year: YearResult) => (year.isExtension ? 17 : 14);
  return {
    role: "schedule",
    name,
    scenario: scenario.name,
    rows: padRows(rows, columns),
    columnWidths: [11, 22, ...period.map(yearWidth), 16, ...extension.map(yearWidth)],
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
