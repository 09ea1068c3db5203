// Where fetched population figures go in the Befolkning sheet: a new column per date after the
// last column, the cells of a date column that already exists only when they are blank, or — with
// the user's explicit choice — where they differ; the total row's sum; and the source line under
// the table. Pure: it reads a grid and returns cell writes, for the xlsx and the Office.js writers.
import { scbText } from "../../strings/scb.ts";
import { cellAddress } from "../address.ts";
import { cellText, isBlankCell } from "../cell.ts";
import { isoDateToExcelSerial, parseDateHeader } from "../dates.ts";
import type { SheetGrid } from "../grid.ts";
import { findLabel } from "../labels.ts";
import { parseNumber } from "../numbers.ts";
import { findMunicipality, type Municipality } from "../register.ts";
import { templateText } from "../../strings/xlsx.ts";

export const DATE_FORMAT = "yyyy-mm-dd";
export const COUNT_FORMAT = "#,##0";

const ID_LABELS = ["Kommunkod", "Kod", "Kommunnummer", "Kommunnr", "Kommun", "Kommunnamn", "Namn", "Region"] as const;
const TOTAL_LABELS = ["Summa", "Totalt", "Total", "Summa kommuner", "Hela länet"] as const;
const SOURCE_LINE = /^källa\s*:/iu;

/** One cell to write, at a 0-based sheet row and column. */
export interface CellWrite {
  row: number;
  col: number;
  value: string | number;
  format?: string;
}

/** An existing figure that differs from SCB's. */
export interface Conflict {
  date: string;
  municipality: string;
  /** "D5" */
  cell: string;
  old: string;
  fetched: number;
}

export interface PopulationUpdate {
  writes: CellWrite[];
  /** Dates whose column is new or gets figures. */
  written: string[];
  /** Dates already in the sheet with the same figures: nothing to do. */
  unchanged: string[];
  /** Figures that differ from what the sheet holds; written only when replacing was chosen. */
  conflicts: Conflict[];
}

/** The sheet's municipality rows: what to fetch for, in sheet order. */
export interface PopulationLayout {
  headerRow: number;
  idCol: number;
  municipalities: { municipality: Municipality; row: number }[];
  dateCols: Map<string, number>;
  totalRow: number | null;
  sourceRow: number | null;
  /** The last used row and column (sheet coordinates). */
  lastRow: number;
  lastCol: number;
}

/** Finds the header row (Kommunkod, Kommun or SCB's region), the municipality rows, date columns, total and source lines. */
export function populationLayout(grid: SheetGrid): PopulationLayout | null {
  const { values, top, left } = grid;
  const headerIndex = values.findIndex((row) => row.some((cell) => findLabel(cell, ID_LABELS) !== null));
  if (headerIndex < 0) return null;
  const header = values[headerIndex]!;
  const idCols = header.flatMap((cell, c) => (findLabel(cell, ID_LABELS) === null ? [] : [c]));
  const dateCols = new Map<string, number>();
  header.forEach((cell, c) => {
    const date = c > 0 && !idCols.includes(c) ? parseDateHeader(cell) : null;
    if (date?.ok === true && !dateCols.has(date.date)) dateCols.set(date.date, left + c);
  });
  const layout: PopulationLayout = {
    headerRow: top + headerIndex, idCol: left + idCols[0]!, municipalities: [], dateCols, totalRow: null, sourceRow: null,
    lastRow: top + headerIndex, lastCol: left + Math.max(...header.flatMap((cell, c) => (isBlankCell(cell) ? [] : [c]))),
  };
  for (let r = headerIndex + 1; r < values.length; r++) {
    const row = values[r]!;
    if (row.every(isBlankCell)) continue;
    layout.lastRow = top + r;
    const first = row.find((cell) => !isBlankCell(cell));
    if (typeof first === "string" && SOURCE_LINE.test(first.trim())) layout.sourceRow ??= top + r;
    else if (idCols.some((c) => findLabel(row[c], TOTAL_LABELS) !== null)) layout.totalRow ??= top + r;
    else {
      const match = idCols.map((c) => findMunicipality(row[c])).find((m) => m.ok);
      if (match?.ok === true && !layout.municipalities.some((m) => m.municipality.code === match.municipality.code)) {
        layout.municipalities.push({ municipality: match.municipality, row: top + r });
      }
    }
  }
  return layout;
}

