// Valid, unique Excel sheet names for the result sheets: cut only between words, never marked with
// "…" (a name a user cannot type is no use in a formula), numbered where words cannot tell them apart.
import { reportText } from "../../strings/report.ts";

/** Excel's limit on a sheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME_LENGTH = 31;
/** Excel reserves this name (case-insensitively) for its change history. */
const RESERVED = "history";

/**
 * A valid Excel sheet name for `desired` that is not in `taken` (compared case-insensitively):
 * : \ / ? * [ ] become "-", control characters a space, no apostrophe or space at either end, never
 * empty or "History", at most 31 characters (cut between words), and " (2)", " (3)" … appended within
 * the limit when the name is taken. `taken` is not changed: add the result yourself.
 */
export function sheetName(desired: string, taken: ReadonlySet<string>): string {
  const base = cleaned(desired);
  const used = new Set([...taken].map(caseless));
  used.add(RESERVED);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = (wordCut(base, MAX_SHEET_NAME_LENGTH - suffix.length) ?? hardCut(base, MAX_SHEET_NAME_LENGTH - suffix.length)) + suffix;
    if (!used.has(caseless(candidate))) return candidate;
  }
}

/**
 * The names of the per-scenario sheets (`Flerår – <scenario>`), decided together so that they are
 * stable from the scenario names alone: each name whole, or cut between words; where two cut names
 * would be the same (or the cut leaves nothing of the scenario), `Flerår 1`, `Flerår 2` … by the
 * scenario's position. `taken` holds names already used (input sheets, Jämförelse).
 */
export function scenarioSheetNames(
  scenarios: readonly string[],
  named: (scenario: string) => string,
  numbered: (position: number) => string,
  taken: ReadonlySet<string>,
): string[] {
  const prefix = cleaned(named(""));
  const cut = scenarios.map((scenario) => {
    const name = wordCut(cleaned(named(scenario)), MAX_SHEET_NAME_LENGTH);
    return name === null || name.length <= prefix.length ? null : name;
  });
  const count = new Map<string, number>();
  for (const name of cut) if (name !== null) count.set(caseless(name), (count.get(caseless(name)) ?? 0) + 1);
  const result: string[] = [];
  const used = new Set(taken);
  cut.forEach((name, i) => {
    const unique = name !== null && count.get(caseless(name)) === 1;
    const chosen = sheetName(unique ? name : numbered(i + 1), used);
    used.add(chosen);
    result.push(chosen);
  });
  return result;
}

function cleaned(desired: string): string {
  const name = desired
    .replace(/[:\\/?*[\]]/gu, "-")
    .replace(/\p{Cc}/gu, " ")
    .replace(/^['\s]+|['\s]+$/gu, "");
  return name === "" ? reportText.sheetFallback : name;
}

/**
 * `name` if it fits in `room`, else its longest run of whole words that does, without a bracket left
 * open or a dash, comma or apostrophe at the end ("Flerår – Nytt avtal (4 tjänster)" → "Flerår – Nytt
 * avtal"); null when not even the first word fits.
 */
function wordCut(name: string, room: number): string | null {
  if (name.length <= room) return name;
  const words = name.split(/\s+/u);
  for (let n = words.length - 1; n >= 1; n--) {
    const candidate = words.slice(0, n).join(" ").replace(/[\s\-–—,;.'(]+$/u, "");
    if (candidate.length === 0 || candidate.length > room) continue;
    if (count(candidate, "(") !== count(candidate, ")")) continue;
    return candidate;
  }
  return null;
}

/** A name of one long word, cut at `room` without splitting a surrogate pair. */
function hardCut(name: string, room: number): string {
  let cut = name.slice(0, room);
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/['\s]+$/u, "");
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** Excel compares sheet names without regard to case. */
function caseless(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
