import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/workbook/problems.ts";
import { parseInputs } from "../../src/workbook/parse/index.ts";
import { runInputs } from "../../src/workbook/run.ts";
import { exampleGrids } from "../fixtures/grids.ts";
import { memoPopulationJune2021 as memo } from "../fixtures/memo.ts";

describe("parsing the example workbook's inputs", () => {
  const parsed = parseInputs(exampleGrids());

  it("reads without errors", () => {
    expect(parsed.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([]);
    expect(parsed.ok).toBe(true);
  });

  it("reads population, index and scenarios", () => {
    if (!parsed.ok) throw new Error("not ok");
    const { inputs } = parsed;
    expect(inputs.population.dates).toEqual(["2019-12-31", "2021-06-30", "2021-12-31", "2023-12-31", "2024-12-31"]);
    expect(inputs.population.range).toBe("Befolkning!A1:G17");
    expect(inputs.data.municipalities).toHaveLength(15);
    expect(inputs.data.municipalities[0]!.population.get("2021-06-30")!.toNumber()).toBe(22986);
    expect(inputs.region).toEqual({ countyCode: "20", county: "Dalarnas län", name: "Region Dalarna" });
    expect(inputs.index!.series.map((s) => s.name)).toEqual(["LPI", "LPIK"]);
    expect(inputs.index!.series[0]!.values.get(2024)).toMatchObject({ status: "prognos", source: "Exempelvärden – inte SKR:s siffror" });
    expect(inputs.index!.series[0]!.values.get(2024)!.value.toString()).toBe("0.031");
    expect(inputs.scenarios.map((s) => s.name)).toEqual(["Nuvarande avtal (3 tjänster)", "Nytt avtal (4 tjänster)"]);
    const next = inputs.scenarios[1]!;
    expect(next.cost).toMatchObject({ kind: "positions" });
    // The current agreement states its annual cost; its 3 positions come along for the audit sheet.
    expect(inputs.scenarios[0]!.cost).toMatchObject({ kind: "annual" });
    expect(inputs.scenarios[0]!.cost.positions?.toNumber()).toBe(3);
    expect(next.fixedParties[0]).toMatchObject({ id: "region", name: "Region Dalarna" });
    expect(next.fixedParties[0]!.share.toString()).toBe("0.5");
    expect(next.municipalities.populationDate).toEqual({ kind: "per-year", dates: new Map([[2023, "2021-06-30"]]) });
    expect(inputs.comparison).toEqual({ scenarioA: "Nuvarande avtal (3 tjänster)", scenarioB: "Nytt avtal (4 tjänster)", yearA: 2022, yearB: 2023 });
  });

  it("runs to the memo's figures (largest remainder) and the 774 465 kr region increase", () => {
    const outcome = runInputs(exampleGrids());
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    const comparison = outcome.run.comparison!;
    expect(comparison.municipalities.map((r) => r.b.toNumber())).toEqual(memo.map((m) => m.largestRemainder));
    expect(comparison.fixedParties[0]!.difference.toNumber()).toBe(774_465);
    const next = outcome.run.results[1]!;
    expect(next.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(next.years.map((y) => y.populationDate)).toEqual(["2021-06-30", "2023-12-31", "2024-12-31", "2024-12-31", "2024-12-31"]);
  });
});
