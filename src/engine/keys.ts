import type Decimal from "decimal.js";
import { Dec, ONE, toCommonScale } from "./decimal.ts";
import { EngineError } from "./errors.ts";

/** A municipality as the engine sees it: its key data, by kommunkod. */
export interface Municipality {
  /** kommunkod, four digits ("2084"); also the tie-break id of the apportionment. */
  id: string;
  name: string;
  /** Population by reference date (ISO "YYYY-MM-DD"). */
  population: ReadonlyMap<string, Decimal>;
  /** Further numeric key columns by header (tax base, population 16–64 …). */
  columns: ReadonlyMap<string, Decimal>;
}

export type SimpleKey = { kind: "population" } | { kind: "equal" } | { kind: "column"; column: string };

export interface BlendPart {
  key: SimpleKey;
  /** Relative weight; the parts' weights are normalised, so 0.7/0.3 and 70/30 mean the same. */
  weight: Decimal;
}

export type AllocationKey =
  | SimpleKey
  /** Every member pays `amountPerMember`; what is left of the pool is split by `remainderKey` (population by default). */
  | { kind: "fixed-plus-remainder"; amountPerMember: Decimal; remainderKey: SimpleKey }
  | { kind: "blend"; parts: readonly BlendPart[] };

export interface KeyWeights {
  /** What the audit shows per member: the population, the column value, 1, or the blended share. */
  display: Decimal[];
  /** Exact weights as integers on one scale, for the apportionment. */
  scaled: bigint[];
}

export function keyUsesPopulation(key: AllocationKey): boolean {
  switch (key.kind) {
    case "population":
      return true;
    case "fixed-plus-remainder":
      return keyUsesPopulation(key.remainderKey);
    case "blend":
      return key.parts.some((part) => part.weight.gt(0) && keyUsesPopulation(part.key));
    default:
      return false;
  }
}

/** The weights of `members` under a simple or blended key; `populationDate` is needed for population keys. */
export function keyWeights(key: SimpleKey | Extract<AllocationKey, { kind: "blend" }>, members: readonly Municipality[], populationDate: string | null): KeyWeights {
  if (key.kind === "blend") return blendWeights(key.parts, members, populationDate);
  const display = members.map((m) => simpleValue(key, m, populationDate));
  return { display, scaled: toCommonScale(display) };
}

function simpleValue(key: SimpleKey, member: Municipality, populationDate: string | null): Decimal {
  switch (key.kind) {
    case "equal":
      return ONE;
    case "population": {
      const value = populationDate === null ? undefined : member.population.get(populationDate);
      if (value === undefined) throw new EngineError("missingPopulation", member.name, populationDate ?? "?");
      return value;
    }
    case "column": {
      if (!member.columns.has(key.column)) throw new EngineError("missingKeyValue", member.name, key.column);
      return member.columns.get(key.column)!;
    }
  }
}

/**
 * weight_i = Σ_k α_k · x_ik / X_k. Brought to the common denominator Π X_k the weights are integers,
 * so a blend is apportioned exactly, with no rounding of shares.
 */
function blendWeights(parts: readonly BlendPart[], members: readonly Municipality[], populationDate: string | null): KeyWeights {
  for (const part of parts) {
    if (part.weight.isNegative() && !part.weight.isZero()) throw new EngineError("negativeBlendWeight");
  }
  const active = parts.filter((part) => part.weight.gt(0));
  if (active.length === 0) throw new EngineError("emptyBlend");

  const alphas = toCommonScale(active.map((part) => part.weight));
  const vectors = active.map((part) => toCommonScale(members.map((m) => simpleValue(part.key, m, populationDate))));
  const totals = vectors.map((vector) => vector.reduce((a, b) => a + b, 0n));
  if (totals.some((t) => t === 0n)) throw new EngineError("allZeroWeights");

  const scaled = members.map((_, i) =>
    vectors.reduce((acc, vector, k) => {
      const others = totals.reduce((product, t, j) => (j === k ? product : product * t), 1n);
      return acc + alphas[k]! * vector[i]! * others;
    }, 0n),
  );
  const weightSum = scaled.reduce((a, b) => a + b, 0n);
  const display = scaled.map((w) => new Dec(w.toString()).div(weightSum.toString()));
  return { display, scaled };
}

