// Reads the run's inputs through Office.js: for each input the range its workbook name points at
// ("Använd markering") and the used range of its template sheet, plus the sheets, the workbook names
// (to know which sheets are the add-in's own) and the active sheet. The sizes come first, the cells
// only of ranges within the input limits (src/workbook/limits.ts). Then the same
// rules as the .xlsx reader (src/xlsx/readInputs.ts): the name first, the template sheet otherwise.
import type { CellValue } from "../workbook/cell.ts";
import { cellText, isBlankCell } from "../workbook/cell.ts";
import { usedRectangle } from "../workbook/address.ts";
import { withinInputLimits } from "../workbook/limits.ts";
import { INPUT_NAMES, INPUT_SHEETS, valuesNextTo, type InputGrids, type SheetGrid } from "../workbook/grid.ts";
import { findLabel } from "../workbook/labels.ts";
import { parseIndex } from "../workbook/parse/indexSheet.ts";
import { parsePopulation } from "../workbook/parse/population.ts";
import { PARAMETERS, type Parameter } from "../workbook/parse/scenarios.ts";
import { Table } from "../workbook/parse/table.ts";
import { Problems, type Problem } from "../workbook/problems.ts";
import { sheetNamed } from "../workbook/report/placement.ts";
import { xlsxText } from "../strings/xlsx.ts";
import type { ContextApi, NamedItemApi, RangeApi, WorksheetApi } from "./api.ts";
import type { InputKind, InputSummary, ScenarioSheet } from "./host.ts";

export const INPUT_KINDS: readonly InputKind[] = ["population", "index", "scenarios"];

/**
 * Where a used range is and how large, without its cells: read first, so that the cells are loaded
 * only for a range within the input limits (a stray value in XFD1048576 makes the used range the
 * whole sheet, far beyond Excel on the web's 5 MB response limit).
 */
const SIZE_PROPERTIES = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];
/** What a grid needs of a range within the limits. */
const CELL_PROPERTIES = ["values", "numberFormat"];
/** Where a range is, without its cells (a name may span whole columns: a million rows). */
const PLACE_PROPERTIES = ["address", "rowIndex", "columnIndex"];

export interface WorkbookReading {
  grids: InputGrids;
  /** Input names that could not be used (pointing to a deleted sheet, not a range …). */
  warnings: Problem[];
  /** Every worksheet in order. */
  sheets: { name: string; position: number }[];
  /** Every workbook-scoped name: its formula ("=Befolkning!$A$1:$G$17") and type ("Range", "Error" …). */
  names: { name: string; type: string; formula: string }[];
  activeSheet: string | null;
  /** The workbook's structure is protected: sheets can be neither added nor deleted. */
  protected: boolean;
}

interface QueuedInput {
  name: NamedItemApi;
  /** The name's range (where it is) and its used part (the cells). */
  nameRange: RangeApi;
  nameUsed: RangeApi;
  template: WorksheetApi;
  templateUsed: RangeApi;
}

/**
 * Reads the inputs in two syncs: the sizes of the used ranges, then the cells of those within the
 * limits. Two more only in the rare case that a template sheet is found by its label but not by its
 * exact name ("befolkning ", "Scenarier." — Excel's lookup ignores case, not spaces or punctuation),
 * because the sheet list is needed to find it.
 */
