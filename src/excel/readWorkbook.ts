// Reads the run's inputs through Office.js in two syncs: first the lists (sheets, workbook names,
// protection); then, for each input, the range its workbook name points at ("Använd markering") or
// its template sheet's used range. Then the same rules as the .xlsx reader (src/xlsx/readInputs.ts):
// the name first, the template sheet otherwise. For Beräkna, also what the writer needs to know of
// the result sheets that are ours (readResults.ts).
//
// The cells are loaded only within the input limits (src/workbook/limits.ts): the second sync asks
// for the size of each used range and for the cells of the used part of a rectangle of the limits'
// size at its start. A third sync reads the cells of a used range within the limits that does not lie
// in that rectangle (a table starting below row 5 000), and, for Beräkna, the result sheets' values.
//
// Why two syncs: Microsoft documents what an *OrNullObject method returns (an object whose
// isNullObject is true after the sync), not what a method called on such a null object does
// ("*OrNullObject methods and properties", learn.microsoft.com/office/dev/add-ins/develop/
// application-specific-api-model). So nothing is chained on an object that may be null: the second
// sync asks only for ranges of sheets and names that the first one showed to exist.
import type { CellValue } from "../workbook/cell.ts";
import { MAX_COLUMNS, MAX_ROWS, parseRangeAddress, rangeAddress, sheetOfReference } from "../workbook/address.ts";
import { MAX_INPUT_COLUMNS, MAX_INPUT_ROWS, withinInputLimits } from "../workbook/limits.ts";
import { INPUT_NAMES, INPUT_SHEETS, valuesNextTo, type InputGrids, type SheetGrid } from "../workbook/grid.ts";
import type { Problem } from "../workbook/problems.ts";
import { readOwnership, referencesOf, type Ownership, type WorkbookName } from "../workbook/report/ownership.ts";
import { sheetKey, sheetNamed } from "../workbook/report/placement.ts";
import { xlsxText } from "../strings/xlsx.ts";
import type { ContextApi, RangeApi } from "./api.ts";
import type { ResultReader, ResultSheetState } from "./readResults.ts";

export type { ResultSheetState } from "./readResults.ts";
import type { InputKind } from "./host.ts";

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
  /** Every worksheet in order, with its visibility ("Visible", "Hidden", "VeryHidden"). */
  sheets: { name: string; position: number; visibility: string }[];
  /** Every workbook-scoped name: its formula ("=Befolkning!$A$1:$G$17"), type ("Range", "Error" …) and comment. */
  names: { name: string; type: string; formula: string; comment: string }[];
  /** The workbook's structure is protected: sheets can be neither added nor deleted. */
  protected: boolean;
  /** The sheets the inputs are read from (never ours, whatever names point at them). */
  inputSheets: string[];
  /** Which sheets the add-in wrote (src/workbook/report/ownership.ts). */
  ownership: Ownership;
  /** The sheets of ours, by key (read only with `results`). */
  results: Map<string, ResultSheetState>;
}

interface QueuedInput {
  /** The sheet the input's workbook name points at; null without a usable name. */
  namedSheet: string | null;
  /** The range the input's workbook name points at, and its used part; null without a usable name. */
  nameRange: RangeApi | null;
  nameUsed: UsedRange | null;
  /** The name's formula when it is not a range on a sheet of this workbook. */
  unusableName: string | null;
  template: string | null;
  templateUsed: UsedRange | null;
}

/** A used range's size, and the cells of the used part of the limits' rectangle at its start. */
interface UsedRange {
  size: RangeApi;
  cells: RangeApi;
}

/**
 * Reads the inputs in two syncs. With `results` (Beräkna: readResults.ts's resultReader), also what
 * the writer needs to know of the result sheets of ours, at times in a third sync.
 */
