// Numbers typed the Swedish way ("22 986", "3,1 %", "1 225 535 kr") or delivered as numbers by
// Excel, turned into exact decimals. Text never passes through a JavaScript float.
import Decimal from "decimal.js";
import { MAX_SIGNIFICANT_DIGITS } from "./limits.ts";

export type ParsedNumber =
  | {
      readonly ok: true;
      readonly value: Decimal;
      /** The text ended with "%": the value is in percent points as written ("3,1 %" → 3.1). */
      readonly percentSign: boolean;
      /** The text ended with "kr" or "kr.". */
      readonly unit: "kr" | null;
    }
  | {
      readonly ok: false;
      /**
       * empty: blank cell; notNumber: text that is no number, or a boolean, date or other value;
       * ambiguousSeparators: dots used as thousands separators ("1.225.535"), or both dot and
       * comma, or several commas; nonFinite: NaN or ±Infinity; tooLarge: 2^53 or more, beyond what a
       * cell holds exactly; tooManyDigits: more significant digits than are read exactly.
       */
      readonly reason: "empty" | "notNumber" | "ambiguousSeparators" | "nonFinite" | "tooLarge" | "tooManyDigits";
    };

/** Thousands separators: space, no-break space, narrow no-break space, thin space. */
const GROUP_SEPARATOR = "[ \\u00A0\\u202F\\u2009]";
/** Minus signs: hyphen-minus, minus sign U+2212, en dash U+2013 (Swedish typography). */
const SIGN = /^([+\-\u2212\u2013])/u;
const SUFFIX = /\s*(%|kr\.?)$/iu;
const BODY = new RegExp(`^(\\d{1,3}(?:${GROUP_SEPARATOR}\\d{3})+|\\d+)?(?:[.,](\\d+))?$`, "u");

/**
 * Parses a cell value as a number.
 *
 * Numbers convert exactly through their shortest text form (0.1 → 0.1); NaN and ±Infinity are
 * rejected. Text may have surrounding whitespace, a sign (- + − –), thousands groups separated by
 * spaces (also U+00A0, U+202F, U+2009), a decimal comma or a decimal point, and a trailing "%" or
 * "kr"/"kr.". A dot is always a decimal point ("1.5" is 1.5, as Excel in English writes it), so
 * "1.225.535" or "1.225,50" is ambiguous and rejected.
 */
export function parseNumber(cell: unknown): ParsedNumber {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { ok: false, reason: "nonFinite" };
    return checked(new Decimal(String(cell)), false, null);
  }
  if (cell === null || cell === undefined) return { ok: false, reason: "empty" };
  if (typeof cell !== "string") return { ok: false, reason: "notNumber" };

  let text = cell.trim();
  if (text === "") return { ok: false, reason: "empty" };

  let percentSign = false;
  let unit: "kr" | null = null;
  const suffix = SUFFIX.exec(text);
  if (suffix !== null) {
    if (suffix[1] === "%") percentSign = true;
    else unit = "kr";
    text = text.slice(0, suffix.index);
  }

  let negative = false;
  const sign = SIGN.exec(text);
  if (sign !== null) {
    negative = sign[1] !== "+";
    text = text.slice(1);
  }

  const body = BODY.exec(text);
  if (body === null || (body[1] === undefined && body[2] === undefined)) {
    return { ok: false, reason: looksLikeForeignGrouping(text) ? "ambiguousSeparators" : "notNumber" };
  }
  const integerDigits = (body[1] ?? "0").replace(/\D/gu, "");
  const fraction = body[2] === undefined ? "" : `.${body[2]}`;
  const value = new Decimal(`${negative ? "-" : ""}${integerDigits}${fraction}`);
  // Normalize −0 to 0.
  return checked(value.isZero() ? new Decimal(0) : value, percentSign, unit);
}

/** The number, unless it is beyond what is stored and computed exactly. */
function checked(value: Decimal, percentSign: boolean, unit: "kr" | null): ParsedNumber {
  if (value.abs().gt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: "tooLarge" };
  if (value.precision() > MAX_SIGNIFICANT_DIGITS) return { ok: false, reason: "tooManyDigits" };
  return { ok: true, value, percentSign, unit };
}

/** Digits with several dots, several commas, or both: "1.225.535", "1,225,535", "1.225,50". */
function looksLikeForeignGrouping(text: string): boolean {
  if (!new RegExp(`^[\\d.,]+(?:${GROUP_SEPARATOR}[\\d.,]+)*$`, "u").test(text) || !/\d/u.test(text)) return false;
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  return dots > 1 || commas > 1 || (dots > 0 && commas > 0);
}
