import { EngineError } from "./errors.ts";

export interface AgreementPeriod {
  firstYear: number;
  lastYear: number;
  /** Automatic one-year renewals after the last year (avtal p. 5). */
  extensionYears: number;
}

export type PopulationDateRule =
  /** The latest reference date before the year starts (the default). */
  | { kind: "latest-before-year" }
  | { kind: "fixed"; date: string }
  /** A date per year; years not listed follow the default rule. */
  | { kind: "per-year"; dates: ReadonlyMap<number, string> };

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

export function agreementYears(period: AgreementPeriod): number[] {
  for (const year of [period.firstYear, period.lastYear]) {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new EngineError("invalidYear", year);
  }
  if (period.firstYear > period.lastYear) throw new EngineError("firstYearAfterLastYear", period.firstYear, period.lastYear);
  if (!Number.isInteger(period.extensionYears) || period.extensionYears < 0) {
    throw new EngineError("negativeExtensions", period.extensionYears);
  }
  const years: number[] = [];
  for (let year = period.firstYear; year <= period.lastYear + period.extensionYears; year++) years.push(year);
  return years;
}

/** The population reference date (ISO) that `year` is split by, from the dates the data has (ascending). */
export function populationDateFor(rule: PopulationDateRule, year: number, ascendingDates: readonly string[]): string {
  const explicit = rule.kind === "fixed" ? rule.date : rule.kind === "per-year" ? rule.dates.get(year) : undefined;
  if (explicit !== undefined) {
    if (!ascendingDates.includes(explicit)) throw new EngineError("unknownPopulationDate", explicit, ascendingDates);
    return explicit;
  }
  const yearStart = `${year}-01-01`;
  const latest = ascendingDates.findLast((date) => date < yearStart);
  if (latest === undefined) throw new EngineError("noPopulationDate", year, ascendingDates);
  return latest;
}
