// The Index sheet: "År", one column per series of annual change (or level, when the header says
// "nivå"), and optional "Status" (Prognos/Utfall) and "Källa" columns — for all series, or for one
// when the header names it ("Status LPI").
import type Decimal from "decimal.js";
import { Dec, type IndexSeries, type IndexStatus, type IndexValue } from "../../engine/index.ts";
import { parseText } from "../../strings/parse.ts";
import { cellText, isBlankCell } from "../cell.ts";
import { workbookText } from "../../strings/workbook.ts";
import { findLabel, labelKey } from "../labels.ts";
import { MAX_NAME_CHARS } from "../limits.ts";
import type { Problems } from "../problems.ts";
import { swedishNumber } from "../../strings/number.ts";
import { asFraction, readNumber } from "./values.ts";
import type { Table } from "./table.ts";

const YEAR_LABELS = ["År", "Year", "Årtal"] as const;
const STATUS_WORDS = ["Status"] as const;
const SOURCE_WORDS = ["Källa", "Källor"] as const;
const LEVEL_MARKER = /\s*[([]?\s*(index)?niv[aå]\s*[)\]]?\s*$/iu;
/** An unformatted number below this (in absolute value) could be a fraction or percent points. */
const AMBIGUOUS_BELOW = new Dec("0.2");
/** An annual change above this is reported as unusual. */
const LARGE_CHANGE = new Dec("0.25");

type Column =
  | { kind: "year" }
  | { kind: "series"; name: string; level: boolean }
  | { kind: "status"; series: string | null }
  | { kind: "source"; series: string | null }
  | { kind: "ignored" };

/** "PKV (nivå)", "PKV nivå" name a level series. */
function isLevelHeader(header: string): boolean {
  return LEVEL_MARKER.test(header) && header.replace(LEVEL_MARKER, "").trim() !== "";
}

/** A series' name from its header, or from how a scenario names it: "PKV nivå" → "PKV", "LPI (%)" → "LPI". */
export function seriesName(header: string): string {
  return (isLevelHeader(header) ? header.replace(LEVEL_MARKER, "") : header.replace(/\s*\(%\)\s*$/u, "")).trim();
}

export interface IndexSheet {
  table: Table;
  series: IndexSeries[];
  /** Table column of each series and table row of each year, to cite cells in later checks. */
  columnOf: Map<string, number>;
  rowOf: Map<number, number>;
  headerRow: number;
}

export function parseIndex(table: Table, problems: Problems): IndexSheet | null {
  const headerRow = findHeaderRow(table);
  if (headerRow === null) {
    table.error(problems, 0, 0, parseText.noIndexHeader());
    return null;
  }
  const columns = classifyColumns(table, headerRow, problems);
  const seriesColumns = columns.flatMap((c, col) => (c.kind === "series" ? [{ ...c, col }] : []));
  if (seriesColumns.length === 0) {
    table.error(problems, headerRow, 0, parseText.noIndexSeries());
    return null;
  }
  const yearCol = columns.findIndex((c) => c.kind === "year");
  const values = new Map(seriesColumns.map((s) => [s.name, new Map<number, IndexValue>()]));
  const statusMissing = new Map(seriesColumns.map((s) => [s.name, [] as number[]]));
  const rowOf = new Map<number, number>();

  for (let row = headerRow + 1; row < table.rowCount; row++) {
    if (table.row(row).every((cell) => isBlankCell(cell))) continue;
    const year = readYear(table, row, yearCol, problems);
    if (year === null) continue;
    if (rowOf.has(year)) {
      table.error(problems, row, yearCol, parseText.duplicateYear(year, table.sheetRow(rowOf.get(year)!)));
      continue;
    }
    rowOf.set(year, row);
    for (const series of seriesColumns) {
      if (isBlankCell(table.value(row, series.col))) continue;
      const value = readIndexValue(table, row, series.col, series.level, series.name, problems);
      if (value === null) continue;
      const status = readStatus(table, row, columns, series.name, problems);
      if (status === undefined) statusMissing.get(series.name)!.push(year);
      values.get(series.name)!.set(year, { value, status: status ?? "prognos", source: readSource(table, row, columns, series.name) });
    }
  }

  for (const [name, years] of statusMissing) {
    if (years.length > 0) {
      const col = seriesColumns.find((s) => s.name === name)!.col;
      table.warning(problems, headerRow, col, parseText.statusMissing(name, yearList(years)));
    }
  }
  return {
    table,
    series: seriesColumns.map((s) => ({ name: s.name, kind: s.level ? "level" : "change", values: values.get(s.name)! })),
    columnOf: new Map(seriesColumns.map((s) => [s.name, s.col])),
    rowOf,
    headerRow,
  };
}

