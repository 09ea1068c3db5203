import { describe, expect, it } from "vitest";
import { apportion, apportionDetailed } from "../../src/engine/index.ts";
import { memoPopulationJune2021 as memo, memoPopulationSum } from "../fixtures/memo.ts";

const parts = memo.map((m) => ({ id: m.code, weight: m.population }));
const amounts = (rows: { amount: { toNumber(): number } }[]) => rows.map((r) => r.amount.toNumber());

describe("the memo's table, section 4.3.1", () => {
  it("has the population sum the memo states", () => {
    expect(memo.reduce((s, m) => s + m.population, 0)).toBe(memoPopulationSum);
  });

  it("largest remainder gives the stated figures and adds up to exactly 2 000 000", () => {
    const rows = apportion(2_000_000, parts);
    expect(rows.map((r) => r.id)).toEqual(memo.map((m) => m.code));
    expect(amounts(rows)).toEqual(memo.map((m) => m.largestRemainder));
    expect(amounts(rows).reduce((a, b) => a + b, 0)).toBe(2_000_000);
  });

  it("round-each reproduces the memo row for row and reports the +4 difference", () => {
    const detail = apportionDetailed(2_000_000, parts, { method: "round-each" });
    expect(amounts(detail.rows)).toEqual(memo.map((m) => m.memoNew));
    expect(detail.roundingDifference.toNumber()).toBe(4);
  });

  it("differs from the memo exactly where the brief says: one krona less for four municipalities", () => {
    const lr = apportion(2_000_000, parts);
    const legacy = apportion(2_000_000, parts, { method: "round-each" });
    const changed = lr.filter((r, i) => !r.amount.equals(legacy[i]!.amount)).map((r) => memo.find((m) => m.code === r.id)!.name);
    expect(changed).toEqual(["Avesta", "Malung-Sälen", "Säter", "Älvdalen"]);
  });

  it("splits the slide's 1 300 000 kr the same way", () => {
    const rows = apportion(1_300_000, parts);
    expect(amounts(rows).reduce((a, b) => a + b, 0)).toBe(1_300_000);
    memo.forEach((m, i) => {
      if (m.slide1300000 !== null) expect(rows[i]!.amount.toNumber()).toBe(m.slide1300000);
    });
  });

  it("rounds to whole thousands with unit 1000", () => {
    const rows = apportion(2_000_000, parts, { unit: 1000 });
    expect(amounts(rows).every((a) => a % 1000 === 0)).toBe(true);
    expect(amounts(rows).reduce((a, b) => a + b, 0)).toBe(2_000_000);
    expect(rows[0]!.amount.toNumber()).toBe(159_000);
  });
});
