import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { UncalculatedFormula } from "../../src/workbook/cell.ts";
import { isPercentFormat } from "../../src/workbook/grid.ts";
import { unwrapValue } from "../../src/xlsx/cellValue.ts";
import { readInputGrids, readInputs, valueExtent } from "../../src/xlsx/readInputs.ts";
import { roundTrip } from "./helpers.ts";

function populationSheet(workbook: ExcelJS.Workbook, name = "Befolkning"): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(["Kommun", new Date(Date.UTC(2021, 5, 30))]);
  sheet.addRow(["Avesta", 22986]);
  sheet.addRow(["Borlänge", 52460]);
  return sheet;
}

describe("readInputGrids: where the inputs are found", () => {
  it("reads a template sheet's used range, matching its name ignoring case and diacritics", async () => {
    const workbook = new ExcelJS.Workbook();
    populationSheet(workbook, "BEFOLKNING");
    workbook.addWorksheet("index").addRow(["År", "LPI"]);
    workbook.addWorksheet("Scenárier").addRow(["Parameter", "A"]);
    const grids = readInputGrids(await roundTrip(workbook));
    expect(grids.population).toMatchObject({ sheet: "BEFOLKNING", top: 0, left: 0 });
    expect(grids.population?.values).toEqual([
      ["Kommun", new Date(Date.UTC(2021, 5, 30))],
      ["Avesta", 22986],
      ["Borlänge", 52460],
    ]);
    expect(grids.index?.sheet).toBe("index");
    expect(grids.scenarios?.sheet).toBe("Scenárier");
  });

  it("prefers the workbook name over the template sheet, also with a quoted sheet name", async () => {
    const workbook = new ExcelJS.Workbook();
    populationSheet(workbook); // the template sheet, not used
    const chosen = workbook.addWorksheet("Min data 2024");
    chosen.getCell("C3").value = "Kommun";
    chosen.getCell("D3").value = 2024;
    chosen.getCell("C4").value = "Falun";
    chosen.getCell("D4").value = 59945;
    chosen.getCell("H20").value = "outside the name";
    workbook.definedNames.add("'Min data 2024'!$C$3:$D$4", "Samf_Befolkning");
    const grids = readInputGrids(await roundTrip(workbook));
    expect(grids.population).toEqual({
      sheet: "Min data 2024",
      top: 2,
      left: 2,
      values: [
        ["Kommun", 2024],
        ["Falun", 59945],
      ],
      formats: [
        ["General", "General"],
        ["General", "General"],
      ],
    });
  });

  it("finds the name ignoring case and delivers a whole named range, blanks included", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Index");
    sheet.getCell("B2").value = "År";
    sheet.getCell("D4").value = 2023;
    workbook.definedNames.add("Index!$A$1:$D$4", "samf_index");
    const grid = readInputGrids(await roundTrip(workbook)).index!;
    expect(grid).toMatchObject({ sheet: "Index", top: 0, left: 0 });
    expect(grid.values).toEqual([
      [null, null, null, null],
      [null, "År", null, null],
      [null, null, null, null],
      [null, null, null, 2023],
    ]);
  });

  it("cuts a name over whole columns at the last cell with a value", async () => {
    const workbook = new ExcelJS.Workbook();
    populationSheet(workbook);
    workbook.definedNames.add("Befolkning!$A$1:$F$5000", "Samf_Befolkning");
    const grid = readInputGrids(await roundTrip(workbook)).population!;
    expect(grid.values).toHaveLength(3);
    expect(grid.values[0]).toHaveLength(2);
  });

  it("falls back to the template sheet, with a warning, when the name points to a deleted sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    populationSheet(workbook);
    workbook.definedNames.add("'Borttaget blad'!$A$1:$B$3", "Samf_Befolkning");
    const { grids, warnings } = readInputs(await roundTrip(workbook));
    expect(grids.population?.sheet).toBe("Befolkning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: "warning", sheet: null, cell: null });
    expect(warnings[0]!.message).toContain("Samf_Befolkning");
    expect(warnings[0]!.message).toContain("Bladet Befolkning lästes i stället");
  });

  it("gives null for an input with neither name nor sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").getCell("A1").value = 1;
    const { grids, warnings } = readInputs(await roundTrip(workbook));
    expect(grids).toEqual({ population: null, index: null, scenarios: null });
    expect(warnings).toEqual([]);
  });

  it("does not take a sheet whose name only resembles the template's", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Befolkning (2)").getCell("A1").value = 1;
    workbook.addWorksheet("Indexserier").getCell("A1").value = 1;
    expect(readInputGrids(await roundTrip(workbook))).toEqual({ population: null, index: null, scenarios: null });
  });

  it("delivers an empty template sheet as one blank cell", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Scenarier");
    workbook.addWorksheet("Blad2").getCell("A1").value = 1;
    expect(readInputGrids(await roundTrip(workbook)).scenarios).toEqual({
      sheet: "Scenarier",
      top: 0,
      left: 0,
      values: [[null]],
      formats: [["General"]],
    });
  });
});

