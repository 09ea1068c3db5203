// Normalization of labels and names typed by people: parameter labels, column headers and
// municipality names. Matching ignores case, diacritics and separator variants.

/** Letters that Unicode decomposition does not reduce to a base letter. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
};

/**
 * Separators treated as one: any whitespace (also no-break U+00A0, narrow no-break U+202F and other
 * Unicode spaces), hyphens and dashes (- ‐ ‑ ‒ – — ―, minus −), slash, backslash and underscore.
 */
const SEPARATORS = /[\s\u00AD\u2010-\u2015\u2212\-/\\_]+/gu;

/** Removes diacritics letter by letter: å ä → a, ö ø → o, é → e, æ → ae. Keeps case. */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[øæœßđðþłı]/giu, (letter) => {
      const lower = letter.toLowerCase();
      const plain = SPECIAL_LETTERS[lower] ?? lower;
      return letter === lower ? plain : plain.toUpperCase();
    });
}

export interface NormalizeOptions {
  /** Keep å, ä, ö, é … (composed, NFC) instead of folding them to a, a, o, e. Default false. */
  readonly keepDiacritics?: boolean;
}

/**
 * The comparison form of a label or name: lower case, diacritics removed (unless asked to keep
 * them), every run of whitespace, hyphens, dashes, slashes or underscores turned into one space,
 * trimmed. "  Malung/Sälen " → "malung salen", "MALUNG-SÄLEN" → "malung salen".
 */
export function normalizeLabel(text: string, options: NormalizeOptions = {}): string {
  const composed = text.normalize("NFC").toLowerCase();
  const letters = options.keepDiacritics === true ? composed : foldDiacritics(composed);
  return letters.replace(SEPARATORS, " ").trim();
}

/** A label split into its comparison key and a trailing unit in parentheses or brackets. */
export interface ParsedLabel {
  /** Normalized label without trailing colon and unit: "kostnad per tjanst". */
  readonly key: string;
  /** The unit as written inside the last parentheses or brackets, trimmed ("kr", "%"), or null. */
  readonly unit: string | null;
}

/**
 * Splits "Kostnad per tjänst (kr):" into key "kostnad per tjanst" and unit "kr". Trailing colons
 * and parenthesized or bracketed parts are removed in any order; the unit reported is the last one
 * removed that stood closest to the words. Scans back from the end once: linear in the text's length
 * whatever it holds (a regular expression anchored at the end is retried from every position).
 */
export function parseLabel(text: string): ParsedLabel {
  const rest = text.normalize("NFC").trim();
  let end = rest.length;
  let unit: string | null = null;
  for (;;) {
    while (end > 0 && /\s/u.test(rest[end - 1]!)) end--;
    const last = rest[end - 1];
    if (last === ":") {
      end--;
      continue;
    }
    if (last === ")" || last === "]") {
      const open = Math.max(rest.lastIndexOf("(", end - 2), rest.lastIndexOf("[", end - 2));
      const inner = rest.slice(open + 1, end - 1);
      // A unit holds no brackets, and something must stand before it.
      if (open > 0 && !/[()[\]]/u.test(inner)) {
        unit = inner.trim();
        end = open;
        continue;
      }
    }
    break;
  }
  return { key: normalizeLabel(rest.slice(0, end)), unit };
}

/** The comparison key of a label: normalized, without trailing colon or unit. */
export function labelKey(text: string): string {
  return parseLabel(text).key;
}


/**
 * The first of `labels` that the cell's text matches, ignoring case, diacritics, separator
 * variants, a trailing colon and a trailing unit in parentheses on either side ("Kostnad per tjänst
 * (kr)" matches "kostnad per tjanst"), or null. Non-text cells never match.
 */
export function findLabel<T extends string>(cell: unknown, labels: readonly T[]): T | null {
  if (typeof cell !== "string") return null;
  const key = labelKey(cell);
  if (key === "") return null;
  return labels.find((label) => labelKey(label) === key) ?? null;
}
