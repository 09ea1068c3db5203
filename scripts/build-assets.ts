// Builds the example and template workbooks from data files, deterministically:
//   npx tsx scripts/build-assets.ts           writes assets/exempel.xlsx and assets/mall.xlsx
//   npx tsx scripts/build-assets.ts --check   exits 1 when the committed files differ in content
// The check compares what ExcelJS reads back (sheets, cell values, formats, fonts, notes, column
// widths, views, names), not the zip bytes: the zip entries carry the time they were written.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { instructionLines, SCENARIO_PARAMETERS, templateText } from "../src/strings/xlsx.ts";
import { labelKey } from "../src/workbook/labels.ts";
import { INPUT_SHEETS } from "../src/workbook/grid.ts";
import { readWorkbookFile, saveWorkbookAtomically, XlsxFileError } from "../src/xlsx/file.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

export const DATA_FILES = {
  population: "data/dalarna-befolkning.csv",
  index: "data/exempel-index.csv",
  scenarios: "data/exempel-scenarier.csv",
} as const;

export const ASSETS = {
  example: "assets/exempel.xlsx",
  template: "assets/mall.xlsx",
} as const;

/** Fixed metadata, so that the same data gives the same workbook. */
const AUTHOR = "Samfinansiering";
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

const FORMATS = {
  date: "yyyy-mm-dd",
  count: "#,##0",
  amount: "#,##0",
  indexChange: "0.0%",
  share: "0%",
  text: "@",
} as const;

/** Number formats of the Scenarier sheet's value cells, by parameter label. */
const PARAMETER_FORMATS: Readonly<Record<string, string>> = {
  [labelKey("Kostnad per tjänst (kr)")]: FORMATS.amount,
  [labelKey("Årskostnad (kr)")]: FORMATS.amount,
  [labelKey("Fast belopp per kommun (kr)")]: FORMATS.amount,
  [labelKey("Regionens andel (%)")]: FORMATS.share,
  // Text, so that a date typed by the user stays as written.
  [labelKey("Befolkning avser")]: FORMATS.text,
};

// ---------------------------------------------------------------------------------------------
// Data files

export interface PopulationData {
  /** Reference dates (ISO) in the file's column order. */
  dates: string[];
  rows: { code: string; name: string; population: number[] }[];
}

export interface IndexData {
  series: string[];
  rows: { year: number; changes: string[]; status: string; source: string }[];
}

export interface ScenarioData {
  /** Scenario names (the header row after "Parameter"). */
  names: string[];
  /** One per parameter: its label and the value per scenario as written ("" = not set). */
  rows: { label: string; values: string[] }[];
}

export interface AssetData {
  population: PopulationData;
  index: IndexData;
  scenarios: ScenarioData;
}

