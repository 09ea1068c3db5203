import type Decimal from "decimal.js";
import { Dec, ONE } from "./decimal.ts";
import { EngineError } from "./errors.ts";

export type IndexStatus = "prognos" | "utfall";

export interface IndexValue {
  /** For a change series the annual change as a fraction (0.031 = 3,1 %); for a level series the level. */
  value: Decimal;
  status: IndexStatus;
  source: string | null;
}

export interface IndexSeries {
  name: string;
  kind: "change" | "level";
  values: ReadonlyMap<number, IndexValue>;
}

export type IndexationMethod = "from-base" | "chained";

export interface IndexationRule {
  /** null: no uprating ("Ingen"). */
  series: IndexSeries | null;
  /** Year Y uses the index of year Y − lag. */
  lag: number;
  /** from-base: base amount × unrounded factor since the base year; chained: last year's rounded amount × that year's change. */
  method: IndexationMethod;
}

export interface IndexValueUsed extends IndexValue {
  series: string;
  year: number;
}

export interface YearTotal {
  year: number;
  /** The uprating factor from the base year, never rounded (for chained: the product of the yearly factors applied). */
  factor: Decimal;
  /** The amount before the year's single rounding. */
  exactTotal: Decimal;
  /** The year's total, rounded once, half-up, to the rounding unit. */
  total: Decimal;
  indexValuesUsed: IndexValueUsed[];
}

/**
 * The annual totals of an agreement for `years` (ascending, none before the base year) from the
 * base-year amount. Each year's total is rounded once; the factor behind it is kept exact.
 */
export function upratedTotals(
  baseAmount: Decimal,
  baseYear: number,
  years: readonly number[],
  rule: IndexationRule,
  unit: Decimal,
): YearTotal[] {
  for (const year of years) if (year < baseYear) throw new EngineError("yearBeforeBaseYear", year, baseYear);
  if (!Number.isInteger(rule.lag) || rule.lag < 0) throw new EngineError("negativeLag", rule.lag);
  const series = rule.series;
  if (series === null) {
    const total = roundToUnit(baseAmount, unit);
    return years.map((year) => ({ year, factor: ONE, exactTotal: baseAmount, total, indexValuesUsed: [] }));
  }

  const lastYear = Math.max(baseYear, ...years);
  const wanted = new Set(years);
  const used = new Map<number, IndexValueUsed>();
  const lookup = (year: number): Decimal => {
    const value = series.values.get(year);
    if (value === undefined) throw new EngineError("missingIndexValue", series.name, year);
    if (series.kind === "change" && value.value.lte(-1)) throw new EngineError("indexChangeTooLow", series.name, year);
    if (series.kind === "level" && value.value.lte(0)) throw new EngineError("zeroIndexLevel", series.name, year);
    if (!used.has(year)) used.set(year, { value: value.value, status: value.status, source: value.source, series: series.name, year });
    return value.value;
  };
  const baseLevel = series.kind === "level" ? lookup(baseYear - rule.lag) : ONE;

  const results: YearTotal[] = [];
  let factor: Decimal = ONE;
  let previousTotal = roundToUnit(baseAmount, unit);
  for (let year = baseYear; year <= lastYear; year++) {
    let step: Decimal = ONE;
    if (year > baseYear) {
      const indexYear = year - rule.lag;
      if (series.kind === "change") {
        step = ONE.plus(lookup(indexYear));
        factor = factor.times(step);
      } else {
        step = lookup(indexYear).div(lookup(indexYear - 1));
        factor = lookup(indexYear).div(baseLevel);
      }
    }
    const exactTotal = rule.method === "chained" ? previousTotal.times(step) : baseAmount.times(factor);
    const total = roundToUnit(exactTotal, unit);
    previousTotal = total;
    if (wanted.has(year)) {
      const indexValuesUsed = [...used.values()].sort((a, b) => a.year - b.year);
      results.push({ year, factor, exactTotal, total, indexValuesUsed });
    }
  }
  return results;
}

export function roundToUnit(amount: Decimal, unit: Decimal): Decimal {
  return amount.div(unit).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(unit);
}

