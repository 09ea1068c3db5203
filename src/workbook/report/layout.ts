// Row heights for wrapped text. Excel fits a row to wrapped text only when it recalculates the
// layout, and other programs (LibreOffice) do not at all, so writers set the height themselves.
import type { ReportCell } from "./model.ts";

/** Points per line of 11-point Calibri/Arial text. */
const LINE_HEIGHT = 15;

/** The height a row needs for its wrapped cells, or null when it has none that wrap onto a second line. */
export function wrappedRowHeight(cells: readonly ReportCell[], columnWidths: readonly number[]): number | null {
  let lines = 1;
  cells.forEach((cell, col) => {
    if (cell.wrap !== true || typeof cell.value !== "string") return;
    // A column's width is measured in characters of the default font.
    const perLine = Math.max(1, Math.floor(columnWidths[col] ?? 10));
    const needed = cell.value.split("\n").reduce((sum, part) => sum + Math.max(1, linesFor(part, perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return lines > 1 ? lines * LINE_HEIGHT : null;
}

/** Greedy word wrap: the number of lines `text` takes at `perLine` characters. */
function linesFor(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  // Only ordinary spaces break a line: a no-break space (inside a header's brackets) does not.
  for (const word of text.split(/[ \t]+/u).filter((w) => w !== "")) {
    const length = [...word].length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines++;
      used = length;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}
