// Cells the user typed into a result sheet (issue 7): a re-run says which cells it replaced, and a
// sheet whose result is gone but that the user has changed is kept as the user's, with a warning.
// The add-in knows what it wrote from the very hidden record sheet (src/workbook/report/writtenRecord.ts).
import { describe, expect, it } from "vitest";
import type { CalculationOutcome } from "../../src/excel/host.ts";
import { clearFailures, exampleWorkbook, failAt, type FakeWorkbook } from "../fakes/excel/index.ts";
import { hostOn } from "./helpers.ts";

const FLERAR_A = "Flerår – Nuvarande avtal";

function ok(outcome: CalculationOutcome): Extract<CalculationOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`Expected a result, got problems: ${outcome.problems.map((p) => p.message).join("; ")}`);
  return outcome;
}

/** The warnings about result sheets (the example's own input warnings left out). */
function sheetWarnings(outcome: Extract<CalculationOutcome, { ok: true }>): { sheet: string | null; cell: string | null; message: string }[] {
  return outcome.warnings.filter((w) => w.sheet !== "Scenarier" && w.sheet !== "Befolkning" && w.sheet !== "Index").map(({ sheet, cell, message }) => ({ sheet, cell, message }));
}

/** The workbook as an earlier version left it: no record sheet, no marker for it. */
function withoutRecord(fake: FakeWorkbook): void {
  const record = fake.sheet("Samf_Minne");
  record.visibility = "Hidden"; // Excel refuses to delete a very hidden sheet
  fake.state.deleteSheet(record);
  fake.state.names.splice(fake.state.names.findIndex((name) => name.name.startsWith("Samf_Resultat_record_")), 1);
}

async function calculated(): Promise<FakeWorkbook> {
  const fake = exampleWorkbook();
  ok(await hostOn(fake).calculate());
  return fake;
}