describe("readInputGrids: the used range", () => {
  it("starts at the first cell with a value and ignores formatted-only cells far away", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Befolkning");
    sheet.getCell("B3").value = "Kommun";
    sheet.getCell("C4").value = 5;
    sheet.getCell("Z900").numFmt = "0%"; // a bogus used range
    sheet.getCell("Y800").value = "";
    sheet.getColumn(30).numFmt = "#,##0";
    const grid = readInputGrids(await roundTrip(workbook)).population!;
    expect(grid).toMatchObject({ top: 2, left: 1 });
    expect(grid.values).toEqual([
      ["Kommun", null],
      [null, 5],
    ]);
  });

  it("computes the extent of a sheet's values", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("A");
    expect(valueExtent(sheet)).toBeNull();
    sheet.getCell("D2").value = 1;
    sheet.getCell("B7").value = "x";
    expect(valueExtent(sheet)).toEqual({ startRow: 1, startCol: 1, endRow: 6, endCol: 3 });
  });
});

describe("readInputGrids: cell values", () => {
  async function gridOf(fill: (sheet: ExcelJS.Worksheet) => void) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Index");
    fill(sheet);
    return readInputGrids(await roundTrip(workbook)).index!;
  }

  it("unwraps formulas, shared formulas, rich text, hyperlinks, errors, dates and booleans", async () => {
    const grid = await gridOf((sheet) => {
      sheet.getCell("A1").value = { formula: "B1*2", result: 4 };
      sheet.getCell("B1").value = 2;
      sheet.getCell("A2").value = { formula: "A1+1", result: 5, shareType: "shared", ref: "A2:A3" } as ExcelJS.CellValue;
      sheet.getCell("A3").value = { sharedFormula: "A2", result: 6 };
      sheet.getCell("A4").value = { richText: [{ text: "Mal" }, { text: "ung", font: { bold: true } }, { text: "-Sälen" }] };
      sheet.getCell("A5").value = { text: "SCB", hyperlink: "https://www.scb.se" };
      sheet.getCell("A6").value = { error: "#N/A" };
      sheet.getCell("A7").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      sheet.getCell("A8").value = new Date(Date.UTC(2021, 5, 30));
      sheet.getCell("A8").numFmt = "yyyy-mm-dd";
      sheet.getCell("A9").value = { formula: "DATE(2023,12,31)", result: new Date(Date.UTC(2023, 11, 31)) };
      sheet.getCell("A9").numFmt = "yyyy-mm-dd";
      sheet.getCell("A10").value = true;
      sheet.getCell("A11").value = { formula: "NOW()" }; // never calculated
      sheet.getCell("A12").value = "  text  ";
    });
    expect(grid.values.map((row) => row[0])).toEqual([
      4,
      5,
      6,
      "Malung-Sälen",
      "SCB",
      "#N/A",
      "#DIV/0!",
      new Date(Date.UTC(2021, 5, 30)),
      new Date(Date.UTC(2023, 11, 31)),
      true,
      new UncalculatedFormula("NOW()"),
      "  text  ",
    ]);
    expect(grid.formats[7]![0]).toBe("yyyy-mm-dd");
  });

  it("gives null for the cells a merged area covers, the value only in its top-left cell", async () => {
    const grid = await gridOf((sheet) => {
      sheet.getCell("A1").value = "Befolkning";
      sheet.mergeCells("A1:C2");
      sheet.getCell("A3").value = 1;
    });
    expect(grid.values).toEqual([
      ["Befolkning", null, null],
      [null, null, null],
      [1, null, null],
    ]);
  });

  it("delivers number formats, percent formats included, and General where none is set", async () => {
    const grid = await gridOf((sheet) => {
      sheet.addRow(["År", "LPI", "LPIK"]);
      sheet.addRow([2024, 0.031, 3.1]);
      sheet.getCell("B2").numFmt = "0.0%";
      sheet.getCell("A2").numFmt = "0";
    });
    expect(grid.formats).toEqual([
      ["General", "General", "General"],
      ["0", "0.0%", "General"],
    ]);
    expect(isPercentFormat(grid.formats[1]![1])).toBe(true);
    expect(isPercentFormat(grid.formats[1]![2])).toBe(false);
    expect(grid.values[1]).toEqual([2024, 0.031, 3.1]);
  });

  it("unwraps a hyperlink whose text is rich text, and ignores unknown objects", () => {
    expect(unwrapValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toBe("ab");
    expect(unwrapValue({ something: 1 })).toBeNull();
    expect(unwrapValue(undefined)).toBeNull();
  });
});
