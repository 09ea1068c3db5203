// The Befolkning sheet: one row per municipality (name, kommunkod or both), one column per reference
// date, optional further numeric key columns, and an optional checked total row.
import type Decimal from "decimal.js";
import { Dec, type Municipality as EngineMunicipality } from "../../engine/index.ts";
import { parseText } from "../../strings/parse.ts";
import { workbookText } from "../../strings/workbook.ts";
import { cellText, isBlankCell } from "../cell.ts";
import { parseDateHeader } from "../dates.ts";
import { isDateFormat } from "../grid.ts";
import { findLabel } from "../labels.ts";
import { MAX_NAME_CHARS } from "../limits.ts";
import type { Problems } from "../problems.ts";
import { countiesOf, findMunicipality, suggestMunicipalities, type Municipality } from "../register.ts";
import { swedishNumber } from "../../strings/number.ts";
import { areaOf, checkAreaRows, isNoteRow, sourceOf, type AreaRow, type ValueColumn } from "./populationExtras.ts";
import { readNumber, unreadableCell } from "./values.ts";
import type { Table } from "./table.ts";

const CODE_LABELS = ["Kommunkod", "Kod", "Kommunnummer", "Kommunnr"] as const;
const NAME_LABELS = ["Kommun", "Kommunnamn", "Namn"] as const;
const IGNORED_LABELS = ["Län", "Länskod", "Region"] as const;
/** SCB's export heads its code-and-name column "region": the identity column when no other is labelled. */
const SCB_REGION_LABEL = ["Region"] as const;
const TOTAL_LABELS = ["Summa", "Totalt", "Total", "Summa kommuner", "Hela länet"] as const;
const HEADER_SEARCH_ROWS = 10;

type Column =
  | { kind: "code" }
  | { kind: "name" }
  | { kind: "date"; date: string }
  | { kind: "key"; header: string }
  | { kind: "ignored" };

export interface PopulationRow {
  municipality: Municipality;
  /** Row in the table (for problem addresses). */
  row: number;
}

export interface PopulationSheet {
  table: Table;
  dates: string[];
  keyColumns: string[];
  rows: PopulationRow[];
  /** Engine view: population and key values by municipality, only cells that hold a value. */
  municipalities: EngineMunicipality[];
  /** Table column of each date and key column, to cite cells in later checks. */
  columnOf: Map<string, number>;
  /** The source line under the table ("Källa: SCB, Statistikdatabasen tabell TAB638, hämtad 2026-11-29"), if any. */
  source: string | null;
}

export function parsePopulation(table: Table, problems: Problems): PopulationSheet | null {
  const headerRow = findHeaderRow(table);
  if (headerRow === null) {
    table.error(problems, 0, 0, parseText.noPopulationHeader());
    return null;
  }
  const columns = classifyColumns(table, headerRow, problems);
  const dates = columns.flatMap((c) => (c.kind === "date" ? [c.date] : []));
  const keyColumns = columns.flatMap((c) => (c.kind === "key" ? [c.header] : []));
  if (dates.length === 0) {
    table.error(problems, headerRow, 0, parseText.noPopulationColumns());
    return null;
  }
  const columnOf = new Map<string, number>();
  columns.forEach((c, i) => {
    if (c.kind === "date") columnOf.set(c.date, i);
    if (c.kind === "key") columnOf.set(c.header, i);
  });

  const identity = identityColumns(columns);
  const { rows, source } = readRows(table, headerRow, identity, columns, problems);
  if (rows.length === 0) {
    table.error(problems, headerRow, identity.name ?? identity.code ?? 0, parseText.noMunicipalities());
    return null;
  }
  const counties = countiesOf(rows.map((r) => r.municipality.municipality));
  if (counties.length > 1) {
    problems.warning(table.sheet, null, null, parseText.severalCounties(counties.map((c) => c.name)));
  }
  return {
    table,
    dates,
    keyColumns,
    rows: rows.map((r) => r.municipality),
    municipalities: rows.map((r) => r.engine),
    columnOf,
    source,
  };
}

function findHeaderRow(table: Table): number | null {
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, table.rowCount); row++) {
    const cells = table.row(row);
    const hasLabel = cells.some((cell) => findLabel(cell, [...CODE_LABELS, ...NAME_LABELS]) !== null) || findLabel(cells[0], SCB_REGION_LABEL) !== null;
    // A number is a date header only in a date-formatted cell (Office.js gives dates as serial
    // numbers); otherwise it is a population, and its row is data.
    const isDate = (cell: unknown, col: number) =>
      (typeof cell !== "number" || isDateFormat(table.format(row, col))) && parseDateHeader(cell).ok;
    const hasDate = cells.some((cell, col) => col > 0 && isDate(cell, col));
    if (hasLabel || hasDate) return row;
  }
  return null;
}

