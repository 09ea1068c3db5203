// Workbook defined names and sheet lookup through ExcelJS.
//
// ExcelJS keeps defined names as sets of cells (one "matrix" per name) and rebuilds the ranges on
// demand; it has no call to delete a name, so names are rewritten through `definedNames.model`.
// It loads only names that refer to absolute cell ranges ("Blad!$A$1:$G$17"): names with relative
// references, constants, formulas or #REF! are dropped when a file is loaded, and sheet-scoped names
// lose their scope.
import type ExcelJS from "exceljs";
import { parseRangeAddress, quoteSheetName, type RangeAddress } from "../workbook/address.ts";
import { readOwnership, type Ownership, type WorkbookName } from "../workbook/report/ownership.ts";
import { sheetKey, sheetNamed } from "../workbook/report/placement.ts";

/** The references of a workbook name (Excel compares names case-insensitively), or null when there is none. */
export function definedNameRanges(workbook: ExcelJS.Workbook, name: string): string[] | null {
  const wanted = name.toLowerCase();
  const found = workbook.definedNames.model.find((definedName) => definedName.name.toLowerCase() === wanted);
  return found === undefined ? null : [...found.ranges];
}

/** The workbook's names as the ownership rules see them (ExcelJS rebuilds its model on each read). */
export function workbookNames(workbook: ExcelJS.Workbook): WorkbookName[] {
  return workbook.definedNames.model.map((definedName) => ({ name: definedName.name, references: definedName.ranges }));
}

/** Which sheets of the workbook the add-in wrote (src/workbook/report/ownership.ts). */
export function workbookOwnership(workbook: ExcelJS.Workbook, inputSheets: readonly string[]): Ownership {
  return readOwnership(
    workbookNames(workbook),
    workbook.worksheets.map((sheet) => sheet.name),
    inputSheets,
    workbook.worksheets.filter((sheet) => sheet.state === "veryHidden").map((sheet) => sheet.name),
  );
}

/** Points an existing name (Excel compares names case-insensitively) at one reference instead. */
export function redefineName(workbook: ExcelJS.Workbook, name: string, reference: string): void {
  const wanted = name.toLowerCase();
  workbook.definedNames.model = workbook.definedNames.model.map((definedName) =>
    definedName.name.toLowerCase() === wanted ? { ...definedName, ranges: [reference] } : definedName);
}

/** Removes the named names (exact spelling). */
export function dropNames(workbook: ExcelJS.Workbook, names: ReadonlySet<string>): void {
  if (names.size > 0) workbook.definedNames.model = workbook.definedNames.model.filter((definedName) => !names.has(definedName.name));
}

/**
 * What Excel does to references when a sheet is renamed or deleted: every workbook name and every
 * formula that points at `from` points at `to` ("'Flerår – A'!C4" → "'Flerår – B'!C4"), whatever the
 * quoting; with `to` null, formulas show #REF! ("=#REF!C4").
 */
export function redirectReferences(workbook: ExcelJS.Workbook, from: string, to: string | null): void {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replaceAll("'", "''");
  const unquoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(from) ? `|(?<![\\p{L}\\p{N}_.'])${escaped}` : "";
  const pattern = new RegExp(`(?:'${escaped}'${unquoted})!`, "giu");
  const target = to === null ? "#REF!" : `${quoteSheetName(to)}!`;
  workbook.definedNames.model = workbook.definedNames.model.map((definedName) => ({
    ...definedName,
    ranges: definedName.ranges.map((reference) => reference.replace(pattern, target)),
  }));
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; result?: unknown } | null;
        if (value !== null && typeof value === "object" && typeof value.formula === "string" && pattern.test(value.formula)) {
          pattern.lastIndex = 0;
          const formula = value.formula.replace(pattern, target);
          cell.value = (to === null ? { formula, result: { error: "#REF!" } } : { ...value, formula }) as ExcelJS.CellValue;
        }
        pattern.lastIndex = 0;
      });
    });
  });
}

/**
 * Removes the references to the given sheets (lower-case keys) from every workbook name, and names
 * left without a reference. Excel would turn them into #REF!, which ExcelJS cannot keep; a name
 * pointing to a sheet that does not exist would make Excel repair the file.
 */
export function dropReferencesTo(workbook: ExcelJS.Workbook, sheetKeys: ReadonlySet<string>): void {
  if (sheetKeys.size === 0) return;
  const refersToDropped = (reference: string): boolean => {
    const sheet = parseRangeAddress(reference)?.sheet;
    return sheet != null && sheetKeys.has(sheetKey(sheet));
  };
  workbook.definedNames.model = workbook.definedNames.model
    .map((definedName) => ({ ...definedName, ranges: definedName.ranges.filter((reference) => !refersToDropped(reference)) }))
    .filter((definedName) => definedName.ranges.length > 0);
}


/** The sheet a reference names: exact name first, then ignoring case as Excel does. */
export function sheetByName(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets;
  return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheetKey(sheet.name) === sheetKey(name));
}

/** A template sheet by its label: exact name first, then ignoring case, diacritics and separators. */
export function sheetByLabel(workbook: ExcelJS.Workbook, label: string): ExcelJS.Worksheet | undefined {
  return sheetNamed(workbook.worksheets, label);
}

/** A single-area range with a sheet, parsed from a defined name's reference. */
export function singleRange(references: readonly string[]): (RangeAddress & { sheet: string }) | null {
  if (references.length !== 1) return null;
  const range = parseRangeAddress(references[0]!);
  return range === null || range.sheet === null ? null : { ...range, sheet: range.sheet };
}
