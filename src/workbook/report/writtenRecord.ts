// What the add-in wrote into each result sheet, kept in the workbook so that a re-run can tell the
// cells the user typed into from those it wrote: a very hidden sheet with one column per result sheet —
// the sheet's name, then a digest per row (three characters per cell), rows joined by ";" into cells
// of a few thousand characters. Both writers write it (as
// the last report sheet, role "record") and compare each result sheet's cells with it before they
// rewrite anything.
//
// Digests, not copies: the record is small (3 characters a cell) and holds no amounts; a typed cell
// goes unnoticed only when its digest happens to equal the written one (1 in 32 768).
import { reportText } from "../../strings/report.ts";
import { cellAddress } from "../address.ts";
import { fnv1a } from "./hash.ts";
import type { ReportCell, ReportSheet } from "./model.ts";
import { sheetKey } from "./placement.ts";

const ALPHABET = "0123456789abcdefghijklmnopqrstuv";
const DIGEST_CHARS = 3;
const DIGEST_VALUES = ALPHABET.length ** DIGEST_CHARS;
const ROW_DIGEST = new RegExp(`^[${ALPHABET}]*$`, "u");
const ROW_SEPARATOR = ";";
/**
 * Characters of a packed record cell: well below Excel's 32 767 (with room for the apostrophe a cell
 * starting with a digit gets), as long text entered through Office.js is known to fail well before
 * that limit (github.com/OfficeDev/office-js/issues/3256).
 */
const PACKED_CHARS = 8_000;

/** A sheet's cells as read: values from the top-left cell (0-based), "" or null for an empty cell. */
export interface CellGrid {
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
}

/**
 * A cell's value as both writers and both readers see it: Excel keeps 15 significant digits, Office.js
 * reads an empty cell as "", ExcelJS reads a date-formatted number as a Date (of its serial number).
 */
function canonical(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return `n${Number(value.toPrecision(15))}`;
  if (typeof value === "string") return `s${value}`;
  if (value instanceof Date) return `n${Number((value.getTime() / 86_400_000 + 25_569).toPrecision(15))}`;
  return `o${JSON.stringify(value)}`;
}

export function cellDigest(value: unknown): string {
  let n = fnv1a(canonical(value)) % DIGEST_VALUES;
  let digest = "";
  for (let i = 0; i < DIGEST_CHARS; i++) {
    digest = ALPHABET[n % ALPHABET.length]! + digest;
    n = Math.floor(n / ALPHABET.length);
  }
  return digest;
}

const EMPTY = cellDigest(null);

/** A result sheet's row digests, as its record column holds them. */
export function rowDigests(sheet: ReportSheet): string[] {
  return sheet.rows.map((cells) => cells.map((cell) => cellDigest(cell.value)).join(""));
}

/** The record of the report's result sheets, written under `names` (their names in the workbook). */
export function recordSheet(sheets: readonly ReportSheet[], names: readonly string[]): ReportSheet {
  const chunks = sheets.map((sheet) => packed(rowDigests(sheet)));
  const height = Math.max(...chunks.map((column) => column.length));
  const rows: ReportCell[][] = [names.map((name) => ({ value: name }))];
  for (let r = 0; r < height; r++) rows.push(chunks.map((column) => ({ value: column[r] ?? null })));
  return {
    role: "record",
    name: reportText.recordSheet,
    scenario: null,
    rows,
    columnWidths: sheets.map(() => 12),
    freezeRows: 0,
    chart: null,
    print: { orientation: "portrait", fitToPagesWide: 1 },
  };
}

/** Row digests joined by ";" into cells of at most PACKED_CHARS characters (a row is never split). */
function packed(digests: readonly string[]): string[] {
  const cells: string[] = [];
  let cell: string | null = null;
  for (const digest of digests) {
    if (cell !== null && cell.length + 1 + digest.length <= PACKED_CHARS) cell += `${ROW_SEPARATOR}${digest}`;
    else {
      if (cell !== null) cells.push(cell);
      cell = digest;
    }
  }
  if (cell !== null) cells.push(cell);
  return cells;
}

/**
 * The record as read back: each result sheet's row digests, by its name as written (case as Excel
 * compares). A column that is not a record (edited, cut short) is left out: its sheet is not checked.
 */
export function readRecord(grid: CellGrid): Map<string, string[]> {
  const record = new Map<string, string[]>();
  if (grid.top !== 0 || grid.left !== 0) return record;
  const width = Math.max(0, ...grid.values.map((row) => row.length));
  for (let col = 0; col < width; col++) {
    const name = grid.values[0]?.[col];
    if (typeof name !== "string" || name === "") continue;
    const cells: string[] = [];
    for (let row = 1; row < grid.values.length; row++) {
      const cell = grid.values[row]?.[col];
      if (cell === "" || cell === null || cell === undefined) break;
      cells.push(String(cell));
    }
    const digests = cells.join(ROW_SEPARATOR).split(ROW_SEPARATOR);
    if (cells.length > 0 && digests.every((digest) => digest.length % DIGEST_CHARS === 0 && ROW_DIGEST.test(digest))) {
      record.set(sheetKey(name), digests);
    }
  }
  return record;
}

/** The rows and columns a sheet's record covers. */
export function recordedArea(recorded: readonly string[]): { rows: number; cols: number } {
  let cols = 0;
  for (const digest of recorded) cols = Math.max(cols, digest.length / DIGEST_CHARS);
  return { rows: recorded.length, cols };
}

/**
 * The cells (A1 addresses, in reading order) whose value differs from what the record says was
 * written there: typed over, typed into an empty cell, or cleared.
 */
export function typedCells(recorded: readonly string[], grid: CellGrid | null): string[] {
  const written = (row: number, col: number) => recorded[row]?.slice(col * DIGEST_CHARS, (col + 1) * DIGEST_CHARS) || EMPTY;
  const current = (row: number, col: number) => (grid === null ? null : grid.values[row - grid.top]?.[col - grid.left] ?? null);
  const area = recordedArea(recorded);
  let rows = area.rows;
  let cols = area.cols;
  if (grid !== null) {
    rows = Math.max(rows, grid.top + grid.values.length);
    for (const row of grid.values) cols = Math.max(cols, grid.left + row.length);
  }
  const typed: string[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      if (cellDigest(current(row, col)) !== written(row, col)) typed.push(cellAddress(null, row, col));
    }
  }
  return typed;
}
