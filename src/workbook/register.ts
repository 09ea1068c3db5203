// The register of Swedish municipalities and counties: look-up by kommunkod or by name as people
// write it, with "did you mean" suggestions for names that are not found.
import { cellText } from "./cell.ts";
import { editDistance, normalizedEditDistance } from "./distance.ts";
import { foldDiacritics, normalizeLabel } from "./labels.ts";
import { MUNICIPALITIES } from "./municipalities.data.ts";
import type { County, Municipality } from "./municipality.ts";

export type { County, Municipality } from "./municipality.ts";
export { MUNICIPALITIES } from "./municipalities.data.ts";

/** All 21 counties in länskod order. */
export const COUNTIES: readonly County[] = (() => {
  const byCode = new Map<string, County>();
  for (const m of MUNICIPALITIES) {
    if (!byCode.has(m.countyCode)) byCode.set(m.countyCode, { code: m.countyCode, name: m.county, region: m.region });
  }
  return [...byCode.values()].sort((a, b) => compareText(a.code, b.code));
})();

export type MunicipalityMatch =
  | {
      readonly ok: true;
      readonly municipality: Municipality;
      /** Whether the cell held a kommunkod or a name. */
      readonly matchedBy: "code" | "name";
    }
  | {
      readonly ok: false;
      /**
       * empty: blank cell or only a suffix such as "kommun"; unknownCode: digits that are no
       * kommunkod; unknownName: text that is no municipality's name; notText: a boolean, date or
       * other value that can be neither; ambiguous: a name that fits several municipalities equally
       * (not reachable with today's register: the only names equal without diacritics, Håbo and
       * Habo, are told apart by their exact spelling).
       */
      readonly reason: "empty" | "unknownCode" | "unknownName" | "notText" | "ambiguous";
      /** The cell's value as text, trimmed, for the error message. */
      readonly input: string;
      /**
       * The closest known municipalities, best first: two for an unknown name, the candidates for
       * an ambiguous one, else none.
       */
      readonly suggestions: readonly Municipality[];
    };

export interface LookupOptions {
  /** Länskod ("20") whose municipalities are preferred as suggestions. */
  readonly countyCode?: string;
}

/**
 * Names that are not the register's name plus a suffix, keyed by their folded form: the irregular
 * genitive of "Falu kommun", and "Region Gotland", the official name of Gotland's municipality.
 */
const ALIASES: Readonly<Record<string, string>> = { falu: "2080", regiongotland: "0980" };

/** Municipality name suffixes in official names: "Avesta kommun", "Stockholms stad". */
const NAME_SUFFIX = / (?:kommun|stad)$/u;

/** Typed text at least this long that starts a name scores PREFIX_SCORE for that name. */
const PREFIX_MIN_LENGTH = 4;
const PREFIX_SCORE = 0.1;

/** Penalty added to the distance of candidates outside the preferred county. */
const OTHER_COUNTY_PENALTY = 0.3;

interface NameKey {
  readonly municipality: Municipality;
  /** Lower case, diacritics kept, no separators: "malungsälen". */
  readonly exact: string;
  /** `exact` without diacritics: "malungsalen". */
  readonly folded: string;
}

const NAME_KEYS: readonly NameKey[] = MUNICIPALITIES.map((municipality) => {
  const exact = compact(normalizeLabel(municipality.name, { keepDiacritics: true }));
  return { municipality, exact, folded: foldDiacritics(exact) };
});

/** The length of the longest name key: text much longer than this gets no suggestion. */
const LONGEST_NAME = Math.max(...NAME_KEYS.map((key) => key.exact.length));
const BY_FOLDED_NAME = groupBy(NAME_KEYS, (key) => key.folded);
const BY_CODE = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const BY_COUNTY = groupBy(MUNICIPALITIES, (m) => m.countyCode);
const COUNTY_BY_CODE = new Map(COUNTIES.map((c) => [c.code, c]));
const COUNTY_BY_KEY = new Map(COUNTIES.flatMap((c) => [[countyKey(c.name), c] as const, [countyKey(c.region), c] as const]));

/** The municipality with this kommunkod ("2084", 2084, "0114", "114", 114), if any. */
export function municipalityByCode(code: string | number): Municipality | undefined {
  const normalized = normalizeCode(code, 4);
  return normalized === null ? undefined : BY_CODE.get(normalized);
}

