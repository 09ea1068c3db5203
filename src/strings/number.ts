// Numbers as Swedes write them, for messages, notes and the terminal: "1 225 535", "3,1", "−5".
import Decimal from "decimal.js";

/** Space between thousands, decimal comma, at most `maxDecimals` decimals (trailing zeros dropped). */
export function swedishNumber(value: Decimal.Value, maxDecimals = 6): string {
  const rounded = new Decimal(value).toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP);
  const [integer = "0", fraction] = rounded.abs().toFixed().split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+$)/gu, " ");
  const sign = rounded.isNegative() && !rounded.isZero() ? "−" : "";
  return sign + grouped + (fraction === undefined ? "" : `,${fraction}`);
}