export async function readWorkbook(context: ContextApi): Promise<WorkbookReading> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name,items/position");
  const names = workbook.names.load("items/name,items/type,items/formula");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  const protection = workbook.protection.load("protected");
  const queued = {} as Record<InputKind, QueuedInput>;
  for (const kind of INPUT_KINDS) queued[kind] = queueInput(context, INPUT_NAMES[kind], INPUT_SHEETS[kind]);
  await context.sync();
  for (const kind of INPUT_KINDS) {
    loadCellsWithinLimits(queued[kind].nameUsed);
    loadCellsWithinLimits(queued[kind].templateUsed);
  }
  await context.sync();

  const sheets = worksheets.items.map((sheet) => ({ name: sheet.name, position: sheet.position }));
  const reading: WorkbookReading = {
    grids: { population: null, index: null, scenarios: null },
    warnings: [],
    sheets,
    names: names.items.map((item) => ({ name: item.name, type: String(item.type), formula: String(item.formula ?? "") })),
    activeSheet: active.name,
    protected: protection.protected,
  };

  const byLabel: { kind: InputKind; range: RangeApi }[] = [];
  for (const kind of INPUT_KINDS) {
    const input = queued[kind];
    const template = input.template.isNullObject ? (sheetNamed(sheets, INPUT_SHEETS[kind])?.name ?? null) : input.template.name;
    if (!input.name.isNullObject) {
      if (!input.nameRange.isNullObject) {
        const grid = input.nameUsed.isNullObject ? emptyGrid(input.nameRange) : gridOf(input.nameUsed);
        reading.grids[kind] = grid;
        // The template sheet's cells are read anyway: when the name is on it, look next to the name.
        const around = input.templateUsed.isNullObject ? null : gridOf(input.templateUsed);
        if (around !== null && around.oversize === undefined && grid.sheet === input.template.name && valuesNextTo(grid, around)) {
          reading.warnings.push({ severity: "warning", sheet: null, cell: null, message: xlsxText.inputNameNarrow(INPUT_NAMES[kind], input.nameRange.address) });
        }
        continue;
      }
      const reference = String(input.name.formula ?? "").replace(/^=/u, "");
      reading.warnings.push({ severity: "warning", sheet: null, cell: null, message: xlsxText.inputNameUnusable(INPUT_NAMES[kind], reference || "#REFERENS!", template) });
    }
    if (!input.template.isNullObject) {
      reading.grids[kind] = input.templateUsed.isNullObject ? emptyGrid(null, input.template.name) : gridOf(input.templateUsed);
    } else if (template !== null) {
      byLabel.push({ kind, range: workbook.worksheets.getItem(template).getUsedRangeOrNullObject(true).load(SIZE_PROPERTIES) });
    }
  }
  if (byLabel.length > 0) {
    await context.sync();
    for (const { range } of byLabel) loadCellsWithinLimits(range);
    await context.sync();
    for (const { kind, range } of byLabel) {
      const sheet = sheetNamed(sheets, INPUT_SHEETS[kind])!.name;
      reading.grids[kind] = range.isNullObject ? emptyGrid(null, sheet) : gridOf(range);
    }
  }
  return reading;
}

function queueInput(context: ContextApi, name: string, sheet: string): QueuedInput {
  const workbook = context.workbook;
  const item = workbook.names.getItemOrNullObject(name).load("formula");
  const nameRange = item.getRangeOrNullObject().load(PLACE_PROPERTIES);
  // Cut at the last cell with a value, as the .xlsx reader does: a name over whole columns is fine.
  const nameUsed = nameRange.getUsedRangeOrNullObject(true).load(SIZE_PROPERTIES);
  const template = workbook.worksheets.getItemOrNullObject(sheet).load("name");
  const templateUsed = template.getUsedRangeOrNullObject(true).load(SIZE_PROPERTIES);
  return { name: item, nameRange, nameUsed, template, templateUsed };
}

/** A template sheet by its label, ignoring case, diacritics and separators (as the .xlsx reader). */
/** The sheet of an address as Office.js gives it ("Befolkning!A1:G17", "'Flerår – A'!A:C"). */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw new Error(`An address without a sheet: ${address}`);
  const sheet = address.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replaceAll("''", "'") : sheet;
}

function withinLimits(range: RangeApi): boolean {
  return withinInputLimits(range.rowCount, range.columnCount);
}

/** Queues the cells of a used range whose size is known, when it is within the input limits. */
function loadCellsWithinLimits(range: RangeApi): void {
  if (!range.isNullObject && withinLimits(range)) range.load(CELL_PROPERTIES);
}

/** The range's cells (loaded by loadCellsWithinLimits), or an empty grid that says it is too large. */
function gridOf(range: RangeApi): SheetGrid {
  if (!withinLimits(range)) {
    const oversize = { row: range.rowIndex + range.rowCount - 1, col: range.columnIndex + range.columnCount - 1, rows: range.rowCount, columns: range.columnCount };
    return { sheet: sheetOfAddress(range.address), top: range.rowIndex, left: range.columnIndex, values: [], formats: [], oversize };
  }
  const values = (range.values as unknown[][]).map((row) => row.map((value): CellValue => (value === "" ? null : (value as CellValue))));
  const formats = (range.numberFormat as unknown[][]).map((row) => row.map((format) => (typeof format === "string" && format !== "" ? format : "General")));
  return { sheet: sheetOfAddress(range.address), top: range.rowIndex, left: range.columnIndex, values, formats };
}

