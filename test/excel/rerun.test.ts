// Re-runs keep the user's workbook whole (issue 7): references into the result sheets survive any
// number of re-runs, ownership cannot be claimed by accident, and a normal re-run keeps the undo stack.
import { describe, expect, it } from "vitest";
import type { CalculationOutcome } from "../../src/excel/host.ts";
import { quoteSheetName } from "../../src/workbook/address.ts";
import { ownerName, tokenName } from "../../src/workbook/report/ownership.ts";
import { exampleWorkbook, REQUEST_LIMIT_BYTES, type FakeWorkbook } from "../fakes/excel/index.ts";
import { hostOn, largeCountyWorkbook, TOKEN } from "./helpers.ts";

const FLERAR_A = "Flerår – Nuvarande avtal";
const FLERAR_B = "Flerår – Nytt avtal";

function ok(outcome: CalculationOutcome): Extract<CalculationOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`Expected a result, got problems: ${outcome.problems.map((p) => p.message).join("; ")}`);
  return outcome;
}

/** The user's Budget sheet: a formula into every result sheet, a name on a total, a chart over a Flerår sheet. */
function addUserReferences(fake: FakeWorkbook): Record<string, [string, string]> {
  const references: Record<string, [string, string]> = {
    A1: ["Jämförelse", "D19"],
    A2: [FLERAR_A, "C4"],
    A3: [FLERAR_B, "C4"],
    A4: ["Underlag", "B4"],
  };
  fake.addSheet("Budget");
  for (const [cell, [sheet, address]] of Object.entries(references)) {
    fake.setFormula("Budget", cell, `=${quoteSheetName(sheet)}!${address}`, fake.value(sheet, address)!);
  }
  fake.addName("MinSumma", "Jämförelse!$D$19");
  fake.sheet("Budget").charts.push({
    name: "Min graf",
    type: "ColumnClustered",
    title: "Nytt avtal per kommun",
    series: [{ name: "Nytt avtal", values: `${quoteSheetName(FLERAR_B)}!$C$4:$C$18`, xValues: `${quoteSheetName(FLERAR_B)}!$A$4:$A$18` }],
    position: null,
  });
  return references;
}

/** Every reference of the Budget sheet shows the value of the cell it points at now: none is #REF!. */
function expectReferencesAlive(fake: FakeWorkbook, cells: readonly string[]): void {
  for (const cell of cells) {
    const value = fake.formulaValue("Budget", cell);
    expect(value, `Budget!${cell}: ${fake.cell("Budget", cell)?.formula}`).not.toBe("#REF!");
    expect(value, `Budget!${cell}`).not.toBeNull();
  }
  expect(fake.nameValue("MinSumma")).toBe(fake.value("Jämförelse", "D19"));
  for (const series of fake.charts("Budget")[0]!.series) expect(`${series.values} ${series.xValues}`).not.toContain("#REF!");
}

function setScenarioCell(fake: FakeWorkbook, address: string, value: string | number): void {
  const rect = fake.rect(address);
  fake.sheet("Scenarier").edit(rect.top, rect.left).value = value;
}

describe("re-runs keep every reference into the result sheets", () => {
  it("the same inputs, a changed population, a scenario added, one renamed, one removed", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    ok(await host.calculate());
    const references = addUserReferences(fake);
    const cells = Object.keys(references);

    // The same inputs: the workbook is as it was.
    const before = fake.snapshot();
    ok(await host.calculate());
    expect(fake.snapshot()).toBe(before);
    expectReferencesAlive(fake, cells);

    // A changed population: the same sheets, new values behind the same references.
    const total = fake.value("Jämförelse", "D19");
    // 5 000 people move from Borlänge to Avesta (the sum row stays right).
    for (const column of ["C", "D", "E", "F", "G"]) {
      for (const [row, change] of [[2, 5_000], [3, -5_000]] as const) {
        const value = fake.value("Befolkning", `${column}${row}`);
        if (typeof value === "number") fake.userEdit("Befolkning", `${column}${row}`, value + change);
      }
    }
    ok(await host.calculate());
    expectReferencesAlive(fake, cells);
    expect(fake.formulaValue("Budget", "A1")).toBe(fake.value("Jämförelse", "D19"));
    expect(fake.value("Jämförelse", "D19")).toBe(total); // the total is fixed; the shares moved
    expect(fake.formulaValue("Budget", "A3")).toBe(fake.value(FLERAR_B, "C4"));

    // A scenario added (a copy of the new agreement, column D): a new sheet, nothing else moves.
    const scenarios = fake.sheet("Scenarier");
    for (let row = 0; row < 30; row++) {
      const cell = scenarios.cell(row, 2);
      if (cell !== undefined) scenarios.cells.set(`${row}:3`, { ...cell });
    }
    setScenarioCell(fake, "D1", "Utökat avtal");
    const added = ok(await host.calculate());
    expect(added.summary.written).toContain("Flerår – Utökat avtal");
    expect(added.summary.removed).toEqual([]);
    expectReferencesAlive(fake, cells);

    // One renamed: its sheet takes the new name and the references follow it.
    setScenarioCell(fake, "C1", "Nytt avtal mars");
    const renamed = ok(await host.calculate());
    expect(renamed.summary.written).toContain("Flerår – Nytt avtal mars");
    expect(fake.hasSheet(FLERAR_B)).toBe(false);
    expect(fake.cell("Budget", "A3")?.formula).toBe("='Flerår – Nytt avtal mars'!C4");
    expect(fake.charts("Budget")[0]!.series[0]!.values).toBe("'Flerår – Nytt avtal mars'!$C$4:$C$18");
    expectReferencesAlive(fake, cells);

    // One removed: its sheet goes, the summary says so, and what pointed into it shows #REF!, as
    // Excel shows when a sheet is deleted (the documented outcome, docs/anvandarguide.md).
    await host.removeScenarioColumn(1);
    const removed = ok(await host.calculate());
    expect(removed.summary.removed).toEqual([FLERAR_A]);
    expect(fake.hasSheet(FLERAR_A)).toBe(false);
    expect(fake.formulaValue("Budget", "A2")).toBe("#REF!");
    expectReferencesAlive(fake, ["A1", "A3", "A4"]);
    expect(fake.namedItems().filter((name) => name.type === "Error")).toEqual([]);
  }, 60_000);

  it("keeps the sheets' places and tab order, and adds no sheet on a re-run", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    ok(await host.calculate());
    const ids = fake.state.sheets.map((sheet) => sheet.id);
    ok(await host.calculate());
    expect(fake.state.sheets.map((sheet) => sheet.id)).toEqual(ids);
  });
});

