// "Kontrollera Excel" on the in-memory Excel: every capability passes and the workbook is exactly as
// before; with Excel refusing one kind of call, the report names that capability with Excel's error,
// the others still pass, and nothing is left behind.
import { describe, expect, it } from "vitest";
import { runSelfCheck, TEMPORARY_PREFIX } from "../../src/excel/selfCheck/run.ts";
import type { CapabilityId, SelfCheckEnvironment } from "../../src/excel/selfCheck/model.ts";
import { REINTERPRETABLE_TEXTS } from "../../src/excel/selfCheck/sampleReport.ts";
import { selfCheckReportText } from "../../src/strings/selfCheck.ts";
import { exampleWorkbook, failAt, type FakeWorkbook } from "../fakes/excel/index.ts";
import { FIXED_NOW } from "./helpers.ts";

const environment = (highest = 20): SelfCheckEnvironment => ({
  now: () => FIXED_NOW,
  addinVersion: "0.1.0-test",
  diagnostics: { host: "Excel", platform: "PC", version: "16.0.19822.20000" },
  isSetSupported: (name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= highest,
});

function expectNothingLeft(workbook: FakeWorkbook, before: string): void {
  expect(workbook.sheetNames().filter((name) => name.startsWith(TEMPORARY_PREFIX))).toEqual([]);
  expect(workbook.namedItems().filter((item) => item.name.startsWith(TEMPORARY_PREFIX))).toEqual([]);
  expect(workbook.snapshot()).toBe(before);
}

describe("Kontrollera Excel on the in-memory Excel", () => {
  it("passes every capability in a handful of syncs and leaves the workbook exactly as it was", async () => {
    const workbook = exampleWorkbook();
    const before = workbook.snapshot();
    const report = await runSelfCheck(workbook, environment());

    const failed = report.capabilities.filter((c) => c.outcome.status !== "passed");
    expect(failed, selfCheckReportText(report)).toEqual([]);
    expect(report.capabilities.map((c) => c.id)).toContain("multiAreaName");
    expectNothingLeft(workbook, before);
    // The reader's own (2); set-up, write, read back (3), again for the undo group (3); the clean-up (2).
    expect(workbook.syncCount).toBeLessThanOrEqual(10);

    expect(report.addinVersion).toBe("0.1.0-test");
    expect(report.manifestRequirement).toBe("ExcelApi 1.9");
    expect(report.requirementSets.map((set) => set.name)).toEqual(["ExcelApi 1.1", "ExcelApi 1.2", "ExcelApi 1.4", "ExcelApi 1.7", "ExcelApi 1.9", "ExcelApi 1.20"]);
    const text = selfCheckReportText(report);
    expect(text).toContain("Tillägg: version 0.1.0-test; manifestet kräver ExcelApi 1.9");
    expect(text).toContain("Excel: Excel på Windows (PC), version 16.0.19822.20000");
    expect(text).toContain("ExcelApi 1.9: stöds");
    expect(text).toContain("Alla 17 kontroller gick igenom.");
  });

  it("waits while the user edits a cell, as every request of the add-in does", async () => {
    const workbook = exampleWorkbook();
    const before = workbook.snapshot();
    workbook.startCellEdit();
    const running = runSelfCheck(workbook, environment());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(workbook.sheetNames().filter((name) => name.startsWith(TEMPORARY_PREFIX))).toEqual([]);
    workbook.endCellEdit();
    const report = await running;
    expect(report.capabilities.filter((c) => c.outcome.status !== "passed"), selfCheckReportText(report)).toEqual([]);
    expectNothingLeft(workbook, before);
  });

  it("rewrites in place as one undo step where Excel offers undo groups, and reports it unsupported elsewhere", async () => {
    const workbook = exampleWorkbook();
    const report = await runSelfCheck(workbook, environment(20));
    expect(report.capabilities.find((c) => c.id === "undoGroup")!.outcome.status).toBe("passed");
    // What the confirmation warns of: renaming and removing the temporary sheets empties the undo stack.
    expect(workbook.state.undoCleared).toBeGreaterThan(0);

    const older = await runSelfCheck(exampleWorkbook(), environment(19));
    expect(older.capabilities.find((c) => c.id === "undoGroup")!.outcome).toEqual({ status: "unsupported" });
    expect(older.capabilities.find((c) => c.id === "inPlace")!.outcome.status).toBe("passed");
  });

  it("reports what it reads back when Excel stored something else than was written", async () => {
    // As if Excel had taken "=1+1" for a formula: the cell is changed just before the read-back loads it.
    const workbook = exampleWorkbook();
    const before = workbook.snapshot();
    workbook.failWhen = (statement) => {
      const sheet = workbook.sheetNames().find((name) => name.startsWith(TEMPORARY_PREFIX));
      if (/\.load\(values\)$/u.test(statement) && sheet !== undefined) workbook.setFormula(sheet, "A3", "=1+1", 2);
      return null;
    };
    const report = await runSelfCheck(workbook, environment());
    expect(REINTERPRETABLE_TEXTS[0]).toBe("=1+1");
    expect(report.capabilities.find((c) => c.id === "values")!.outcome).toEqual({ status: "failed", error: null, mismatch: 'A3: väntade "=1+1", Excel gav 2' });
    expect(selfCheckReportText(report)).toContain('Tillbakaläst: A3: väntade "=1+1", Excel gav 2');
    expectNothingLeft(workbook, before);
  });

  it("reports a requirement set this Excel lacks as unsupported and does not run its calls", async () => {
    const workbook = exampleWorkbook();
    const before = workbook.snapshot();
    const report = await runSelfCheck(workbook, environment(7));
    expect(report.capabilities.find((c) => c.id === "print")!.outcome).toEqual({ status: "unsupported" });
    expect(report.requirementSets.find((set) => set.name === "ExcelApi 1.9")!.supported).toBe(false);
    expect(selfCheckReportText(report)).toContain("STÖDS INTE Utskrift");
    expect(selfCheckReportText(report)).toContain("15 kontroller gick igenom; 2 kunde inte köras");
    expect(report.capabilities.filter((c) => c.outcome.status === "failed")).toEqual([]);
    expectNothingLeft(workbook, before);
  });

  // The statement (as in debugInfo.statement) of a call that belongs to each capability; the rewrite
  // in place (also in an undo group) makes every call of the writer, so it fails with any of them.
  const injections: [CapabilityId, RegExp][] = [
    ["read", /^workbook\.protection\.load\(/u],
    ["newSheet", /^worksheets\.getItem\("[^"]+_ny"\)\.name = /u],
    ["values", /\.values = /u],
    ["numberFormats", /\.numberFormat = /u],
    ["fonts", /format\.font\.bold = /u],
    ["fonts", /format\.font\.name = /u],
    ["fonts", /borders\.getItem\("EdgeTop"\)\.style = /u],
    ["sizes", /format\.columnWidth = /u],
    ["freeze", /freezePanes\.freezeRows/u],
    ["print", /pageLayout\.zoom = /u],
    ["print", /pageLayout\.paperSize = /u],
    ["chart", /charts\.add\(/u],
    ["names", /^names\.add\("[^"]+_Namn"/u],
    ["missingName", /^names\.getItemOrNullObject\("[^"]+_Saknas"\)$/u],
    ["multiAreaName", /^names\.add\("[^"]+_Flera"/u],
    ["ownerMarker", /^names\.add\("Samf_Resultat_/u],
    ["inPlace", /\.clear\(/u],
    ["record", /\.visibility = "VeryHidden"/u],
  ];
  // The capabilities whose set-up writes a sheet with the writer's calls fail with any of them.
  const rewriting: CapabilityId[] = ["inPlace", "record", "undoGroup"];

  it.each(injections)("names %s when Excel refuses its call, runs the rest and leaves nothing behind", async (id, pattern) => {
    const workbook = exampleWorkbook();
    const before = workbook.snapshot();
    const injection = failAt(workbook, pattern, "InvalidArgument");
    const report = await runSelfCheck(workbook, environment());
    expect(injection.refused()).toBeGreaterThan(0);

    const outcome = report.capabilities.find((c) => c.id === id)!.outcome;
    expect(outcome.status).toBe("failed");
    if (outcome.status !== "failed") return;
    expect(outcome.error?.code).toBe("InvalidArgument");
    expect(outcome.error?.statement).toMatch(pattern);
    expect(outcome.error?.errorLocation).not.toBeNull();
    const others = report.capabilities.filter((c) => c.id !== id && c.outcome.status !== "passed" && !rewriting.includes(c.id));
    expect(others, selfCheckReportText(report)).toEqual([]);

    const text = selfCheckReportText(report);
    expect(text).toMatch(/[1-4] av 17 kontroller misslyckades\./u);
    expect(text).toContain("Excel: InvalidArgument – InvalidArgument: Injected failure at");
    expect(text).toContain("Anrop (debugInfo.statement):");
    expectNothingLeft(workbook, before);
  });
});