/**
 * Finds a municipality from a cell holding its kommunkod or its name.
 *
 * Codes: "2084", 2084; the leading zero is optional ("0114", "114", 114).
 * Names ignore case, surrounding and inner whitespace variants, hyphen/space/slash variants, a
 * suffix " kommun" or " stad" and the genitive s ("Säters kommun", "Malung-Sälens kommun",
 * "Säters", "Falu kommun"). A missing or extra diacritic is tolerated ("Malung-Salen",
 * "Malung-Sälén"), one diacritic letter replaced by another is not ("Ålvdalen" is not Älvdalen;
 * it is a miss that suggests Älvdalen first).
 */
export function findMunicipality(cell: unknown, options: LookupOptions = {}): MunicipalityMatch {
  if (typeof cell === "number") {
    const found = municipalityByCode(cell);
    return found !== undefined
      ? { ok: true, municipality: found, matchedBy: "code" }
      : { ok: false, reason: "unknownCode", input: String(cell), suggestions: [] };
  }
  if (typeof cell !== "string") {
    const empty = cell === null || cell === undefined;
    return { ok: false, reason: empty ? "empty" : "notText", input: cellText(cell), suggestions: [] };
  }
  const input = cell.trim();
  // SCB's tables write code and name in one cell: "0305 Håbo", "2084 Avesta kommun".
  const combined = /^(\d{3,4})\s+(\D.*)$/u.exec(input);
  if (combined !== null) {
    const byCode = municipalityByCode(combined[1]!);
    const byName = findMunicipality(combined[2]!, options);
    if (byCode !== undefined && byName.ok && byName.municipality.code === byCode.code) return { ok: true, municipality: byCode, matchedBy: "code" };
  }
  if (/^\d+$/u.test(input)) {
    const found = municipalityByCode(input);
    return found !== undefined
      ? { ok: true, municipality: found, matchedBy: "code" }
      : { ok: false, reason: "unknownCode", input, suggestions: [] };
  }
  const variants = nameVariants(input);
  if (variants.length === 0) return { ok: false, reason: "empty", input, suggestions: [] };
  for (const variant of variants) {
    const found = matchName(variant);
    if (found.length === 1) return { ok: true, municipality: found[0]!, matchedBy: "name" };
    if (found.length > 1) return { ok: false, reason: "ambiguous", input, suggestions: found };
  }
  return { ok: false, reason: "unknownName", input, suggestions: suggestMunicipalities(input, options) };
}

/**
 * The `count` municipalities whose names are closest to `text` (Damerau–Levenshtein distance on
 * names without case, diacritics, separators and "kommun" suffix, relative to the longer name),
 * best first. With a county hint, that county's municipalities are preferred.
 */
export function suggestMunicipalities(
  text: string,
  options: LookupOptions & { readonly count?: number } = {},
): Municipality[] {
  const variants = nameVariants(text);
  // Text far longer than every name resembles none; without this bound one suggestion for a cell
  // of 32 767 characters costs seconds. The cost is now bounded by the known names' length.
  if (variants.length === 0 || variants[0]!.length > 2 * LONGEST_NAME) return [];
  const preferred = options.countyCode === undefined ? null : normalizeCode(options.countyCode, 2);
  const scored = NAME_KEYS.map((key) => {
    let folded = Infinity;
    let exact = Infinity;
    for (const variant of variants) {
      const typed = foldDiacritics(variant);
      // The start of a name ("Malung", "Upplands") is as good as a one-letter typo.
      const isPrefix = typed.length >= PREFIX_MIN_LENGTH && key.folded.startsWith(typed);
      folded = Math.min(folded, isPrefix ? PREFIX_SCORE : normalizedEditDistance(typed, key.folded));
      exact = Math.min(exact, editDistance(variant, key.exact));
    }
    const penalty = preferred !== null && key.municipality.countyCode !== preferred ? OTHER_COUNTY_PENALTY : 0;
    return { municipality: key.municipality, score: folded + penalty, exact };
  });
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      a.exact - b.exact ||
      a.municipality.name.localeCompare(b.municipality.name, "sv") ||
      compareText(a.municipality.code, b.municipality.code),
  );
  return scored.slice(0, options.count ?? 2).map((entry) => entry.municipality);
}

