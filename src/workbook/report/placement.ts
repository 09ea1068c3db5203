// Where the result sheets go in a workbook: the pure part shared by the ExcelJS writer (src/xlsx) and
// the Office.js writer (src/excel), so that the command line and the add-in follow the same rules.
//
// The add-in owns a sheet when one of its owner names (Samf_Resultat_<n>) points at the sheet's A1.
// On a re-run every sheet of ours is deleted — those the run writes again are added back under the
// same name in the same place, the others are gone — and a sheet of the user's is never touched: a
// result whose name the user has taken gets another name ("Jämförelse (2)") and a warning. A sheet of
// ours that the user has renamed (to keep a memo table, say) has become the user's: it is released,
// with a warning, rather than deleted. The owner name records a hash of the name the sheet was
// written under, so a rename is seen whatever the new name is.
import { xlsxText } from "../../strings/xlsx.ts";
import { parseRangeAddress } from "../address.ts";
import { normalizeLabel } from "../labels.ts";
import type { Problem } from "../problems.ts";
import type { ReportSheet } from "./model.ts";
import { MAX_SHEET_NAME_LENGTH } from "./sheetName.ts";

/** Excel's limit on the text of a cell. */
const MAX_TEXT = 32_767;

/** A sheet of the workbook before the write, in sheet order, and whether the add-in owns it. */
export interface ExistingSheet {
  name: string;
  owned: boolean;
  /** Owned, but no longer under the name the add-in wrote it under. */
  renamed?: boolean;
}

/** A place in the workbook's sheet order after the write. */
export type PlacementSlot =
  /** A sheet of the user's, left where and as it is. */
  | { kind: "existing"; name: string }
  /** Result sheet `report` (an index into the report's sheets), written under `name`. */
  | { kind: "report"; name: string; report: number };

export interface Placement {
  /** The name each report sheet is written under, in the report's order. */
  names: string[];
  /** Sheets of ours that are deleted and written again under the same name (as the workbook spells them). */
  replace: string[];
  /** Sheets of ours that this run no longer produces: deleted. */
  remove: string[];
  /** Sheets that carried our mark but were renamed by the user: theirs now, left as they are. */
  released: string[];
  /** One per result sheet that had to take another name because the user has a sheet by that name,
   * and one per released sheet. */
  warnings: Problem[];
  /** Every sheet after the write, in order: the user's sheets where they were, the results among them. */
  order: PlacementSlot[];
}

/** Sheet names are unique in a workbook ignoring case (Excel compares them that way). */
export function sheetKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * The sheet a template label names: the exact name first, then ignoring case, then ignoring
 * diacritics and separators too ("befolkning", "BEFOLKNING ", "Scenarier"), as both readers look up
 * the input sheets.
 */
export function sheetNamed<T extends { name: string }>(sheets: readonly T[], label: string): T | undefined {
  const key = normalizeLabel(label);
  return sheets.find((sheet) => sheet.name === label)
    ?? sheets.find((sheet) => sheetKey(sheet.name) === sheetKey(label))
    ?? sheets.find((sheet) => normalizeLabel(sheet.name) === key);
}

/**
 * Names marking the add-in's own result sheets, on each sheet's A1: Samf_Resultat_<n>_<hash>, where
 * the hash is of the name the sheet was written under (a name cannot hold the sheet name itself).
 */
export const OWNER_NAME_PREFIX = "Samf_Resultat_";
const OWNER_NAME = /^Samf_Resultat_\d+(?:_([0-9a-f]{8}))?$/iu;

export function isOwnerName(name: string): boolean {
  return OWNER_NAME.test(name);
}

/** The owner name of the `index`-th result sheet (from 1), written under `sheet`. */
export function ownerName(index: number, sheet: string): string {
  return `${OWNER_NAME_PREFIX}${index}_${nameHash(sheet)}`;
}

