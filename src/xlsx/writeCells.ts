// Host-neutral cell writes (fetched population, a new workbook's input sheets) applied with ExcelJS.
import type ExcelJS from "exceljs";
import type { CellWrite } from "../workbook/population/update.ts";
import type { StarterSheet } from "../workbook/starter.ts";
import { cellAddress } from "../workbook/address.ts";
import { cellText, isBlankCell } from "../workbook/cell.ts";
import { INPUT_NAMES } from "../workbook/grid.ts";
import { unwrapCell } from "./cellValue.ts";
import { absoluteReference, widenedRange, type TableGrowth } from "../workbook/population/storedRange.ts";
import { definedNameRanges, redefineName, sheetByLabel } from "./names.ts";

export function applyWrites(sheet: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  for (const write of writes) {
    const cell = sheet.getCell(write.row + 1, write.col + 1);
    cell.value = write.value;
    if (write.format !== undefined) cell.numFmt = write.format;
  }
}

/** The first of the writes whose cell already holds a value ("Befolkning!H1" and the value as text), or null. */
export function firstOccupied(sheet: ExcelJS.Worksheet, writes: readonly CellWrite[]): { cell: string; value: string } | null {
  for (const write of writes) {
    const found = sheet.findRow(write.row + 1)?.findCell(write.col + 1);
    const value = found === undefined ? null : unwrapCell(found);
    if (!isBlankCell(value)) return { cell: cellAddress(sheet.name, write.row, write.col), value: cellText(value) };
  }
  return null;
}

/** Widens the stored population name (Samf_Befolkning) when it held the whole table before it grew. */
export function widenPopulationName(workbook: ExcelJS.Workbook, growth: TableGrowth | null): void {
  const references = definedNameRanges(workbook, INPUT_NAMES.population);
  if (growth === null || references?.length !== 1) return;
  const widened = widenedRange(references[0]!, growth);
  if (widened !== null) redefineName(workbook, INPUT_NAMES.population, absoluteReference(growth.sheet, widened));
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
