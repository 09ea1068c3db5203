// One run, shared by the task pane and the command line: input ranges in, result sheets out — or
// the problems, and nothing to write.
import { EngineError, compareScenarios, computeScenarios } from "../engine/index.ts";
import type { InputGrids } from "./grid.ts";
import type { RunResult } from "./inputs.ts";
import { parseInputs } from "./parse/index.ts";
import type { Problem } from "./problems.ts";

export type RunOutcome = { ok: true; run: RunResult } | { ok: false; problems: Problem[] };

export function runInputs(grids: InputGrids): RunOutcome {
  const parsed = parseInputs(grids);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const { inputs } = parsed;
  try {
    const results = computeScenarios(inputs.scenarios, inputs.data);
    const choice = inputs.comparison;
    const byName = (name: string) => results.find((r) => r.scenario.name === name)!;
    const comparison = choice === null
      ? null
      : compareScenarios(byName(choice.scenarioA), byName(choice.scenarioB), { yearA: choice.yearA, yearB: choice.yearB });
    return { ok: true, run: { inputs, results, comparison, warnings: parsed.problems } };
  } catch (error) {
    // The parsers check what the engine needs; an engine error here is a gap in those checks, still
    // reported in Swedish rather than thrown at the user.
    if (error instanceof EngineError) return { ok: false, problems: [...parsed.problems, { severity: "error", sheet: null, cell: null, message: error.message }] };
    throw error;
  }
}
