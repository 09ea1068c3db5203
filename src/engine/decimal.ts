import Decimal from "decimal.js";

/**
 * The engine's own Decimal: 60 significant digits so that products of many index factors and
 * kronor amounts stay exact, and half-up rounding as Swedish public finance rounds. A clone keeps
 * the global decimal.js settings untouched for anyone else who imports it.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** What callers may pass as a number: a decimal.js value, a finite JS number, or a numeric string. */
export type DecimalInput = Decimal | number | string;

/** Converts to the engine's Decimal; returns null for anything that is not a finite number. */
export function toDecimalOrNull(value: DecimalInput): Decimal | null {
  try {
    const decimal = new Dec(value);
    return decimal.isFinite() ? decimal : null;
  } catch {
    return null;
  }
}

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** An exact rational with a power-of-ten denominator, for integer arithmetic on decimal inputs. */
export interface ScaledInteger {
  numerator: bigint;
  /** Number of decimal places: the value is numerator / 10^scale. */
  scale: number;
}

export function toScaledInteger(value: Decimal): ScaledInteger {
  // toFixed() without arguments prints every digit the value holds, never in exponent form.
  const text = value.toFixed();
  const point = text.indexOf(".");
  if (point < 0) return { numerator: BigInt(text), scale: 0 };
  return { numerator: BigInt(text.slice(0, point) + text.slice(point + 1)), scale: text.length - point - 1 };
}

/** Brings decimal values onto one common scale so they can be compared and summed as integers. */
export function toCommonScale(values: readonly Decimal[]): bigint[] {
  const scaled = values.map(toScaledInteger);
  const scale = Math.max(0, ...scaled.map((s) => s.scale));
  return scaled.map((s) => s.numerator * 10n ** BigInt(scale - s.scale));
}

export function bigintToDecimal(value: bigint): Decimal {
  return new Dec(value.toString());
}

/** numerator / 10^scale as a Decimal, built from one string: the cheapest exact construction. */
export function scaledToDecimal(numerator: bigint, scale: number): Decimal {
  if (scale === 0) return new Dec(numerator.toString());
  const negative = numerator < 0n;
  const digits = (negative ? -numerator : numerator).toString().padStart(scale + 1, "0");
  return new Dec(`${negative ? "-" : ""}${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
}

/**
 * An exact rational, kept as integers until something needs its decimal form: exact shares are
 * computed for every row but read only by the audit, and a Decimal division per row would dominate
 * the engine's run time.
 */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

export function fractionToDecimal(fraction: Fraction): Decimal {
  return bigintToDecimal(fraction.numerator).div(bigintToDecimal(fraction.denominator));
}

export function addToFraction(fraction: Fraction, addend: Decimal): Fraction {
  const scaled = toScaledInteger(addend);
  const power = 10n ** BigInt(scaled.scale);
  return {
    numerator: fraction.numerator * power + scaled.numerator * fraction.denominator,
    denominator: fraction.denominator * power,
  };
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), ZERO);
}
