import { describe, expect, it } from "vitest";
import { Dec, computeScenario, keyUsesPopulation, sum, type AllocationKey, type Municipality, fractionToDecimal } from "../../src/engine/index.ts";
import { dalarna, dalarnaData, june2021, rssScenario } from "../fixtures/engine.ts";

const firstYear = (key: AllocationKey, overrides = {}) => {
  const scenario = rssScenario({ municipalities: { participants: "all", key, populationDate: june2021 }, ...overrides });
  return computeScenario(scenario, dataWithTaxBase()).years[0]!;
};

/** Dalarna with a made-up extra key column, to test column keys. */
function dataWithTaxBase() {
  const data = dalarnaData();
  const municipalities: Municipality[] = data.municipalities.map((m, i) => ({ ...m, columns: new Map([["Skattekraft", new Dec(1000 + i * 100)]]) }));
  return { ...data, municipalities };
}

const municipalAmounts = (year: ReturnType<typeof firstYear>) => year.rows.filter((r) => r.kind === "municipality").map((r) => r.amount.toNumber());

describe("allocation keys", () => {
  it("equal shares: 2 000 000 over 15 gives 133 333 or 133 334, larger ids never favoured over smaller on ties", () => {
    const amounts = municipalAmounts(firstYear({ kind: "equal" }));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(2_000_000);
    expect(new Set(amounts)).toEqual(new Set([133_333, 133_334]));
    // 2 000 000 = 15 × 133 333 + 5: the five smallest kommunkoder get the extra krona.
    const year = firstYear({ kind: "equal" });
    const winners = year.rows.filter((r) => r.amount.toNumber() === 133_334).map((r) => r.partyId).sort();
    expect(winners).toEqual(["2021", "2023", "2026", "2029", "2031"]);
  });

  it("a named numeric column", () => {
    const year = firstYear({ kind: "column", column: "Skattekraft" });
    const weights = year.rows.filter((r) => r.kind === "municipality").map((r) => r.weight.toNumber());
    expect(weights[0]).toBe(1000);
    expect(sum(year.rows.slice(1).map((r) => r.amount)).toNumber()).toBe(2_000_000);
    // Weight 1000 of Σ 25 500 → 78 431.37… → 78 431
    expect(municipalAmounts(year)[0]).toBe(78_431);
  });

  it("a fixed amount per municipality plus a population remainder", () => {
    const year = firstYear({ kind: "fixed-plus-remainder", amountPerMember: new Dec(50_000), remainderKey: { kind: "population" } });
    const amounts = municipalAmounts(year);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(2_000_000);
    // 1 250 000 by population: Avesta's exact share 99 633.3… → 99 633, plus 50 000.
    expect(amounts[0]).toBe(149_633);
    expect(amounts.every((a) => a > 50_000)).toBe(true);
  });

  it("a weighted blend of population and equal shares, exact for non-terminating shares", () => {
    const blend: AllocationKey = { kind: "blend", parts: [{ key: { kind: "population" }, weight: new Dec(2) }, { key: { kind: "equal" }, weight: new Dec(1) }] };
    const year = firstYear(blend);
    const amounts = municipalAmounts(year);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(2_000_000);
    // Avesta: 2/3 × 159 413.… + 1/3 × 133 333.3… = 150 720.1…
    const exact = new Dec(2_000_000).times(new Dec(2).div(3).times(22986).div(288382).plus(new Dec(1).div(3).div(15)));
    expect(fractionToDecimal(year.rows[1]!.exactShare).minus(exact).abs().lt("1e-40")).toBe(true);
    expect(amounts[0]).toBe(exact.round().toNumber());
    const blendShares = sum(year.rows.slice(1).map((r) => r.weight));
    expect(blendShares.minus(1).abs().lt("1e-50")).toBe(true);
  });

  it("a blend of 100 % population equals the population key", () => {
    const blend: AllocationKey = { kind: "blend", parts: [{ key: { kind: "population" }, weight: new Dec(1) }, { key: { kind: "equal" }, weight: new Dec(0) }] };
    expect(municipalAmounts(firstYear(blend))).toEqual(municipalAmounts(firstYear({ kind: "population" })));
  });

  it("a subset of participants (14 of 15) shares the whole municipal half", () => {
    const all = dalarna().map((m) => m.id);
    const scenario = rssScenario({
      municipalities: { participants: all.filter((id) => id !== "2026"), key: { kind: "population" }, populationDate: june2021 },
    });
    const year = computeScenario(scenario, dalarnaData()).years[0]!;
    expect(year.rows).toHaveLength(15);
    expect(year.rows.some((r) => r.partyId === "2026")).toBe(false);
    expect(sum(year.rows.slice(1).map((r) => r.amount)).toNumber()).toBe(2_000_000);
  });

  it("several fixed parties: region, police and the municipal pool (Barnhus-like)", () => {
    const parties = [
      { id: "region", name: "Region Dalarna", share: new Dec("0.4") },
      { id: "polisen", name: "Polisen", share: new Dec("0.2") },
    ];
    const year = firstYear({ kind: "population" }, { fixedParties: parties });
    expect(year.rows.slice(0, 2).map((r) => r.amount.toNumber())).toEqual([1_600_000, 800_000]);
    expect(year.municipalPool.toNumber()).toBe(1_600_000);
    expect(sum(year.rows.map((r) => r.amount)).toNumber()).toBe(4_000_000);
  });

  it("municipalities paying everything (no fixed parties)", () => {
    const year = firstYear({ kind: "population" }, { fixedParties: [] });
    expect(year.municipalPool.toNumber()).toBe(4_000_000);
    expect(year.rows).toHaveLength(15);
  });

  it("rounds to whole thousands when the unit is 1000, at every level", () => {
    const year = firstYear({ kind: "population" }, { rounding: { method: "largest-remainder", unit: new Dec(1000) }, cost: { kind: "annual", amount: new Dec(4_001_500) } });
    expect(year.total.toNumber()).toBe(4_002_000);
    expect(year.rows.every((r) => r.amount.div(1000).isInteger())).toBe(true);
    expect(sum(year.rows.map((r) => r.amount)).toNumber()).toBe(4_002_000);
  });
});

describe("a blend part with weight zero", () => {
  it("needs no data: a zero-weighted population part asks for no population", () => {
    const blend: AllocationKey = { kind: "blend", parts: [{ key: { kind: "population" }, weight: new Dec(0) }, { key: { kind: "equal" }, weight: new Dec(1) }] };
    expect(keyUsesPopulation(blend)).toBe(false);
    const data = dalarnaData();
    const withoutPopulation = { ...data, municipalities: data.municipalities.map((m) => ({ ...m, population: new Map() })) };
    const year = computeScenario(rssScenario({ municipalities: { participants: "all", key: blend, populationDate: { kind: "latest-before-year" } } }), withoutPopulation).years[0]!;
    expect(year.populationDate).toBeNull();
    expect(sum(year.rows.slice(1).map((r) => r.amount)).toNumber()).toBe(2_000_000);
  });
});
