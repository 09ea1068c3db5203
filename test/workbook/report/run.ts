// RunResults for the report tests: the memo's two scenarios computed by the engine, with hand-made
// parsed inputs around them.
import { compareScenarios, computeScenarios, type AgreementData, type IndexSeries, type Scenario } from "../../../src/engine/index.ts";
import type { ParsedInputs, RunResult } from "../../../src/workbook/inputs.ts";
import type { Problem } from "../../../src/workbook/problems.ts";
import { currentScenario, dalarnaData, exampleLpi, june2021, rssScenario } from "../../fixtures/engine.ts";
import { memoPopulationJune2021 } from "../../fixtures/memo.ts";

export const meta = { generatedAt: "2024-05-06T07:08:09.000Z", version: "0.1.0" };

export { currentScenario, june2021 };

/** The new agreement 2023–2026 plus one extension year; 2023 split by June 2021, later years by the latest date before the year. */
export function nextScenario(overrides: Partial<Scenario> = {}): Scenario {
  return rssScenario({
    extensionYears: 1,
    municipalities: {
      participants: "all",
      key: { kind: "population" },
      populationDate: { kind: "per-year", dates: new Map([[2023, "2021-06-30"]]) },
    },
    ...overrides,
  });
}

export const warnings: Problem[] = [
  { severity: "warning", sheet: "Index", cell: "B6", message: "Värdet för 2027 är en prognos." },
  { severity: "warning", sheet: null, cell: null, message: "Kommunerna hör till flera län." },
];

export interface RunOptions {
  scenarios?: Scenario[];
  comparison?: { scenarioA: string; scenarioB: string; yearA: number; yearB: number } | null;
  series?: IndexSeries[];
  warnings?: Problem[];
}

export function makeRun(options: RunOptions = {}): RunResult {
  const scenarios = options.scenarios ?? [currentScenario(), nextScenario()];
  const data: AgreementData = dalarnaData(options.series ?? [exampleLpi]);
  const choice = options.comparison === undefined
    ? { scenarioA: scenarios[0]!.name, scenarioB: scenarios[1]!.name, yearA: 2022, yearB: 2023 }
    : options.comparison;
  const inputs: ParsedInputs = {
    data,
    scenarios,
    comparison: choice,
    population: {
      range: "Befolkning!A1:G17",
      dates: [...data.populationDates],
      keyColumns: [],
      municipalities: memoPopulationJune2021.map((m) => ({ code: m.code, name: m.name, countyCode: "20", county: "Dalarnas län" })),
      source: null,
    },
    index: { range: "Index!A1:D7", series: [...data.indexSeries] },
    region: { countyCode: "20", county: "Dalarnas län", name: "Region Dalarna" },
    scenarioLocations: {},
  };
  const results = computeScenarios(scenarios, data);
  const byName = (name: string) => results.find((r) => r.scenario.name === name)!;
  const comparison = choice === null
    ? null
    : compareScenarios(byName(choice.scenarioA), byName(choice.scenarioB), { yearA: choice.yearA, yearB: choice.yearB });
  return { inputs, results, comparison, warnings: options.warnings ?? warnings };
}
