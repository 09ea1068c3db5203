// Ordinary Excel situations (issue 7): each ends in a Swedish message that says what to do, with
// nothing written — or, for a cell edit, in waiting until the user leaves the cell.
import { describe, expect, it } from "vitest";
import type { CalculationOutcome } from "../../src/excel/host.ts";
import { ExcelSituation } from "../../src/excel/officeHost.ts";
import { clearFailures, exampleWorkbook, failAt } from "../fakes/excel/index.ts";
import { hostOn } from "./helpers.ts";

function problems(outcome: CalculationOutcome): string[] {
  if (outcome.ok) throw new Error("Expected problems");
  return outcome.problems.filter((p) => p.severity === "error").map((p) => p.message);
}

describe("Excel situations", () => {
  it("waits while the user edits a cell, then calculates", async () => {
    const fake = exampleWorkbook();
    fake.startCellEdit();
    const before = fake.snapshot();
    let done = false;
    const calculation = hostOn(fake).calculate().then((outcome) => {
      done = true;
      return outcome;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(fake.snapshot()).toBe(before);
    fake.endCellEdit();
    expect((await calculation).ok).toBe(true);
    expect(fake.hasSheet("Jämförelse")).toBe(true);
  });

  it("a batch that does not ask to wait fails in cell edit mode (what the add-in avoids)", async () => {
    const fake = exampleWorkbook();
    fake.startCellEdit();
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    })).rejects.toThrow(/InvalidOperationInCellEditMode/);
  });

  it("Använd markering with several areas, or with a chart or shape selected: a message, no name changed", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    const before = fake.snapshot();
    fake.selectAreas("Befolkning", "A1:G17");
    await expect(host.useSelection("population")).rejects.toThrow(/flera områden.*ett enda sammanhängande område/);
    fake.selectObject();
    await expect(host.useSelection("population")).rejects.toThrow(/inte celler.*Klicka i en cell/);
    fake.select(fake.sheetNames()[0]!, "A1");
    expect(fake.namedItems()).toEqual(JSON.parse(before).names.map((n: { name: string; formula: string }) => ({ ...n, type: "Range" })));
    for (const error of [await host.useSelection("population").catch((e: unknown) => e)]) expect(error).toBe("Instruktioner!A1");
  });

  it("a protected Scenarier sheet: the scenario cards' edits are refused with a message", async () => {
    const fake = exampleWorkbook();
    fake.sheet("Scenarier").protected = true;
    const before = fake.snapshot();
    await expect(hostOn(fake).editScenarioSheet([{ row: 1, col: 1, value: 5 }])).rejects.toThrow(/Bladet ”Scenarier” är skyddat.*Granska › Ta bort skydd för blad/);
    await expect(hostOn(fake).removeScenarioColumn(1)).rejects.toThrow(/skyddat/);
    expect(fake.snapshot()).toBe(before);
  });

  it("a protected result sheet: a message that names it, nothing written", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    expect((await host.calculate()).ok).toBe(true);
    fake.sheet("Underlag").protected = true;
    fake.userEdit("Befolkning", "G2", Number(fake.value("Befolkning", "G2")) + 10);
    fake.userEdit("Befolkning", "G3", Number(fake.value("Befolkning", "G3")) - 10);
    const before = fake.snapshot();
    expect(problems(await host.calculate())).toEqual([expect.stringMatching(/Resultatbladet ”Underlag” är skyddat.*Inget har skrivits/)]);
    expect(fake.snapshot()).toBe(before);
  });

  it("a hidden or very hidden result sheet is rewritten in place and not activated", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    expect((await host.calculate()).ok).toBe(true);
    fake.sheet("Jämförelse").visibility = "Hidden";
    fake.sheet("Underlag").visibility = "VeryHidden";
    fake.select("Befolkning", "A1");
    expect((await host.calculate()).ok).toBe(true);
    expect(fake.sheet("Jämförelse").visibility).toBe("Hidden");
    expect(fake.activeSheet()).toBe("Flerår – Nuvarande avtal");
    expect(fake.value("Jämförelse", "A1")).not.toBeNull();
  });

  it("a hidden sheet of the user's with a result's name is left alone", async () => {
    const fake = exampleWorkbook();
    fake.addSheet("Jämförelse", [["min dolda"]]).visibility = "VeryHidden";
    const outcome = await hostOn(fake).calculate();
    if (!outcome.ok) throw new Error("expected a result");
    expect(outcome.summary.written[0]).toBe("Jämförelse (2)");
    expect(fake.value("Jämförelse", "A1")).toBe("min dolda");
  });

  it("grouped sheet tabs: Beräkna and a Scenarier edit end in a message, nothing written; after ungrouping Beräkna works", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    fake.groupSheets("Befolkning", "Index");
    const before = fake.snapshot();
    const grouped = /Excel avvisade tilläggets begäran \(GeneralException\).*\[Grupp\].*Dela upp blad.*Inget har ändrats/;
    await expect(host.calculate()).rejects.toThrow(grouped);
    await expect(host.calculate()).rejects.toMatchObject({ name: "ExcelSituation" });
    await expect(host.editScenarioSheet([{ row: 1, col: 1, value: 5 }])).rejects.toThrow(grouped);
    await expect(host.removeScenarioColumn(1)).rejects.toThrow(grouped);
    await expect(host.useSelection("population")).rejects.toThrow(grouped);
    await expect(host.read()).rejects.toThrow(grouped);
    await expect(host.writeCells("Befolkning", [{ row: 1, col: 2, value: 1 }])).rejects.toThrow(grouped);
    expect(fake.snapshot()).toBe(before);
    fake.ungroupSheets();
    expect((await host.calculate()).ok).toBe(true);
    expect(fake.hasSheet("Jämförelse")).toBe(true);
  });

  it("a write Excel refuses with GeneralException says to ungroup the tabs, and the next Beräkna finishes", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    expect((await host.calculate()).ok).toBe(true);
    const clean = fake.snapshot();
    const failure = failAt(fake, /Jämförelse.*\.values = /u);
    expect(problems(await host.calculate())).toEqual([expect.stringMatching(/Excel avbröt skrivningen.*GeneralException.*Dela upp blad.*Välj Beräkna igen/)]);
    expect(failure.refused()).toBe(1);
    clearFailures(fake);
    expect((await host.calculate()).ok).toBe(true);
    expect(fake.snapshot()).toBe(clean);
  });

  it("a refusal after part of an action went through is not reported as one that changed nothing", async () => {
    const fake = exampleWorkbook();
    failAt(fake, /Scenarier.*\.values = /u);
    const error = await hostOn(fake).editScenarioSheet([{ row: 1, col: 1, value: 5 }]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(error).not.toBeInstanceOf(ExcelSituation);
  });

  it("a chart sheet with a result's name: a message, and no new sheet is left", async () => {
    const fake = exampleWorkbook();
    fake.addChartSheet("Underlag");
    const before = fake.snapshot();
    expect(problems(await hostOn(fake).calculate())).toEqual([expect.stringMatching(/diagramblad.*”Underlag”.*Byt namn/)]);
    const after = JSON.parse(fake.snapshot());
    expect(after.sheets.map((s: { name: string }) => s.name)).toEqual(JSON.parse(before).sheets.map((s: { name: string }) => s.name));
    expect(after.names.filter((n: { name: string }) => n.name.startsWith("Samf_Resultat_"))).toEqual([]);
  });

  it("a write Excel on the web refuses for its size (over 5 MB): a Swedish message, and the next Beräkna heals", async () => {
    const fake = exampleWorkbook();
    failAt(fake, /\.values = /u, "RequestPayloadSizeLimitExceeded");
    const outcome = await hostOn(fake).calculate();
    expect(problems(outcome)).toContainEqual(expect.stringMatching(/^Resultatet är för stort för att skrivas i ett svep i Excel på webben/u));
    clearFailures(fake);
    expect((await hostOn(fake).calculate()).ok).toBe(true);
  });
});
