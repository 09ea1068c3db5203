// Valid, unique Excel sheet names for the result sheets.
import { reportText } from "../../strings/report.ts";

/** Excel's limit on a sheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME_LENGTH = 31;
const ELLIPSIS = "…";
/** Excel reserves this name (case-insensitively) for its change history. */
const RESERVED = "history";

/**
 * A valid Excel sheet name for `desired` that is not in `taken` (compared case-insensitively):
 * : \ / ? * [ ] become "-", control characters a space, no apostrophe or space at either end, never
 * empty or "History", at most 31 characters (cut with "…"), and " (2)", " (3)" … appended within the
 * limit when the name is taken. `taken` is not changed: add the result yourself.
 */
export function sheetName(desired: string, taken: ReadonlySet<string>): string {
  const base = cleaned(desired);
  const used = new Set([...taken].map(caseless));
  used.add(RESERVED);
  for (let n = 1; ; n++) {
    const candidate = fit(base, n === 1 ? "" : ` (${n})`);
    if (!used.has(caseless(candidate))) return candidate;
  }
}

function cleaned(desired: string): string {
  const name = desired
    .replace(/[:\\/?*[\]]/gu, "-")
    .replace(/\p{Cc}/gu, " ")
    .replace(/^['\s]+|['\s]+$/gu, "");
  return name === "" ? reportText.sheetFallback : name;
}

/** `base` + `suffix` within the limit, `base` cut and marked with "…" when it must be shortened. */
function fit(base: string, suffix: string): string {
  const room = MAX_SHEET_NAME_LENGTH - suffix.length;
  if (base.length <= room) return base + suffix;
  let cut = base.slice(0, room - ELLIPSIS.length);
  // Never split a surrogate pair, and leave no dangling space or apostrophe before the ellipsis.
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/['\s]+$/u, "");
  return cut + ELLIPSIS + suffix;
}

/** Excel compares sheet names without regard to case. */
function caseless(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
