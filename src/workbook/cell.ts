// Cell values as the workbook readers deliver them (Office.js values, ExcelJS after unwrapping
// formulas and rich text), and blank detection.

/** A cell's value: text, number, boolean, date (ExcelJS), or nothing. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** Blank: null, undefined, "" or text of whitespace only (no-break spaces included). */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A cell's value as text for an error message: text trimmed, numbers as JavaScript prints them,
 * dates as YYYY-MM-DD (UTC, as ExcelJS delivers them), booleans as Swedish Excel shows them.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "SANT" : "FALSKT";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value);
}
