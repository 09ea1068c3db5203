// One run, shared by the task pane and the command line: input ranges in, result sheets out — or
// the problems, and nothing to write.
import { EngineError, compareScenarios, computeScenario, type EngineErrorCode, type ScenarioResult } from "../engine/index.ts";
import type { InputGrids } from "./grid.ts";
import type { ParsedInputs, RunResult } from "./inputs.ts";
import { parseInputs } from "./parse/index.ts";
import type { Parameter } from "./parse/scenarios.ts";
import type { Problem } from "./problems.ts";

export type RunOutcome = { ok: true; run: RunResult } | { ok: false; problems: Problem[] };

/**
 * The Scenarier parameter behind each engine error. The parsers check what they can cell by cell;
 * what only computing shows (a fixed amount larger than a year's municipal part, a total that is no
 * whole number of rounding units, participants with no population at all) is reported here, at the
 * cell of the scenario's parameter that decides it.
 */
const PARAMETER_OF: Partial<Record<EngineErrorCode, Parameter>> = {
  fixedAmountTooLarge: "fixedAmount",
  fixedAmountNotWholeUnits: "fixedAmount",
  allZeroWeights: "key",
  emptyBlend: "key",
  negativeBlendWeight: "key",
  missingKeyValue: "key",
  noParticipants: "participants",
  unknownParticipant: "participants",
  totalNotWholeUnits: "unit",
  invalidUnit: "unit",
  sharesAboveWhole: "regionShare",
  negativeShare: "regionShare",
  missingIndexValue: "indexSeries",
  unknownIndexSeries: "indexSeries",
  indexChangeTooLow: "indexSeries",
  zeroIndexLevel: "indexSeries",
  noPopulationDate: "populationDate",
  unknownPopulationDate: "populationDate",
  missingPopulation: "populationDate",
  negativeCost: "annualCost",
  yearBeforeBaseYear: "baseYear",
  firstYearAfterLastYear: "lastYear",
  invalidYear: "firstYear",
  negativeExtensions: "extensionYears",
  negativeLag: "indexLag",
};

export function runInputs(grids: InputGrids): RunOutcome {
  const parsed = parseInputs(grids);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const { inputs } = parsed;
  const results: ScenarioResult[] = [];
  const problems: Problem[] = [];
  for (const scenario of inputs.scenarios) {
    try {
      results.push(computeScenario(scenario, inputs.data));
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      problems.push(locate(error, scenario.name, inputs));
    }
  }
  if (problems.length > 0) return { ok: false, problems: [...parsed.problems, ...problems] };

  const choice = inputs.comparison;
  const byName = (name: string) => results.find((r) => r.scenario.name === name)!;
  const comparison = choice === null
    ? null
    : compareScenarios(
      byName(choice.scenarioA),
      byName(choice.scenarioB),
      { yearA: choice.yearA, yearB: choice.yearB },
      inputs.data.municipalities.map((m) => m.id),
    );
  return { ok: true, run: { inputs, results, comparison, warnings: parsed.problems } };
}

function locate(error: EngineError, scenario: string, inputs: ParsedInputs): Problem {
  const location = inputs.scenarioLocations[scenario];
  const parameter = PARAMETER_OF[error.code];
  const cell = location === undefined ? null : (parameter === undefined ? undefined : location.parameters[parameter]) ?? location.header;
  return { severity: "error", sheet: location?.sheet ?? null, cell, message: error.message };
}