function emptyGrid(place: RangeApi | null, sheet?: string): SheetGrid {
  return place === null
    ? { sheet: sheet!, top: 0, left: 0, values: [], formats: [] }
    : { sheet: sheetOfAddress(place.address), top: place.rowIndex, left: place.columnIndex, values: [], formats: [] };
}

// ---- what the task pane shows ------------------------------------------------------------------------

/** Where each input was found and what it holds (parsed leniently: a broken input still shows its range). */
export function inputSummary(grids: InputGrids): InputSummary {
  const discard = new Problems();
  const tables = {
    population: grids.population === null ? null : Table.of(grids.population),
    index: grids.index === null ? null : Table.of(grids.index),
    scenarios: grids.scenarios === null ? null : Table.of(grids.scenarios),
  };
  const population = tables.population === null ? null : parsePopulation(tables.population, discard);
  const index = tables.index === null ? null : parseIndex(tables.index, discard);
  return {
    population: tables.population === null ? null : {
      range: tables.population.range,
      municipalities: population?.rows.length ?? 0,
      dates: population?.dates ?? [],
      keyColumns: population?.keyColumns ?? [],
    },
    index: tables.index === null ? null : {
      range: tables.index.range,
      series: (index?.series ?? []).map((series) => {
        const years = [...series.values.keys()].sort((a, b) => a - b);
        return {
          name: series.name,
          firstYear: years[0] ?? 0,
          lastYear: years[years.length - 1] ?? 0,
          forecasts: [...series.values.values()].filter((value) => value.status === "prognos").length,
        };
      }),
    },
    scenarios: tables.scenarios === null ? null : {
      range: tables.scenarios.range,
      count: tables.scenarios.row(0).slice(1).filter((header) => !isBlankCell(header)).length,
    },
  };
}

/** The Scenarier sheet as the scenario cards edit it, or null when there is none. */
export function scenarioSheetOf(grid: SheetGrid | null): ScenarioSheet | null {
  if (grid === null) return null;
  const used = usedRectangle(grid.values);
  if (used === null) return { sheet: grid.sheet, headerRow: grid.top, labelCol: grid.left, lastRow: grid.top, parameters: [], scenarios: [] };
  const top = grid.top + used.rowOffset;
  const left = grid.left + used.colOffset;
  const value = (r: number, c: number): CellValue => {
    const cell = used.values[r]?.[c] ?? null;
    return isBlankCell(cell) ? null : cell;
  };
  const format = (r: number, c: number): string => grid.formats[used.rowOffset + r]?.[used.colOffset + c] ?? "General";

  const keys = Object.keys(PARAMETERS) as Parameter[];
  const parameters: { key: string; label: string; row: number; r: number }[] = [];
  for (let r = 1; r < used.rowCount; r++) {
    const label = value(r, 0);
    const key = keys.find((candidate) => findLabel(label, PARAMETERS[candidate]) !== null);
    if (key === undefined || parameters.some((p) => p.key === key)) continue;
    parameters.push({ key, label: cellText(label), row: top + r, r });
  }
  const scenarios: ScenarioSheet["scenarios"] = [];
  for (let c = 1; c < used.colCount; c++) {
    const header = value(0, c);
    if (header === null) continue;
    scenarios.push({
      name: cellText(header),
      col: left + c,
      values: Object.fromEntries(parameters.map((p) => [p.key, value(p.r, c)])),
      formats: Object.fromEntries(parameters.map((p) => [p.key, format(p.r, c)])),
    });
  }
  return {
    sheet: grid.sheet,
    headerRow: top,
    labelCol: left,
    lastRow: top + used.rowCount - 1,
    parameters: parameters.map(({ key, label, row }) => ({ key, label, row })),
    scenarios,
  };
}

/**
 * The sheet an input is read from — its name's sheet, else its template sheet — or null: one sync,
 * for the edits of the Scenarier sheet, which do not need the cells.
 */
export async function locateInputSheet(context: ContextApi, kind: InputKind): Promise<string | null> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name");
  const nameRange = workbook.names.getItemOrNullObject(INPUT_NAMES[kind]).getRangeOrNullObject().load(PLACE_PROPERTIES);
  await context.sync();
  if (!nameRange.isNullObject) return sheetOfAddress(nameRange.address);
  return sheetNamed(worksheets.items, INPUT_SHEETS[kind])?.name ?? null;
}
