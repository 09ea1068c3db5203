// ExcelJS cell values as the parsers want them (src/workbook/cell.ts CellValue): formulas as their
// results, rich text and hyperlinks as their text, error values as their text ("#N/A"), and the
// covered cells of a merged area as null (ExcelJS reports the master's value for them).
import type ExcelJS from "exceljs";
import { UncalculatedFormula, type CellValue } from "../workbook/cell.ts";

/** The value a parser sees for an ExcelJS cell. */
export function unwrapCell(cell: ExcelJS.Cell): CellValue {
  if (isMergedSlave(cell)) return null;
  return unwrapValue(cell.value);
}

/** A cell covered by a merged area but not its top-left (master) cell. */
export function isMergedSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** The number format of a cell, "General" when none is set. */
export function cellFormat(cell: ExcelJS.Cell | undefined): string {
  const format = cell?.numFmt;
  return typeof format === "string" && format !== "" ? format : "General";
}

/** Unwraps an ExcelJS value (see ExcelJS.CellValue) to text, number, boolean, date or null. */
export function unwrapValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  const object = value as Record<string, unknown>;
  if ("formula" in object || "sharedFormula" in object) {
    // A formula never calculated (written by a program without a result) has no value yet.
    if ("result" in object && object["result"] !== undefined) return unwrapValue(object["result"]);
    const formula = object["formula"] ?? object["sharedFormula"];
    return new UncalculatedFormula(typeof formula === "string" ? formula : "");
  }
  if (typeof object["error"] === "string") return object["error"];
  if (Array.isArray(object["richText"])) return richTextOf(object["richText"]);
  if ("hyperlink" in object || "text" in object) {
    // A hyperlink's text may itself be rich text.
    const text = object["text"];
    return typeof text === "string" ? text : text === undefined || text === null ? null : unwrapValue(text);
  }
  return null;
}

function richTextOf(runs: readonly unknown[]): string {
  return runs.map((run) => (typeof run === "object" && run !== null && typeof (run as { text?: unknown }).text === "string" ? (run as { text: string }).text : "")).join("");
}
