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
    expect(sheet.rows[0]![0]).toEqual({ value: "Jämförelse: Nuvarande avtal (3 tjänster) 2022 mot Nytt avtal (4 tjänster) 2023", bold: true });
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
    // Header text breaks between words, never inside brackets.
    expect(sheet.rows[2]![2]!.value).toBe("Nuvarande avtal (3\u00A0tjänster) 2022");
    // The headers of the number columns line up with the numbers below them.
    expect(sheet.rows[2]!.map((cell) => cell.alignRight === true)).toEqual([false, true, true, true, true, true]);
    expect(sheet.freezeRows).toBe(3);
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToPagesWide: 1, paperSize: "A4" });
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
    // Unrounded but for the 15 significant digits Excel keeps: the number format shows 63,2 %.
    expect(values(region)).toEqual(["Region Dalarna", null, 1_225_535, 2_000_000, 774_465, Number((774_465 / 1_225_535).toPrecision(15))]);
    expect(region[5]!.format).toBe("0.0 %");

    const total = row(sheet, "Totalt");
    expect(values(total)).toEqual(["Totalt", null, 2_451_070, 4_000_000, 1_548_930, Number((1_548_930 / 2_451_070).toPrecision(15))]);
    expect(total.every((cell) => cell.bold === true && cell.ruleAbove === true)).toBe(true);
    expect(municipalities.every((cell) => cell.ruleAbove === true)).toBe(true);
    expect(rowIndex(sheet, "Totalt")).toBe(rowIndex(sheet, "Region Dalarna") + 1);
  });

  it("stores Skillnad % as a fraction formatted 0.0 %", () => {
    const avesta = sheet.rows[3]![5]!;
    expect(avesta.format).toBe("0.0 %");
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
    expect(values(chart.seriesCols.map((c) => sheet.rows[chart.headerRow]![c]!))).toEqual([
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
    // Above Totalt, with the sign that makes the column add up, and its Skillnad filled in.
    const difference = row(sheet, "Avrundningsdifferens");
    expect(values(difference)).toEqual(["Avrundningsdifferens", null, 0, -4, -4, null]);
    expect(difference[3]!.format).toBe("#,##0");
    expect(rowIndex(sheet, "Totalt")).toBe(rowIndex(sheet, "Avrundningsdifferens") + 1);
    const column = (c: number) => [...sheet.rows.slice(3, 3 + memo.length), row(sheet, "Region Dalarna"), difference].reduce((acc, r) => acc + (r[c]!.value as number), 0);
    expect(column(3)).toBe(4_000_000);
    const explanation = sheet.rows[rowIndex(sheet, "Totalt") + 1]![0]!;
    expect(explanation.value).toContain("4 kr högre än totalen");
    expect(explanation.italic).toBe(true);
    expect(texts(sheet).some((t) => t.startsWith("Avrundning för Nytt avtal (4 tjänster): varje rad"))).toBe(true);
  });

  it("names the forecasts behind the compared years", () => {
    const sheet = comparison(makeRun({ comparison: { scenarioA: "Nuvarande avtal (3 tjänster)", scenarioB: "Nytt avtal (4 tjänster)", yearA: 2022, yearB: 2025 } }));
    expect(texts(sheet)).toContain("Prognoser (inte utfall) bland indexvärdena: LPI 2024 3,1 % (prognos); LPI 2025 2,8 % (prognos).");
  });

  it("heads the key column Fördelningsnyckel when B's key is not population", () => {
    const equal = nextScenario({ municipalities: { participants: "all", key: { kind: "equal" }, populationDate: { kind: "latest-before-year" } } });
    const sheet = comparison(makeRun({ scenarios: [currentScenario(), equal] }));
    // A splits by population, B in equal shares: a key column each.
    expect(values(sheet.rows[2]!).slice(1, 3)).toEqual(["Befolkning 2021-06-30 – Nuvarande avtal (3 tjänster)", "Fördelningsnyckel – Nytt avtal (4 tjänster)"]);
    expect(sheet.rows[3]![2]).toEqual({ value: 1, format: "#,##0" });
    expect(values(row(sheet, "Summa kommuner")).slice(1, 3)).toEqual([memoPopulationSum, 15]);
  });
});

