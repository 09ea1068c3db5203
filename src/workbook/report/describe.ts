// Swedish text for numbers and scenario parameters in titles and notes: "1 000 000", "3,1 %",
// "befolkning", "senaste datum före årets början".
import type Decimal from "decimal.js";
import { ONE, sum, type AllocationKey, type IndexSeries, type IndexValueUsed, type PopulationDateRule, type Scenario, type SimpleKey, type YearResult } from "../../engine/index.ts";
import { reportText } from "../../strings/report.ts";
import { swedishNumber } from "../../strings/number.ts";
import { AMOUNT_FORMAT, SHARE_FORMAT } from "./cells.ts";

/** A fraction as Swedish percent text: 0.031 → "3,1 %". */
export function swedishPercent(fraction: Decimal, maxDecimals = 4): string {
  return reportText.percent(swedishNumber(fraction.times(100), maxDecimals));
}

/** "LPI 2024 3,1 % (prognos)"; a level series shows the level. */
export function describeIndexValue(used: IndexValueUsed, kind: "change" | "level"): string {
  const value = kind === "change" ? swedishPercent(used.value) : swedishNumber(used.value);
  return reportText.indexValue(used.series, used.year, value, reportText.statusLower[used.status]);
}

export function describeKey(key: AllocationKey): string {
  switch (key.kind) {
    case "fixed-plus-remainder":
      return reportText.keyFixedPlusRemainder(swedishNumber(key.amountPerMember), describeSimpleKey(key.remainderKey));
    case "blend": {
      const active = key.parts.filter((part) => part.weight.gt(0));
      const total = sum(active.map((part) => part.weight));
      return reportText.keyBlend(
        active.map((part) => reportText.keyBlendPart(swedishPercent(part.weight.div(total), 2), describeSimpleKey(part.key))),
      );
    }
    default:
      return describeSimpleKey(key);
  }
}

function describeSimpleKey(key: SimpleKey): string {
  switch (key.kind) {
    case "population":
      return reportText.keyPopulation;
    case "equal":
      return reportText.keyEqual;
    case "column":
      return reportText.keyColumn(key.column);
  }
}

/** True when the key's per-municipality values are populations (population, or a fixed amount plus a population remainder). */
export function keyWeightsArePopulation(key: AllocationKey): boolean {
  return key.kind === "population" || (key.kind === "fixed-plus-remainder" && key.remainderKey.kind === "population");
}

/** "Befolkning 2021-06-30" with populations, or "Fördelningsnyckel" with the key's values, and their number format. */
export function keyColumnOf(key: AllocationKey | null, populationDate: string | null, weights: readonly Decimal[]): { header: string; format: string } {
  if (key !== null && keyWeightsArePopulation(key)) {
    return { header: populationDate === null ? reportText.population : reportText.populationOn(populationDate), format: AMOUNT_FORMAT };
  }
  // Blended keys are shares of one; column keys may carry decimals.
  const format = key?.kind === "blend" ? SHARE_FORMAT : weights.every((w) => w.isInteger()) ? AMOUNT_FORMAT : "#,##0.00";
  return { header: reportText.allocationKey, format };
}

export function describePopulationRule(rule: PopulationDateRule): string {
  switch (rule.kind) {
    case "latest-before-year":
      return reportText.populationLatestBeforeYear;
    case "fixed":
      return rule.date;
    case "per-year":
      return reportText.populationPerYear(
        [...rule.dates.entries()].sort(([a], [b]) => a - b).map(([year, date]) => reportText.populationYearDate(year, date)),
      );
  }
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The municipalities' joint share: what the fixed parties leave. */
export function municipalShare(scenario: Scenario): Decimal {
  return ONE.minus(sum(scenario.fixedParties.map((party) => party.share)));
}


/** The notes under a Flerår table: cost basis, uprating, shares and key. */
export function scenarioNotes(scenario: Scenario): string[] {
  const cost = scenario.cost.kind === "positions"
    ? reportText.costPositionsNote(swedishNumber(scenario.cost.positions), swedishNumber(scenario.cost.costPerPosition), scenario.baseYear)
    : reportText.costAnnualNote(swedishNumber(scenario.cost.amount), scenario.baseYear);
  const indexation = scenario.indexation.series === null
    ? reportText.noIndexationNote
    : reportText.indexationNote(scenario.indexation.series, scenario.indexation.lag, reportText.indexationMethod[scenario.indexation.method]);
  const shares = reportText.sharesNote(
    scenario.fixedParties.map((party) => reportText.partyShare(party.name, swedishPercent(party.share))),
    reportText.municipalitiesShare(swedishPercent(municipalShare(scenario)), describeKey(scenario.municipalities.key)),
  );
  const notes = [cost, indexation, shares, reportText.roundingNote(reportText.roundingPhrase[scenario.rounding.method])];
  if (!scenario.rounding.unit.eq(1)) notes.push(reportText.roundingUnitNote(scenario.name, swedishNumber(scenario.rounding.unit)));
  return notes;
}

/** The forecast index values behind the given years, once each, in series and year order. */
export function forecastsUsed(years: readonly (YearResult | null)[], indexSeries: readonly IndexSeries[]): string[] {
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
