import { describe, expect, it } from "vitest";
import { Dec, compareScenarios, computeScenario, computeScenarios } from "../../src/engine/index.ts";
import { memoPopulationJune2021 as memo } from "../fixtures/memo.ts";
import { currentScenario, dalarnaData, june2021, rssScenario } from "../fixtures/engine.ts";

const current = currentScenario();
const next = rssScenario({
  municipalities: { participants: "all", key: { kind: "population" }, populationDate: june2021 },
});

describe("the memo's scenarios", () => {
  const [a, b] = computeScenarios([current, next], dalarnaData());

  it("gives the new agreement's 2023 table: region 2 000 000, municipalities as the memo (largest remainder)", () => {
    const year = b!.years[0]!;
    expect(year.year).toBe(2023);
    expect(year.total.toNumber()).toBe(4_000_000);
    expect(year.rows[0]).toMatchObject({ partyId: "region", kind: "fixed" });
    expect(year.rows[0]!.amount.toNumber()).toBe(2_000_000);
    expect(year.municipalPool.toNumber()).toBe(2_000_000);
    expect(year.rows.slice(1).map((r) => r.amount.toNumber())).toEqual(memo.map((m) => m.largestRemainder));
    expect(year.roundingDifference.isZero()).toBe(true);
    expect(year.populationDate).toBe("2021-06-30");
  });

  it("shows the region's increase of 774 465 kr from 2022 (1 225 535 kr per principal) to 2023", () => {
    expect(a!.years[0]!.rows[0]!.amount.toNumber()).toBe(1_225_535);
    expect(a!.years[0]!.municipalPool.toNumber()).toBe(1_225_535);
    const comparison = compareScenarios(a!, b!, { yearA: 2022, yearB: 2023 });
    const regionRow = comparison.fixedParties[0]!;
    expect(regionRow.difference.toNumber()).toBe(774_465);
    expect(regionRow.differenceShare!.times(100).toDecimalPlaces(1).toString()).toBe("63.2");
    expect(comparison.municipalitiesTotal.difference.toNumber()).toBe(774_465);
    expect(comparison.total.a.toNumber()).toBe(2_451_070);
    expect(comparison.total.b.toNumber()).toBe(4_000_000);
    expect(comparison.municipalities).toHaveLength(15);
    expect(comparison.municipalities[0]!.weightB!.toNumber()).toBe(22_986);
  });

  it("legacy round-each reproduces the memo's column and reports +4 at the municipal level", () => {
    const legacy = computeScenario({ ...next, rounding: { method: "round-each", unit: new Dec(1) } }, dalarnaData());
    const year = legacy.years[0]!;
    expect(year.rows.slice(1).map((r) => r.amount.toNumber())).toEqual(memo.map((m) => m.memoNew));
    expect(year.roundingDifference.toNumber()).toBe(4);
  });
});