/** Comma-separated values with optional double quotes ("" inside quotes is a quote); LF or CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.replace(/^\uFEFF/u, "");
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ""));
}

function table(path: string, text: string, expectedHeader: readonly string[]): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parseCsv(text).map((cells) => cells.map((cell) => cell.trim()));
  if (header === undefined) throw new Error(`${path}: empty file`);
  expectedHeader.forEach((name, i) => {
    if (header[i] !== name) throw new Error(`${path}: column ${i + 1} must be "${name}", got "${header[i] ?? ""}"`);
  });
  rows.forEach((cells, i) => {
    if (cells.length !== header.length) throw new Error(`${path} line ${i + 2}: expected ${header.length} cells, got ${cells.length}`);
  });
  return { header, rows };
}

export function parsePopulationCsv(text: string, path: string = DATA_FILES.population): PopulationData {
  const { header, rows } = table(path, text, ["kommunkod", "kommun"]);
  const dates = header.slice(2);
  for (const date of dates) if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new Error(`${path}: not a date header: ${date}`);
  return {
    dates,
    rows: rows.map((cells, i) => {
      const [code, name, ...counts] = cells as [string, string, ...string[]];
      if (!/^\d{4}$/u.test(code)) throw new Error(`${path} line ${i + 2}: kommunkod must have 4 digits: ${code}`);
      const population = counts.map((count) => {
        if (!/^\d+$/u.test(count)) throw new Error(`${path} line ${i + 2}: not a population: ${count}`);
        return Number(count);
      });
      return { code, name, population };
    }),
  };
}

export function parseIndexCsv(text: string, path: string = DATA_FILES.index): IndexData {
  const { header, rows } = table(path, text, [templateText.index.year]);
  const status = header.indexOf(templateText.index.status);
  const source = header.indexOf(templateText.index.source);
  if (status < 0 || source < 0 || source !== header.length - 1 || status !== header.length - 2) {
    throw new Error(`${path}: the last two columns must be ${templateText.index.status} and ${templateText.index.source}`);
  }
  return {
    series: header.slice(1, status),
    rows: rows.map((cells, i) => {
      const year = Number(cells[0]);
      if (!Number.isInteger(year)) throw new Error(`${path} line ${i + 2}: not a year: ${cells[0]}`);
      const changes = cells.slice(1, status);
      for (const change of changes) {
        if (!/^-?\d+(\.\d+)?$/u.test(change)) throw new Error(`${path} line ${i + 2}: not a change in percent points: ${change}`);
      }
      return { year, changes, status: cells[status]!, source: cells[source]! };
    }),
  };
}

export function parseScenarioCsv(text: string, path: string = DATA_FILES.scenarios): ScenarioData {
  const { header, rows } = table(path, text, [templateText.scenarios.parameter]);
  return {
    names: header.slice(1),
    rows: rows.map((cells) => {
      const [label, ...values] = cells as [string, ...string[]];
      parameterNote(label); // every parameter must be documented
      return { label, values };
    }),
  };
}

export function loadAssetData(directory: string = root): AssetData {
  const read = (path: string): string => readFileSync(`${directory}/${path}`, "utf8");
  return {
    population: parsePopulationCsv(read(DATA_FILES.population)),
    index: parseIndexCsv(read(DATA_FILES.index)),
    scenarios: parseScenarioCsv(read(DATA_FILES.scenarios)),
  };
}

function parameterNote(label: string): string {
  const parameter = SCENARIO_PARAMETERS.find((candidate) => labelKey(candidate.label) === labelKey(label));
  if (parameter === undefined) throw new Error(`No note for the scenario parameter "${label}" in src/strings/xlsx.ts`);
  return parameter.note;
}

// ---------------------------------------------------------------------------------------------
// Workbooks

/** The example workbook: the Dalarna population, example index values and the two memo scenarios. */
export function buildExampleWorkbook(data: AssetData): ExcelJS.Workbook {
  const workbook = newWorkbook();
  addInstructions(workbook);
  addPopulation(workbook, data.population.dates, data.population.rows);
  addIndex(workbook, data.index.series, data.index.rows);
  addScenarios(workbook, data.scenarios.names, data.scenarios.rows);
  return workbook;
}

/** The template: the same sheets, headers, labels and notes, without data. */
export function buildTemplateWorkbook(data: AssetData): ExcelJS.Workbook {
  const workbook = newWorkbook();
  addInstructions(workbook);
  const exampleDate = data.population.dates[data.population.dates.length - 1];
  addPopulation(workbook, exampleDate === undefined ? [] : [exampleDate], []);
  addIndex(workbook, data.index.series, []);
  addScenarios(
    workbook,
    [templateText.scenarios.emptyScenario],
    data.scenarios.rows.map((row) => ({ label: row.label, values: [""] })),
  );
  return workbook;
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = AUTHOR;
  workbook.lastModifiedBy = AUTHOR;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.calcProperties = { fullCalcOnLoad: true };
  return workbook;
}

function addInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(templateText.sheets.instructions);
  sheet.getColumn(1).width = 100;
  instructionLines(SCENARIO_PARAMETERS).forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line.text === "" ? null : line.text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (line.heading === true) cell.font = { bold: true, size: i === 0 ? 14 : 12 };
  });
}

