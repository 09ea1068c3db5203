import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { SCENARIO_PARAMETERS } from "../../src/strings/xlsx.ts";
import { INPUT_NAMES } from "../../src/workbook/grid.ts";
import { readWorkbookFile } from "../../src/xlsx/file.ts";
import { scenarioValues } from "../fixtures/grids.ts";
import { readInputGrids } from "../../src/xlsx/readInputs.ts";
import { checkAssets, parseCsv, parseScenarioCsv } from "../../scripts/build-assets.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts ?? [];
  return texts.map((part) => part.text).join("");
}

describe("assets/exempel.xlsx", async () => {
  const workbook = await readWorkbookFile(join(root, "assets/exempel.xlsx"));

  it("has the instructions first, then the three input sheets, and no workbook names", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Instruktioner", "Befolkning", "Index", "Scenarier"]);
    expect(workbook.definedNames.model).toEqual([]);
    expect(Object.values(INPUT_NAMES).every((name) => !JSON.stringify(workbook.definedNames.model).includes(name))).toBe(true);
    expect(workbook.creator).toBe("Samfinansiering");
    expect(workbook.created).toEqual(new Date(Date.UTC(2026, 0, 1)));
  });

  it("explains the workbook in Swedish, with the sources", () => {
    const sheet = workbook.getWorksheet("Instruktioner")!;
    expect(sheet.getColumn(1).width).toBe(100);
    const text = sheet.getColumn(1).values.filter((value) => typeof value === "string").join("\n");
    for (const expected of ["Befolkning", "Index", "Scenarier", "Jämförelse", "Underlag", "HSN 2022/1845", "SCB", "inte SKR:s siffror", "procent", "31 december", "Summa"]) {
      expect(text).toContain(expected);
    }
    expect(sheet.getCell("A2").alignment?.wrapText).toBe(true);
  });

  it("Befolkning: dates as headers, kommunkod as text, numbers and a Summa row with formulas", () => {
    const sheet = workbook.getWorksheet("Befolkning")!;
    expect(sheet.getCell("A1").value).toBe("Kommunkod");
    expect(sheet.getCell("B1").value).toBe("Kommun");
    expect(sheet.getCell("C1").value).toEqual(new Date(Date.UTC(2019, 11, 31)));
    expect(sheet.getCell("D1").value).toEqual(new Date(Date.UTC(2021, 5, 30)));
    expect(sheet.getCell("D1").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("A2").value).toBe("2084");
    expect(sheet.getCell("B2").value).toBe("Avesta");
    expect(sheet.getCell("D2").value).toBe(22986);
    expect(sheet.getCell("D2").numFmt).toBe("#,##0");
    expect(sheet.getCell("B16").value).toBe("Älvdalen");
    expect(sheet.getCell("B17").value).toBe("Summa");
    expect(sheet.getCell("D17").value).toMatchObject({ formula: "SUM(D2:D16)", result: 288382 });
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("Index: changes as fractions with a percent format, status and source", () => {
    const sheet = workbook.getWorksheet("Index")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "År", "LPI", "LPIK", "Status", "Källa"]);
    expect(sheet.getCell("A2").value).toBe(2023);
    expect(sheet.getCell("B2").value).toBe(0.045);
    expect(sheet.getCell("B2").numFmt).toBe("0.0%");
    expect(sheet.getCell("B4").value).toBe(0.028);
    expect(sheet.getCell("D2").value).toBe("Utfall");
    expect(sheet.getCell("D3").value).toBe("Prognos");
    expect(sheet.getCell("E6").value).toBe("Exempelvärden – inte SKR:s siffror");
    expect(sheet.getCell("A6").value).toBe(2027);
  });

  it("Scenarier: the two memo scenarios, formats, and a note on every label", () => {
    const sheet = workbook.getWorksheet("Scenarier")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Parameter", "Nuvarande avtal (3 tjänster)", "Nytt avtal (4 tjänster)"]);
    // The same values the parser tests use (test/fixtures/grids.ts), so both describe one example.
    const expected = scenarioValues().slice(1) as [string, unknown, unknown][];
    expected.forEach(([label, current, next], i) => {
      const row = i + 2;
      expect([sheet.getCell(row, 1).value, sheet.getCell(row, 2).value, sheet.getCell(row, 3).value]).toEqual([label, current, next]);
      expect(noteText(sheet.getCell(row, 1)).length).toBeGreaterThan(10);
      expect(sheet.getCell(row, 1).font?.bold).toBe(true);
    });
    expect(sheet.getCell("C3").numFmt).toBe("#,##0");
    expect(sheet.getCell("B4").numFmt).toBe("#,##0");
    expect(sheet.getCell("B12").numFmt).toBe("0%");
    expect(noteText(sheet.getCell("A11"))).toContain("Kedjad");
    expect(noteText(sheet.getCell("A13"))).toContain("Polisen 20 %; Högskolan 5 %");
    expect(noteText(sheet.getCell("A14"))).toContain("Viktad: 70 % befolkning, 30 % lika delar");
    expect(noteText(sheet.getCell("A16"))).toContain("2023: 2021-06-30; 2024: 2023-12-31");
    expect(noteText(sheet.getCell("A20"))).toContain("Jämförelse");
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(26);
    expect(sheet.getCell("B1").font?.bold).toBe(true);
  });

  it("is found by the input reader", () => {
    const grids = readInputGrids(workbook);
    expect(grids.population?.values).toHaveLength(17);
    expect(grids.index?.values).toHaveLength(6);
    expect(grids.scenarios?.values).toHaveLength(20);
    expect(grids.index?.formats[1]?.[1]).toBe("0.0%");
  });
});

