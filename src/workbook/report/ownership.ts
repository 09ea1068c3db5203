// Which sheets of a workbook the add-in wrote, in this workbook, from the workbook names it keeps:
// the pure rule shared by the Office.js writer (src/excel) and the ExcelJS writer (src/xlsx).
//
// - Each workbook gets a random token the first time results are written into it, kept in the name
//   Samf_Arbetsbok_<token> on A1 of the sheet the scenarios are read from. A result sheet copied into
//   another workbook (with the names that point at it) does not bring that name along, so its marker
//   is not valid there.
// - A result sheet carries Samf_Resultat_<role>_<hash> on its A1, the hash being of the token and
//   the name the sheet has (the role, "schedule" say, lets a renamed scenario keep its sheet). A hash-less name from an earlier version, a name whose hash belongs to another
//   workbook or to another sheet name (the user renamed the sheet to keep it), or any marker on an
//   input sheet claims nothing: such a sheet is the user's, and the stale marker is removed.
// - A new sheet is added under a temporary name, Samf_ny_<token>_<n>, and gets its final name last
//   in the write: a write that failed halfway leaves a sheet that the next run recognises and removes.
import { xlsxText } from "../../strings/xlsx.ts";
import { parseRangeAddress, sheetOfReference } from "../address.ts";
import { fnv1a } from "./hash.ts";
import type { Problem } from "../problems.ts";
import { sheetKey, type ExistingSheet } from "./placement.ts";

export const OWNER_NAME_PREFIX = "Samf_Resultat_";
export const TOKEN_NAME_PREFIX = "Samf_Arbetsbok_";
const TOKEN_NAME = /^Samf_Arbetsbok_([0-9a-f]{8})$/iu;
const OWNER_NAME = /^Samf_Resultat_([a-z]+)_([0-9a-f]{8})$/iu;
const NEW_SHEET_NAME = /^Samf_ny_([0-9a-f]{8})_\d+$/iu;

/** A workbook name as both writers see it: its references without "=" ("'Flerår – A'!$A$1"). */
export interface WorkbookName {
  name: string;
  references: readonly string[];
}

export interface Ownership {
  /** The workbook's token, or null before the first write. */
  token: string | null;
  /** Sheets (by key) the add-in wrote in this workbook: their role and the owner names that prove it. */
  owned: Map<string, { role: string; names: string[] }>;
  /** Sheets that carried a marker of ours that is no longer valid: the user's now (renamed, copied). */
  released: string[];
  /** Sheets left under a temporary name by a write that failed, and orphaned records: to remove. */
  unfinished: string[];
  /** Names of ours that mark nothing (stale, broken, from an earlier version, a failed write): to remove. */
  staleNames: string[];
}

/** Is this name one of the add-in's marker names (owner, token), valid or not? */
export function isMarkerName(name: string): boolean {
  return name.toLowerCase().startsWith(OWNER_NAME_PREFIX.toLowerCase()) || TOKEN_NAME.test(name);
}

/** The owner name of a result sheet called `sheet` with `role` in the workbook with `token`. */
export function ownerName(token: string, role: string, sheet: string): string {
  return `${OWNER_NAME_PREFIX}${role}_${fnv1a(`${token.toLowerCase()}|${sheetKey(sheet)}`).toString(16).padStart(8, "0")}`;
}

export function tokenName(token: string): string {
  return `${TOKEN_NAME_PREFIX}${token}`;
}

/** The temporary name of the `index`-th new sheet of a write. */
export function newSheetName(token: string, index: number): string {
  return `Samf_ny_${token}_${index}`;
}

/** A fresh token: 8 random hex digits. */
export function randomToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(4));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Reads the markers. `sheets` are the workbook's sheets; `inputSheets` those the run reads its inputs
 * from, which are never ours whatever names point at them; `veryHidden` those that are very hidden.
 */
