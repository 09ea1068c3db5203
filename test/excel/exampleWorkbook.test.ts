// The fake's example workbook holds what assets/exempel.xlsx holds: the same cell values and number
// formats on the three input sheets, as Excel would deliver them through Office.js (dates as serial
// numbers, formulas as their results).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { INPUT_SHEETS } from "../../src/workbook/grid.ts";
import { readWorkbookFile } from "../../src/xlsx/file.ts";
import { readInputGrids } from "../../src/xlsx/readInputs.ts";
import { dateSerial, exampleWorkbook } from "../fakes/excel/index.ts";

const asset = fileURLToPath(new URL("../../assets/exempel.xlsx", import.meta.url));

describe("test/fakes/excel/exampleWorkbook.ts", async () => {
  const xlsx = await readWorkbookFile(asset);
  const grids = readInputGrids(xlsx);
  const fake = exampleWorkbook();

  it("has the asset's sheets in the asset's order", () => {
    expect(fake.sheetNames()).toEqual(xlsx.worksheets.map((sheet) => sheet.name));
  });

  for (const kind of ["population", "index", "scenarios"] as const) {
    it(`${INPUT_SHEETS[kind]}: the same used range, values and number formats`, () => {
      const grid = grids[kind]!;
      const rows = grid.values.length;
      const columns = grid.values[0]!.length;
      const address = `A1:${String.fromCharCode(64 + columns)}${rows}`;
      expect(fake.usedAddress(grid.sheet)).toBe(address);
      const expected = grid.values.map((row) =>
        row.map((value) => (value instanceof Date ? dateSerial(value.toISOString().slice(0, 10)) : value ?? null)),
      );
      expect(fake.values(grid.sheet, address)).toEqual(expected);
      const formats = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => fake.format(grid.sheet, `${String.fromCharCode(65 + c)}${r + 1}`)),
      );
      expect(formats).toEqual(grid.formats);
    });
  }

  it("keeps the Summa row's formulas with their results", () => {
    expect(fake.cell("Befolkning", "D17")).toMatchObject({ formula: "=SUM(D2:D16)", value: 288382, format: "#,##0" });
  });
});