function findHeaderRow(table: Table): number | null {
  for (let row = 0; row < Math.min(10, table.rowCount); row++) {
    if (table.row(row).some((cell) => findLabel(cell, YEAR_LABELS) !== null)) return row;
  }
  return null;
}

function classifyColumns(table: Table, headerRow: number, problems: Problems): Column[] {
  const seen = new Set<string>();
  return table.row(headerRow).map((cell, col): Column => {
    if (isBlankCell(cell)) return { kind: "ignored" };
    if (findLabel(cell, YEAR_LABELS)) return { kind: "year" };
    const text = cellText(cell);
    if (text.length > MAX_NAME_CHARS) {
      table.error(problems, headerRow, col, workbookText.nameTooLong(text.length));
      return { kind: "ignored" };
    }
    const [first, ...rest] = text.split(/\s+/u);
    const qualifier = rest.length > 0 ? rest.join(" ") : null;
    if (findLabel(first, STATUS_WORDS)) return { kind: "status", series: qualifier };
    if (findLabel(first, SOURCE_WORDS)) return { kind: "source", series: qualifier };
    const level = isLevelHeader(text);
    const name = seriesName(text);
    const key = labelKey(name);
    if (seen.has(key)) {
      table.error(problems, headerRow, col, parseText.duplicateSeries(name));
      return { kind: "ignored" };
    }
    seen.add(key);
    return { kind: "series", name, level };
  });
}

function readYear(table: Table, row: number, col: number, problems: Problems): number | null {
  const cell = table.value(row, col);
  const text = cellText(cell);
  const year = typeof cell === "number" ? cell : /^\d{4}$/u.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    table.error(problems, row, col, parseText.invalidYear(text));
    return null;
  }
  return year;
}

/** A change as a fraction (3,1 → 0.031), or a level as written; ambiguous forms are errors. */
function readIndexValue(table: Table, row: number, col: number, level: boolean, series: string, problems: Problems): Decimal | null {
  const number = readNumber(table, row, col, problems);
  if (number === null) return null;
  if (level) {
    if (number.percent !== null) {
      table.error(problems, row, col, parseText.percentLevel(series));
      return null;
    }
    if (number.value.lte(0)) {
      table.error(problems, row, col, parseText.levelNotPositive(swedishNumber(number.value)));
      return null;
    }
    return number.value;
  }
  if (number.percent === null && !number.value.isZero() && number.value.abs().lt(AMBIGUOUS_BELOW)) {
    table.error(problems, row, col, parseText.ambiguousPercent(swedishNumber(number.value), swedishNumber(number.value.times(100))));
    return null;
  }
  // A percent-formatted cell holding 2,9 shows 290 %: 2,9 was typed into a cell that Excel then read
  // as 290 %. No index moves by 100 % or more in a year, so that is an error that names the fix.
  if (number.percent === "format" && number.value.abs().gte(1)) {
    table.error(problems, row, col, parseText.percentTypedAsWhole(swedishNumber(number.value.times(100)), swedishNumber(number.value)));
    return null;
  }
  const change = asFraction(number);
  if (change.lte(-1)) {
    table.error(problems, row, col, parseText.changeTooLow(swedishNumber(change.times(100))));
    return null;
  }
  if (change.abs().gt(LARGE_CHANGE)) table.warning(problems, row, col, parseText.largeChange(swedishNumber(change.times(100))));
  return change;
}

/** The status for a series on a row: its own column, else the shared one; undefined when blank or absent. */
function readStatus(table: Table, row: number, columns: Column[], series: string, problems: Problems): IndexStatus | undefined {
  const col = qualifiedColumn(columns, "status", series);
  if (col === null) return undefined;
  const cell = table.value(row, col);
  if (isBlankCell(cell)) return undefined;
  const status = findLabel(cell, ["Prognos", "Utfall"] as const);
  if (status === null) {
    table.error(problems, row, col, parseText.invalidStatus(cellText(cell)));
    return undefined;
  }
  return status === "Prognos" ? "prognos" : "utfall";
}

function readSource(table: Table, row: number, columns: Column[], series: string): string | null {
  const col = qualifiedColumn(columns, "source", series);
  const text = col === null ? "" : cellText(table.value(row, col));
  return text === "" ? null : text;
}

function qualifiedColumn(columns: Column[], kind: "status" | "source", series: string): number | null {
  const own = columns.findIndex((c) => c.kind === kind && c.series !== null && labelKey(c.series) === labelKey(series));
  if (own >= 0) return own;
  const shared = columns.findIndex((c) => c.kind === kind && c.series === null);
  return shared >= 0 ? shared : null;
}

/** "2024–2027" for consecutive years, else "2024, 2026". */
function yearList(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const consecutive = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return consecutive && sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(", ");
}