function classifyColumns(table: Table, headerRow: number, problems: Problems): Column[] {
  const seen = new Set<string>();
  const labelled = table.row(headerRow).some((cell) => findLabel(cell, [...CODE_LABELS, ...NAME_LABELS]) !== null);
  return table.row(headerRow).map((cell, col): Column => {
    if (findLabel(cell, CODE_LABELS)) return { kind: "code" };
    if (findLabel(cell, NAME_LABELS)) return { kind: "name" };
    if (col === 0 && !labelled && findLabel(cell, SCB_REGION_LABEL)) return { kind: "name" };
    if (findLabel(cell, IGNORED_LABELS)) return { kind: "ignored" };
    if (isBlankCell(cell)) {
      const hasValues = Array.from({ length: table.rowCount - headerRow - 1 }, (_, i) => table.value(headerRow + 1 + i, col))
        .some((v) => !isBlankCell(v));
      if (hasValues && col > 0) table.error(problems, headerRow, col, parseText.headerlessColumn());
      return { kind: "ignored" };
    }
    const date = parseDateHeader(cell);
    if (date.ok && col > 0) {
      if (seen.has(date.date)) {
        table.error(problems, headerRow, col, parseText.duplicateDateColumn(date.date));
        return { kind: "ignored" };
      }
      seen.add(date.date);
      return { kind: "date", date: date.date };
    }
    if (col === 0) return { kind: "name" }; // the first column holds the municipality whatever its header
    const header = cellText(cell);
    if (header.length > MAX_NAME_CHARS) {
      table.error(problems, headerRow, col, workbookText.nameTooLong(header.length));
      return { kind: "ignored" };
    }
    if (seen.has(header)) {
      table.error(problems, headerRow, col, parseText.duplicateKeyColumn(header));
      return { kind: "ignored" };
    }
    seen.add(header);
    return { kind: "key", header };
  });
}

function identityColumns(columns: Column[]): { code: number | null; name: number | null } {
  const code = columns.findIndex((c) => c.kind === "code");
  const name = columns.findIndex((c) => c.kind === "name");
  return { code: code < 0 ? null : code, name: name < 0 ? null : name };
}

interface ReadRow {
  municipality: PopulationRow;
  engine: EngineMunicipality;
}

function readRows(
  table: Table,
  headerRow: number,
  identity: { code: number | null; name: number | null },
  columns: Column[],
  problems: Problems,
): { rows: ReadRow[]; source: string | null } {
  const idColumn = identity.code ?? identity.name ?? 0;
  const rows: ReadRow[] = [];
  const firstRowOf = new Map<string, number>();
  const misses: { row: number; col: number; input: string }[] = [];
  const areaRows: AreaRow[] = [];
  const notes: number[] = [];
  let source: string | null = null;
  let dropped = false; // a row that could not be read: the total row cannot be checked then
  let totalRow: number | null = null;

  for (let row = headerRow + 1; row < table.rowCount; row++) {
    const cells = table.row(row);
    if (cells.every((cell) => isBlankCell(cell))) continue;
    const labels = [identity.name, identity.code, idColumn].flatMap((col) => (col === null ? [] : [table.value(row, col)]));
    // Under the total row only notes are expected; anything else is not read.
    if (totalRow === null && labels.some(isTotalLabel)) {
      if (!dropped) checkTotalRow(table, row, rows, columns, problems);
      totalRow = row;
      continue;
    }
    const area = labels.map(areaOf).find((a) => a !== null);
    if (area !== undefined && totalRow === null) {
      areaRows.push({ row, area });
      continue;
    }
    if (isNoteRow(cells)) {
      const line = sourceOf(cells);
      if (line !== null) source ??= line;
      else notes.push(row);
      continue;
    }
    if (totalRow !== null) {
      table.warning(problems, row, idColumn, parseText.rowsAfterTotal());
      break;
    }
    const municipality = identify(table, row, identity, idColumn, problems, misses);
    const first = municipality === null ? undefined : firstRowOf.get(municipality.code);
    if (municipality === null || first !== undefined) {
      if (municipality !== null) table.error(problems, row, idColumn, parseText.duplicateMunicipality(municipality.name, first!));
      dropped = true;
      continue;
    }
    firstRowOf.set(municipality.code, table.sheetRow(row));
    rows.push({ municipality: { municipality, row }, engine: readValues(table, row, municipality, columns, problems) });
  }

  // Suggestions for unknown names prefer the county most rows are in.
  const countyCode = mostCommonCounty(rows.map((r) => r.municipality.municipality));
  for (const miss of misses) {
    const suggestions = suggestMunicipalities(miss.input, countyCode === null ? {} : { countyCode }).map((m) => m.name);
    table.error(problems, miss.row, miss.col, workbookText.unknownMunicipality(miss.input, suggestions));
  }
  if (!dropped) {
    const valueColumns = columns.flatMap((c, col): ValueColumn[] => (c.kind === "date" ? [{ col, date: c.date }] : c.kind === "key" ? [{ col, date: null }] : []));
    const municipalities = rows.map((r) => ({
      countyCode: r.municipality.municipality.countyCode,
      valueAt: (col: number) => {
        const column = columns[col]!;
        return column.kind === "date" ? r.engine.population.get(column.date) : column.kind === "key" ? r.engine.columns.get(column.header) : undefined;
      },
    }));
    checkAreaRows(table, areaRows, idColumn, municipalities, valueColumns, problems);
  }
  if (notes.length > 0) table.warning(problems, notes[0]!, idColumn, parseText.notesSkipped(notes.length, cellText(table.row(notes[0]!).find((c) => !isBlankCell(c)))));
  return { rows, source };
}

