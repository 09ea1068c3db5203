// The workbook side of population from SCB and of the start view, on Office.js: read the
// Befolkning grid to plan against, write the planned cells in one sync, and create the input sheets
// a workbook lacks (a sheet of the same name is never touched).
import { cellAddress } from "../workbook/address.ts";
import type { SheetGrid } from "../workbook/grid.ts";
import type { CellWrite } from "../workbook/population/update.ts";
import type { StarterSheet } from "../workbook/starter.ts";
import type { ExcelApi, WorksheetApi } from "./api.ts";
import { sheetNamed } from "../workbook/report/placement.ts";
import { columnLetters } from "../workbook/address.ts";
import { readWorkbook } from "./readWorkbook.ts";
import { runAction } from "./situations.ts";
import { needsTextPrefix } from "./textEntry.ts";
import { columnWidthPoints } from "./writeSheet.ts";

export interface PopulationHost {
  /** The Befolkning input as read (by its workbook name or its sheet), or null when there is none. */
  readPopulationGrid(): Promise<SheetGrid | null>;
  /** Writes cells on one sheet in one sync. */
  writeCells(sheet: string, writes: readonly CellWrite[]): Promise<void>;
  /** Adds the sheets the workbook lacks; returns which were created and which already existed. */
  createSheets(sheets: readonly StarterSheet[]): Promise<{ created: string[]; existing: string[] }>;
}

export function createPopulationHost(excel: ExcelApi): PopulationHost {
  return {
    readPopulationGrid: () => runAction(excel, async (context) => (await readWorkbook(context)).grids.population),

    writeCells: (sheet, writes) =>
      runAction(excel, async (context) => {
        queueWrites(context.workbook.worksheets.getItem(sheet), writes);
        await context.sync();
      }),

    createSheets: (sheets) =>
      runAction(excel, async (context) => {
        const worksheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const created: string[] = [];
        const existing: string[] = [];
        for (const starter of sheets) {
          // Excel's sheet names ignore case; sheetNamed also ignores the spacing people add.
          if (sheetNamed(worksheets.items, starter.name) !== undefined) {
            existing.push(starter.name);
            continue;
          }
          const sheet = worksheets.add(starter.name);
          starter.widths.forEach((width, col) => {
            const letters = columnLetters(col);
            sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
          });
          queueWrites(sheet, starter.writes);
          sheet.getRange("1:1").format.font.bold = true;
          created.push(starter.name);
        }
        await context.sync();
        return { created, existing };
      }),
  };
}

function queueWrites(sheet: WorksheetApi, writes: readonly CellWrite[]): void {
  for (const write of writes) {
    const cell = sheet.getRange(cellAddress(null, write.row, write.col));
    // The format first: a kommunkod "0114" in a text cell keeps its leading zero.
    if (write.format !== undefined) cell.numberFormat = [[write.format]];
    // Text Excel would take for something else ("0114" a number) is entered with the apostrophe.
    cell.values = [[typeof write.value === "string" && needsTextPrefix(write.value) ? `'${write.value}` : write.value]];
  }
}
