// Sweeps a failure over every operation of a calculation's write batch (issue 7): Office.js has no
// transactions, so the fake fails the write at each of its operations in turn, and one more Beräkna
// must give exactly the workbook of a clean run — no "(2)" sheets, no orphan names, no half-written
// sheet left as the user's. Used by failures.*.test.ts (one file per case, so that they run in parallel).
import { expect } from "vitest";
import type { WorkbookHost } from "../../src/excel/host.ts";
import { exampleWorkbook, type FakeWorkbook } from "../fakes/excel/index.ts";
import { writeReportSheets } from "../../src/excel/calculation.ts";
import { resultReader } from "../../src/excel/readResults.ts";
import { readWorkbook } from "../../src/excel/readWorkbook.ts";
import { buildReport } from "../../src/workbook/report/index.ts";
import type { ReportSheet } from "../../src/workbook/report/model.ts";
import { runInputs } from "../../src/workbook/run.ts";
import { FIXED_NOW, hostOn, TOKEN } from "./helpers.ts";

/** The example with a third scenario (a copy of the second, renamed). */
export function threeScenarios(): FakeWorkbook {
  const fake = exampleWorkbook();
  const scenarios = fake.sheet("Scenarier");
  for (let row = 0; row < 40; row++) {
    const cell = scenarios.cell(row, 2);
    if (cell !== undefined) scenarios.cells.set(`${row}:3`, { ...cell });
  }
  scenarios.edit(0, 3).value = "Utökat avtal";
  return fake;
}

export async function calculateOrFail(host: WorkbookHost): Promise<boolean> {
  try {
    return (await host.calculate()).ok;
  } catch {
    return false;
  }
}

/** The report a calculation of the workbook writes (computed once: the sweep exercises the write). */
async function reportOf(fake: FakeWorkbook): Promise<ReportSheet[]> {
  const grids = await fake.run(async (context) => (await readWorkbook(context)).grids);
  const outcome = runInputs(grids);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("; "));
  return buildReport(outcome.run, { generatedAt: FIXED_NOW.toISOString(), version: "0.1.0-test" });
}

/**
 * What Beräkna does after computing: read, then write the report (as the task pane's host does).
 * Whether it wrote, and what it told the user about the result sheets (the warnings, or the problems).
 */
async function write(fake: FakeWorkbook, sheets: readonly ReportSheet[]): Promise<{ ok: boolean; said: string[] }> {
  try {
    return await fake.run({ delayForCellEdit: true }, async (context) => {
      const written = await writeReportSheets(context, await readWorkbook(context, { results: resultReader }), sheets, () => TOKEN, true);
      if (written === "structural") return { ok: false, said: [] };
      return written.ok ? { ok: true, said: written.write.warnings.map((w) => w.message) } : { ok: false, said: written.problems.map((p) => p.message) };
    });
  } catch {
    return { ok: false, said: [] };
  }
}

/**
 * For every operation of a calculation's write batch (after `prepare`): the write fails there, says
 * what the clean write says of the user's changes, and the next one gives the clean run's workbook.
 * (A failure in the read syncs writes nothing.) Returns the number of operations swept.
 */
export async function sweep(make: () => FakeWorkbook, prepare: (fake: FakeWorkbook, host: WorkbookHost) => Promise<void>): Promise<number> {
  const clean = make();
  await prepare(clean, hostOn(clean));
  const sheets = await reportOf(clean);
  clean.operationCount = 0;
  clean.resetSyncs();
  const cleanWrite = await write(clean, sheets);
  expect(cleanWrite.ok).toBe(true);
  const operations = clean.operationCount;
  const reads = clean.syncs.slice(0, -1).reduce((sum, sync) => sum + sync.operations, 0);
  const expected = clean.snapshot();
  for (let failAt = reads; failAt < operations; failAt++) {
    // The fake's syncs resolve as microtasks: let the test runner's own messages through.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const fake = make();
    await prepare(fake, hostOn(fake));
    fake.failAtOperation(failAt);
    const failed = await write(fake, sheets);
    expect(failed.ok, `failure at operation ${failAt}`).toBe(false);
    // What the clean run tells of the user's typing and released sheets is told all the same.
    for (const warning of cleanWrite.said) expect(failed.said, `failure at operation ${failAt}`).toContain(warning);
    expect(await calculateOrFail(hostOn(fake)), `the run after a failure at operation ${failAt}`).toBe(true);
    expect(fake.snapshot(), `after a failure at operation ${failAt}`).toBe(expected);
  }
  return operations - reads;
}

export const firstRun = async () => {};
export const afterAChange = async (fake: FakeWorkbook, host: WorkbookHost) => {
  expect(await calculateOrFail(host)).toBe(true);
  // The second scenario renamed and a population figure changed: rename, rewrite in place.
  fake.sheet("Scenarier").edit(0, 2).value = "Nytt avtal mars";
  fake.userEdit("Befolkning", "G2", Number(fake.value("Befolkning", "G2")) + 10);
  fake.userEdit("Befolkning", "G3", Number(fake.value("Befolkning", "G3")) - 10);
};

/**
 * A re-run after the first scenario was removed, with the user's typing in the sheet that goes (kept
 * as the user's) and in one that stays: sheets deleted, released, added (Fördelning) and shrunk.
 */
export const afterARemoval = async (fake: FakeWorkbook, host: WorkbookHost) => {
  expect(await calculateOrFail(host)).toBe(true);
  fake.userEdit("Flerår – Nuvarande avtal", "H4", "kontrollerad");
  fake.userEdit("Underlag", "H4", "min anteckning");
  await host.removeScenarioColumn(1);
};