export interface Fetched {
  /** Population by date, then kommunkod. */
  figures: ReadonlyMap<string, ReadonlyMap<string, number>>;
  tables: readonly string[];
  /** "2026-11-29" */
  fetchedOn: string;
}

/** The writes that put the fetched figures into the sheet; differing figures are replaced only with `replace`. */
export function planPopulationUpdate(grid: SheetGrid, layout: PopulationLayout, fetched: Fetched, replace: boolean): PopulationUpdate {
  const at = (row: number, col: number) => grid.values[row - grid.top]?.[col - grid.left] ?? null;
  const update: PopulationUpdate = { writes: [], written: [], unchanged: [], conflicts: [] };
  let nextCol = layout.lastCol + 1;
  for (const [date, figures] of [...fetched.figures].sort(([a], [b]) => a.localeCompare(b))) {
    const existing = layout.dateCols.get(date);
    const col = existing ?? nextCol++;
    const writes: CellWrite[] = [];
    if (existing === undefined) writes.push({ row: layout.headerRow, col, value: isoDateToExcelSerial(date)!, format: DATE_FORMAT });
    for (const { municipality, row } of layout.municipalities) {
      const value = figures.get(municipality.code);
      if (value === undefined) continue;
      const old = at(row, col);
      const parsed = parseNumber(old);
      if (isBlankCell(old)) writes.push({ row, col, value, format: COUNT_FORMAT });
      else if (!parsed.ok || !parsed.value.equals(value)) {
        update.conflicts.push({ date, municipality: municipality.name, cell: cellAddress(null, row, col), old: cellText(old), fetched: value });
        if (replace) writes.push({ row, col, value, format: COUNT_FORMAT });
      }
    }
    if (writes.length === 0) {
      if (!update.conflicts.some((c) => c.date === date)) update.unchanged.push(date);
      continue;
    }
    if (layout.totalRow !== null) {
      const sum = layout.municipalities.reduce((acc, m) => acc + (figures.get(m.municipality.code) ?? 0), 0);
      writes.push({ row: layout.totalRow, col, value: sum, format: COUNT_FORMAT });
    }
    update.writes.push(...writes);
    update.written.push(date);
  }
  if (update.written.length > 0) update.writes.push(sourceLineWrite(layout, at, fetched));
  return update;
}

/** SCB's source line: the earlier SCB line updated (its tables kept), else a new line below the table. */
function sourceLineWrite(layout: PopulationLayout, at: (row: number, col: number) => unknown, fetched: Fetched): CellWrite {
  const old = layout.sourceRow === null ? "" : cellText(at(layout.sourceRow, layout.idCol));
  const isScb = /^källa\s*:\s*scb/iu.test(old);
  const tables = [...new Set([...(isScb ? old.match(/TAB\d+/gu) ?? [] : []), ...fetched.tables])];
  const row = isScb ? layout.sourceRow! : layout.lastRow + 2;
  return { row, col: layout.idCol, value: scbText.sourceLine(tables, fetched.fetchedOn) };
}

/** A Befolkning sheet's header and one row per municipality (kommunkod as text, keeping a leading zero), from row 0. */
export function newPopulationSheet(municipalities: readonly Municipality[]): CellWrite[] {
  const { code, name } = templateText.population;
  return [
    { row: 0, col: 0, value: code },
    { row: 0, col: 1, value: name },
    ...municipalities.flatMap((m, i) => [{ row: i + 1, col: 0, value: m.code, format: "@" }, { row: i + 1, col: 1, value: m.name }]),
  ];
}
