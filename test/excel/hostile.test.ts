// The task pane's reading of hostile sheets through the Excel fake: the used range's size is learnt
// before its cells are loaded, so a stray far value costs one small request, gives a message at the
// cell and writes nothing.
import { describe, expect, it } from "vitest";
import { exampleWorkbook } from "../fakes/excel/index.ts";
import { hostOn } from "./helpers.ts";

describe("hostile sheets in the task pane", () => {
  it("a stray value in XFD1048576: no load of the whole sheet, the message at the cell, nothing written", async () => {
    const fake = exampleWorkbook();
    fake.userEdit("Befolkning", "XFD1048576", 1);
    const before = fake.snapshot();
    fake.resetSyncs();
    // The fake refuses to load the values of more than a million cells, as Excel on the web refuses
    // a response beyond 5 MB; reading the whole used range would fail with that error instead.
    const outcome = await hostOn(fake).calculate();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.filter((p) => p.severity === "error")).toEqual([
      { severity: "error", sheet: "Befolkning", cell: "XFD1048576", message: expect.stringMatching(/högst 5 000 rader och 200 kolumner läses/) },
    ]);
    expect(fake.snapshot()).toBe(before);
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(10_000);
  });

  it("rows beyond the limit in a named range: refused at the range's last cell", async () => {
    const fake = exampleWorkbook();
    fake.userEdit("Index", "A6000", 2030);
    const outcome = await hostOn(fake).read();
    expect(outcome.problems).toContainEqual(
      expect.objectContaining({ severity: "error", sheet: "Index", cell: "E6000", message: expect.stringMatching(/6 000 rader × 5 kolumner/) }),
    );
  });

  it("a scenario name with U+FFFE: the error at its cell, nothing written", async () => {
    const fake = exampleWorkbook();
    fake.userEdit("Scenarier", "C1", "Nytt\uFFFEavtal");
    const before = fake.snapshot();
    const outcome = await hostOn(fake).calculate();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toContainEqual(expect.objectContaining({ sheet: "Scenarier", cell: "C1", message: expect.stringMatching(/U\+FFFE/) }));
    expect(fake.snapshot()).toBe(before);
  });
});
