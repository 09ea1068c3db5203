// Task-pane benchmark (npm run bench): time from navigation to an interactive task pane in headless
// Chromium, the syncs and request sizes of a calculation for the largest county (Västra
// Götaland, 49 municipalities) × 10 years × 4 scenarios on the in-memory Excel fake (a first run and
// a re-run that rewrites the result sheets in place), and those of
// "Kontrollera Excel" with its time on the fake. Prints, never asserts.
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { runSelfCheck } from "../src/excel/selfCheck/run.ts";
import { hostOn, largeCountyWorkbook } from "../test/excel/helpers.ts";
import { exampleWorkbook } from "../test/fakes/excel/index.ts";
import { CHROMIUM, startTaskpane } from "../test/browser/page.ts";

const LOADS = 7;

const requestSizes = (workbook: ReturnType<typeof exampleWorkbook>) =>
  workbook.syncs.map((s) => `${(s.requestBytes / 1024).toFixed(1)} KB ut (${s.operations} operationer), ${(s.responseBytes / 1024).toFixed(1)} KB tillbaka`);

/** `rerun`: a calculation first, then the one measured: the result sheets rewritten in place. */
async function syncFigures(label: string, workbook: ReturnType<typeof exampleWorkbook>, rerun = false): Promise<void> {
  if (rerun && !(await hostOn(workbook).calculate()).ok) throw new Error("the first run failed");
  workbook.resetSyncs();
  const outcome = await hostOn(workbook).calculate();
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("\n"));
  console.log(`  ${label}: ${workbook.syncCount} synkningar; ${requestSizes(workbook).join(", ")}; gräns i Excel på webben 5 MB per anrop och svar`);
}

console.log("Beräkning i arbetsboken (Excel-attrappen):");
await syncFigures("Dalarna, exemplet", exampleWorkbook());
await syncFigures("Västra Götaland, 49 kommuner × 10 år × 4 scenarier", largeCountyWorkbook(4, 10));
// Target for a re-run in place: at most 3 syncs, well under 5 MB each way (the re-run reads the result
// sheets' values back to compare them with the record of what was written).
await syncFigures("Västra Götaland igen (omskrivning på plats)", largeCountyWorkbook(4, 10), true);

{
  // Target: a handful of syncs, under a second on the fake.
  const workbook = exampleWorkbook();
  const started = performance.now();
  const report = await runSelfCheck(workbook, { now: () => new Date(), addinVersion: "bench", diagnostics: null, isSetSupported: () => null });
  const elapsed = performance.now() - started;
  const failed = report.capabilities.filter((c) => c.outcome.status === "failed").length;
  console.log("Kontrollera Excel (Excel-attrappen, exemplet):");
  console.log(`  ${workbook.syncCount} synkningar på ${elapsed.toFixed(0)} ms (mål: en handfull, under 1 s); ${failed} misslyckade kontroller`);
  console.log(`  ${requestSizes(workbook).join(", ")}`);
}

if (!existsSync(CHROMIUM)) {
  console.log(`Chromium saknas (${CHROMIUM}): tiden till interaktivt åtgärdsfönster mäts inte.`);
} else {
  const pane = await startTaskpane();
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const start = performance.now();
    const page = await pane.open();
    // Interactive: the workbook is read and the Beräkna button can be pressed.
    await page.getByRole("button", { name: "Beräkna" }).waitFor();
    await page.waitForFunction(() => !(document.querySelector("main")?.getAttribute("aria-busy") === "true"));
    times.push(performance.now() - start);
    await page.close();
  }
  await pane.close();
  times.sort((a, b) => a - b);
  console.log(`Åtgärdsfönstret i Chromium (headless), från navigering till interaktivt, ${LOADS} laddningar:`);
  console.log(`  median ${times[Math.floor(LOADS / 2)]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[LOADS - 1]!.toFixed(0)})`);
}
