// A write that fails at any operation heals at the next Beräkna: three scenarios (issue 7).
import { describe, expect, it } from "vitest";
import { firstRun, sweep, threeScenarios } from "./sweep.ts";

describe("a write that fails at any operation heals at the next Beräkna (three scenarios)", () => {
  it("the first run: every sheet new", async () => {
    expect(await sweep(threeScenarios, firstRun)).toBeGreaterThan(100);
  }, 600_000);
});