describe("a re-run of the largest county", () => {
  it("rewrites 49 municipalities × 10 years × 4 scenarios in place within 3 syncs, well under 5 MB each way", async () => {
    const fake = largeCountyWorkbook(4, 10);
    ok(await hostOn(fake).calculate());
    fake.resetSyncs();
    ok(await hostOn(fake).calculate());
    // Two syncs read the inputs and the result sheets' values (where the owner names say the last
    // write put them: readResults.ts), one writes.
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(Math.max(...fake.syncs.map((sync) => sync.requestBytes))).toBeLessThan(REQUEST_LIMIT_BYTES / 4);
    // The result sheets' values are read back (compared with the record of what was written).
    expect(Math.max(...fake.syncs.map((sync) => sync.responseBytes))).toBeLessThan(REQUEST_LIMIT_BYTES / 4);
  }, 60_000);
});

describe("undo", () => {
  it("one undo step for a whole re-run where Excel groups undo (ExcelApi 1.20), and the user's steps stay", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake, { undoGroups: true });
    ok(await host.calculate()); // the first run adds sheets: outside an undo group
    fake.userStep("typed in Befolkning!C2");
    const cleared = fake.state.undoCleared;
    ok(await host.calculate());
    expect(fake.state.undoStack.slice(-2)).toEqual(["typed in Befolkning!C2", "add-in (group)"]);
    expect(fake.state.undoCleared).toBe(cleared);
  });

  it("a normal re-run calls nothing that empties the undo stack, grouped or not", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    ok(await host.calculate());
    fake.userStep("typed in Befolkning!C2");
    const cleared = fake.state.undoCleared;
    ok(await host.calculate());
    expect(fake.state.undoCleared).toBe(cleared);
    expect(fake.state.undoStack).toContain("typed in Befolkning!C2");
  });
});

describe("ownership that cannot be claimed by accident (the add-in)", () => {
  it("a hash-less legacy name on a renamed result sheet or on Befolkning claims nothing", async () => {
    const fake = exampleWorkbook();
    fake.addSheet("Memo 2023", [["Jämförelse"], [null, 159_413]]);
    fake.addName("Samf_Resultat_1", "'Memo 2023'!$A$1");
    fake.addName("Samf_Resultat_7", "Befolkning!$A$1");
    const befolkning = JSON.stringify(JSON.parse(fake.snapshot()).sheets.filter((s: { name: string }) => s.name === "Befolkning" || s.name === "Memo 2023"));
    ok(await hostOn(fake).calculate());
    expect(JSON.stringify(JSON.parse(fake.snapshot()).sheets.filter((s: { name: string }) => s.name === "Befolkning" || s.name === "Memo 2023"))).toBe(befolkning);
    // The stale names are gone; ours are the token's.
    expect(fake.namedItems().some((name) => name.name === "Samf_Resultat_1" || name.name === "Samf_Resultat_7")).toBe(false);
  });

  it("a name with this workbook's token on an input sheet claims nothing", async () => {
    const fake = exampleWorkbook();
    fake.addName(tokenName(TOKEN), "Scenarier!$A$1");
    fake.addName(ownerName(TOKEN, "comparison", "Befolkning"), "Befolkning!$A$1");
    const before = fake.values("Befolkning", "A1:G17");
    ok(await hostOn(fake).calculate());
    expect(fake.values("Befolkning", "A1:G17")).toEqual(before);
    expect(fake.sheetNames().slice(0, 4)).toEqual(["Instruktioner", "Befolkning", "Index", "Scenarier"]);
  });

  it("a result sheet copied from another workbook, with its owner name, is the user's", async () => {
    const fake = exampleWorkbook();
    fake.addSheet("Jämförelse", [["från en annan arbetsbok"]]);
    fake.addName(ownerName("ffffffff", "comparison", "Jämförelse"), "Jämförelse!$A$1");
    const outcome = ok(await hostOn(fake).calculate());
    expect(outcome.summary.written[0]).toBe("Jämförelse (2)");
    expect(fake.value("Jämförelse", "A1")).toBe("från en annan arbetsbok");
    expect(outcome.warnings.map((w) => w.message)).toContain(
      "Bladet ”Jämförelse” var ett resultatblad men har fått ett nytt namn. Det räknas nu som ditt eget och lämnas som det är.",
    );
  });
});
