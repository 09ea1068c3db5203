// Rows of SCB's own population tables that are not municipalities: a county row ("20 Dalarnas
// län", "Dalarnas län") or Riket above or below the municipalities, and source and footnote lines
// under the table ("Källa: SCB …"). A county row is checked against its municipalities; from 2025
// SCB's deliberate noise lets the two differ, which is a warning, since the split uses the
// municipality rows.
import type Decimal from "decimal.js";
import { Dec } from "../../engine/index.ts";
import { parseText } from "../../strings/parse.ts";
import { swedishNumber } from "../../strings/number.ts";
import { cellText, isBlankCell, type CellValue } from "../cell.ts";
import type { Problems } from "../problems.ts";
import { findCounty, findMunicipality, type County } from "../register.ts";
import type { Table } from "./table.ts";
import { readNumber } from "./values.ts";

/** The first reference date SCB's population figures carry deliberate noise (Cell Key Method). */
export const NOISE_FROM = "2025-01-01";

export type Area = { kind: "county"; county: County } | { kind: "country" };

/** "20 Dalarnas län", "Dalarnas län", "Region Dalarna", "00 Riket", "Riket" — never a municipality's own name ("Uppsala"). */
export function areaOf(cell: CellValue): Area | null {
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (/^(?:00\s+)?(?:hela\s+)?riket$/iu.test(text)) return { kind: "country" };
  if (findMunicipality(text).ok) return null;
  const coded = /^(\d{2})\s+(\D.*)$/u.exec(text);
  if (coded !== null) {
    const county = findCounty(coded[2]!);
    return county !== undefined && county.code === coded[1] ? { kind: "county", county } : null;
  }
  if (/^\d+$/u.test(text)) return null;
  const county = findCounty(text);
  return county === undefined ? null : { kind: "county", county };
}

/** Words that start a source or footnote line in SCB's exports and people's own tables. */
const NOTE_START = /^(?:källa|anm(?:\.|ärkning)?|fotnot|not|förklaring|uppgift|tabell|\.\.|\*)/iu;

/**
 * A line of text under or beside the table, not a municipality: the row's only value is text
 * that starts like a note ("Källa: …", "Anm.", "..") or is a sentence (a colon, or four words).
 */
export function isNoteRow(cells: readonly CellValue[]): boolean {
  const filled = cells.filter((c) => !isBlankCell(c));
  if (filled.length !== 1 || typeof filled[0] !== "string") return false;
  const text = filled[0].trim();
  if (findMunicipality(text).ok) return false;
  return NOTE_START.test(text) || text.includes(":") || text.split(/\s+/u).length >= 4;
}

/** The source line's text when the note is one ("Källa: SCB, Statistikdatabasen tabell TAB638, hämtad 2026-11-29"). */
export function sourceOf(cells: readonly CellValue[]): string | null {
  const text = cellText(cells.find((c) => !isBlankCell(c)));
  return /^källa\s*:/iu.test(text) ? text : null;
}

export interface AreaRow {
  row: number;
  area: Area;
}

export interface ValueColumn {
  col: number;
  /** The column's reference date, or null for a key column. */
  date: string | null;
}

/**
 * Checks each county row against the sum of its county's municipality rows: a difference is an
 * error, except in a date column from 2025 on, where SCB's noise explains it (a warning that
 * states the difference). Riket is not checked: it is skipped with a warning.
 */
export function checkAreaRows(
  table: Table,
  areaRows: readonly AreaRow[],
  idColumn: number,
  municipalities: readonly { countyCode: string; valueAt: (col: number) => Decimal | undefined }[],
  columns: readonly ValueColumn[],
  problems: Problems,
): void {
  for (const { row, area } of areaRows) {
    if (area.kind === "country") {
      table.warning(problems, row, idColumn, parseText.countryRowSkipped());
      continue;
    }
    const members = municipalities.filter((m) => m.countyCode === area.county.code);
    for (const { col, date } of columns) {
      if (isBlankCell(table.value(row, col))) continue;
      const stated = readNumber(table, row, col, problems);
      if (stated === null) continue;
      const values = members.map((m) => m.valueAt(col));
      if (members.length === 0 || values.some((v) => v === undefined)) continue; // a missing value is reported where it is needed
      const computed = values.reduce<Decimal>((acc, v) => acc.plus(v!), new Dec(0));
      if (computed.equals(stated.value)) continue;
      const [statedText, computedText] = [swedishNumber(stated.value), swedishNumber(computed)];
      if (date !== null && date >= NOISE_FROM) {
        const difference = swedishNumber(stated.value.minus(computed).abs());
        table.warning(problems, row, col, parseText.countyNoise(area.county.name, date, statedText, computedText, difference));
      } else table.error(problems, row, col, parseText.countyMismatch(area.county.name, statedText, computedText));
    }
  }
}
