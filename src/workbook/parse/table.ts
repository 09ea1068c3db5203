// The used part of an input range, with the bookkeeping that turns a cell's position back into the
// address a user sees ("Befolkning!C7").
import { cellAddress, rangeAddress, usedRectangle } from "../address.ts";
import type { CellValue } from "../cell.ts";
import type { SheetGrid } from "../grid.ts";
import type { Problems } from "../problems.ts";

export class Table {
  private constructor(
    readonly sheet: string,
    /** 0-based sheet row and column of this table's cell (0, 0). */
    private readonly top: number,
    private readonly left: number,
    private readonly values: CellValue[][],
    private readonly formats: string[][],
  ) {}

  /** The non-blank rectangle of a grid (leading and trailing blank rows and columns dropped), or null when all is blank. */
  static of(grid: SheetGrid): Table | null {
    const used = usedRectangle(grid.values);
    if (used === null) return null;
    const formats = grid.formats.slice(used.rowOffset, used.rowOffset + used.rowCount)
      .map((row) => Array.from({ length: used.colCount }, (_, c) => row[used.colOffset + c] ?? "General"));
    return new Table(grid.sheet, grid.top + used.rowOffset, grid.left + used.colOffset, used.values, formats);
  }

  get rowCount(): number {
    return this.values.length;
  }

  get colCount(): number {
    return this.values[0]?.length ?? 0;
  }

  /** "Befolkning!A1:G17" */
  get range(): string {
    return rangeAddress(this.sheet, this.top, this.left, this.top + this.rowCount - 1, this.left + this.colCount - 1);
  }

  /** The row number Excel shows (1-based) for a table row. */
  sheetRow(row: number): number {
    return this.top + row + 1;
  }

  /** "C7": a table cell's address on its sheet. */
  address(row: number, col: number): string {
    return cellAddress(null, this.top + row, this.left + col);
  }

  value(row: number, col: number): CellValue {
    return this.values[row]?.[col] ?? null;
  }

  format(row: number, col: number): string {
    return this.formats[row]?.[col] ?? "General";
  }

  row(row: number): CellValue[] {
    return this.values[row] ?? [];
  }

  error(problems: Problems, row: number, col: number, message: string): void {
    problems.error(this.sheet, this.top + row, this.left + col, message);
  }

  warning(problems: Problems, row: number, col: number, message: string): void {
    problems.warning(this.sheet, this.top + row, this.left + col, message);
  }
}
