import type Decimal from "decimal.js";
import { Dec, ZERO, sum } from "./decimal.ts";
import { EngineError } from "./errors.ts";
import type { PartyAmount } from "./allocation.ts";
import type { ScenarioResult, YearResult } from "./scenario.ts";

export interface ComparisonLine {
  a: Decimal;
  b: Decimal;
  /** b − a in kronor. */
  difference: Decimal;
  /** (b − a) / a in percent, one decimal, half-up; null where a is zero. */
  differencePercent: Decimal | null;
}

export interface ComparisonRow extends ComparisonLine {
  partyId: string;
  name: string;
  kind: PartyAmount["kind"];
  /** The key value (population) in scenario B's year, or A's where B lacks the party. */
  weight: Decimal | null;
}

export interface Comparison {
  scenarioA: string;
  scenarioB: string;
  yearA: number;
  yearB: number;
  /** Municipalities in B's order (then any only in A), followed by the fixed parties. */
  municipalities: ComparisonRow[];
  fixedParties: ComparisonRow[];
  municipalitiesTotal: ComparisonLine;
  total: ComparisonLine;
}

/**
 * Scenario A against B per party. The years may differ: the memo sets the current agreement's 2022
 * against the new agreement's 2023.
 */
export function compareScenarios(a: ScenarioResult, b: ScenarioResult, years: { yearA: number; yearB?: number }): Comparison {
  const yearA = findYear(a, years.yearA);
  const yearB = findYear(b, years.yearB ?? years.yearA);
  const rowsFor = (kind: PartyAmount["kind"]) => compareRows(yearA.rows.filter((r) => r.kind === kind), yearB.rows.filter((r) => r.kind === kind));
  const municipalities = rowsFor("municipality");
  return {
    scenarioA: a.scenario.name,
    scenarioB: b.scenario.name,
    yearA: yearA.year,
    yearB: yearB.year,
    municipalities,
    fixedParties: rowsFor("fixed"),
    municipalitiesTotal: line(sum(municipalities.map((r) => r.a)), sum(municipalities.map((r) => r.b))),
    total: line(yearA.total, yearB.total),
  };
}

function compareRows(rowsA: readonly PartyAmount[], rowsB: readonly PartyAmount[]): ComparisonRow[] {
  const byIdA = new Map(rowsA.map((r) => [r.partyId, r]));
  const idsB = new Set(rowsB.map((r) => r.partyId));
  const ordered = [...rowsB, ...rowsA.filter((r) => !idsB.has(r.partyId))];
  const byIdB = new Map(rowsB.map((r) => [r.partyId, r]));
  return ordered.map((row) => {
    const inA = byIdA.get(row.partyId);
    const inB = byIdB.get(row.partyId);
    return {
      partyId: row.partyId,
      name: row.name,
      kind: row.kind,
      weight: (inB ?? inA)?.weight ?? null,
      ...line(inA?.amount ?? ZERO, inB?.amount ?? ZERO),
    };
  });
}

export function line(a: Decimal, b: Decimal): ComparisonLine {
  const difference = b.minus(a);
  const differencePercent = a.isZero() ? null : difference.div(a).times(100).toDecimalPlaces(1, Dec.ROUND_HALF_UP);
  return { a, b, difference, differencePercent };
}

function findYear(result: ScenarioResult, year: number): YearResult {
  const found = result.years.find((y) => y.year === year);
  if (found === undefined) throw new EngineError("missingYearInResult", result.scenario.name, year);
  return found;
}
