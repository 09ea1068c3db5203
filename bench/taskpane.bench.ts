// Task-pane benchmark (npm run bench): time from navigation to an interactive task pane in headless
// Chromium, and the syncs and request sizes of a calculation for the largest county (Västra
// Götaland, 49 municipalities) × 10 years × 4 scenarios on the in-memory Excel fake. Prints, never asserts.
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { hostOn, largeCountyWorkbook } from "../test/excel/helpers.ts";
import { exampleWorkbook } from "../test/fakes/excel/index.ts";
import { CHROMIUM, buildTaskpane, launch, openTaskpane, serve } from "../test/browser/page.ts";

const LOADS = 7;

async function syncFigures(label: string, workbook: ReturnType<typeof exampleWorkbook>): Promise<void> {
  workbook.resetSyncs();
  const outcome = await hostOn(workbook).calculate();
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("\n"));
  const sizes = workbook.syncs.map((s) => `${(s.requestBytes / 1024).toFixed(1)} KB (${s.operations} operationer)`);
  console.log(`  ${label}: ${workbook.syncCount} synkningar; ${sizes.join(", ")}; gräns i Excel på webben 5 MB per anrop`);
}

console.log("Beräkning i arbetsboken (Excel-attrappen):");
await syncFigures("Dalarna, exemplet", exampleWorkbook());
await syncFigures("Västra Götaland, 49 kommuner × 10 år × 4 scenarier", largeCountyWorkbook(4, 10));

if (!existsSync(CHROMIUM)) {
  console.log(`Chromium saknas (${CHROMIUM}): tiden till interaktivt åtgärdsfönster mäts inte.`);
} else {
  const server = await serve(await buildTaskpane());
  const browser = await launch();
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const start = performance.now();
    const page = await openTaskpane(browser, server.url);
    // Interactive: the workbook is read and the Beräkna button can be pressed.
    await page.getByRole("button", { name: "Beräkna" }).waitFor();
    await page.waitForFunction(() => !(document.querySelector("main")?.getAttribute("aria-busy") === "true"));
    times.push(performance.now() - start);
    await page.close();
  }
  await browser.close();
  await server.close();
  times.sort((a, b) => a - b);
  console.log(`Åtgärdsfönstret i Chromium (headless), från navigering till interaktivt, ${LOADS} laddningar:`);
  console.log(`  median ${times[Math.floor(LOADS / 2)]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[LOADS - 1]!.toFixed(0)})`);
}