describe("cells the user typed into a result sheet", () => {
  it("a re-run names the cells it replaced — typed over, typed beside the table, cleared — once", async () => {
    const fake = await calculated();
    const written = fake.value("Jämförelse", "D19");
    fake.userEdit("Jämförelse", "D19", 2_000_004); // the memo's mistake, typed over our sum
    fake.userEdit("Jämförelse", "J30", "min anteckning");
    fake.userEdit("Underlag", "B4", null);
    const outcome = ok(await hostOn(fake).calculate());
    expect(sheetWarnings(outcome)).toEqual([
      { sheet: "Jämförelse", cell: "D19", message: expect.stringMatching(/^I resultatbladet ”Jämförelse” hade någon ändrat cellerna D19 och J30\. Beräkningen har skrivit över det\./) },
      { sheet: "Underlag", cell: "B4", message: expect.stringMatching(/”Underlag” hade någon ändrat cell B4\./) },
    ]);
    expect(fake.value("Jämförelse", "D19")).toBe(written);
    expect(fake.value("Jämförelse", "J30")).toBeNull();
    // The next run has nothing to say.
    expect(sheetWarnings(ok(await hostOn(fake).calculate()))).toEqual([]);
  });

  it("a formula typed over a figure counts as typed when its value differs, and a value equal to ours does not", async () => {
    const fake = await calculated();
    fake.setFormula("Jämförelse", "D4", "=D5*2", 1);
    fake.userEdit("Jämförelse", "D5", fake.value("Jämförelse", "D5")!);
    const warnings = sheetWarnings(ok(await hostOn(fake).calculate()));
    expect(warnings.map((w) => w.cell)).toEqual(["D4"]);
  });

  it("a write that fails still says which typed cells it was replacing; the next run then has nothing to compare", async () => {
    for (const pattern of [/\.clear\(All\)/u, /\.values = /u, /charts\.add\(/u]) {
      const fake = await calculated();
      fake.userEdit("Jämförelse", "D19", 2_000_004);
      const injection = failAt(fake, pattern);
      const outcome = await hostOn(fake).calculate();
      expect(injection.refused(), String(pattern)).toBeGreaterThan(0);
      if (outcome.ok) throw new Error(`expected the write to fail at ${pattern}`);
      expect(outcome.problems.map((p) => p.message), String(pattern)).toContainEqual(expect.stringContaining("hade någon ändrat cell D19"));
      clearFailures(fake);
      ok(await hostOn(fake).calculate());
    }
  });

  it("a record left very hidden without the workbook's token goes, without a word; a user's sheet named Samf_Minne stays", async () => {
    const fake = await calculated();
    fake.state.names.splice(fake.state.names.findIndex((name) => name.name.startsWith("Samf_Arbetsbok_")), 1);
    const outcome = ok(await hostOn(fake).calculate());
    expect(fake.sheetNames().filter((name) => name.startsWith("Samf_Minne"))).toEqual(["Samf_Minne"]);
    expect(sheetWarnings(outcome).some((w) => w.message.includes("Samf_Minne"))).toBe(false);

    const own = exampleWorkbook();
    own.addSheet("Samf_Minne", [["mitt eget"]]);
    const first = ok(await hostOn(own).calculate());
    expect(own.value("Samf_Minne", "A1")).toBe("mitt eget");
    expect(own.sheet("Samf_Minne (2)").visibility).toBe("VeryHidden");
    expect(sheetWarnings(first).some((w) => w.message.includes("Samf_Minne"))).toBe(false);
  });

  it("reads the values in the second sync where the owner name's comment gives the area; without it, or with a wrong one, in a third", async () => {
    for (const comment of [null, "", "Samfinansiering: resultatblad, skrivet område A1:B2"]) {
      const fake = await calculated();
      const owner = fake.state.names.find((name) => name.name.startsWith("Samf_Resultat_comparison_"))!;
      expect(owner.comment).toMatch(/skrivet område A1:[A-Z]+\d+$/u);
      if (comment !== null) for (const name of fake.state.names) if (name.name.startsWith("Samf_Resultat_")) name.comment = comment;
      fake.userEdit("Jämförelse", "D19", 2_000_004);
      fake.resetSyncs();
      const outcome = ok(await hostOn(fake).calculate());
      expect(fake.syncCount, String(comment)).toBe(comment === null ? 3 : 4);
      expect(sheetWarnings(outcome).map((w) => [w.sheet, w.cell]), String(comment)).toEqual([["Jämförelse", "D19"]]);
    }
  });

  it("lists ten cells and counts the rest", async () => {
    const fake = await calculated();
    for (let row = 40; row < 55; row++) fake.userEdit("Jämförelse", `K${row}`, row);
    const [warning] = sheetWarnings(ok(await hostOn(fake).calculate()));
    expect(warning!.message).toContain("cellerna K40, K41, K42, K43, K44, K45, K46, K47, K48, K49 och 5 celler till.");
  });

  it("a value far from the table is mentioned, not listed, and the reads stay small (only Beräkna reads result values)", async () => {
    const fake = await calculated();
    fake.userEdit("Underlag", "AZ40000", "långt ner");
    fake.userEdit("Jämförelse", "J30", "nära");
    fake.resetSyncs();
    await hostOn(fake).read();
    expect(Math.max(...fake.syncs.map((sync) => sync.responseBytes))).toBeLessThan(20_000);
    fake.resetSyncs();
    const outcome = ok(await hostOn(fake).calculate());
    expect(fake.syncCount).toBe(4);
    expect(Math.max(...fake.syncs.map((sync) => sync.responseBytes))).toBeLessThan(200_000);
    const warnings = sheetWarnings(outcome);
    expect(warnings.map((w) => w.sheet)).toEqual(["Jämförelse", "Underlag"]);
    expect(warnings[0]!.message).toContain("hade någon ändrat cell J30.");
    expect(warnings[1]!.message).toMatch(/hade någon ändrat celler utanför A1:[A-Z]+\d+\./u);
    expect(fake.value("Underlag", "AZ40000")).toBeNull();
  });

  it("the sheets of a workbook written before the record existed are rewritten without a word, and get a record", async () => {
    const fake = await calculated();
    withoutRecord(fake);
    fake.userEdit("Jämförelse", "D19", 1);
    expect(sheetWarnings(ok(await hostOn(fake).calculate()))).toEqual([]);
    expect(fake.sheet("Samf_Minne").visibility).toBe("VeryHidden");
  });

  it("a protected workbook structure without a record: the results are rewritten in place, no record is added", async () => {
    const fake = await calculated();
    withoutRecord(fake);
    fake.state.protected = true;
    ok(await hostOn(fake).calculate());
    expect(fake.hasSheet("Samf_Minne")).toBe(false);
  });
});

describe("a result sheet whose scenario is gone", () => {
  it("is deleted when the user has not changed it", async () => {
    const fake = await calculated();
    await hostOn(fake).removeScenarioColumn(1);
    const outcome = ok(await hostOn(fake).calculate());
    expect(outcome.summary.removed).toEqual(["Jämförelse", FLERAR_A]);
    expect(fake.hasSheet(FLERAR_A)).toBe(false);
  });

  it("is kept as the user's, with a warning, when the user typed into it; later runs leave it alone", async () => {
    const fake = await calculated();
    fake.userEdit(FLERAR_A, "H4", "kontrollerad av ekonomi");
    await hostOn(fake).removeScenarioColumn(1);
    const outcome = ok(await hostOn(fake).calculate());
    expect(outcome.summary.removed).toEqual(["Jämförelse"]);
    expect(sheetWarnings(outcome)).toEqual([
      {
        sheet: FLERAR_A,
        cell: "H4",
        message: `Resultatbladet ”${FLERAR_A}” behövs inte längre (dess scenario finns inte kvar), men bladet har ändrats: någon har ändrat cell H4. Bladet har lämnats kvar som ditt eget och skrivs inte om mer. Ta bort det själv när du inte behöver det.`,
      },
    ]);
    const kept = JSON.stringify([...fake.sheet(FLERAR_A).cells]);
    expect(fake.namedItems().some((name) => name.formula.includes("Nuvarande"))).toBe(false);
    expect(fake.values("Samf_Minne", "A1:C1")).toEqual([["Fördelning", "Flerår – Nytt avtal", "Underlag"]]);

    expect(sheetWarnings(ok(await hostOn(fake).calculate()))).toEqual([]);
    expect(JSON.stringify([...fake.sheet(FLERAR_A).cells])).toBe(kept);
  });

  it("is kept when the user added a chart of their own to it", async () => {
    const fake = await calculated();
    fake.sheet(FLERAR_A).charts.push({ name: "Min graf", type: "ColumnClustered", title: "Mitt", series: [], position: null });
    await hostOn(fake).removeScenarioColumn(1);
    const outcome = ok(await hostOn(fake).calculate());
    expect(fake.hasSheet(FLERAR_A)).toBe(true);
    expect(sheetWarnings(outcome).map((w) => w.message)).toEqual([expect.stringContaining("det har ett eget diagram")]);
  });
});
