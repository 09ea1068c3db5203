import type Decimal from "decimal.js";
import { apportionDetailed, apportionScaled, type ApportionMethod, type ApportionDetail } from "./apportion.ts";
import { ONE, addToFraction, sum, type Fraction } from "./decimal.ts";
import { EngineError } from "./errors.ts";
import { keyWeights, type AllocationKey, type Municipality } from "./keys.ts";

/** A party that pays a fixed share of the whole: the region's 50 %, or the Police. */
export interface FixedParty {
  id: string;
  name: string;
  /** A fraction of the year's total: 0.5 for 50 %. */
  share: Decimal;
}

export interface PartyAmount {
  partyId: string;
  name: string;
  kind: "fixed" | "municipality";
  amount: Decimal;
  /** The unrounded share of its parent level, exactly. */
  exactShare: Fraction;
  /** For a fixed party its share; for a municipality its key value (population, column value, 1 or blended share). */
  weight: Decimal;
}

export interface YearAllocation {
  municipalPool: Decimal;
  rows: PartyAmount[];
  /** Σ rows − total: zero with largest remainder; shown as its own line for "round each row". */
  roundingDifference: Decimal;
}

export interface AllocationRules {
  fixedParties: readonly FixedParty[];
  members: readonly Municipality[];
  key: AllocationKey;
  populationDate: string | null;
  method: ApportionMethod;
  unit: Decimal;
}

/** The id of the municipalities' joint part at the first level; reserved, so no fixed party may use it. */
export const MUNICIPAL_POOL_ID = "kommuner";

/**
 * Two levels, each adding up exactly to its parent: the year's total → fixed-share parties and the
 * municipal pool; the pool → each participating municipality by the key.
 */
export function allocateYear(total: Decimal, rules: AllocationRules): YearAllocation {
  const options = { method: rules.method, unit: rules.unit };
  const fixedShare = sum(rules.fixedParties.map((p) => p.share));
  for (const party of rules.fixedParties) {
    if (party.share.isNegative() && !party.share.isZero()) throw new EngineError("negativeShare", party.name);
  }
  if (fixedShare.gt(ONE)) throw new EngineError("sharesAboveWhole", fixedShare.times(100));
  const poolShare = ONE.minus(fixedShare);

  const firstLevel = apportionDetailed(
    total,
    [...rules.fixedParties.map((p) => ({ id: p.id, weight: p.share })), { id: MUNICIPAL_POOL_ID, weight: poolShare }],
    options,
  );
  const pool = firstLevel.rows[firstLevel.rows.length - 1]!;
  const fixedRows = rules.fixedParties.map((party, i): PartyAmount => {
    const row = firstLevel.rows[i]!;
    return { partyId: party.id, name: party.name, kind: "fixed", amount: row.amount, exactShare: row.exactShare, weight: party.share };
  });

  if (rules.members.length === 0) {
    if (poolShare.gt(0)) throw new EngineError("noParticipants");
    return { municipalPool: pool.amount, rows: fixedRows, roundingDifference: firstLevel.roundingDifference };
  }
  const secondLevel = splitPool(pool.amount, rules);
  const municipalRows = secondLevel.rows.map((row, i): PartyAmount => ({
    partyId: row.id,
    name: rules.members[i]!.name,
    kind: "municipality",
    amount: row.amount,
    exactShare: row.exactShare,
    weight: row.weight,
  }));
  return {
    municipalPool: pool.amount,
    rows: [...fixedRows, ...municipalRows],
    // The pool's rows add up to the pool plus its own difference, and the pool to its share plus the first level's.
    roundingDifference: firstLevel.roundingDifference.plus(secondLevel.roundingDifference),
  };
}

function splitPool(pool: Decimal, rules: AllocationRules): ApportionDetail {
  const ids = rules.members.map((m) => m.id);
  const options = { method: rules.method, unit: rules.unit };
  const key = rules.key;
  if (key.kind !== "fixed-plus-remainder") {
    const weights = keyWeights(key, rules.members, rules.populationDate);
    return apportionScaled(pool, ids, weights.display, weights.scaled, options);
  }

  const perMember = key.amountPerMember;
  if (!perMember.div(rules.unit).isInteger()) {
    throw new EngineError("fixedAmountNotWholeUnits", perMember, rules.unit);
  }
  const fixedTotal = perMember.times(rules.members.length);
  const remainder = pool.minus(fixedTotal);
  if (perMember.isNegative() || remainder.isNegative()) {
    throw new EngineError("fixedAmountTooLarge", perMember, rules.members.length, pool);
  }
  const weights = keyWeights(key.remainderKey, rules.members, rules.populationDate);
  const rest = apportionScaled(remainder, ids, weights.display, weights.scaled, options);
  return {
    ...rest,
    total: pool,
    rows: rest.rows.map((row) => ({ ...row, amount: row.amount.plus(perMember), exactShare: addToFraction(row.exactShare, perMember) })),
  };
}

