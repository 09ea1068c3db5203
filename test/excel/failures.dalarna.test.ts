// A write that fails at any operation heals at the next Beräkna: the Dalarna example (issue 7).
import { describe, expect, it } from "vitest";
import { exampleWorkbook } from "../fakes/excel/index.ts";
import { afterAChange, afterARemoval, firstRun, sweep } from "./sweep.ts";

describe("a write that fails at any operation heals at the next Beräkna (Dalarna)", () => {
  it("the first run: every sheet new", async () => {
    expect(await sweep(exampleWorkbook, firstRun)).toBeGreaterThan(100);
  }, 600_000);

  it("a re-run in place with a renamed scenario and a changed population", async () => {
    expect(await sweep(exampleWorkbook, afterAChange)).toBeGreaterThan(100);
  }, 600_000);

  it("a re-run after a scenario was removed: sheets deleted, released to the user, added and shrunk", async () => {
    expect(await sweep(exampleWorkbook, afterARemoval)).toBeGreaterThan(100);
  }, 600_000);
});
