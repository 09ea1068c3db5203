// Numbers as Swedes write them, for messages, notes and the terminal: "1 225 535", "3,1", "−5".
import type Decimal from "decimal.js";
import { Dec } from "../engine/index.ts";

/** Space between thousands, decimal comma, at most `maxDecimals` decimals (trailing zeros dropped). */
export function swedishNumber(value: Decimal, maxDecimals = 6): string {
  const rounded = new Dec(value).toDecimalPlaces(maxDecimals, Dec.ROUND_HALF_UP);
  const [integer = "0", fraction] = rounded.abs().toFixed().split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+$)/gu, " ");
  const sign = rounded.isNegative() && !rounded.isZero() ? "−" : "";
  return sign + grouped + (fraction === undefined ? "" : `,${fraction}`);
}
