// What the parsers make of the workbook's input sheets: the engine's inputs plus what the result
// sheets and the task pane show about where they came from.
import type { AgreementData, Comparison, IndexSeries, Scenario, ScenarioResult } from "../engine/index.ts";
import type { Problem } from "./problems.ts";

export interface PopulationInput {
  /** Where it was read from, e.g. "Befolkning!A1:G17". */
  range: string;
  /** Reference dates (ISO), in the sheet's column order. */
  dates: string[];
  /** Further numeric key columns, by header. */
  keyColumns: string[];
  /** The municipalities in the sheet's order, with their county. */
  municipalities: { code: string; name: string; countyCode: string; county: string }[];
  /** The source line under the table ("Källa: SCB, …"), shown in Underlag; null when there is none. */
  source: string | null;
}

export interface IndexInput {
  range: string;
  series: IndexSeries[];
}

/** The scenarios set against each other in the Jämförelse sheet, each in its own year. */
export interface ComparisonChoice {
  scenarioA: string;
  scenarioB: string;
  yearA: number;
  yearB: number;
}

/** Where a scenario's cells are, so that a problem found while computing it can cite one. */
export interface ScenarioLocation {
  sheet: string;
  /** The cell of the scenario's name ("C1"). */
  header: string;
  /** The cell of each parameter the sheet has ("C15"), by the parser's parameter key. */
  parameters: Partial<Record<string, string>>;
}

export interface ParsedInputs {
  data: AgreementData;
  scenarios: Scenario[];
  comparison: ComparisonChoice | null;
  population: PopulationInput;
  index: IndexInput | null;
  /** By scenario name. */
  scenarioLocations: Record<string, ScenarioLocation>;
  /** The region whose municipalities these are (from the register), when they are all in one county. */
  region: { countyCode: string; county: string; name: string } | null;
}

export type ParseOutcome = { ok: true; inputs: ParsedInputs; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Everything a run produced: what the report model is built from. */
export interface RunResult {
  inputs: ParsedInputs;
  results: ScenarioResult[];
  comparison: Comparison | null;
  /** Warnings from parsing and from the run. */
  warnings: Problem[];
}
