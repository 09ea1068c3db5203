import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, computeScenario, sum, type AllocationKey, fractionToDecimal } from "../../src/engine/index.ts";
import { changeSeries, dalarnaData, rssScenario } from "../fixtures/engine.ts";

const change = fc.integer({ min: -50, max: 120 }).map((permille) => new Dec(permille).div(1000).toString());
const key = fc.constantFrom<AllocationKey>(
  { kind: "population" },
  { kind: "equal" },
  { kind: "fixed-plus-remainder", amountPerMember: new Dec(1000), remainderKey: { kind: "population" } },
  { kind: "blend", parts: [{ key: { kind: "population" }, weight: new Dec(7) }, { key: { kind: "equal" }, weight: new Dec(3) }] },
);

describe("scenario schedule: properties", () => {
  it("every level adds up to its parent in every year, whatever the cost, index, shares and key", () => {
    fc.assert(fc.property(
      fc.integer({ min: 1_000_000, max: 50_000_000 }),
      fc.array(change, { minLength: 4, maxLength: 4 }),
      fc.integer({ min: 0, max: 90 }),
      key,
      fc.constantFrom("1", "1000"),
      fc.constantFrom("from-base" as const, "chained" as const),
      (cost, changes, regionPercent, allocationKey, unit, method) => {
        const series = changeSeries("LPI", Object.fromEntries(changes.map((c, i) => [2024 + i, c])));
        const scenario = rssScenario({
          cost: { kind: "annual", amount: new Dec(cost) },
          extensionYears: 1,
          indexation: { series: "LPI", lag: 0, method },
          fixedParties: [{ id: "region", name: "Region Dalarna", share: new Dec(regionPercent).div(100) }],
          municipalities: { participants: "all", key: allocationKey, populationDate: { kind: "latest-before-year" } },
          rounding: { method: "largest-remainder", unit: new Dec(unit) },
        });
        const result = computeScenario(scenario, dalarnaData([series]));
        expect(result.years).toHaveLength(5);
        for (const year of result.years) {
          expect(sum(year.rows.map((r) => r.amount)).equals(year.total)).toBe(true);
          expect(sum(year.rows.filter((r) => r.kind === "municipality").map((r) => r.amount)).equals(year.municipalPool)).toBe(true);
          expect(year.rows.every((r) => r.amount.div(unit).isInteger() && r.amount.minus(fractionToDecimal(r.exactShare)).abs().lt(unit))).toBe(true);
          expect(year.roundingDifference.isZero()).toBe(true);
        }
      },
    ), { numRuns: 60 });
  });
});
