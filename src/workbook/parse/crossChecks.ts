// Checks that need more than one sheet: does every year a scenario computes have its index values,
// its population date, and a value for every participating municipality? Each gap is reported at
// the cell where the value belongs.
import { EngineError, agreementYears, keyUsesPopulation, populationDateFor, type AllocationKey, type Scenario } from "../../engine/index.ts";
import { parseText } from "../../strings/parse.ts";
import { isBlankCell } from "../cell.ts";
import type { Problems } from "../problems.ts";
import type { IndexSheet } from "./indexSheet.ts";
import type { PopulationSheet } from "./population.ts";
import type { ScenarioColumn } from "./scenarios.ts";
import type { Table } from "./table.ts";

export function crossCheck(
  scenarios: readonly ScenarioColumn[],
  population: PopulationSheet,
  index: IndexSheet | null,
  scenarioTable: Table,
  problems: Problems,
): void {
  const reported = new Set<string>();
  const once = (key: string, report: () => void) => {
    if (!reported.has(key)) {
      reported.add(key);
      report();
    }
  };
  for (const column of scenarios) {
    const { scenario } = column;
    const years = agreementYears(scenario);
    if (index !== null) checkIndexYears(scenario, years, index, problems, once);
    checkPopulation(column, years, population, scenarioTable, problems, once);
  }
}

type Once = (key: string, report: () => void) => void;

function checkIndexYears(scenario: Scenario, years: number[], index: IndexSheet, problems: Problems, once: Once): void {
  const name = scenario.indexation.series;
  const series = index.series.find((s) => s.name === name);
  if (series === undefined) return;
  const lag = scenario.indexation.lag;
  const needed = years.filter((y) => y > scenario.baseYear).map((y) => y - lag);
  if (series.kind === "level" && needed.length > 0) needed.unshift(scenario.baseYear - lag);
  // The first year's factor builds on every year since the base year, computed or not.
  for (let year = scenario.baseYear + 1; year < scenario.firstYear; year++) needed.push(year - lag);
  const col = index.columnOf.get(series.name)!;
  for (const year of [...new Set(needed)].sort((a, b) => a - b)) {
    if (series.values.has(year)) continue;
    const row = index.rowOf.get(year) ?? index.headerRow;
    once(`index:${series.name}:${year}`, () => index.table.error(problems, row, col, parseText.missingIndexYear(series.name, year, scenario.name)));
  }
}

function checkPopulation(column: ScenarioColumn, years: number[], population: PopulationSheet, scenarioTable: Table, problems: Problems, once: Once): void {
  const { scenario } = column;
  const { key, participants, populationDate } = scenario.municipalities;
  const members = participants === "all" ? population.rows : population.rows.filter((r) => participants.includes(r.municipality.code));
  const ascending = [...population.dates].sort();
  const engineByCode = new Map(population.municipalities.map((m) => [m.id, m]));
  // A cell that holds something the parser rejected has its error already; "missing" would repeat it.
  const written = (row: number, col: number) => !isBlankCell(population.table.value(row, col));

  for (const columnName of keyColumns(key)) {
    const col = population.columnOf.get(columnName)!;
    for (const member of members) {
      if (engineByCode.get(member.municipality.code)!.columns.has(columnName) || written(member.row, col)) continue;
      once(`key:${member.municipality.code}:${columnName}`, () =>
        population.table.error(problems, member.row, col, parseText.missingKeyValue(member.municipality.name, columnName, scenario.name)));
    }
  }
  if (!keyUsesPopulation(key)) return;
  for (const year of years) {
    let date: string;
    try {
      date = populationDateFor(populationDate, year, ascending);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      const row = column.rowOf.get("populationDate") ?? 0;
      once(`date:${scenario.name}`, () => scenarioTable.error(problems, row, column.col, parseText.noPopulationBefore(year, scenario.name, population.dates)));
      return;
    }
    const col = population.columnOf.get(date)!;
    for (const member of members) {
      if (engineByCode.get(member.municipality.code)!.population.has(date) || written(member.row, col)) continue;
      once(`population:${member.municipality.code}:${date}`, () =>
        population.table.error(problems, member.row, col, parseText.missingPopulation(member.municipality.name, date, scenario.name, year)));
    }
  }
}

function keyColumns(key: AllocationKey): string[] {
  if (key.kind === "column") return [key.column];
  if (key.kind === "blend") return key.parts.flatMap((p) => (p.key.kind === "column" && p.weight.gt(0) ? [p.key.column] : []));
  return [];
}
