// A1 addresses as Excel's API takes and gives them: "B3", "A1:F20", "$A$1", whole columns "A:C",
// whole rows "3:5", each with an optional sheet ("Befolkning!A1", "'Flerår – A'!A1:B2").
import { columnIndex, columnLetters, quoteSheetName } from "../../../src/workbook/address.ts";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u;
const COLUMN = /^\$?([A-Za-z]{1,3})$/u;
const ROW = /^\$?(\d{1,7})$/u;

/** Parses an address; null when it is not one this fake understands. */
export function parseAddress(text: string): ParsedAddress | null {
  let rest = text.trim().replace(/^=/u, "");
  let sheet: string | null = null;
  const quoted = /^'((?:[^']|'')+)'!/u.exec(rest);
  if (quoted !== null) {
    sheet = quoted[1]!.replaceAll("''", "'");
    rest = rest.slice(quoted[0].length);
  } else if (rest.includes("!")) {
    const bang = rest.lastIndexOf("!");
    sheet = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
  }
  const [first, second = first] = rest.split(":");
  if (first === undefined || rest.split(":").length > 2) return null;
  const cellA = CELL.exec(first);
  const cellB = CELL.exec(second!);
  if (cellA !== null && cellB !== null) {
    const rows = [Number(cellA[2]) - 1, Number(cellB[2]) - 1];
    const cols = [columnIndex(cellA[1]!), columnIndex(cellB[1]!)];
    if (rows.some((r) => r < 0 || r >= MAX_ROWS) || cols.some((c) => c < 0 || c >= MAX_COLUMNS)) return null;
    return { sheet, rect: { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...cols), right: Math.max(...cols) } };
  }
  if (!rest.includes(":")) return null;
  const colA = COLUMN.exec(first);
  const colB = COLUMN.exec(second!);
  if (colA !== null && colB !== null) {
    const cols = [columnIndex(colA[1]!), columnIndex(colB[1]!)];
    return { sheet, rect: { top: 0, bottom: MAX_ROWS - 1, left: Math.min(...cols), right: Math.max(...cols) } };
  }
  const rowA = ROW.exec(first);
  const rowB = ROW.exec(second!);
  if (rowA !== null && rowB !== null) {
    const rows = [Number(rowA[1]) - 1, Number(rowB[1]) - 1];
    if (rows.some((r) => r < 0 || r >= MAX_ROWS)) return null;
    return { sheet, rect: { top: Math.min(...rows), bottom: Math.max(...rows), left: 0, right: MAX_COLUMNS - 1 } };
  }
  return null;
}

/** "A1", "A1:F20", "A:C", "3:5" (absolute with $ when asked), with the sheet when given. */
export function formatAddress(sheet: string | null, rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const prefix = sheet === null ? "" : `${quoteSheetName(sheet)}!`;
  const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const wholeRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${prefix}${d}${columnLetters(rect.left)}:${d}${columnLetters(rect.right)}`;
  if (wholeRows && !wholeColumns) return `${prefix}${d}${rect.top + 1}:${d}${rect.bottom + 1}`;
  const start = `${d}${columnLetters(rect.left)}${d}${rect.top + 1}`;
  const end = `${d}${columnLetters(rect.right)}${d}${rect.bottom + 1}`;
  return `${prefix}${start}${start === end ? "" : `:${end}`}`;
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

export function rectArea(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}
