import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/engine/index.ts";
import { buildReport } from "../../../src/workbook/report/index.ts";
import { memoPopulationJune2021 as memo, memoPopulationSum } from "../../fixtures/memo.ts";
import { row, rowIndex, values } from "./helpers.ts";
import { makeRun, meta, nextScenario } from "./run.ts";

describe("Fördelning: a workbook with one scenario", () => {
  const run = makeRun({ scenarios: [nextScenario()], comparison: null });
  const sheets = buildReport(run, meta);
  const sheet = sheets[0]!;

  it("gets the memo's table for its first year instead of a comparison", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Fördelning", "Flerår – Nytt avtal", "Underlag"]);
    expect(sheet.role).toBe("distribution");
    expect(sheet.rows[0]![0]!.value).toBe("Nytt avtal (4 tjänster): fördelning 2023");
    expect(values(sheet.rows[2]!)).toEqual(["Kommun", "Befolkning 2021-06-30", "Andel av kommunernas del", "Belopp 2023 (kr)"]);
  });

  it("lists each municipality's population, exact share and amount, then the region and the total", () => {
    memo.forEach((m, i) => {
      const cells = sheet.rows[3 + i]!;
      // The exact share, to the 15 significant digits Excel keeps.
      expect(values(cells)).toEqual([m.name, m.population, Number((m.population / memoPopulationSum).toPrecision(15)), m.largestRemainder]);
      expect(cells[2]!.format).toBe("0.00 %");
    });
    const municipalities = row(sheet, "Summa kommuner");
    expect(values(municipalities)).toEqual(["Summa kommuner", memoPopulationSum, 1, 2_000_000]);
    expect(municipalities.every((cell) => cell.bold === true && cell.ruleAbove === true)).toBe(true);
    expect(values(row(sheet, "Region Dalarna"))).toEqual(["Region Dalarna", null, null, 2_000_000]);
    expect(values(row(sheet, "Totalt"))).toEqual(["Totalt", null, null, 4_000_000]);
    expect(rowIndex(sheet, "Totalt")).toBe(rowIndex(sheet, "Region Dalarna") + 1);
  });

  it("shows the rounding difference above Totalt in round-each mode", () => {
    const legacy = nextScenario({ rounding: { method: "round-each", unit: new Dec(1) } });
    const table = buildReport(makeRun({ scenarios: [legacy], comparison: null }), meta)[0]!;
    expect(values(row(table, "Avrundningsdifferens"))).toEqual(["Avrundningsdifferens", null, null, -4]);
    expect(rowIndex(table, "Totalt")).toBe(rowIndex(table, "Avrundningsdifferens") + 1);
  });
});
