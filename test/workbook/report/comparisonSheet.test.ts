import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/engine/index.ts";
import { buildReport } from "../../../src/workbook/report/index.ts";
import { memoPopulationJune2021 as memo, memoPopulationSum } from "../../fixtures/memo.ts";
import { rowIndex, row, texts, values } from "./helpers.ts";
import { currentScenario, makeRun, meta, nextScenario } from "./run.ts";

function comparison(run = makeRun()) {
  const sheet = buildReport(run, meta)[0]!;
  expect(sheet.role).toBe("comparison");
  return sheet;
}

describe("Jämförelse", () => {
  const sheet = comparison();

  it("has a bold title, a blank row and the memo's header", () => {
    expect(sheet.name).toBe("Jämförelse");
    expect(sheet.rows[0]![0]).toEqual({ value: "Jämförelse: Nuvarande avtal (3 tjänster) 2022 och Nytt avtal (4 tjänster) 2023", bold: true });
    expect(values(sheet.rows[1]!)).toEqual([null, null, null, null, null, null]);
    expect(values(sheet.rows[2]!)).toEqual([
      "Kommun",
      "Befolkning 2021-06-30",
      "Nuvarande avtal (3 tjänster) 2022",
      "Nytt avtal (4 tjänster) 2023",
      "Skillnad kr",
      "Skillnad %",
    ]);
    expect(sheet.rows[2]!.every((cell) => cell.bold === true && cell.wrap === true)).toBe(true);
    // The headers of the number columns line up with the numbers below them.
    expect(sheet.rows[2]!.map((cell) => cell.alignRight === true)).toEqual([false, true, true, true, true, true]);
    expect(sheet.freezeRows).toBe(3);
    expect(sheet.print).toEqual({ orientation: "landscape", fitToPagesWide: 1 });
    expect(sheet.columnWidths).toHaveLength(6);
  });

  it("holds the memo's population and the largest-remainder figures for the new agreement, as numbers with #,##0", () => {
    memo.forEach((m, i) => {
      const cells = sheet.rows[3 + i]!;
      expect(cells[0]!.value).toBe(m.name);
      expect(cells[1]).toEqual({ value: m.population, format: "#,##0" });
      expect(cells[3]).toEqual({ value: m.largestRemainder, format: "#,##0" });
      expect(typeof cells[2]!.value).toBe("number");
      expect(cells[4]!.value).toBe((cells[3]!.value as number) - (cells[2]!.value as number));
      expect(cells[4]!.format).toBe("#,##0");
    });
  });

  it("sums the municipalities to 2 000 000, adds the region's 2 000 000 and totals 4 000 000", () => {
    const municipalities = row(sheet, "Summa kommuner");
    expect(values(municipalities).slice(1, 5)).toEqual([memoPopulationSum, 1_225_535, 2_000_000, 774_465]);
    expect(municipalities.every((cell) => cell.bold === true)).toBe(true);
    expect(rowIndex(sheet, "Summa kommuner")).toBe(3 + memo.length);

    const region = row(sheet, "Region Dalarna");
    expect(values(region)).toEqual(["Region Dalarna", null, 1_225_535, 2_000_000, 774_465, 0.632]);
    expect(region[5]!.format).toBe("0.0%");

    const total = row(sheet, "Totalt");
    expect(values(total)).toEqual(["Totalt", null, 2_451_070, 4_000_000, 1_548_930, 0.632]);
    expect(total.every((cell) => cell.bold === true)).toBe(true);
    expect(rowIndex(sheet, "Totalt")).toBe(rowIndex(sheet, "Region Dalarna") + 1);
  });

  it("stores Skillnad % as a fraction formatted 0.0%", () => {
    const avesta = sheet.rows[3]![5]!;
    expect(avesta.format).toBe("0.0%");
    expect(avesta.value).toBeGreaterThan(0.5);
    expect(avesta.value).toBeLessThan(0.7);
  });

  it("shows no rounding difference row with largest remainder, and names the method in an italic note", () => {
    expect(() => rowIndex(sheet, "Avrundningsdifferens")).toThrow();
    const note = sheet.rows.find((r) => r[0]!.value === "Avrundning: största rest – raderna summerar exakt till totalen.");
    expect(note?.[0]!.italic).toBe(true);
  });

  it("charts A and B per municipality next to the table", () => {
    const chart = sheet.chart!;
    expect(chart.headerRow).toBe(2);
    expect(chart.categoryCol).toBe(0);
    expect(chart.firstRow).toBe(3);
    expect(chart.lastRow).toBe(3 + memo.length - 1);
    expect(sheet.rows[chart.firstRow]![0]!.value).toBe("Avesta");
    expect(sheet.rows[chart.lastRow]![0]!.value).toBe("Älvdalen");
    expect(chart.seriesCols.map((c) => sheet.rows[chart.headerRow]![c]!.value)).toEqual([
      "Nuvarande avtal (3 tjänster) 2022",
      "Nytt avtal (4 tjänster) 2023",
    ]);
    expect(chart.anchorCol).toBeGreaterThanOrEqual(sheet.rows[0]!.length);
    expect(chart.title).toContain("Nytt avtal (4 tjänster)");
  });

  it("with legacy round-each shows the memo's column, an Avrundningsdifferens of 4 and a note", () => {
    const legacy = nextScenario({ rounding: { method: "round-each", unit: new Dec(1) } });
    const sheet = comparison(makeRun({ scenarios: [currentScenario(), legacy] }));
    expect(memo.map((_, i) => sheet.rows[3 + i]![3]!.value)).toEqual(memo.map((m) => m.memoNew));
    expect(row(sheet, "Summa kommuner")[3]!.value).toBe(2_000_004);
    expect(row(sheet, "Totalt")[3]!.value).toBe(4_000_000);
    const difference = row(sheet, "Avrundningsdifferens");
    expect(values(difference)).toEqual(["Avrundningsdifferens", null, 0, 4, null, null]);
    expect(difference[3]!.format).toBe("#,##0");
    const explanation = sheet.rows[rowIndex(sheet, "Avrundningsdifferens") + 1]![0]!;
    expect(explanation.value).toContain("4 kr högre än totalen");
    expect(explanation.italic).toBe(true);
    expect(texts(sheet).some((t) => t.startsWith("Avrundning för Nytt avtal (4 tjänster): varje rad"))).toBe(true);
  });

  it("names the forecasts behind the compared years", () => {
    const sheet = comparison(makeRun({ comparison: { scenarioA: "Nuvarande avtal (3 tjänster)", scenarioB: "Nytt avtal (4 tjänster)", yearA: 2022, yearB: 2025 } }));
    expect(sheet.rows[2]![1]!.value).toBe("Befolkning 2024-12-31");
    expect(texts(sheet)).toContain("Prognoser (inte utfall) bland indexvärdena: LPI 2024 3,1 % (prognos); LPI 2025 2,8 % (prognos).");
    expect(texts(sheet)).toContain("Nuvarande avtal (3 tjänster) 2022 är fördelat efter befolkningen 2021-06-30.");
  });

  it("heads the key column Fördelningsnyckel when B's key is not population", () => {
    const equal = nextScenario({ municipalities: { participants: "all", key: { kind: "equal" }, populationDate: { kind: "latest-before-year" } } });
    const sheet = comparison(makeRun({ scenarios: [currentScenario(), equal] }));
    expect(sheet.rows[2]![1]!.value).toBe("Fördelningsnyckel");
    expect(sheet.rows[3]![1]).toEqual({ value: 1, format: "#,##0" });
    expect(row(sheet, "Summa kommuner")[1]!.value).toBe(15);
  });
});