describe("Jämförelse of A and B with different participants and dates", () => {
  // A: the current agreement, 2022, all 15 by June 2021. B: 14 municipalities (not Gagnef), 2025 by 2024-12-31.
  const withoutGagnef = nextScenario({
    municipalities: {
      participants: memo.filter((m) => m.name !== "Gagnef").map((m) => m.code),
      key: { kind: "population" },
      populationDate: { kind: "latest-before-year" },
    },
  });
  const sheet = comparison(makeRun({
    scenarios: [currentScenario(), withoutGagnef],
    comparison: { scenarioA: "Nuvarande avtal (3 tjänster)", scenarioB: "Nytt avtal (4 tjänster)", yearA: 2022, yearB: 2025 },
  }));

  it("shows each scenario's own population and date in a column of its own", () => {
    expect(values(sheet.rows[2]!)).toEqual([
      "Kommun",
      "Befolkning 2021-06-30 – Nuvarande avtal (3 tjänster)",
      "Befolkning 2024-12-31 – Nytt avtal (4 tjänster)",
      "Nuvarande avtal (3 tjänster) 2022",
      "Nytt avtal (4 tjänster) 2025",
      "Skillnad kr",
      "Skillnad %",
    ]);
    const gagnef = row(sheet, "Gagnef");
    expect(gagnef[1]!.value).toBe(10_455);
    expect(gagnef[2]!.value).toBeNull();
    const avesta = row(sheet, "Avesta");
    expect(avesta[1]!.value).toBe(22_986);
    expect(typeof avesta[2]!.value).toBe("number");
    expect(avesta[2]!.value).not.toBe(22_986);
  });

  it("sums each scenario's own population in Summa kommuner", () => {
    const municipalities = sheet.rows.slice(3, rowIndex(sheet, "Summa kommuner"));
    const total = row(sheet, "Summa kommuner");
    expect(total[1]!.value).toBe(memoPopulationSum);
    expect(total[2]!.value).toBe(municipalities.reduce((acc, r) => acc + ((r[2]!.value as number | null) ?? 0), 0));
  });

  it("writes 'deltar ej' for a non-participant, with no difference", () => {
    const gagnef = row(sheet, "Gagnef");
    expect(typeof gagnef[3]!.value).toBe("number");
    expect(gagnef[4]).toEqual({ value: "deltar ej", alignRight: true });
    expect(values(gagnef).slice(5)).toEqual([null, null]);
  });

  it("says in the memo paragraph who takes part only in A", () => {
    expect(texts(sheet).join(" ")).toContain("Gagnef deltar bara i Nuvarande avtal (3 tjänster).");
  });
});

describe("the memo paragraph", () => {
  it("gives the region's increase of 774 465 kr (ca 770 tkr), the municipalities' together and the range per municipality", () => {
    const sheet = comparison();
    const heading = rowIndex(sheet, "Text till tjänsteskrivelsen");
    expect(sheet.rows[heading]![0]!.bold).toBe(true);
    const paragraph = sheet.rows.slice(heading + 1).map((r) => r[0]!.value).filter((v) => typeof v === "string" && !v.startsWith("Avrundning")).join(" ");
    expect(paragraph).toBe(
      "För Region Dalarna medför Nytt avtal (4 tjänster) en kostnadsökning om 774 465 kr (ca 770 tkr) per år jämfört med Nuvarande avtal (3 tjänster) 2022. " +
        "För kommunerna tillsammans blir det en kostnadsökning om 774 465 kr (ca 770 tkr); per kommun från 18 235 kr (Vansbro) till 160 467 kr (Falun).",
    );
  });

  it("speaks of a decrease when B costs less", () => {
    const sheet = comparison(makeRun({ comparison: { scenarioA: "Nytt avtal (4 tjänster)", scenarioB: "Nuvarande avtal (3 tjänster)", yearA: 2023, yearB: 2022 } }));
    expect(texts(sheet).join(" ")).toContain("För Region Dalarna medför Nuvarande avtal (3 tjänster) en kostnadsminskning om 774 465 kr (ca 770 tkr)");
  });
});
