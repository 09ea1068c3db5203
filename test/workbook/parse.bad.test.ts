import { describe, expect, it } from "vitest";
import { runInputs } from "../../src/workbook/run.ts";
import { formatProblem } from "../../src/workbook/problems.ts";
import { badInputs } from "../fixtures/badInputs.ts";
import { exampleGrids } from "../fixtures/grids.ts";

describe("bad inputs: each gives its specific error at the right cell (parsing and computing)", () => {
  it("has at least 30 cases", () => expect(badInputs.length).toBeGreaterThanOrEqual(30));

  it.each(badInputs.map((c) => [c.name, c] as const))("%s", (_, bad) => {
    const outcome = runInputs(exampleGrids(bad.edit));
    if (outcome.ok) throw new Error(`${bad.name}: the run succeeded`);
    const errors = outcome.problems.filter((p) => p.severity === "error");
    const where = (p: (typeof errors)[number]) => (p.sheet === null ? null : p.cell === null ? p.sheet : `${p.sheet}!${p.cell}`);
    const hit = errors.find((p) => where(p) === bad.at && bad.message.test(p.message));
    expect(hit, `errors were:\n${errors.map(formatProblem).join("\n")}`).toBeDefined();
  });
});
