// Text written through Range.values is entered like typed input: Excel may take it for something
// else — a formula, a number, a date, a boolean or an error value. The one rule for when text needs the
// protecting apostrophe (which keeps the rest as text and is not part of the value), kept pure and
// apart from the writer so every writer of cells uses the same one.

/**
 * Whether Excel would not keep the text as it is when it is entered:
 * - "=", "+", "-", "@" start a formula, also after leading spaces and in their full-width forms
 *   (＝ ＋ － ＠, which Excel with an East Asian input method accepts as formula starts); a leading
 *   apostrophe would itself be swallowed;
 * - "#" starts an error value ("#N/A", "#REF!", "#SAKNAS!");
 * - digits, a decimal separator or "(" may make a number ("3,1", "(5)" is −5), a currency or
 *   percent sign a number too, "SANT"/"TRUE" a boolean;
 * - a month name followed by a number ("jun 2021", "juni-21") a date.
 */
export function needsTextPrefix(text: string): boolean {
  const trimmed = text.trim();
  return (
    text.startsWith("'") ||
    /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20#]/u.test(trimmed) ||
    /^[\d.,(]/u.test(trimmed) ||
    /^[$€£¥%]/u.test(trimmed) ||
    /^(true|false|sant|falskt)$/iu.test(trimmed) ||
    /^\p{L}{3,9}\.?[\s\-/]+\d/u.test(trimmed)
  );
}
