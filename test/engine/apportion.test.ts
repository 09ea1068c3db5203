import { describe, expect, it } from "vitest";
import { apportion, apportionDetailed, Dec, EngineError, fractionToDecimal } from "../../src/engine/index.ts";

const amounts = (rows: { id: string; amount: Dec }[]) => Object.fromEntries(rows.map((r) => [r.id, r.amount.toNumber()]));

describe("apportion: tie rule", () => {
  it("gives a unit tied on remainder and weight to the smaller id", () => {
    // Equal weights and equal remainders: the smaller id gets the unit, wherever it stands.
    expect(amounts(apportion(1, [{ id: "b", weight: 1 }, { id: "a", weight: 1 }]))).toEqual({ b: 0, a: 1 });
    // total 2 over weights 1, 1, 2 (shares .5, .5, 1) → one unit left for the two tied at .5: id "0001".
    expect(amounts(apportion(2, [{ id: "0002", weight: 1 }, { id: "0001", weight: 1 }, { id: "0003", weight: 2 }]))).toEqual({ "0002": 0, "0001": 1, "0003": 1 });
  });

  it("gives a unit tied on remainder to the larger weight, not to list position or id", () => {
    // Weights 1 and 5 over total 3: shares 0.5 and 2.5, both remainders .5, one unit left: weight 5 gets it.
    expect(amounts(apportion(3, [{ id: "9", weight: 1 }, { id: "1", weight: 5 }]))).toEqual({ "9": 0, "1": 3 });
    expect(amounts(apportion(3, [{ id: "1", weight: 5 }, { id: "9", weight: 1 }]))).toEqual({ "9": 0, "1": 3 });
    expect(amounts(apportion(3, [{ id: "1", weight: 1 }, { id: "9", weight: 5 }]))).toEqual({ "1": 0, "9": 3 });
  });

  it("accepts weights as decimal.js values, numbers and numeric strings", () => {
    const rows = apportion(new Dec(100), [{ id: "a", weight: new Dec("1.5") }, { id: "b", weight: 1.5 }, { id: "c", weight: "3" }]);
    expect(amounts(rows)).toEqual({ a: 25, b: 25, c: 50 });
    expect(Dec.isDecimal(rows[0]!.amount)).toBe(true);
  });

  it("reports exact shares and a zero difference", () => {
    const detail = apportionDetailed(10, [{ id: "a", weight: 1 }, { id: "b", weight: 2 }]);
    expect(detail.rows.map((r) => fractionToDecimal(r.exactShare).toDecimalPlaces(6).toString())).toEqual(["3.333333", "6.666667"]);
    expect(detail.roundingDifference.isZero()).toBe(true);
  });
});

describe("apportion: input errors", () => {
  const cases: [string, () => unknown, string, RegExp][] = [
    ["an empty list", () => apportion(100, []), "noParts", /inga parter/],
    ["a negative weight", () => apportion(100, [{ id: "2084", weight: -1 }, { id: "2081", weight: 2 }]), "negativeWeight", /2084.*negativ/],
    ["all-zero weights", () => apportion(100, [{ id: "a", weight: 0 }, { id: "b", weight: "0" }]), "allZeroWeights", /noll/],
    ["a total that is not whole kronor", () => apportion("100.5", [{ id: "a", weight: 1 }]), "totalNotWholeUnits", /100,5 kr/],
    ["a total that is not whole thousands", () => apportion(1500, [{ id: "a", weight: 1 }], { unit: 1000 }), "totalNotWholeUnits", /1 000 kr/],
    ["a non-numeric weight", () => apportion(100, [{ id: "a", weight: "tre" }]), "invalidWeight", /inte ett tal/],
    ["an infinite weight", () => apportion(100, [{ id: "a", weight: Infinity }]), "invalidWeight", /inte ett tal/],
    ["a duplicate id", () => apportion(100, [{ id: "a", weight: 1 }, { id: "a", weight: 1 }]), "duplicatePart", /mer än en gång/],
    ["a zero unit", () => apportion(100, [{ id: "a", weight: 1 }], { unit: 0 }), "invalidUnit", /Avrundningsenheten/],
    ["a non-numeric total", () => apportion("mycket", [{ id: "a", weight: 1 }]), "invalidTotal", /inte ett tal/],
  ];

  it.each(cases)("rejects %s", (_, run, code, message) => {
    let error: unknown;
    try { run(); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe(code);
    expect((error as EngineError).message).toMatch(message);
  });
});
