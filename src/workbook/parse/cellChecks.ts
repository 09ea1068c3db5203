// Checks every text cell of an input range before any parser reads it: text longer than a cell may
// hold and characters an .xlsx file cannot carry are errors at their cell. Parsing stops there, so no
// later step spends time on hostile text or writes it into an output.
import { workbookText } from "../../strings/workbook.ts";
import type { SheetGrid } from "../grid.ts";
import { MAX_CELL_CHARS } from "../limits.ts";
import type { Problems } from "../problems.ts";
import { illegalXmlCharacter } from "../xmlText.ts";

/** Records one error per unusable text cell of the grid. */
export function checkTextCells(grid: SheetGrid, problems: Problems): void {
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (typeof value !== "string") return;
    const message = textProblem(value);
    if (message !== null) problems.error(grid.sheet, grid.top + r, grid.left + c, message);
  }));
}

/** Why a cell's text cannot be used, or null when it can. */
export function textProblem(text: string): string | null {
  if (text.length > MAX_CELL_CHARS) return workbookText.textTooLong(text.length);
  const illegal = illegalXmlCharacter(text);
  return illegal === null ? null : workbookText.illegalCharacter(illegal);
}
