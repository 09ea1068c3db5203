// The workbook side of population from SCB and of the start view, on Office.js: read the
// Befolkning grid to plan against, write the planned cells in one sync, and create the input sheets
// a workbook lacks (a sheet of the same name is never touched).
import { cellAddress } from "../workbook/address.ts";
import type { SheetGrid } from "../workbook/grid.ts";
import { scbText } from "../strings/scb.ts";
import { cellText, isBlankCell } from "../workbook/cell.ts";
import { excelSerialToIsoDate } from "../workbook/dates.ts";
import { INPUT_NAMES, isDateFormat } from "../workbook/grid.ts";
import { widenedRange, type TableGrowth } from "../workbook/population/storedRange.ts";
import type { CellWrite } from "../workbook/population/update.ts";
import type { StarterSheet } from "../workbook/starter.ts";
import type { ExcelApi, RangeApi, WorksheetApi } from "./api.ts";
import { sheetNamed } from "../workbook/report/placement.ts";
import { columnLetters, rangeAddress } from "../workbook/address.ts";
import { readWorkbook } from "./readWorkbook.ts";
import { ExcelSituation, runAction } from "./situations.ts";
import { needsTextPrefix } from "./textEntry.ts";
import { columnWidthPoints } from "./writeSheet.ts";

export interface PopulationHost {
  /** The Befolkning input as read (by its workbook name or its sheet), or null when there is none. */
  readPopulationGrid(): Promise<SheetGrid | null>;
  /**
   * Writes cells on one sheet in one sync. The `beyond` writes must find blank cells, else nothing is
   * written; with `growth`, a stored population name (Samf_Befolkning) that held the whole table is
   * widened to the grown table in the same sync.
   */
  writeCells(sheet: string, writes: readonly CellWrite[], guard?: { beyond?: readonly CellWrite[]; growth?: TableGrowth | null }): Promise<void>;
  /** Adds the sheets the workbook lacks; returns which were created and which already existed. */
  createSheets(sheets: readonly StarterSheet[]): Promise<{ created: string[]; existing: string[] }>;
}

export function createPopulationHost(excel: ExcelApi): PopulationHost {
  return {
    readPopulationGrid: () => runAction(excel, async (context) => (await readWorkbook(context)).grids.population),

    writeCells: (sheet, writes, { beyond = [], growth = null } = {}) =>
      runAction(excel, async (context) => {
        const names = context.workbook.names;
        const worksheet = context.workbook.worksheets.getItem(sheet);
        const stored = growth === null ? null : names.getItemOrNullObject(INPUT_NAMES.population).load("type,formula");
        const targets = beyond.map((write) => worksheet.getRange(cellAddress(null, write.row, write.col)).load("values,numberFormat"));
        if (stored !== null || targets.length > 0) await context.sync();
        const occupied = targets.findIndex((target) => !isBlankCell(target.values[0]![0]));
        if (occupied >= 0) {
          const write = beyond[occupied]!;
          throw new ExcelSituation(scbText.occupied(cellAddress(sheet, write.row, write.col), shownValue(targets[occupied]!)));
        }
        const widened = stored === null || stored.isNullObject || stored.type !== "Range" ? null : widenedRange(String(stored.formula), growth!);
        queueWrites(worksheet, writes);
        if (widened !== null) {
          // A name cannot be redefined in place (as in useSelection): the old one goes, the new one
          // points at the grown table. Queued after the writes in the same sync: a batch stops at
          // its first failing request, so a refused write (a protected sheet) leaves the name as it was.
          stored!.delete();
          names.add(INPUT_NAMES.population, worksheet.getRange(rangeAddress(null, widened.startRow, widened.startCol, widened.endRow, widened.endCol)));
        }
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

/** A cell's value as the message quotes it: a date cell as its date (Office.js gives its serial). */
function shownValue(cell: RangeApi): string {
  const value: unknown = cell.values[0]![0];
  const date = typeof value === "number" && isDateFormat(String(cell.numberFormat[0]![0])) ? excelSerialToIsoDate(value) : null;
  return date ?? cellText(value);
}