export async function readWorkbook(context: ContextApi, options: { results?: ResultReader } = {}): Promise<WorkbookReading> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name,items/position,items/visibility");
  const names = workbook.names.load("items/name,items/type,items/formula,items/comment");
  const protection = workbook.protection.load("protected");
  await context.sync();

  const sheets = worksheets.items.map((sheet) => ({ name: sheet.name, position: sheet.position, visibility: String(sheet.visibility) }));
  const nameList = names.items.map((item) => ({ name: item.name, type: String(item.type), formula: String(item.formula ?? ""), comment: String(item.comment ?? "") }));
  const queued = {} as Record<InputKind, QueuedInput>;
  for (const kind of INPUT_KINDS) queued[kind] = queueInput(context, sheets, nameList, kind);
  const inputSheets = INPUT_KINDS.flatMap((kind) => [queued[kind].namedSheet, queued[kind].template].filter((sheet) => sheet !== null));
  const ownership = readOwnership(
    workbookNames(nameList),
    sheets.map((sheet) => sheet.name),
    inputSheets,
    sheets.filter((sheet) => sheet.visibility === "VeryHidden").map((sheet) => sheet.name),
  );
  const queuedResults = options.results?.queueSheets(context, sheets, ownership, nameList) ?? null;
  await context.sync();
  const results = queuedResults?.() ?? new Map<string, ResultSheetState>();
  const values = options.results?.queueValues(context, results, ownership) ?? null;
  const outside = INPUT_KINDS.flatMap((kind) => [queued[kind].nameUsed, queued[kind].templateUsed]).filter((used) => used !== null && needsCells(used));
  for (const used of outside) used!.size.load(CELL_PROPERTIES);
  if (outside.length > 0 || values !== null) {
    await context.sync();
    values?.();
  }

  const reading: WorkbookReading = {
    grids: { population: null, index: null, scenarios: null },
    warnings: [],
    sheets,
    names: nameList,
    protected: protection.protected,
    inputSheets,
    ownership,
    results,
  };
  for (const kind of INPUT_KINDS) {
    const input = queued[kind];
    if (input.nameRange !== null && input.nameUsed !== null) {
      const grid = gridOfUsed(input.nameUsed) ?? emptyGrid(input.nameRange);
      reading.grids[kind] = grid;
      // The template sheet's cells are read anyway: when the name is on it, look next to the name.
      const around = input.templateUsed === null ? null : gridOfUsed(input.templateUsed);
      if (around !== null && around.oversize === undefined && grid.sheet === input.template && valuesNextTo(grid, around)) {
        reading.warnings.push({ severity: "warning", sheet: null, cell: null, message: xlsxText.inputNameNarrow(INPUT_NAMES[kind], input.nameRange.address) });
      }
      continue;
    }
    if (input.unusableName !== null) {
      reading.warnings.push({ severity: "warning", sheet: null, cell: null, message: xlsxText.inputNameUnusable(INPUT_NAMES[kind], input.unusableName || "#REFERENS!", input.template) });
    }
    if (input.template !== null && input.templateUsed !== null) {
      reading.grids[kind] = gridOfUsed(input.templateUsed) ?? emptyGrid(null, input.template);
    }
  }
  return reading;
}

/** The workbook's names as the ownership rules see them: a range name's references, none for others. */
export function workbookNames(names: WorkbookReading["names"]): WorkbookName[] {
  return names.map((name) => ({ name: name.name, references: name.type === "Range" ? referencesOf(name.formula) : [] }));
}

/**
 * Where an input's workbook name points: a single range on a sheet of this workbook (as the workbook
 * spells the sheet), the name's formula when it is anything else, or null without the name.
 */
function namedRange(
  sheets: readonly { name: string }[],
  names: readonly { name: string; type: string; formula: string }[],
  inputName: string,
): { sheet: string; address: string } | { unusable: string } | null {
  const item = names.find((name) => name.name.toLowerCase() === inputName.toLowerCase());
  if (item === undefined) return null;
  const reference = item.formula.replace(/^=/u, "");
  const range = item.type === "Range" ? parseRangeAddress(reference) : null;
  const sheet = range?.sheet == null ? undefined : sheets.find((candidate) => sheetKey(candidate.name) === sheetKey(range.sheet!));
  if (range === null || sheet === undefined) return { unusable: reference };
  return { sheet: sheet.name, address: rangeAddress(null, range.startRow, range.startCol, range.endRow, range.endCol) };
}

