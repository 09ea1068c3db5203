// Reads the run's input ranges from an ExcelJS workbook: by the workbook name that "Använd markering"
// stored (Samf_Befolkning …), otherwise the template sheet's used range, otherwise nothing.
import type ExcelJS from "exceljs";
import type { CellValue } from "../workbook/cell.ts";
import { MAX_COLUMNS, MAX_ROWS, rangeAddress } from "../workbook/address.ts";
import { withinInputLimits } from "../workbook/limits.ts";
import { INPUT_NAMES, INPUT_SHEETS, valuesNextTo, type InputGrids, type SheetGrid } from "../workbook/grid.ts";
import type { Problem } from "../workbook/problems.ts";
import { xlsxText } from "../strings/xlsx.ts";
import { cellFormat, unwrapCell, unwrapValue } from "./cellValue.ts";
import { definedNameRanges, sheetByLabel, sheetByName, singleRange } from "./names.ts";

type InputKey = keyof InputGrids;
const INPUT_KEYS: readonly InputKey[] = ["population", "index", "scenarios"];

/** A 0-based inclusive rectangle of a worksheet. */
export interface CellRectangle {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

export interface InputReading {
  grids: InputGrids;
  /** Names that could not be used (pointing to a deleted sheet, several areas …). */
  warnings: Problem[];
}

/** The input grids of a workbook (see readInputs for the warnings about unusable names). */
export function readInputGrids(workbook: ExcelJS.Workbook): InputGrids {
  return readInputs(workbook).grids;
}

/** The input grids, and a warning for each input name that points nowhere usable. */
export function readInputs(workbook: ExcelJS.Workbook): InputReading {
  const warnings: Problem[] = [];
  const grids = {} as InputGrids;
  for (const key of INPUT_KEYS) grids[key] = readInput(workbook, key, warnings);
  return { grids, warnings };
}

function readInput(workbook: ExcelJS.Workbook, key: InputKey, warnings: Problem[]): SheetGrid | null {
  const name = INPUT_NAMES[key];
  const references = definedNameRanges(workbook, name);
  const template = sheetByLabel(workbook, INPUT_SHEETS[key]);
  if (references !== null) {
    const range = singleRange(references);
    const sheet = range === null ? undefined : sheetByName(workbook, range.sheet);
    if (range !== null && sheet !== undefined) {
      const extent = valueExtent(sheet);
      // A name over whole columns (…$G$1048576) is cut at the last cell with a value.
      const rectangle = {
        startRow: range.startRow,
        startCol: range.startCol,
        endRow: Math.min(range.endRow, Math.max(range.startRow, extent?.endRow ?? 0)),
        endCol: Math.min(range.endCol, Math.max(range.startCol, extent?.endCol ?? 0)),
      };
      const grid = boundedGrid(sheet, rectangle);
      // Only the row below and the column right of the range are looked at: the reading stays bounded.
      const around = { ...rectangle, endRow: rectangle.endRow + 1, endCol: rectangle.endCol + 1 };
      if (grid.oversize === undefined && extent !== null && valuesNextTo(grid, readSheetGrid(sheet, around))) {
        warnings.push({ severity: "warning", sheet: null, cell: null, message: xlsxText.inputNameNarrow(name, rangeAddress(sheet.name, range.startRow, range.startCol, range.endRow, range.endCol)) });
      }
      return grid;
    }
    warnings.push({
      severity: "warning",
      sheet: null,
      cell: null,
      message: xlsxText.inputNameUnusable(name, references.join(", ") || "#REFERENS!", template?.name ?? null),
    });
  }
  if (template === undefined) return null;
  return boundedGrid(template, valueExtent(template) ?? { startRow: 0, startCol: 0, endRow: 0, endCol: 0 });
}

/**
 * The rectangle's grid, or, when it is beyond the input limits (a stray value far from the table, a
 * row number beyond Excel's), an empty grid that says so: reading stays proportional to the data.
 */
function boundedGrid(sheet: ExcelJS.Worksheet, rectangle: CellRectangle): SheetGrid {
  const rows = rectangle.endRow - rectangle.startRow + 1;
  const columns = rectangle.endCol - rectangle.startCol + 1;
  if (withinInputLimits(rows, columns) && rectangle.endRow < MAX_ROWS && rectangle.endCol < MAX_COLUMNS) return readSheetGrid(sheet, rectangle);
  return {
    sheet: sheet.name,
    top: rectangle.startRow,
    left: rectangle.startCol,
    values: [],
    formats: [],
    oversize: { row: rectangle.endRow, col: rectangle.endCol, rows, columns },
  };
}

/**
 * The smallest rectangle holding every cell with a value, a merged area with a value as a whole
 * (formatted but empty cells do not count), or null for a sheet without values. This is the used range
 * without the trailing formatted-only rows and columns that make a used range bogus.
 */
export function valueExtent(sheet: ExcelJS.Worksheet): CellRectangle | null {
  let extent: CellRectangle | null = null;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      // ExcelJS gives the covered cells of a merged area the top-left cell's value.
      const value = unwrapValue(cell.value);
      if (value === null || value === undefined || value === "") return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (extent === null) extent = { startRow: r, startCol: c, endRow: r, endCol: c };
      else {
        extent.startRow = Math.min(extent.startRow, r);
        extent.startCol = Math.min(extent.startCol, c);
        extent.endRow = Math.max(extent.endRow, r);
        extent.endCol = Math.max(extent.endCol, c);
      }
    });
  });
  return extent;
}

/** The values and number formats of a rectangle of a sheet, without creating cells. */
export function readSheetGrid(sheet: ExcelJS.Worksheet, rectangle: CellRectangle): SheetGrid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = rectangle.startRow; r <= rectangle.endRow; r++) {
    const row = sheet.findRow(r + 1);
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let c = rectangle.startCol; c <= rectangle.endCol; c++) {
      const cell = row?.findCell(c + 1);
      rowValues.push(cell === undefined ? null : unwrapCell(cell));
      rowFormats.push(cellFormat(cell));
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { sheet: sheet.name, top: rectangle.startRow, left: rectangle.startCol, values, formats };
}

