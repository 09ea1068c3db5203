import type Decimal from "decimal.js";
import type { ApportionMethod } from "./apportion.ts";
import { allocateYear, type FixedParty, type PartyAmount } from "./allocation.ts";
import { EngineError } from "./errors.ts";
import { upratedTotals, type IndexSeries, type IndexValueUsed, type IndexationMethod } from "./indexation.ts";
import { keyUsesPopulation, type AllocationKey, type Municipality } from "./keys.ts";
import { agreementYears, populationDateFor, type PopulationDateRule } from "./years.ts";

export type CostBasis =
  /** Antal tjänster × Kostnad per tjänst. */
  | { kind: "positions"; positions: Decimal; costPerPosition: Decimal }
  /** Årskostnad; the number of positions it pays for may be stated beside it, for information only. */
  | { kind: "annual"; amount: Decimal; positions?: Decimal };

export interface Scenario {
  name: string;
  cost: CostBasis;
  /** The year the cost is stated in; uprating starts the year after. */
  baseYear: number;
  firstYear: number;
  lastYear: number;
  extensionYears: number;
  indexation: { series: string | null; lag: number; method: IndexationMethod };
  fixedParties: readonly FixedParty[];
  municipalities: {
    /** "all": every municipality in the data; otherwise kommunkoder. */
    participants: "all" | readonly string[];
    key: AllocationKey;
    populationDate: PopulationDateRule;
  };
  rounding: { method: ApportionMethod; unit: Decimal };
}

/** The key data and index series every scenario draws on (the Befolkning and Index sheets). */
export interface AgreementData {
  municipalities: readonly Municipality[];
  populationDates: readonly string[];
  indexSeries: readonly IndexSeries[];
}

export interface YearResult {
  year: number;
  /** True for the automatic one-year renewals after the agreement's last year. */
  isExtension: boolean;
  /** Uprating factor from the base year, never rounded. */
  factor: Decimal;
  exactTotal: Decimal;
  total: Decimal;
  indexValuesUsed: IndexValueUsed[];
  /** The population reference date the municipalities were split by; null when the key uses none. */
  populationDate: string | null;
  municipalPool: Decimal;
  rows: PartyAmount[];
  roundingDifference: Decimal;
}

export interface ScenarioResult {
  scenario: Scenario;
  /** The cost in the base year, before rounding. */
  baseAmount: Decimal;
  years: YearResult[];
}

export function computeScenario(scenario: Scenario, data: AgreementData): ScenarioResult {
  const years = agreementYears(scenario);
  const baseAmount = baseAmountOf(scenario.cost);
  if (baseAmount.isNegative() && !baseAmount.isZero()) throw new EngineError("negativeCost");

  const series = findSeries(scenario.indexation.series, data.indexSeries);
  const totals = upratedTotals(baseAmount, scenario.baseYear, years, { ...scenario.indexation, series }, scenario.rounding.unit);
  const members = participants(scenario.municipalities.participants, data.municipalities);
  const key = scenario.municipalities.key;
  const needsPopulation = members.length > 0 && keyUsesPopulation(key);
  const populationDates = [...data.populationDates].sort();

  return {
    scenario,
    baseAmount,
    years: totals.map((yearTotal) => {
      const populationDate = needsPopulation
        ? populationDateFor(scenario.municipalities.populationDate, yearTotal.year, populationDates)
        : null;
      const allocation = allocateYear(yearTotal.total, {
        fixedParties: scenario.fixedParties,
        members,
        key,
        populationDate,
        method: scenario.rounding.method,
        unit: scenario.rounding.unit,
      });
      return {
        year: yearTotal.year,
        isExtension: yearTotal.year > scenario.lastYear,
        factor: yearTotal.factor,
        exactTotal: yearTotal.exactTotal,
        total: yearTotal.total,
        indexValuesUsed: yearTotal.indexValuesUsed,
        populationDate,
        municipalPool: allocation.municipalPool,
        rows: allocation.rows,
        roundingDifference: allocation.roundingDifference,
      };
    }),
  };
}

/** The cost in the base year: positions × cost per position, or the stated annual amount. */
export function baseAmountOf(cost: CostBasis): Decimal {
  return cost.kind === "positions" ? cost.positions.times(cost.costPerPosition) : cost.amount;
}

export function computeScenarios(scenarios: readonly Scenario[], data: AgreementData): ScenarioResult[] {
  const names = new Set<string>();
  for (const scenario of scenarios) {
    if (names.has(scenario.name)) throw new EngineError("duplicateScenarioName", scenario.name);
    names.add(scenario.name);
  }
  return scenarios.map((scenario) => computeScenario(scenario, data));
}

function findSeries(name: string | null, all: readonly IndexSeries[]): IndexSeries | null {
  if (name === null) return null;
  const found = all.find((s) => s.name === name) ?? all.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (found === undefined) throw new EngineError("unknownIndexSeries", name, all.map((s) => s.name));
  return found;
}

function participants(wanted: "all" | readonly string[], all: readonly Municipality[]): Municipality[] {
  if (wanted === "all") return [...all];
  const known = new Set(all.map((m) => m.id));
  for (const id of wanted) if (!known.has(id)) throw new EngineError("unknownParticipant", id);
  // The data's order (the Befolkning sheet's), so tables read the same whatever order the list was typed in.
  const chosen = new Set(wanted);
  return all.filter((m) => chosen.has(m.id));
}
