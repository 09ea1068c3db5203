// Workbook defined names and sheet lookup through ExcelJS.
//
// ExcelJS keeps defined names as sets of cells (one "matrix" per name) and rebuilds the ranges on
// demand; it has no call to delete a name, so names are rewritten through `definedNames.model`.
// It loads only names that refer to absolute cell ranges ("Blad!$A$1:$G$17"): names with relative
// references, constants, formulas or #REF! are dropped when a file is loaded, and sheet-scoped names
// lose their scope.
import type ExcelJS from "exceljs";
import { parseRangeAddress, quoteSheetName, type RangeAddress } from "../workbook/address.ts";
import { normalizeLabel } from "../workbook/labels.ts";

/** Names marking the add-in's own result sheets: Samf_Resultat_1, Samf_Resultat_2, … */
export const OWNER_NAME_PREFIX = "Samf_Resultat_";
const OWNER_NAME = /^Samf_Resultat_\d+$/iu;

/** Whether a defined name is one of the add-in's result-sheet markers. */
export function isOwnerName(name: string): boolean {
  return OWNER_NAME.test(name);
}

/** The references of a workbook name (Excel compares names case-insensitively), or null when there is none. */
export function definedNameRanges(workbook: ExcelJS.Workbook, name: string): string[] | null {
  const wanted = name.toLowerCase();
  const found = workbook.definedNames.model.find((definedName) => definedName.name.toLowerCase() === wanted);
  return found === undefined ? null : [...found.ranges];
}

/** Sheet names (lower case) that the add-in's owner names point to. */
export function ownedSheetKeys(workbook: ExcelJS.Workbook): Set<string> {
  const owned = new Set<string>();
  for (const definedName of workbook.definedNames.model) {
    if (!isOwnerName(definedName.name)) continue;
    for (const reference of definedName.ranges) {
      const range = parseRangeAddress(reference);
      if (range?.sheet != null) owned.add(sheetKey(range.sheet));
    }
  }
  return owned;
}

/** Replaces every owner name by Samf_Resultat_1 … n pointing at A1 of the given sheets, in order. */
export function setOwnerNames(workbook: ExcelJS.Workbook, sheets: readonly string[]): void {
  workbook.definedNames.model = workbook.definedNames.model.filter((definedName) => !isOwnerName(definedName.name));
  sheets.forEach((sheet, index) => {
    workbook.definedNames.add(`${quoteSheetName(sheet)}!$A$1`, `${OWNER_NAME_PREFIX}${index + 1}`);
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

/** Sheet names are unique in a workbook ignoring case (Excel compares them that way). */
export function sheetKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** The sheet a reference names: exact name first, then ignoring case as Excel does. */
export function sheetByName(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets;
  return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheetKey(sheet.name) === sheetKey(name));
}

/** A template sheet by its label: exact name first, then ignoring case, diacritics and separators. */
export function sheetByLabel(workbook: ExcelJS.Workbook, label: string): ExcelJS.Worksheet | undefined {
  const key = normalizeLabel(label);
  return sheetByName(workbook, label) ?? workbook.worksheets.find((sheet) => normalizeLabel(sheet.name) === key);
}

/** A single-area range with a sheet, parsed from a defined name's reference. */
export function singleRange(references: readonly string[]): (RangeAddress & { sheet: string }) | null {
  if (references.length !== 1) return null;
  const range = parseRangeAddress(references[0]!);
  return range === null || range.sheet === null ? null : { ...range, sheet: range.sheet };
}
