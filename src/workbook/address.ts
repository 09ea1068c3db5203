// A1-style cell and range addresses, so that errors can cite "Befolkning!C7". Row and column
// indices are 0-based everywhere (row 0 = Excel row 1, column 0 = A), like the 2-D value arrays.
import { isBlankCell } from "./cell.ts";

/** Excel's sheet size: 1 048 576 rows, 16 384 columns (A … XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangular range, 0-based and inclusive; `sheet` is null when the address named none. */
export interface RangeAddress {
  readonly sheet: string | null;
  readonly startRow: number;
  readonly startCol: number;
  readonly endRow: number;
  readonly endCol: number;
}

/** Column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) {
    throw new RangeError(`Column index out of range: ${col}`);
  }
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The 0-based column index of column letters, any case: "A" → 0, "aa" → 26. */
export function columnIndex(letters: string): number {
  const index = columnIndexOrNull(letters);
  if (index === null) throw new RangeError(`Not a column: ${letters}`);
  return index;
}

/**
 * A sheet name as it must be written in a reference: unchanged when it is letters, digits and
 * underscores not starting with a digit and not readable as a cell reference ("Befolkning",
 * "Jämförelse"); otherwise in single quotes with inner quotes doubled ("'Flerår – Nytt avtal'").
 */
export function quoteSheetName(sheet: string): string {
  if (sheet === "") throw new RangeError("Empty sheet name");
  const plain =
    /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet) &&
    !/^[a-z]{1,3}\d+$/iu.test(sheet) && // A1, XFD1048576
    !/^(?:r\d*c?\d*|c\d*)$/iu.test(sheet) && // R, C, R1C1, RC
    !/^(?:true|false)$/iu.test(sheet);
  return plain ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}

/**
 * The sheet a reference names ("'Flerår – A'!$C$4" → "Flerår – A", a leading "=" allowed), as Excel
 * spells it, quotes undone; null when the reference names no sheet.
 */
export function sheetOfReference(reference: string): string | null {
  const bang = reference.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = reference.slice(0, bang).replace(/^=/u, "");
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replaceAll("''", "'") : sheet;
}

/** "Befolkning!C7" for sheet "Befolkning", row 6, column 2 (0-based); "C7" without a sheet. */
export function cellAddress(sheet: string | null, row: number, col: number): string {
  return `${sheetPrefix(sheet)}${cellPart(row, col)}`;
}

/** "Befolkning!A1:F17" (0-based inclusive corners, any order); one cell gives "Befolkning!A1". */
export function rangeAddress(sheet: string | null, startRow: number, startCol: number, endRow: number, endCol: number): string {
  const [top, bottom] = [Math.min(startRow, endRow), Math.max(startRow, endRow)];
  const [left, right] = [Math.min(startCol, endCol), Math.max(startCol, endCol)];
  const start = cellPart(top, left);
  const end = cellPart(bottom, right);
  return `${sheetPrefix(sheet)}${start}${start === end ? "" : `:${end}`}`;
}

/**
 * Parses "Befolkning!A1:F17", "'Flerår – X'!A1:B2", "C7", "=Befolkning!$A$1:$F$17" (a workbook
 * name's formula). Corners are put in order (B2:A1 → A1:B2). Returns null for anything else,
 * including whole rows or columns and references to other workbooks.
 */
export function parseRangeAddress(text: string): RangeAddress | null {
  let rest = text.trim().replace(/^=/u, "");
  let sheet: string | null = null;
  if (rest.startsWith("'")) {
    const quoted = /^'((?:[^']|'')+)'!/u.exec(rest);
    if (quoted === null) return null;
    sheet = quoted[1]!.replaceAll("''", "'");
    rest = rest.slice(quoted[0].length);
  } else {
    const bang = rest.lastIndexOf("!");
    if (bang >= 0) {
      sheet = rest.slice(0, bang);
      if (sheet === "" || /[[\]'!:\\/?*]/u.test(sheet)) return null;
      rest = rest.slice(bang + 1);
    }
  }
  const cells = /^\$?([a-z]{1,3})\$?(\d{1,7})(?::\$?([a-z]{1,3})\$?(\d{1,7}))?$/iu.exec(rest);
  if (cells === null) return null;
  const startCol = columnIndexOrNull(cells[1]!);
  const startRow = Number(cells[2]) - 1;
  const endCol = cells[3] === undefined ? startCol : columnIndexOrNull(cells[3]);
  const endRow = cells[4] === undefined ? startRow : Number(cells[4]) - 1;
  if (startCol === null || endCol === null || !isRow(startRow) || !isRow(endRow)) return null;
  return {
    sheet,
    startRow: Math.min(startRow, endRow),
    startCol: Math.min(startCol, endCol),
    endRow: Math.max(startRow, endRow),
    endCol: Math.max(startCol, endCol),
  };
}

/** The non-blank part of a 2-D array of values, and where it starts in the array. */
export interface UsedRectangle<T> {
  /** Rows and columns before the used part: add them to report a cell's address. */
  readonly rowOffset: number;
  readonly colOffset: number;
  readonly rowCount: number;
  readonly colCount: number;
  /** The used part, every row `colCount` long (short rows padded with null). */
  readonly values: (T | null)[][];
}

/**
 * Trims leading and trailing blank rows and columns (blank: null, undefined, "" or whitespace).
 * Rows may differ in length. Returns null when every cell is blank.
 */
export function usedRectangle<T>(values: readonly (readonly T[])[]): UsedRectangle<T> | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (isBlankCell(value)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return null;
  const colCount = right - left + 1;
  const used = values.slice(top, bottom + 1).map((row) =>
    Array.from({ length: colCount }, (_, c): T | null => {
      const value = row[left + c];
      return value === undefined ? null : value;
    }),
  );
  return { rowOffset: top, colOffset: left, rowCount: bottom - top + 1, colCount, values: used };
}

function columnIndexOrNull(letters: string): number | null {
  if (!/^[a-z]{1,3}$/iu.test(letters)) return null;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index <= MAX_COLUMNS ? index - 1 : null;
}

function isRow(row: number): boolean {
  return Number.isInteger(row) && row >= 0 && row < MAX_ROWS;
}

function cellPart(row: number, col: number): string {
  if (!isRow(row)) throw new RangeError(`Row index out of range: ${row}`);
  return `${columnLetters(col)}${row + 1}`;
}

function sheetPrefix(sheet: string | null): string {
  return sheet === null ? "" : `${quoteSheetName(sheet)}!`;
}