/** FNV-1a of the sheet's key, as eight hex digits: enough to tell a renamed sheet. */
function nameHash(sheet: string): string {
  let hash = 0x811c9dc5;
  for (const unit of sheetKey(sheet)) {
    hash ^= unit.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The sheets (by key) that owner names point at, each with whether it has been renamed since it was
 * written, from each workbook name and its references.
 */
export function ownedSheets(names: readonly { name: string; references: readonly string[] }[]): Map<string, { renamed: boolean }> {
  const owned = new Map<string, { renamed: boolean }>();
  for (const name of names) {
    const hash = OWNER_NAME.exec(name.name)?.[1];
    if (!isOwnerName(name.name)) continue;
    for (const reference of name.references) {
      const sheet = parseRangeAddress(reference)?.sheet;
      if (sheet != null) owned.set(sheetKey(sheet), { renamed: hash !== undefined && hash.toLowerCase() !== nameHash(sheet) });
    }
  }
  return owned;
}

/** A sheet as placement sees it, from the owner names' view of the workbook. */
export function existingSheet(name: string, owned: ReadonlyMap<string, { renamed: boolean }>): ExistingSheet {
  const ownership = owned.get(sheetKey(name));
  return ownership === undefined ? { name, owned: false } : { name, owned: true, renamed: ownership.renamed };
}

/**
 * Decides the result sheets' names, which of our sheets are replaced or removed, and the order of
 * the sheets afterwards. Throws a RangeError when two report sheets have the same name.
 */
export function planPlacement(existingSheets: readonly ExistingSheet[], sheets: readonly ReportSheet[]): Placement {
  const released = existingSheets.filter((sheet) => sheet.owned && sheet.renamed === true).map((sheet) => sheet.name);
  const existing = existingSheets.map((sheet) => (sheet.owned && sheet.renamed === true ? { ...sheet, owned: false } : sheet));
  const reportKeys = new Set<string>();
  for (const sheet of sheets) {
    if (reportKeys.has(sheetKey(sheet.name))) throw new RangeError(`Report sheet name "${sheet.name}" is used twice`);
    reportKeys.add(sheetKey(sheet.name));
  }

  // Every result sheet keeps its own name unless a user's sheet has it.
  const warnings: Problem[] = released.map((name) => ({ severity: "warning", sheet: null, cell: null, message: xlsxText.renamedSheetReleased(name) }));
  const taken = new Set(existing.filter((sheet) => !sheet.owned).map((sheet) => sheetKey(sheet.name)));
  const names = sheets.map((sheet) => {
    let name = sheet.name;
    if (taken.has(sheetKey(name))) {
      name = alternativeName(sheet.name, taken);
      const userSheet = existing.find((candidate) => sheetKey(candidate.name) === sheetKey(sheet.name));
      warnings.push({
        severity: "warning",
        sheet: null,
        cell: null,
        message: xlsxText.userSheetKept(userSheet?.name ?? sheet.name, name),
      });
    }
    taken.add(sheetKey(name));
    return name;
  });

  // The new order: the workbook's sheets with ours dropped unless rewritten (they keep their place);
  // a new result sheet goes after the previous result sheet of this run, or before the next one that
  // keeps its place, or at the end.
  const writtenKeys = new Set(names.map(sheetKey));
  const order: PlacementSlot[] = existing
    .filter((sheet) => !sheet.owned || writtenKeys.has(sheetKey(sheet.name)))
    .map((sheet) => ({ kind: "existing", name: sheet.name }));
  const slotOf = (name: string): number => order.findIndex((slot) => sheetKey(slot.name) === sheetKey(name));
  names.forEach((name, report) => {
    const kept = slotOf(name);
    if (kept >= 0) {
      order[kept] = { kind: "report", name, report };
      return;
    }
    const previous = report > 0 ? slotOf(names[report - 1]!) : -1;
    const next = names.slice(report + 1).map(slotOf).find((index) => index >= 0);
    const at = previous >= 0 ? previous + 1 : next ?? order.length;
    order.splice(at, 0, { kind: "report", name, report });
  });

  const ours = existing.filter((sheet) => sheet.owned);
  return {
    names,
    replace: ours.filter((sheet) => writtenKeys.has(sheetKey(sheet.name))).map((sheet) => sheet.name),
    remove: ours.filter((sheet) => !writtenKeys.has(sheetKey(sheet.name))).map((sheet) => sheet.name),
    released,
    warnings,
    order,
  };
}

/** "Jämförelse (2)", "Jämförelse (3)" …: the first not taken (ignoring case), at most 31 characters. */
export function alternativeName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(name, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(sheetKey(candidate))) return candidate;
  }
}

function truncate(text: string, maxLength: number): string {
  let result = "";
  for (const character of text) {
    if (result.length + character.length > maxLength) break;
    result += character;
  }
  return result;
}

/**
 * Checks that every report sheet can be written as it is — a valid sheet name, rectangular rows,
 * finite numbers, text within Excel's limit, sensible widths — so that a writer can refuse the whole
 * report before it changes the workbook. Throws a RangeError.
 */
export function checkReport(sheets: readonly ReportSheet[]): void {
  sheets.forEach(checkSheet);
}

function checkSheet(sheet: ReportSheet): void {
  const where = `Report sheet "${sheet.name}"`;
  if (
    sheet.name.length === 0 ||
    sheet.name.length > MAX_SHEET_NAME_LENGTH ||
    /[:\\/?*[\]]/u.test(sheet.name) ||
    sheet.name.startsWith("'") ||
    sheet.name.endsWith("'") ||
    sheet.name.toLowerCase() === "history"
  ) {
    throw new RangeError(`${where}: not a valid Excel sheet name`);
  }
  const width = sheet.rows[0]?.length ?? 0;
  sheet.rows.forEach((row, r) => {
    if (row.length !== width) throw new RangeError(`${where}: row ${r + 1} has ${row.length} cells, expected ${width}`);
    row.forEach((cell, c) => {
      if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
        throw new RangeError(`${where}: cell (${r + 1}, ${c + 1}) is not a finite number`);
      }
      if (typeof cell.value === "string" && cell.value.length > MAX_TEXT) {
        throw new RangeError(`${where}: cell (${r + 1}, ${c + 1}) has more than ${MAX_TEXT} characters`);
      }
    });
  });
  if (!Number.isInteger(sheet.freezeRows) || sheet.freezeRows < 0) throw new RangeError(`${where}: invalid freezeRows`);
  if (sheet.columnWidths.some((w) => !Number.isFinite(w) || w < 0 || w > 255)) throw new RangeError(`${where}: invalid column width`);
  const chart = sheet.chart;
  if (chart !== null) {
    const inside = (row: number, col: number) => row >= 0 && row < sheet.rows.length && col >= 0 && col < width;
    const corners = [
      [chart.firstRow, chart.categoryCol],
      [chart.lastRow, chart.categoryCol],
      ...chart.seriesCols.flatMap((col) => [[chart.headerRow, col], [chart.firstRow, col], [chart.lastRow, col]]),
    ];
    if (chart.firstRow > chart.lastRow || chart.seriesCols.length === 0 || corners.some(([row, col]) => !inside(row!, col!))) {
      throw new RangeError(`${where}: the chart's ranges are outside the sheet`);
    }
    if (chart.anchorRow < 0 || chart.anchorCol < 0) throw new RangeError(`${where}: invalid chart position`);
  }
}
