// assets/exempel.xlsx as the fake holds it: the same sheets, cells and number formats, built from the
// same data (the population and scenarios of test/fixtures/grids.ts, which are the data/ files), so
// that the browser test page needs no .xlsx reader. test/excel/exampleWorkbook.test.ts checks it
// against what ExcelJS reads from the asset.
//
// As Excel delivers them through Office.js: dates are serial numbers (formatted yyyy-mm-dd), the
// Summa row holds formulas with their results, and a percent-formatted index change is a fraction.
import { instructionLines, SCENARIO_PARAMETERS, templateText } from "../../../src/strings/xlsx.ts";
import { columnLetters } from "../../../src/workbook/address.ts";
import { INPUT_SHEETS } from "../../../src/workbook/grid.ts";
import { labelKey } from "../../../src/workbook/labels.ts";
import { indexValues, populationValues, scenarioValues } from "../../fixtures/grids.ts";
import { FakeWorkbook, type CellInput } from "./workbook.ts";

/** Number formats of the Scenarier sheet's value cells, by parameter label (as scripts/build-assets.ts). */
const SCENARIO_FORMATS: Record<string, string> = {
  [labelKey("Kostnad per tjänst (kr)")]: "#,##0",
  [labelKey("Årskostnad (kr)")]: "#,##0",
  [labelKey("Fast belopp per kommun (kr)")]: "#,##0",
  [labelKey("Regionens andel (%)")]: "0%",
  [labelKey("Befolkning avser")]: "@",
};

/** Excel's serial number of an ISO date (1900 date system). */
export function dateSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A column width in characters as points (about 7 pixels a character plus 5 of padding, 0.75 pt a pixel). */
function points(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

export function exampleWorkbook(): FakeWorkbook {
  const population = populationValues();
  const header = population[0]!;
  const dates = header.slice(2) as string[];
  const populationRows: CellInput[][] = population.map((row, r) =>
    r === 0 ? [row[0] as string, row[1] as string, ...dates.map(dateSerial)] : (row as CellInput[]),
  );
  const indexRows = indexValues() as CellInput[][];
  const scenarioRows = scenarioValues() as CellInput[][];
  const instructions: CellInput[][] = instructionLines(SCENARIO_PARAMETERS).map((line) => [line.text === "" ? null : line.text]);

  const last = population.length; // the Summa row, 1-based
  const workbook = FakeWorkbook.fromSheets({
    [templateText.sheets.instructions]: instructions,
    [INPUT_SHEETS.population]: populationRows,
    [INPUT_SHEETS.index]: indexRows,
    [INPUT_SHEETS.scenarios]: scenarioRows,
  });

  // Instruktioner: one wide column, headings bold.
  const instructionSheet = workbook.sheet(templateText.sheets.instructions);
  instructionSheet.columnWidths.set(0, points(100));
  instructionLines(SCENARIO_PARAMETERS).forEach((line, r) => {
    if (line.text === "") return;
    const cell = instructionSheet.edit(r, 0);
    cell.wrapText = true;
    cell.verticalAlignment = "Top";
    if (line.heading === true) cell.bold = true;
  });

  // Befolkning: dates and counts formatted, the Summa row as SUM formulas, header and total bold.
  const befolkning = INPUT_SHEETS.population;
  const lastColumn = columnLetters(1 + dates.length);
  workbook.setFormat(befolkning, `C1:${lastColumn}1`, "yyyy-mm-dd");
  workbook.setFormat(befolkning, `C2:${lastColumn}${last}`, "#,##0");
  dates.forEach((_, d) => {
    const letter = columnLetters(2 + d);
    workbook.setFormula(befolkning, `${letter}${last}`, `=SUM(${letter}2:${letter}${last - 1})`, populationRows[last - 1]![2 + d] as number);
  });
  boldRow(workbook, befolkning, 1, 2 + dates.length);
  boldRow(workbook, befolkning, last, 2 + dates.length);
  [12, 16, ...dates.map(() => 12)].forEach((width, c) => workbook.setColumnWidth(befolkning, c, points(width)));
  workbook.sheet(befolkning).frozenRows = 1;

  // Index: the series columns formatted as percent (the header cells too: a column format).
  const index = INPUT_SHEETS.index;
  workbook.setFormat(index, `B1:C${indexRows.length}`, "0.0%");
  boldRow(workbook, index, 1, 5);
  [8, 10, 10, 10, 40].forEach((width, c) => workbook.setColumnWidth(index, c, points(width)));
  workbook.sheet(index).frozenRows = 1;

  // Scenarier: value formats by parameter, header and labels bold.
  const scenarios = INPUT_SHEETS.scenarios;
  const sheet = workbook.sheet(scenarios);
  scenarioRows.forEach((row, r) => {
    if (r === 0) return;
    sheet.edit(r, 0).bold = true;
    const format = SCENARIO_FORMATS[labelKey(String(row[0]))];
    if (format !== undefined) for (let c = 1; c < row.length; c++) sheet.edit(r, c).format = format;
  });
  boldRow(workbook, scenarios, 1, scenarioRows[0]!.length);
  for (let c = 1; c < scenarioRows[0]!.length; c++) {
    sheet.edit(0, c).wrapText = true;
    sheet.edit(0, c).verticalAlignment = "Top";
  }
  [30, ...scenarioRows[0]!.slice(1).map(() => 26)].forEach((width, c) => workbook.setColumnWidth(scenarios, c, points(width)));
  sheet.frozenRows = 1;

  workbook.select(templateText.sheets.instructions, "A1");
  return workbook;
}

function boldRow(workbook: FakeWorkbook, sheetName: string, row: number, columns: number): void {
  const sheet = workbook.sheet(sheetName);
  for (let c = 0; c < columns; c++) sheet.edit(row - 1, c).bold = true;
}