function identify(
  table: Table,
  row: number,
  identity: { code: number | null; name: number | null },
  idColumn: number,
  problems: Problems,
  misses: { row: number; col: number; input: string }[],
): Municipality | null {
  // The code decides when there is one; a row with a blank code is identified by its name.
  if (identity.code !== null && identity.name !== null && isBlankCell(table.value(row, identity.code))) idColumn = identity.name;
  const cell = table.value(row, idColumn);
  const unreadable = unreadableCell(cell);
  if (unreadable !== null) {
    table.error(problems, row, idColumn, unreadable);
    return null;
  }
  const match = findMunicipality(cell);
  if (!match.ok) {
    if (match.reason === "unknownName") misses.push({ row, col: idColumn, input: match.input });
    else if (match.reason === "unknownCode") table.error(problems, row, idColumn, workbookText.unknownMunicipalityCode(match.input));
    else if (match.reason === "empty") table.error(problems, row, idColumn, workbookText.missingMunicipality());
    else if (match.reason === "ambiguous") {
      table.error(problems, row, idColumn, workbookText.ambiguousMunicipality(match.input, match.suggestions.map((m) => m.name)));
    } else table.error(problems, row, idColumn, workbookText.notMunicipality(match.input));
    return null;
  }
  // With both a code and a name column, the two must agree.
  if (identity.code !== null && identity.name !== null) {
    const nameCell = table.value(row, identity.name);
    if (!isBlankCell(nameCell)) {
      const byName = findMunicipality(nameCell);
      if (!byName.ok || byName.municipality.code !== match.municipality.code) {
        table.error(problems, row, identity.name, parseText.codeNameMismatch(match.municipality.code, match.municipality.name, cellText(nameCell)));
        return null;
      }
    }
  }
  return match.municipality;
}

function readValues(table: Table, row: number, municipality: Municipality, columns: Column[], problems: Problems): EngineMunicipality {
  const population = new Map<string, Decimal>();
  const keyValues = new Map<string, Decimal>();
  columns.forEach((column, col) => {
    if (column.kind !== "date" && column.kind !== "key") return;
    const cell = table.value(row, col);
    if (isBlankCell(cell)) return; // missing values are errors only where a scenario needs them
    const value = readNumber(table, row, col, problems);
    if (value === null) return;
    if (value.percent) {
      table.error(problems, row, col, parseText.percentInPopulation(cellText(cell)));
      return;
    }
    if (value.value.isNegative() && !value.value.isZero()) {
      table.error(problems, row, col, parseText.negativeValue(swedishNumber(value.value)));
      return;
    }
    if (column.kind === "date") {
      if (!value.value.isInteger()) {
        table.error(problems, row, col, parseText.fractionalPopulation(cellText(cell)));
        return;
      }
      population.set(column.date, value.value);
    } else {
      keyValues.set(column.header, value.value);
    }
  });
  return { id: municipality.code, name: municipality.name, population, columns: keyValues };
}

function checkTotalRow(table: Table, row: number, rows: ReadRow[], columns: Column[], problems: Problems): void {
  columns.forEach((column, col) => {
    if (column.kind !== "date" && column.kind !== "key") return;
    const cell = table.value(row, col);
    if (isBlankCell(cell)) return;
    const stated = readNumber(table, row, col, problems);
    if (stated === null) return;
    const values = rows.map((r) => (column.kind === "date" ? r.engine.population.get(column.date) : r.engine.columns.get(column.header)));
    if (values.some((v) => v === undefined)) return; // a missing value is reported where it is needed
    const computed = values.reduce<Decimal>((acc, v) => acc.plus(v!), new Dec(0));
    if (!computed.equals(stated.value)) {
      table.error(problems, row, col, parseText.totalMismatch(swedishNumber(stated.value), swedishNumber(computed)));
    }
  });
}

/** "Summa", "Totalt" …: the user's own total row. (A county row is SCB's: see populationExtras.) */
function isTotalLabel(cell: unknown): boolean {
  return findLabel(cell, TOTAL_LABELS) !== null;
}

function mostCommonCounty(municipalities: readonly Municipality[]): string | null {
  const counts = new Map<string, number>();
  for (const m of municipalities) counts.set(m.countyCode, (counts.get(m.countyCode) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, count] of counts) if (best === null || count > counts.get(best)!) best = code;
  return best;
}
