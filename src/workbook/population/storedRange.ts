// The stored population range ("Använd markering" → Samf_Befolkning) after fetched figures are
// written: a name that held the whole table is widened to the table's new date columns (and rows),
// so that the next run reads what was just fetched. A name that points anywhere else is left alone.
// Pure: both writers (Office.js and .xlsx) ask it and redefine the name themselves.
import { columnLetters, parseRangeAddress, quoteSheetName, type RangeAddress } from "../address.ts";
import { sheetKey } from "../report/placement.ts";
import type { SheetGrid } from "../grid.ts";
import type { CellWrite, PopulationLayout } from "./update.ts";

/** A 0-based inclusive rectangle. */
export interface Rectangle {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

/** The table before and after an update: header row to total row, kommunkod column to last date column. */
export interface TableGrowth {
  sheet: string;
  before: Rectangle;
  after: Rectangle;
}

/**
 * How the update grows the table, or null when every write lies within it. The source line below
 * the table is not the table: a name that left it out keeps leaving it out.
 */
export function tableGrowth(sheet: string, layout: PopulationLayout, writes: readonly CellWrite[]): TableGrowth | null {
  const lastRow = Math.max(layout.headerRow, layout.totalRow ?? 0, ...layout.municipalities.map((m) => m.row));
  const before = { startRow: layout.headerRow, startCol: layout.idCol, endRow: lastRow, endCol: layout.lastCol };
  const after = { ...before };
  for (const write of writes) {
    if (write.row > lastRow) continue;
    after.startRow = Math.min(after.startRow, write.row);
    after.startCol = Math.min(after.startCol, write.col);
    after.endCol = Math.max(after.endCol, write.col);
  }
  const grown = after.startRow < before.startRow || after.startCol < before.startCol || after.endCol > before.endCol;
  return grown ? { sheet, before, after } : null;
}

/**
 * The range on the table's sheet a stored name should hold once the table has grown, or null to
 * leave the name: when it is not one range on that sheet holding the whole table as it was, or when
 * it already holds the grown table.
 */
export function widenedRange(reference: string, growth: TableGrowth): Rectangle | null {
  const range = parseRangeAddress(reference);
  if (range === null || range.sheet === null || sheetKey(range.sheet) !== sheetKey(growth.sheet) || !holds(range, growth.before)) return null;
  if (holds(range, growth.after)) return null;
  return {
    startRow: Math.min(range.startRow, growth.after.startRow),
    startCol: Math.min(range.startCol, growth.after.startCol),
    endRow: Math.max(range.endRow, growth.after.endRow),
    endCol: Math.max(range.endCol, growth.after.endCol),
  };
}

function holds(range: RangeAddress, rectangle: Rectangle): boolean {
  return range.startRow <= rectangle.startRow && range.startCol <= rectangle.startCol && range.endRow >= rectangle.endRow && range.endCol >= rectangle.endCol;
}

/** "Befolkning!$A$1:$H$17": a name's reference is absolute, or it would move with the active cell. */
export function absoluteReference(sheet: string, rectangle: Rectangle): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  return `${quoteSheetName(sheet)}!${cell(rectangle.startRow, rectangle.startCol)}:${cell(rectangle.endRow, rectangle.endCol)}`;
}

/**
 * The writes that land outside the grid planned against (a new date column, a new source line).
 * They must find blank cells: beside a stored range that is already too narrow they would otherwise
 * overwrite the values the range left out (an earlier date column).
 */
export function writesBeyond(grid: SheetGrid, writes: readonly CellWrite[]): CellWrite[] {
  const rows = grid.values.length;
  const cols = grid.values[0]?.length ?? 0;
  return writes.filter((w) => w.row < grid.top || w.row >= grid.top + rows || w.col < grid.left || w.col >= grid.left + cols);
}