function queueInput(
  context: ContextApi,
  sheets: readonly { name: string }[],
  names: readonly { name: string; type: string; formula: string }[],
  kind: InputKind,
): QueuedInput {
  const worksheets = context.workbook.worksheets;
  const named = namedRange(sheets, names, INPUT_NAMES[kind]);
  const template = sheetNamed(sheets, INPUT_SHEETS[kind])?.name ?? null;
  let nameRange: RangeApi | null = null;
  let nameUsed: UsedRange | null = null;
  if (named !== null && !("unusable" in named)) {
    const sheet = worksheets.getItem(named.sheet);
    nameRange = sheet.getRange(named.address).load(PLACE_PROPERTIES);
    // Cut at the last cell with a value, as the .xlsx reader does: a name over whole columns is fine.
    const range = parseRangeAddress(named.address)!;
    nameUsed = queueUsed(nameRange, sheet.getRange(limitRectangle(range.startRow, range.startCol, range.endRow, range.endCol)));
  }
  return {
    namedSheet: named === null || "unusable" in named ? null : named.sheet,
    nameRange,
    nameUsed,
    unusableName: named !== null && "unusable" in named ? named.unusable : null,
    template,
    templateUsed: template === null ? null : queueUsed(worksheets.getItem(template), worksheets.getItem(template).getRange(limitRectangle(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1))),
  };
}

/** The part of a rectangle within the input limits from its top-left cell, as an address. */
function limitRectangle(startRow: number, startCol: number, endRow: number, endCol: number): string {
  return rangeAddress(null, startRow, startCol, Math.min(endRow, startRow + MAX_INPUT_ROWS - 1), Math.min(endCol, startCol + MAX_INPUT_COLUMNS - 1));
}

function queueUsed(whole: { getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi }, bounded: RangeApi): UsedRange {
  return {
    size: whole.getUsedRangeOrNullObject(true).load(SIZE_PROPERTIES),
    cells: bounded.getUsedRangeOrNullObject(true).load([...SIZE_PROPERTIES, ...CELL_PROPERTIES]),
  };
}

/** A used range within the limits whose cells the bounded rectangle did not give. */
function needsCells(used: UsedRange): boolean {
  return !used.size.isNullObject && withinLimits(used.size) && (used.cells.isNullObject || used.cells.address !== used.size.address);
}

/** The grid of a used range (its cells, or the note that it is too large), or null when it is empty. */
function gridOfUsed(used: UsedRange | null): SheetGrid | null {
  if (used === null || used.size.isNullObject) return null;
  if (!withinLimits(used.size) || needsCells(used)) return gridOf(used.size);
  return gridOf(used.cells);
}

/** The sheet of an address as Office.js gives it ("Befolkning!A1:G17", "'Flerår – A'!A:C"). */
export function sheetOfAddress(address: string): string {
  const sheet = sheetOfReference(address);
  if (sheet === null) throw new Error(`An address without a sheet: ${address}`);
  return sheet;
}

function withinLimits(range: RangeApi): boolean {
  return withinInputLimits(range.rowCount, range.columnCount);
}

/** The range's cells, or an empty grid that says it is too large. */
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

/**
 * The sheet an input is read from — its name's sheet, else its template sheet — or null: one sync,
 * for the edits of the Scenarier sheet, which do not need the cells.
 */
export async function locateInputSheet(context: ContextApi, kind: InputKind): Promise<string | null> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name");
  const names = workbook.names.load("items/name,items/type,items/formula");
  await context.sync();
  const nameList = names.items.map((item) => ({ name: item.name, type: String(item.type), formula: String(item.formula ?? "") }));
  const named = namedRange(worksheets.items, nameList, INPUT_NAMES[kind]);
  if (named !== null && !("unusable" in named)) return named.sheet;
  return sheetNamed(worksheets.items, INPUT_SHEETS[kind])?.name ?? null;
}
