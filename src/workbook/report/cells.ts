// Cells of the report model: the one place a Decimal becomes a JS number, the number formats, and
// small builders for header, amount, percent and text cells.
import Decimal from "decimal.js";
import type { ReportCell } from "./model.ts";

/** Whole kronor, population, key values: Excel shows "2 000 000" in a Swedish locale. */
export const AMOUNT_FORMAT = "#,##0";
/**
 * A fraction shown in percent with one decimal: 0.632 → "63,2 %". The space before % is Swedish
 * usage; a space needs no quotes in an Excel number format (support.microsoft.com, "Number format codes").
 */
export const PERCENT_FORMAT = "0.0 %";
/** A share of a whole, two decimals: 0.07970… → "7,97 %". */
export const SHARE_FORMAT = "0.00 %";
export const FACTOR_FORMAT = "0.000000";
export const LEVEL_FORMAT = "0.00";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  /** A thin rule above the cell: the line above a sum. */
  ruleAbove?: boolean;
}

/**
 * A Decimal as a cell number. Integers (amounts in kronor, populations) must be exactly
 * representable, so anything beyond Number.MAX_SAFE_INTEGER throws; non-integers (factors,
 * fractions) are rounded to the 15 significant digits Excel keeps, so that every program that saves
 * the file gives back the same number (a re-run compares the cells with what it wrote). Negative
 * zero becomes 0 so equal inputs give equal cells.
 */
export function toCellNumber(d: Decimal): number {
  if (!d.isFinite()) throw new RangeError(`Not a finite number: ${d.toString()}`);
  let n: number;
  if (d.isInteger()) {
    if (d.abs().gt(Number.MAX_SAFE_INTEGER)) {
      throw new RangeError(`${d.toFixed()} is too large to be stored exactly in a cell`);
    }
    n = Number(d.toFixed());
  } else {
    n = d.toSignificantDigits(15, Decimal.ROUND_HALF_UP).toNumber();
  }
  return n === 0 ? 0 : n;
}

function styled(cell: ReportCell, style: CellStyle): ReportCell {
  if (style.bold === true) cell.bold = true;
  if (style.italic === true) cell.italic = true;
  if (style.wrap === true) cell.wrap = true;
  if (style.ruleAbove === true) cell.ruleAbove = true;
  return cell;
}

export function empty(): ReportCell {
  return { value: null };
}

export function text(value: string, style: CellStyle = {}): ReportCell {
  return styled({ value }, style);
}

/**
 * A column header, wrapped between words but never inside brackets: the spaces within "(3 tjänster)"
 * are no-break spaces, so a narrow column breaks before the bracket rather than after "(3".
 */
export function header(value: string): ReportCell {
  return { value: value.replace(/\([^()]*\)/gu, (group) => group.replace(/ /gu, "\u00A0")), bold: true, wrap: true };
}

/** The header of a column of numbers, right-aligned over them. */
export function numberHeader(value: string): ReportCell {
  return { ...header(value), alignRight: true };
}

/** A number with a format; null gives an empty cell that keeps the format. */
export function num(value: Decimal | null, format: string | undefined, style: CellStyle = {}): ReportCell {
  const cell: ReportCell = { value: value === null ? null : toCellNumber(value) };
  if (format !== undefined) cell.format = format;
  return styled(cell, style);
}

export function amount(value: Decimal | null, style: CellStyle = {}): ReportCell {
  return num(value, AMOUNT_FORMAT, style);
}

/** A number that is a plain integer label such as a year: no thousands separator. */
export function plain(value: number, style: CellStyle = {}): ReportCell {
  return styled({ value }, style);
}

/** A fraction, unrounded: the number format shows it in percent with one decimal (0.632… → "63,2 %"). */
export function percent(fraction: Decimal | null, style: CellStyle = {}): ReportCell {
  return num(fraction, PERCENT_FORMAT, style);
}

/** A cell indented by one step: text after a right-aligned number keeps its distance. */
export function indented(cell: ReportCell): ReportCell {
  return { ...cell, indent: 1 };
}

/** A right-aligned text in a column of numbers, such as "deltar ej". */
export function textInNumbers(value: string, style: CellStyle = {}): ReportCell {
  return { ...text(value, style), alignRight: true };
}

/** "0 %", "0.0 %", "0.00 %" …: as many decimals as the fraction needs in percent (at least `min`, at most 6). */
export function percentFormatFor(fraction: Decimal, min = 1): string {
  const decimals = Math.min(6, Math.max(min, fraction.times(100).decimalPlaces()));
  return decimals === 0 ? "0 %" : `0.${"0".repeat(decimals)} %`;
}

/** "0.00", "0.000" …: as many decimals as the value needs (at least `min`, at most 6). */
export function decimalFormatFor(value: Decimal, min = 2): string {
  const decimals = Math.min(6, Math.max(min, value.decimalPlaces()));
  return decimals === 0 ? "0" : `0.${"0".repeat(decimals)}`;
}

/**
 * A long note as rows of at most `width` characters in the first column. Text spilling over empty
 * cells prints only within the sheet's used columns, so long lines are broken into rows rather than
 * left to run off the page or be cut.
 */
export function noteRows(note: string, width = 100, style: CellStyle = { italic: true }): ReportCell[][] {
  const lines: string[] = [];
  for (const word of note.split(/\s+/u).filter((w) => w !== "")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.map((line) => [text(line, style)]);
}

/** Every row as long as the longest (or `width`), padded with empty cells. */
export function padRows(rows: readonly ReportCell[][], width?: number): ReportCell[][] {
  const columns = Math.max(width ?? 0, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array.from({ length: columns - row.length }, empty)]);
}

/** The same style on every cell of a row (totals rows are bold throughout). */
export function withStyle(row: ReportCell[], style: CellStyle): ReportCell[] {
  return row.map((cell) => styled({ ...cell }, style));
}