describe("assets/mall.xlsx", async () => {
  const workbook = await readWorkbookFile(join(root, "assets/mall.xlsx"));

  it("has the same sheets with headers, labels and notes but no data", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Instruktioner", "Befolkning", "Index", "Scenarier"]);
    const population = workbook.getWorksheet("Befolkning")!;
    expect(population.getCell("A1").value).toBe("Kommunkod");
    expect(population.getCell("B1").value).toBe("Kommun");
    expect(population.getCell("C1").value).toBeInstanceOf(Date);
    expect(population.actualRowCount).toBe(1);
    expect(workbook.getWorksheet("Index")!.actualRowCount).toBe(1);
    const scenarios = workbook.getWorksheet("Scenarier")!;
    expect(scenarios.getCell("B1").value).toBe("Scenario 1");
    expect(scenarios.getColumn(2).values.filter((value) => value !== undefined && value !== null)).toEqual(["Scenario 1"]);
    expect(scenarios.getCell("A2").value).toBe("Antal tjänster");
    expect(noteText(scenarios.getCell("A2")).length).toBeGreaterThan(10);
    expect(scenarios.getCell("B12").numFmt).toBe("0%");
  });
});

describe("scripts/build-assets.ts", () => {
  it("the committed assets are what the data files give", async () => {
    expect(await checkAssets(root)).toEqual({ "assets/exempel.xlsx": [], "assets/mall.xlsx": [] });
  });

  it("--check exits 0 for the committed assets", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/build-assets.ts", "--check"], { cwd: root });
    expect(stdout).toContain("assets/exempel.xlsx: up to date");
  }, 30_000);

  it("finds a difference when a data file changed or an asset is missing", async () => {
    const copy = await mkdtemp(join(tmpdir(), "samf-assets-"));
    try {
      await cp(join(root, "data"), join(copy, "data"), { recursive: true });
      await cp(join(root, "assets"), join(copy, "assets"), { recursive: true });
      const csv = await readFile(join(copy, "data/exempel-index.csv"), "utf8");
      await writeFile(join(copy, "data/exempel-index.csv"), csv.replace("2024,3.1", "2024,3.2"));
      await rm(join(copy, "assets/mall.xlsx"));
      const differences = await checkAssets(copy);
      const changed = differences["assets/exempel.xlsx"]!;
      expect(changed).toHaveLength(1);
      expect(changed[0]).toMatch(/^Index!B3: expected \{"value":0\.032,.*found \{"value":0\.031,/u);
      expect(differences["assets/mall.xlsx"]).toHaveLength(1);
      expect(differences["assets/mall.xlsx"]![0]).toContain("finns inte");
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it("every scenario parameter of the example has a note, and the CSV parser handles quotes", () => {
    expect(parseCsv('a,"b, c","d ""e"""\r\n1,2,3\n')).toEqual([
      ["a", "b, c", 'd "e"'],
      ["1", "2", "3"],
    ]);
    expect(() => parseScenarioCsv("Parameter,A\nOkänd parameter,1\n")).toThrow(/No note/);
    expect(SCENARIO_PARAMETERS).toHaveLength(19);
  });
});