function addPopulation(workbook: ExcelJS.Workbook, dates: readonly string[], rows: PopulationData["rows"]): void {
  const sheet = workbook.addWorksheet(INPUT_SHEETS.population, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  const { code, name, total } = templateText.population;
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 16;
  dates.forEach((_, d) => {
    sheet.getColumn(3 + d).width = 12;
  });

  const header = sheet.getRow(1);
  header.getCell(1).value = code;
  header.getCell(2).value = name;
  dates.forEach((date, d) => {
    const cell = header.getCell(3 + d);
    cell.value = new Date(`${date}T00:00:00Z`);
    cell.numFmt = FORMATS.date;
  });
  header.font = { bold: true };

  rows.forEach((municipality, i) => {
    const row = sheet.getRow(2 + i);
    row.getCell(1).value = municipality.code; // text: keeps a leading zero (0114 Upplands Väsby)
    row.getCell(2).value = municipality.name;
    municipality.population.forEach((count, d) => {
      const cell = row.getCell(3 + d);
      cell.value = count;
      cell.numFmt = FORMATS.count;
    });
  });

  if (rows.length > 0) {
    const last = 1 + rows.length;
    const row = sheet.getRow(last + 1);
    row.getCell(2).value = total;
    dates.forEach((_, d) => {
      const letter = sheet.getColumn(3 + d).letter;
      const cell = row.getCell(3 + d);
      const sum = rows.reduce((acc, municipality) => acc + municipality.population[d]!, 0);
      cell.value = { formula: `SUM(${letter}2:${letter}${last})`, result: sum };
      cell.numFmt = FORMATS.count;
    });
    row.font = { bold: true };
  }
}

function addIndex(workbook: ExcelJS.Workbook, series: readonly string[], rows: IndexData["rows"]): void {
  const sheet = workbook.addWorksheet(INPUT_SHEETS.index, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  const { year, status, source } = templateText.index;
  const headers = [year, ...series, status, source];
  sheet.getColumn(1).width = 8;
  series.forEach((_, s) => {
    const column = sheet.getColumn(2 + s);
    column.width = 10;
    // Typed values become fractions, as the percent format says (Excel's automatic percent entry).
    column.numFmt = FORMATS.indexChange;
  });
  sheet.getColumn(2 + series.length).width = 10;
  sheet.getColumn(3 + series.length).width = 40;

  const header = sheet.getRow(1);
  headers.forEach((text, c) => {
    header.getCell(1 + c).value = text;
  });
  header.font = { bold: true };

  rows.forEach((entry, i) => {
    const row = sheet.getRow(2 + i);
    row.getCell(1).value = entry.year;
    entry.changes.forEach((change, s) => {
      const cell = row.getCell(2 + s);
      // Percent points to a fraction without binary rounding: 2.8 → 0.028, not 0.027999….
      cell.value = new Decimal(change).div(100).toNumber();
      cell.numFmt = FORMATS.indexChange;
    });
    row.getCell(2 + series.length).value = entry.status;
    row.getCell(3 + series.length).value = entry.source;
  });
}

function addScenarios(workbook: ExcelJS.Workbook, names: readonly string[], rows: ScenarioData["rows"]): void {
  const sheet = workbook.addWorksheet(INPUT_SHEETS.scenarios, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  sheet.getColumn(1).width = 30;
  names.forEach((_, s) => {
    sheet.getColumn(2 + s).width = 26;
  });

  const header = sheet.getRow(1);
  header.getCell(1).value = templateText.scenarios.parameter;
  names.forEach((name, s) => {
    const cell = header.getCell(2 + s);
    cell.value = name;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  header.font = { bold: true };

  rows.forEach((parameter, i) => {
    const row = sheet.getRow(2 + i);
    const label = row.getCell(1);
    label.value = parameter.label;
    label.font = { bold: true };
    label.note = parameterNote(parameter.label);
    const format = PARAMETER_FORMATS[labelKey(parameter.label)];
    names.forEach((_, s) => {
      const cell = row.getCell(2 + s);
      const value = parameter.values[s] ?? "";
      if (value !== "") cell.value = /^-?\d+(\.\d+)?$/u.test(value) && format !== FORMATS.text ? Number(value) : value;
      if (format !== undefined) cell.numFmt = format;
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Writing and checking

/** Both workbooks, by asset path. */
export function buildAssets(data: AssetData): Record<string, ExcelJS.Workbook> {
  return {
    [ASSETS.example]: buildExampleWorkbook(data),
    [ASSETS.template]: buildTemplateWorkbook(data),
  };
}

/**
 * What a workbook holds, as ExcelJS reads it back: sheet order and names, column widths, views,
 * page setup, merges, every cell's value, format, font, alignment and note, and the workbook names.
 */
export function workbookContent(workbook: ExcelJS.Workbook): Record<string, string> {
  const content: Record<string, string> = {
    sheets: JSON.stringify(workbook.worksheets.map((sheet) => sheet.name)),
    names: JSON.stringify(workbook.definedNames.model),
    creator: JSON.stringify([workbook.creator, workbook.lastModifiedBy, workbook.created, workbook.modified]),
  };
  for (const sheet of workbook.worksheets) {
    const prefix = sheet.name;
    content[`${prefix} views`] = JSON.stringify(sheet.views);
    content[`${prefix} merges`] = JSON.stringify((sheet.model as { merges?: unknown }).merges ?? []);
    content[`${prefix} columns`] = JSON.stringify(
      (sheet.columns ?? []).map((column) => ({ width: column.width ?? null, numFmt: column.numFmt ?? null })),
    );
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const described = JSON.stringify({
          value: cell.value,
          numFmt: cell.numFmt ?? null,
          font: cell.font ?? null,
          alignment: cell.alignment ?? null,
          note: cell.note ?? null,
        });
        if (cell.value !== null || cell.numFmt !== undefined || cell.note !== undefined) content[`${prefix}!${cell.address}`] = described;
      });
      if (row.font !== undefined) content[`${prefix} row ${rowNumber} font`] = JSON.stringify(row.font);
    });
  }
  return content;
}

/** Differences between two workbooks' content, as readable lines ("" when equal). */
export function contentDifferences(expected: Record<string, string>, actual: Record<string, string>): string[] {
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return keys
    .filter((key) => expected[key] !== actual[key])
    .map((key) => `${key}: expected ${expected[key] ?? "nothing"}, found ${actual[key] ?? "nothing"}`);
}

/** Round-trips a workbook through .xlsx bytes, so it compares like a file read from disk. */
async function reloaded(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

/** The differences between the committed assets and what the data files give, per asset. */
export async function checkAssets(directory: string = root): Promise<Record<string, string[]>> {
  const built = buildAssets(loadAssetData(directory));
  const differences: Record<string, string[]> = {};
  for (const [path, workbook] of Object.entries(built)) {
    const expected = workbookContent(await reloaded(workbook));
    try {
      differences[path] = contentDifferences(expected, workbookContent(await readWorkbookFile(`${directory}/${path}`)));
    } catch (error) {
      if (!(error instanceof XlsxFileError)) throw error;
      differences[path] = [error.message];
    }
  }
  return differences;
}

/**
 * Writes the assets whose content changed (an unchanged asset is left as it is, so that a rerun does
 * not give git a new binary that differs only in the zip's timestamps). Returns what was written.
 */
export async function writeAssets(directory: string = root): Promise<{ path: string; written: boolean }[]> {
  const built = buildAssets(loadAssetData(directory));
  const outcome: { path: string; written: boolean }[] = [];
  for (const [path, workbook] of Object.entries(built)) {
    const target = `${directory}/${path}`;
    const current = await readWorkbookFile(target).then(workbookContent, () => null);
    const unchanged = current !== null && contentDifferences(workbookContent(await reloaded(workbook)), current).length === 0;
    if (!unchanged) await saveWorkbookAtomically(workbook, target);
    outcome.push({ path, written: !unchanged });
  }
  return outcome;
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes("--check")) {
    const differences = await checkAssets();
    let failed = false;
    for (const [path, lines] of Object.entries(differences)) {
      if (lines.length === 0) {
        console.log(`${path}: up to date`);
        continue;
      }
      failed = true;
      console.error(`${path}: differs from what the data files give (${lines.length} differences):`);
      for (const line of lines.slice(0, 20)) console.error(`  ${line}`);
      if (lines.length > 20) console.error(`  … and ${lines.length - 20} more`);
    }
    if (failed) console.error("Regenerate with: npx tsx scripts/build-assets.ts");
    return failed ? 1 : 0;
  }
  for (const { path, written } of await writeAssets()) console.log(written ? `Wrote ${path}.` : `${path}: up to date, not rewritten.`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
