import type Decimal from "decimal.js";
import { ZERO, sum } from "./decimal.ts";
import { EngineError } from "./errors.ts";
import type { PartyAmount } from "./allocation.ts";
import type { ScenarioResult, YearResult } from "./scenario.ts";

export interface ComparisonLine {
  a: Decimal;
  b: Decimal;
  /** b − a in kronor. */
  difference: Decimal;
  /** (b − a) / a as a fraction, unrounded (the number format rounds); null where a is zero. */
  differenceShare: Decimal | null;
}

export interface ComparisonRow extends ComparisonLine {
  partyId: string;
  name: string;
  kind: PartyAmount["kind"];
  /** The key value (population) in scenario A's year; null where A lacks the party. */
  weightA: Decimal | null;
  /** The key value (population) in scenario B's year; null where B lacks the party. */
  weightB: Decimal | null;
  /** Whether the party takes part in A and in B: a non-participant pays nothing, which is not 0 kr of a share. */
  inA: boolean;
  inB: boolean;
}

export interface Comparison {
  scenarioA: string;
  scenarioB: string;
  yearA: number;
  yearB: number;
  /** Municipalities in the data's order (B's, then any only in A, when no order is given). */
  municipalities: ComparisonRow[];
  fixedParties: ComparisonRow[];
  municipalitiesTotal: ComparisonLine;
  total: ComparisonLine;
}

/**
 * Scenario A against B per party. The years may differ: the memo sets the current agreement's 2022
 * against the new agreement's 2023.
 */
export function compareScenarios(
  a: ScenarioResult,
  b: ScenarioResult,
  years: { yearA: number; yearB?: number },
  /** Party ids in the order the table should list them (the Befolkning sheet's). */
  order: readonly string[] = [],
): Comparison {
  const yearA = findYear(a, years.yearA);
  const yearB = findYear(b, years.yearB ?? years.yearA);
  const rowsFor = (kind: PartyAmount["kind"]) => compareRows(yearA.rows.filter((r) => r.kind === kind), yearB.rows.filter((r) => r.kind === kind), order);
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

function compareRows(rowsA: readonly PartyAmount[], rowsB: readonly PartyAmount[], order: readonly string[]): ComparisonRow[] {
  const byIdA = new Map(rowsA.map((r) => [r.partyId, r]));
  const idsB = new Set(rowsB.map((r) => r.partyId));
  const position = new Map(order.map((id, i) => [id, i]));
  const rank = (id: string) => position.get(id) ?? order.length;
  // A stable sort: without an order every rank is equal and B's order stands.
  const ordered = [...rowsB, ...rowsA.filter((r) => !idsB.has(r.partyId))].sort((x, y) => rank(x.partyId) - rank(y.partyId));
  const byIdB = new Map(rowsB.map((r) => [r.partyId, r]));
  return ordered.map((row) => {
    const inA = byIdA.get(row.partyId);
    const inB = byIdB.get(row.partyId);
    return {
      partyId: row.partyId,
      name: row.name,
      kind: row.kind,
      // Each scenario's own key value: A and B may split by different dates or participants.
      weightA: inA?.weight ?? null,
      weightB: inB?.weight ?? null,
      inA: inA !== undefined,
      inB: inB !== undefined,
      ...line(inA?.amount ?? ZERO, inB?.amount ?? ZERO),
    };
  });
}

export function line(a: Decimal, b: Decimal): ComparisonLine {
  const difference = b.minus(a);
  const differenceShare = a.isZero() ? null : difference.div(a);
  return { a, b, difference, differenceShare };
}

function findYear(result: ScenarioResult, year: number): YearResult {
  const found = result.years.find((y) => y.year === year);
  if (found === undefined) throw new EngineError("missingYearInResult", result.scenario.name, year);
  return found;
}
