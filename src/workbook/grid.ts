// A rectangular block of cells as read from a workbook (Office.js or ExcelJS): the parsers' input.
import type { CellValue } from "./cell.ts";

export interface SheetGrid {
  /** The worksheet's name, used in problem addresses. */
  sheet: string;
  /** 0-based row and column of values[0][0] in the worksheet. */
  top: number;
  left: number;
  /** Cell values, row by row (formula cells as their results). */
  values: CellValue[][];
  /** Number formats, same shape as values ("General" where none is set). */
  formats: string[][];
  /**
   * Set when the range was not read because it is beyond the input limits (src/workbook/limits.ts):
   * the 0-based cell that lies beyond them. `values` and `formats` are then empty.
   */
  oversize?: { row: number; col: number; rows: number; columns: number };
}

/** The inputs of a run, each found by workbook name, by its template sheet, or not at all. */
export interface InputGrids {
  population: SheetGrid | null;
  index: SheetGrid | null;
  scenarios: SheetGrid | null;
}

/**
 * Whether the sheet (`around`, a grid of it that covers the stored range) has values right next to
 * a stored range: in the row just below it or the column just right of it. A table that grew after
 * "Använd markering" (a new year's population, a new scenario) would otherwise be read without the
 * new part; notes set apart by a blank row or column are not counted.
 */
export function valuesNextTo(stored: SheetGrid, around: SheetGrid): boolean {
  const rows = stored.values.length;
  const cols = stored.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return false;
  const at = (row: number, col: number) => around.values[row - around.top]?.[col - around.left];
  const filled = (value: unknown) => value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "");
  for (let c = stored.left; c < stored.left + cols; c++) if (filled(at(stored.top + rows, c))) return true;
  for (let r = stored.top; r < stored.top + rows; r++) if (filled(at(r, stored.left + cols))) return true;
  return false;
}

/** Workbook names under which "Använd markering" stores the user's chosen ranges. */
export const INPUT_NAMES = {
  population: "Samf_Befolkning",
  index: "Samf_Index",
  scenarios: "Samf_Scenarier",
} as const;

/** The template sheets the inputs are read from when no workbook name points elsewhere. */
export const INPUT_SHEETS = {
  population: "Befolkning",
  index: "Index",
  scenarios: "Scenarier",
} as const;

/** A number format that shows a date: day, month or year codes outside quoted text ("yyyy-mm-dd", "d mmm yyyy"). */
export function isDateFormat(format: string | undefined): boolean {
  const codes = (format ?? "").replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]/iu.test(codes) || /m{3,}/iu.test(codes);
}

/** A number format that shows a fraction as a percentage ("0%", "0.0 %", "0,0%"). */
export function isPercentFormat(format: string | undefined): boolean {
  // Percent signs inside quotes or after a backslash are literal text, not a percent format.
  return format !== undefined && /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}
