// Cell values as the workbook readers deliver them (Office.js values, ExcelJS after unwrapping
// formulas and rich text), and blank detection.

/**
 * A formula cell whose result was never saved in the file: a workbook written by a program and
 * never calculated and saved in Excel. Excel stores a formula's last result beside it; without one
 * there is no value to read.
 */
export class UncalculatedFormula {
  constructor(readonly formula: string) {}
}

/** A cell's value: text, number, boolean, date (ExcelJS), a formula without a saved result, or nothing. */
export type CellValue = string | number | boolean | Date | UncalculatedFormula | null | undefined;

/**
 * Excel's error values, English and Swedish, as a formula cell shows them: Office.js and ExcelJS
 * give them as text. https://support.microsoft.com/office/how-to-correct-a-n-a-error-a9a0d5cf
 */
const ERROR_VALUES = new Set([
  "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
  "#SAKNAS!", "#REFERENS!", "#VÄRDEFEL!", "#DIVISION/0!", "#NAMN?", "#OGILTIGT!", "#SKÄRNING!", "#SPILL!", "#BERÄKNING!", "#FÄLT!",
]);

/** The error value ("#N/A", "#REF!") a cell holds, or null. */
export function errorValueOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  return ERROR_VALUES.has(text.toUpperCase()) ? text : null;
}

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
  if (value instanceof UncalculatedFormula) return `=${value.formula}`;
  return String(value);
}
