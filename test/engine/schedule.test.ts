import { describe, expect, it } from "vitest";
import { Dec, computeScenario, sum, type ScenarioResult } from "../../src/engine/index.ts";
import { changeSeries, dalarnaData, exampleLpi, rssScenario } from "../fixtures/engine.ts";

const amountsByYear = (result: ScenarioResult) => new Map(result.years.map((y) => [y.year, y.rows.map((r) => r.amount.toString())]));

describe("a four-year RSS schedule 2023–2026", () => {
  const result = computeScenario(rssScenario(), dalarnaData());

  it("covers every year of the period", () => {
    expect(result.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026]);
    expect(result.years.every((y) => !y.isExtension)).toBe(true);
  });

  it("uprates from the base year with an unrounded factor and rounds each total once", () => {
    const totals = result.years.map((y) => y.total.toNumber());
    // 4 000 000 × 1.031 = 4 124 000; × 1.028 = 4 239 472; × 1.025 = 4 345 458.8 → 4 345 459
    expect(totals).toEqual([4_000_000, 4_124_000, 4_239_472, 4_345_459]);
    expect(result.years[3]!.factor.toString()).toBe("1.0863647");
    expect(result.years[3]!.exactTotal.toString()).toBe("4345458.8");
  });

  it("adds every year's rows up to the year's total, and gives the region half (± 1 kr)", () => {
    for (const year of result.years) {
      expect(sum(year.rows.map((r) => r.amount)).equals(year.total)).toBe(true);
      const regionAmount = year.rows[0]!.amount;
      expect(regionAmount.minus(year.total.div(2)).abs().lte(new Dec("0.5"))).toBe(true);
      expect(sum(year.rows.slice(1).map((r) => r.amount)).equals(year.municipalPool)).toBe(true);
    }
  });

  it("splits each year by the latest population before the year starts", () => {
    expect(result.years.map((y) => y.populationDate)).toEqual(["2021-12-31", "2023-12-31", "2024-12-31", "2024-12-31"]);
  });

  it("records the index values used, with their status and source", () => {
    const used = result.years[2]!.indexValuesUsed;
    expect(used.map((u) => [u.series, u.year, u.value.toString(), u.status, u.source])).toEqual([
      ["LPI", 2024, "0.031", "prognos", "Exempel"],
      ["LPI", 2025, "0.028", "prognos", "Exempel"],
    ]);
    expect(result.years[0]!.indexValuesUsed).toEqual([]);
  });

  it("changes only the years from a changed index value on", () => {
    const revised = changeSeries("LPI", { 2023: "0.045", 2024: "0.031", 2025: "0.035", 2026: "0.025" });
    const before = amountsByYear(result);
    const after = amountsByYear(computeScenario(rssScenario(), dalarnaData([revised])));
    expect(after.get(2023)).toEqual(before.get(2023));
    expect(after.get(2024)).toEqual(before.get(2024));
    expect(after.get(2025)).not.toEqual(before.get(2025));
    expect(after.get(2026)).not.toEqual(before.get(2026));
  });

  it("computes automatic one-year extensions after the last year", () => {
    const extended = computeScenario(rssScenario({ extensionYears: 1 }), dalarnaData());
    expect(extended.years.map((y) => [y.year, y.isExtension])).toEqual([
      [2023, false], [2024, false], [2025, false], [2026, false], [2027, true],
    ]);
    expect(extended.years[4]!.total.toNumber()).toBe(Math.round(4_345_458.8 * 1.024));
  });

  it("with a lag of one year, year Y uses the change of Y − 1", () => {
    const lagged = computeScenario(rssScenario({ indexation: { series: "LPI", lag: 1, method: "from-base" } }), dalarnaData());
    // 2024 uses 2023's 4.5 %.
    expect(lagged.years[1]!.total.toNumber()).toBe(4_180_000);
    expect(lagged.years[1]!.indexValuesUsed.map((u) => u.year)).toEqual([2023]);
  });

  it("chains on last year's rounded amount when asked", () => {
    const five = changeSeries("X", { 2024: "0.05", 2025: "0.05", 2026: "0.05" });
    const base = rssScenario({ cost: { kind: "annual", amount: new Dec(10) }, indexation: { series: "X", lag: 0, method: "from-base" } });
    const fromBase = computeScenario(base, dalarnaData([five]));
    const chained = computeScenario({ ...base, indexation: { series: "X", lag: 0, method: "chained" } }, dalarnaData([five]));
    // from base: 10 × 1.05² = 11.025 → 11; chained: 10 × 1.05 = 10.5 → 11, then 11 × 1.05 = 11.55 → 12
    expect(fromBase.years.map((y) => y.total.toNumber())).toEqual([10, 11, 11, 12]);
    expect(fromBase.years[2]!.exactTotal.toString()).toBe("11.025");
    expect(chained.years.map((y) => y.total.toNumber())).toEqual([10, 11, 12, 13]);
    expect(chained.years[2]!.exactTotal.toString()).toBe("11.55");
  });

  it("uprates by a level series as level(Y) / level(base)", () => {
    const levels = { name: "PKV", kind: "level" as const, values: new Map([2023, 2024, 2025, 2026].map((y, i) => [y, { value: new Dec(["100", "103", "106.09", "110"][i]!), status: "utfall" as const, source: null }])) };
    const result = computeScenario(rssScenario({ indexation: { series: "PKV", lag: 0, method: "from-base" } }), dalarnaData([levels]));
    expect(result.years.map((y) => y.total.toNumber())).toEqual([4_000_000, 4_120_000, 4_243_600, 4_400_000]);
  });

  it("makes no uprating with the series Ingen", () => {
    const flat = computeScenario(rssScenario({ indexation: { series: null, lag: 0, method: "from-base" } }), dalarnaData());
    expect(flat.years.map((y) => y.total.toNumber())).toEqual([4_000_000, 4_000_000, 4_000_000, 4_000_000]);
  });

  it("lets each year use its own population date", () => {
    const perYear = rssScenario({
      municipalities: {
        participants: "all",
        key: { kind: "population" },
        populationDate: { kind: "per-year", dates: new Map([[2023, "2021-06-30"]]) },
      },
    });
    expect(computeScenario(perYear, dalarnaData()).years.map((y) => y.populationDate)).toEqual([
      "2021-06-30", "2023-12-31", "2024-12-31", "2024-12-31",
    ]);
  });

  it("uses the example series unchanged across runs (determinism)", () => {
    expect(amountsByYear(computeScenario(rssScenario(), dalarnaData([exampleLpi])))).toEqual(amountsByYear(result));
  });
});
