import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion, apportionDetailed, Dec, sum } from "../../src/engine/index.ts";

interface Part { id: string; weight: string }

/** Weights as numeric strings with up to three decimals, some zero, with distinct ids. */
const weight = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 999 })).map(([i, f]) => `${i}.${String(f).padStart(3, "0")}`),
  fc.constant("0"),
);
const parts = (maxLength = 30) =>
  fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[0-9]{4}$/), weight }), { minLength: 1, maxLength, selector: (p) => p.id })
    .filter((ps) => ps.some((p) => new Dec(p.weight).gt(0)));
const total = fc.integer({ min: -5_000_000, max: 5_000_000 });

const asMap = (rows: { id: string; amount: Dec }[]) => new Map(rows.map((r) => [r.id, r.amount.toString()]));
const exactShare = (t: number, ps: Part[], i: number) => new Dec(t).times(ps[i]!.weight).div(sum(ps.map((p) => new Dec(p.weight))));

describe("apportion: properties", () => {
  it("adds up exactly to the total", () => {
    fc.assert(fc.property(total, parts(), (t, ps) => sum(apportion(t, ps).map((r) => r.amount)).equals(t)));
  });

  it("gives every part within one unit of its exact share", () => {
    fc.assert(fc.property(total, parts(), (t, ps) =>
      apportion(t, ps).every((r, i) => r.amount.minus(exactShare(t, ps, i)).abs().lt(1)),
    ));
  });

  it("gives a zero weight zero", () => {
    fc.assert(fc.property(total, parts(), (t, ps) =>
      apportion(t, ps).every((r, i) => !new Dec(ps[i]!.weight).isZero() || r.amount.isZero()),
    ));
  });

  it("gives the same id → amount map for shuffled input", () => {
    fc.assert(fc.property(total, parts().chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length }))), (t, [ps, shuffled]) => {
      expect(asMap(apportion(t, shuffled))).toEqual(asMap(apportion(t, ps)));
    }));
  });

  it("is unchanged when every weight is multiplied by the same k > 0", () => {
    fc.assert(fc.property(total, parts(), fc.oneof(fc.integer({ min: 1, max: 1000 }).map(String), fc.constant("0.001"), fc.constant("7.5")), (t, ps, k) => {
      const scaled = ps.map((p) => ({ id: p.id, weight: new Dec(p.weight).times(k) }));
      expect(asMap(apportion(t, scaled))).toEqual(asMap(apportion(t, ps)));
    }));
  });

  it("splits a negative total as the negation of the positive split", () => {
    fc.assert(fc.property(total, parts(), (t, ps) => {
      const negated = apportion(-t, ps).map((r) => ({ id: r.id, amount: r.amount.negated() }));
      expect(asMap(negated)).toEqual(asMap(apportion(t, ps)));
    }));
  });

  it("never gives a larger weight less than a smaller one", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5_000_000 }), parts(), (t, ps) => {
      const rows = apportion(t, ps);
      for (let i = 0; i < ps.length; i++) {
        for (let j = 0; j < ps.length; j++) {
          if (new Dec(ps[i]!.weight).gt(ps[j]!.weight)) expect(rows[i]!.amount.gte(rows[j]!.amount)).toBe(true);
        }
      }
    }));
  });

  it("is deterministic", () => {
    fc.assert(fc.property(total, parts(), (t, ps) => {
      expect(asMap(apportion(t, ps))).toEqual(asMap(apportion(t, ps)));
    }));
  });

  it("equals half-up rounding whenever half-up already adds up", () => {
    fc.assert(fc.property(total, parts(), (t, ps) => {
      const halfUp = apportionDetailed(t, ps, { method: "round-each" });
      if (!halfUp.roundingDifference.isZero()) return;
      expect(asMap(apportion(t, ps))).toEqual(asMap(halfUp.rows));
    }));
  });

  it("adds up in whole units for any unit", () => {
    fc.assert(fc.property(fc.integer({ min: -5000, max: 5000 }), fc.constantFrom("1", "10", "1000", "0.5"), parts(), (n, unit, ps) => {
      const t = new Dec(n).times(unit);
      const rows = apportion(t, ps, { unit });
      expect(sum(rows.map((r) => r.amount)).equals(t)).toBe(true);
      expect(rows.every((r) => r.amount.div(unit).isInteger())).toBe(true);
    }));
  });

  it("matches a brute-force oracle (least squared deviation) for up to five parties", () => {
    const small = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[0-9]{4}$/), weight: fc.integer({ min: 0, max: 40 }).map(String) }), {
      minLength: 1, maxLength: 5, selector: (p) => p.id,
    }).filter((ps) => ps.some((p) => p.weight !== "0"));
    fc.assert(fc.property(fc.integer({ min: 0, max: 12 }), small, (t, ps) => {
      const w = ps.map((p) => BigInt(p.weight));
      const W = w.reduce((a, b) => a + b, 0n);
      // Σ (a_i·W − t·w_i)² is W² times the squared deviation from the exact shares, in integers.
      const cost = (a: number[]) => a.reduce((acc, ai, i) => acc + (BigInt(ai) * W - BigInt(t) * w[i]!) ** 2n, 0n);
      const best: number[][] = [];
      let bestCost: bigint | null = null;
      for (const candidate of compositions(t, ps.length)) {
        const c = cost(candidate);
        if (bestCost === null || c < bestCost) { bestCost = c; best.length = 0; best.push(candidate); }
        else if (c === bestCost) best.push(candidate);
      }
      const got = apportion(t, ps).map((r) => r.amount.toNumber());
      expect(cost(got)).toBe(bestCost);
      if (best.length === 1) expect(got).toEqual(best[0]);
    }), { numRuns: 300 });
  });
});

function* compositions(total: number, parts: number): Generator<number[]> {
  if (parts === 1) { yield [total]; return; }
  for (let first = 0; first <= total; first++) {
    for (const rest of compositions(total - first, parts - 1)) yield [first, ...rest];
  }
}
