import type Decimal from "decimal.js";
import { type DecimalInput, type Fraction, ONE, ZERO, scaledToDecimal, toCommonScale, toDecimalOrNull, toScaledInteger } from "./decimal.ts";
import { EngineError } from "./errors.ts";

export type ApportionMethod = "largest-remainder" | "round-each";

export interface ApportionPart {
  id: string;
  weight: DecimalInput;
}

export interface ApportionOptions {
  /** "largest-remainder" (default, adds up exactly) or "round-each" (half-up per row, legacy memos). */
  method?: ApportionMethod;
  /** The smallest amount handed out: 1 krona by default, 1000 for whole thousands. */
  unit?: DecimalInput;
}

export interface Apportioned {
  id: string;
  amount: Decimal;
}

export interface ApportionedDetail extends Apportioned {
  weight: Decimal;
  /** The unrounded share, total × weight / Σ weights, exactly (fractionToDecimal gives its decimal form). */
  exactShare: Fraction;
}

export interface ApportionDetail {
  rows: ApportionedDetail[];
  total: Decimal;
  /** Σ amounts − total: always zero for largest remainder, the legacy error for round-each. */
  roundingDifference: Decimal;
}

/**
 * Splits `total` among `parts` in proportion to their weights, in whole units, in the input order.
 * Largest remainder (Hamilton): every part gets the floor of its exact share, and the units left go
 * to the largest remainders; ties go to the larger weight, then the smaller id — never to list
 * position. All arithmetic is on integers, so the result is exact for any decimal weights.
 */
export function apportion(total: DecimalInput, parts: readonly ApportionPart[], options: ApportionOptions = {}): Apportioned[] {
  return apportionDetailed(total, parts, options).rows.map(({ id, amount }) => ({ id, amount }));
}

export function apportionDetailed(
  total: DecimalInput,
  parts: readonly ApportionPart[],
  options: ApportionOptions = {},
): ApportionDetail {
  const weights = parts.map((part) => checkedWeight(part));
  return apportionScaled(total, parts.map((p) => p.id), weights, toCommonScale(weights), options);
}

/**
 * The same split for weights already given as integers on one scale (`scaledWeights`), used where
 * weights are exact rationals such as blended keys; `displayWeights` are what the audit shows.
 */
export function apportionScaled(
  total: DecimalInput,
  ids: readonly string[],
  displayWeights: readonly Decimal[],
  scaledWeights: readonly bigint[],
  options: ApportionOptions = {},
): ApportionDetail {
  const unit = checkedUnit(options.unit ?? ONE);
  const totalDecimal = toDecimalOrNull(total);
  if (totalDecimal === null) throw new EngineError("invalidTotal", String(total));
  // Total and unit as integers on one decimal scale: the rest of the split is integer arithmetic.
  const [totalScaled, unitScaled] = toCommonScale([totalDecimal, unit]) as [bigint, bigint];
  const scale = Math.max(toScaledInteger(totalDecimal).scale, toScaledInteger(unit).scale);
  if (totalScaled % unitScaled !== 0n) throw new EngineError("totalNotWholeUnits", totalDecimal, unit);
  checkParts(ids, scaledWeights, displayWeights);

  const totalUnits = totalScaled / unitScaled;
  const sign = totalUnits < 0n ? -1n : 1n;
  const magnitude = sign * totalUnits;
  const weightSum = scaledWeights.reduce((a, b) => a + b, 0n);
  const unitsPerPart = (options.method ?? "largest-remainder") === "round-each"
    ? roundEach(magnitude, scaledWeights, weightSum)
    : largestRemainder(magnitude, ids, scaledWeights, weightSum);

  const amountPerUnit = sign * unitScaled;
  const sharePerWeight = amountPerUnit * magnitude;
  const shareDenominator = weightSum * 10n ** BigInt(scale);
  const rows = ids.map((id, i) => ({
    id,
    amount: scaledToDecimal(unitsPerPart[i]! * amountPerUnit, scale),
    weight: displayWeights[i]!,
    exactShare: { numerator: sharePerWeight * scaledWeights[i]!, denominator: shareDenominator },
  }));
  const surplusUnits = unitsPerPart.reduce((a, b) => a + b, 0n) - magnitude;
  return {
    rows,
    total: totalDecimal.isZero() ? ZERO : totalDecimal,
    roundingDifference: surplusUnits === 0n ? ZERO : scaledToDecimal(surplusUnits * amountPerUnit, scale),
  };
}

function largestRemainder(totalUnits: bigint, ids: readonly string[], weights: readonly bigint[], weightSum: bigint): bigint[] {
  const products = weights.map((w) => totalUnits * w);
  const floors = products.map((p) => p / weightSum);
  const remainders = products.map((p, i) => p - floors[i]! * weightSum);
  let left = totalUnits - floors.reduce((a, b) => a + b, 0n);
  const order = ids.map((_, i) => i).sort((a, b) =>
    compareBigDesc(remainders[a]!, remainders[b]!) || compareBigDesc(weights[a]!, weights[b]!) || compareIds(ids[a]!, ids[b]!),
  );
  for (const i of order) {
    if (left === 0n) break;
    floors[i]! += 1n;
    left -= 1n;
  }
  return floors;
}

/** Half-up per row: reproduces old hand-made tables, whose rows need not add up to the total. */
function roundEach(totalUnits: bigint, weights: readonly bigint[], weightSum: bigint): bigint[] {
  return weights.map((w) => {
    const floor = (totalUnits * w) / weightSum;
    const twiceRemainder = 2n * ((totalUnits * w) % weightSum);
    return twiceRemainder >= weightSum ? floor + 1n : floor;
  });
}

function compareBigDesc(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/** Code-unit order, so the tie rule is the same in every locale and runtime. */
function compareIds(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function checkedWeight(part: ApportionPart): Decimal {
  const weight = toDecimalOrNull(part.weight);
  if (weight === null) throw new EngineError("invalidWeight", part.id, String(part.weight));
  if (weight.isNegative() && !weight.isZero()) throw new EngineError("negativeWeight", part.id, weight);
  return weight.abs(); // -0 is zero
}

function checkedUnit(unitInput: DecimalInput): Decimal {
  const unit = toDecimalOrNull(unitInput);
  if (unit === null || unit.lte(0)) throw new EngineError("invalidUnit", String(unitInput));
  return unit;
}

function checkParts(ids: readonly string[], weights: readonly bigint[], displayWeights: readonly Decimal[]): void {
  if (ids.length === 0) throw new EngineError("noParts");
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) throw new EngineError("duplicatePart", id);
    seen.add(id);
    if (weights[i]! < 0n) throw new EngineError("negativeWeight", id, displayWeights[i]!);
  }
  if (weights.every((w) => w === 0n)) throw new EngineError("allZeroWeights");
}