export function readOwnership(
  names: readonly WorkbookName[],
  sheets: readonly string[],
  inputSheets: readonly string[],
  veryHidden: readonly string[] = [],
): Ownership {
  const sheetByKey = new Map(sheets.map((sheet) => [sheetKey(sheet), sheet]));
  const inputs = new Set(inputSheets.map(sheetKey));
  // A token counts only where its name points at a sheet of this workbook.
  const tokenNames = names.filter((name) => TOKEN_NAME.test(name.name) && singleSheet(name, sheetByKey) !== null);
  const tokens = tokenNames.map((name) => TOKEN_NAME.exec(name.name)![1]!.toLowerCase()).sort();
  const token = tokens[0] ?? null;

  const owned = new Map<string, { role: string; names: string[] }>();
  const marked = new Set<string>();
  const markedAsRecord = new Set<string>();
  const staleNames = names.filter((name) => isMarkerName(name.name) && !TOKEN_NAME.test(name.name)).map((name) => name.name);
  staleNames.push(...names.filter((name) => TOKEN_NAME.test(name.name) && !tokenNames.includes(name)).map((name) => name.name));
  for (const name of names) {
    const role = OWNER_NAME.exec(name.name)?.[1];
    if (role === undefined) continue;
    const sheet = singleSheet(name, sheetByKey);
    if (sheet === null || inputs.has(sheetKey(sheet))) continue;
    marked.add(sheetKey(sheet));
    if (role === "record") markedAsRecord.add(sheetKey(sheet));
    if (!tokens.some((candidate) => ownerName(candidate, role, sheet).toLowerCase() === name.name.toLowerCase())) continue;
    const entry = owned.get(sheetKey(sheet)) ?? { role, names: [] };
    entry.names.push(name.name);
    owned.set(sheetKey(sheet), entry);
    staleNames.splice(staleNames.indexOf(name.name), 1);
  }
  const unfinished = sheets.filter((sheet) => {
    const match = NEW_SHEET_NAME.exec(sheet);
    return match !== null && tokens.includes(match[1]!.toLowerCase()) && !inputs.has(sheetKey(sheet));
  });
  // A very hidden record whose marker no longer holds (the token name was deleted): digests only,
  // which protect nothing of the user's and which the user cannot see to remove. It goes.
  const hidden = new Set(veryHidden.map(sheetKey));
  unfinished.push(...sheets.filter((sheet) => markedAsRecord.has(sheetKey(sheet)) && !owned.has(sheetKey(sheet)) && hidden.has(sheetKey(sheet)) && !unfinished.includes(sheet)));
  for (const sheet of unfinished) owned.delete(sheetKey(sheet));
  const released = sheets.filter((sheet) => marked.has(sheetKey(sheet)) && !owned.has(sheetKey(sheet)) && !unfinished.includes(sheet));
  return { token, owned, released, unfinished, staleNames };
}

/** The sheet a name points at when it is exactly A1 of one sheet of this workbook (as the workbook spells it). */
function singleSheet(name: WorkbookName, sheetByKey: ReadonlyMap<string, string>): string | null {
  if (name.references.length !== 1) return null;
  const range = parseRangeAddress(name.references[0]!);
  if (range?.sheet == null || range.startRow !== 0 || range.startCol !== 0 || range.endRow !== 0 || range.endCol !== 0) return null;
  return sheetByKey.get(sheetKey(range.sheet)) ?? null;
}


/** The workbook's sheets as placement sees them (unfinished ones are left out: they are removed). */
export function existingSheets(sheets: readonly string[], ownership: Ownership): ExistingSheet[] {
  return sheets
    .filter((name) => !ownership.unfinished.includes(name))
    .map((name) => {
      const owned = ownership.owned.get(sheetKey(name));
      return owned === undefined ? { name, owned: false } : { name, owned: true, role: owned.role };
    });
}

/** One warning per sheet released to the user (renamed or copied), as both writers report them. */
export function releasedWarnings(ownership: Ownership): Problem[] {
  return ownership.released.map((sheet) => ({ severity: "warning", sheet: null, cell: null, message: xlsxText.renamedSheetReleased(sheet) }));
}

/**
 * The user's workbook names with a reference into `sheet` (any area of it, whole columns too): both
 * writers count them as the user's use of a result sheet.
 */
export function namesInto(names: readonly WorkbookName[], sheet: string): string[] {
  const into = (reference: string) => {
    const named = sheetOfReference(reference);
    return named !== null && sheetKey(named) === sheetKey(sheet);
  };
  return names.filter((name) => !isMarkerName(name.name) && name.references.some(into)).map((name) => name.name);
}

/** A name's formula ("=A!$A$1,'B c'!$B$2") as its references, split at the commas between areas. */
export function referencesOf(formula: string): string[] {
  return formula.replace(/^=/u, "").match(/(?:'(?:[^']|'')*'|[^,'])+/gu) ?? [];
}

