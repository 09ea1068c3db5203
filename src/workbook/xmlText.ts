// Text that an .xlsx file (XML 1.0) cannot carry: C0 control characters other than tab, line feed and
// carriage return, U+FFFE, U+FFFF and lone surrogates (XML 1.0, production 2 "Char"). Excel writes
// such characters as `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); a raw one makes the
// file unreadable.

/** With the u flag a surrogate pair is one code point, so only lone surrogates match \uD800-\uDFFF. */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const XML_ILLEGAL_ALL = new RegExp(XML_ILLEGAL.source, "gu");

/** The first character XML cannot carry, as "U+FFFE", or null when there is none. */
export function illegalXmlCharacter(text: string): string | null {
  const match = XML_ILLEGAL.exec(text);
  return match === null ? null : `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text with every character XML cannot carry written as Excel's `_xHHHH_` escape. */
export function escapeIllegalXml(text: string): string {
  return text.replace(XML_ILLEGAL_ALL, (char) => `_x${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}_`);
}
