// SCB fetch benchmark (npm run bench): the largest county, Västra Götaland (49 municipalities), with
// four dates, against the localhost replay of PxWebApi 2. Prints the calls and data cells per fetch
// (SCB allows 30 calls per 10 s and 150 000 cells per call) and the time; asserts nothing.
import { performance } from "node:perf_hooks";
import { fetchPopulation } from "../src/scb/population.ts";
import { COUNTIES, countyMunicipalities } from "../src/workbook/register.ts";
import { startScbReplay } from "../test/fakes/scb/server.ts";

const largest = COUNTIES.map((county) => ({ county, municipalities: countyMunicipalities(county.code) }))
  .sort((a, b) => b.municipalities.length - a.municipalities.length)[0]!;

const cases: [string, string[]][] = [
  ["4 × 31 december (TAB638)", ["2021-12-31", "2022-12-31", "2023-12-31", "2024-12-31"]],
  ["4 månadsslut (TAB5444)", ["2021-06-30", "2022-06-30", "2023-06-30", "2024-06-30"]],
  ["blandat, två tabellserier (TAB638, TAB5557, TAB5444, TAB6471)", ["2024-12-31", "2025-12-31", "2024-06-30", "2025-06-30"]],
];

const scb = await startScbReplay();
try {
  console.log(`SCB-hämtning: ${largest.county.name}, ${largest.municipalities.length} kommuner`);
  for (const [label, dates] of cases) {
    scb.reset();
    const start = performance.now();
    const result = await fetchPopulation({ municipalities: largest.municipalities, dates }, { baseUrl: scb.url });
    const ms = performance.now() - start;
    const dataCalls = scb.requests.filter((r) => r.method === "POST").length;
    console.log(`  ${label}: ${result.calls} anrop (${dataCalls} dataanrop), ${result.cells} dataceller, ${ms.toFixed(0)} ms mot localhost`);
  }
} finally {
  await scb.close();
}