/** The municipalities of a county (länskod "20", 20 or "2" for "02"), in kommunkod order. */
export function countyMunicipalities(countyCode: string | number): readonly Municipality[] {
  const code = normalizeCode(countyCode, 2);
  return code === null ? [] : (BY_COUNTY.get(code) ?? []);
}

/**
 * Finds a county by länskod ("20", 20), county name ("Dalarnas län", "Dalarna"), or regional
 * authority ("Region Dalarna", "Västra Götalandsregionen"), ignoring case and diacritics.
 */
export function findCounty(cell: unknown): County | undefined {
  if (typeof cell === "number") return countyByCode(cell);
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  if (/^\d+$/u.test(text)) return countyByCode(text);
  const key = countyKey(text);
  return key === "" ? undefined : COUNTY_BY_KEY.get(key);
}

/** The county with this länskod, if any. */
export function countyByCode(code: string | number): County | undefined {
  const normalized = normalizeCode(code, 2);
  return normalized === null ? undefined : COUNTY_BY_CODE.get(normalized);
}

/** The counties the municipalities belong to, each once, in länskod order. */
export function countiesOf(municipalities: readonly Municipality[]): County[] {
  const codes = [...new Set(municipalities.map((m) => m.countyCode))].sort(compareText);
  return codes.map((code) => COUNTY_BY_CODE.get(code)).filter((c): c is County => c !== undefined);
}

// --- internals ---

function compact(normalized: string): string {
  return normalized.replaceAll(" ", "");
}

/** Digits only, at most `width` of them, left-padded with zeros; null otherwise. */
function normalizeCode(code: string | number, width: number): string | null {
  const text = typeof code === "number" ? (Number.isSafeInteger(code) && code >= 0 ? String(code) : "") : code.trim();
  if (!/^\d+$/u.test(text) || text.length > width) return null;
  return text.padStart(width, "0");
}

/**
 * The name keys to try for a typed name, best first: the name without "kommun"/"stad" suffix, then
 * without a genitive s. Lower case, diacritics kept, separators removed. Empty when nothing is left.
 */
function nameVariants(text: string): string[] {
  const normalized = normalizeLabel(text, { keepDiacritics: true });
  const withoutSuffix = compact(normalized === "kommun" || normalized === "stad" ? "" : normalized.replace(NAME_SUFFIX, ""));
  if (withoutSuffix === "") return [];
  return withoutSuffix.endsWith("s") && withoutSuffix.length > 1
    ? [withoutSuffix, withoutSuffix.slice(0, -1)]
    : [withoutSuffix];
}

/**
 * The municipalities a name key may mean: one for a match, none for a miss, several when the key is
 * ambiguous. Folded names are not unique (Håbo and Habo), so an exact match wins over a match that
 * only tolerates a missing diacritic.
 */
function matchName(variant: string): Municipality[] {
  const folded = foldDiacritics(variant);
  const alias = ALIASES[folded];
  const aliased = alias === undefined ? undefined : BY_CODE.get(alias);
  if (aliased !== undefined) return [aliased];
  const candidates = BY_FOLDED_NAME.get(folded) ?? [];
  const exact = candidates.find((key) => key.exact === variant);
  if (exact !== undefined) return [exact.municipality];
  return candidates.filter((key) => diacriticsCompatible(variant, key.exact)).map((key) => key.municipality);
}

/**
 * Two names equal after folding are the same name unless a letter carries a different diacritic on
 * each side: "salen" and "sälén" agree with "sälen" (a mark missing or added), "ålvdalen" does not
 * agree with "älvdalen" (å and ä are different letters).
 */
function diacriticsCompatible(typed: string, known: string): boolean {
  const a = Array.from(typed);
  const b = Array.from(known);
  if (a.length !== b.length) return true;
  return a.every((letter, i) => {
    const other = b[i]!;
    return letter === other || foldDiacritics(letter) === letter || foldDiacritics(other) === other;
  });
}

/** "Region Dalarna", "Dalarnas län", "Dalarna" → "dalarna"; "Västra Götalandsregionen" → "vastragotaland". */
function countyKey(text: string): string {
  const key = normalizeLabel(text)
    .replace(/^region /u, "")
    .replace(/ lan$/u, "")
    .replace(/regionen$/u, "")
    .trim()
    .replace(/s$/u, "");
  return compact(key);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
