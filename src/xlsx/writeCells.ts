// Host-neutral cell writes (fetched population, a new workbook's input sheets) applied with ExcelJS.
import type ExcelJS from "exceljs";
import type { CellWrite } from "../workbook/population/update.ts";
import type { StarterSheet } from "../workbook/starter.ts";
import { sheetByLabel } from "./names.ts";

export function applyWrites(sheet: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  for (const write of writes) {
    const cell = sheet.getCell(write.row + 1, write.col + 1);
    cell.value = write.value;
    if (write.format !== undefined) cell.numFmt = write.format;
  }
}

/** Adds each starter sheet the workbook lacks; a sheet of the same name is never touched. */
export function addStarterSheets(workbook: ExcelJS.Workbook, sheets: readonly StarterSheet[]): { created: string[]; existing: string[] } {
  const created: string[] = [];
  const existing: string[] = [];
  for (const starter of sheets) {
    if (sheetByLabel(workbook, starter.name) !== undefined) {
      existing.push(starter.name);
      continue;
    }
    const sheet = workbook.addWorksheet(starter.name);
    starter.widths.forEach((width, c) => {
      sheet.getColumn(c + 1).width = width;
    });
    applyWrites(sheet, starter.writes);
    sheet.getRow(1).font = { bold: true };
    created.push(starter.name);
  }
  return { created, existing };
}
