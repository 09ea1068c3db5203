// Sweden-sized engine benchmark (npm run bench): every county's agreement with its own region, all
// 290 municipalities, 10 years, 4 scenarios, population key. Prints figures; asserts nothing.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Dec, computeScenarios, type AgreementData, type Municipality, type Scenario } from "../src/engine/index.ts";

const RUNS = 200;
const YEARS = 10;

interface Row { code: string; name: string; county: string; region: string }

function readMunicipalities(): Row[] {
  const [, ...lines] = readFileSync(new URL("../data/kommuner.csv", import.meta.url), "utf8").trim().split(/\r?\n/);
  return lines.map((line) => {
    const [code, name, , county, region] = line.split(",");
    return { code: code!, name: name!, county: county!, region: region! };
  });
}

/** Deterministic made-up populations (the bench measures speed, not figures). */
function population(code: string, year: number): Dec {
  const seed = [...code].reduce((acc, c) => acc * 31 + c.charCodeAt(0), 7);
  return new Dec(2500 + (seed % 97_000) + year * 13);
}

function countyCase(rows: Row[]): { data: AgreementData; scenarios: Scenario[] } {
  const dates = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031].map((y) => `${y}-12-31`);
  const municipalities: Municipality[] = rows.map((r) => ({
    id: r.code,
    name: r.name,
    population: new Map(dates.map((d) => [d, population(r.code, Number(d.slice(0, 4)))])),
    columns: new Map(),
  }));
  const lpi = new Map(Array.from({ length: 12 }, (_, i) => [2023 + i, { value: new Dec(25 + i).div(1000), status: "prognos" as const, source: "bench" }]));
  const data: AgreementData = { municipalities, populationDates: dates, indexSeries: [{ name: "LPI", kind: "change", values: lpi }] };
  const scenarios = [3, 4, 5, 6].map((positions): Scenario => ({
    name: `${positions} tjänster`,
    cost: { kind: "positions", positions: new Dec(positions), costPerPosition: new Dec(1_000_000) },
    baseYear: 2023,
    firstYear: 2023,
    lastYear: 2023 + YEARS - 1,
    extensionYears: 0,
    indexation: { series: "LPI", lag: 0, method: "from-base" },
    fixedParties: [{ id: "region", name: rows[0]!.region, share: new Dec("0.5") }],
    municipalities: { participants: "all", key: { kind: "population" }, populationDate: { kind: "latest-before-year" } },
    rounding: { method: "largest-remainder", unit: new Dec(1) },
  }));
  return { data, scenarios };
}

const byCounty = new Map<string, Row[]>();
for (const row of readMunicipalities()) byCounty.set(row.county, [...(byCounty.get(row.county) ?? []), row]);
const cases = [...byCounty.values()].map(countyCase);

let amounts = 0;
const runOnce = () => {
  amounts = 0;
  for (const { data, scenarios } of cases) {
    for (const result of computeScenarios(scenarios, data)) for (const year of result.years) amounts += year.rows.length;
  }
};

for (let i = 0; i < 20; i++) runOnce(); // warm-up: let the JIT settle
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  runOnce();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`Motorn, hela Sverige: ${byCounty.size} län, ${[...byCounty.values()].flat().length} kommuner, ${YEARS} år, 4 scenarier`);
console.log(`  median ${median.toFixed(2)} ms per körning (min ${times[0]!.toFixed(2)}, max ${times[times.length - 1]!.toFixed(2)}, ${RUNS} körningar)`);
console.log(`  ${amounts} belopp (part × år) per körning, ${Math.round(amounts / (median / 1000)).toLocaleString("sv-SE")} belopp per sekund`);
console.log(`  mål: under 20 ms median`);
