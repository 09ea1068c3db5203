// From the input ranges to the engine's inputs: every sheet parsed, every problem collected, and
// nothing returned for the engine when there is any error.
import { parseText } from "../../strings/parse.ts";
import { workbookText } from "../../strings/workbook.ts";
import { MAX_COLUMNS, MAX_ROWS } from "../address.ts";
import type { InputGrids, SheetGrid } from "../grid.ts";
import type { ComparisonChoice, ParseOutcome } from "../inputs.ts";
import { Problems } from "../problems.ts";
import { countiesOf } from "../register.ts";
import { checkTextCells } from "./cellChecks.ts";
import { crossCheck } from "./crossChecks.ts";
import { parseIndex, type IndexSheet } from "./indexSheet.ts";
import { parsePopulation } from "./population.ts";
import { parseScenarios, type ScenarioColumn } from "./scenarios.ts";
import { Table } from "./table.ts";

/** The region's name when the municipalities span several counties. */
const GENERIC_REGION = "Regionen";

export function parseInputs(grids: InputGrids): ParseOutcome {
  const problems = new Problems();
  // Sizes and unusable text first: nothing else is read from a workbook that has them.
  for (const grid of [grids.population, grids.index, grids.scenarios]) {
    if (grid === null) continue;
    if (grid.oversize !== undefined) reportOversize(grid, grid.oversize, problems);
    else checkTextCells(grid, problems);
  }
  if (problems.hasErrors) return { ok: false, problems: problems.all };
  const populationTable = tableOrProblem(grids.population, parseText.missingPopulationSheet(), problems);
  const scenarioTable = tableOrProblem(grids.scenarios, parseText.missingScenarioSheet(), problems);
  // The Index sheet is optional: an absent or empty one only matters to a scenario that names a series.
  const indexTable = grids.index === null ? null : Table.of(grids.index);

  const population = populationTable === null ? null : parsePopulation(populationTable, problems);
  const index: IndexSheet | null = indexTable === null ? null : parseIndex(indexTable, problems);
  if (scenarioTable === null) return { ok: false, problems: problems.all };

  const counties = countiesOf(population?.rows.map((r) => r.municipality) ?? []);
  const county = counties.length === 1 ? counties[0]! : null;
  const regionName = county?.region ?? GENERIC_REGION;
  // The scenarios are read even when Befolkning could not be: all their problems show in one go.
  const scenarios = parseScenarios(scenarioTable, { population, index, regionName }, problems);
  if (population === null) return { ok: false, problems: problems.all };
  crossCheck(scenarios, population, index, scenarioTable, problems);
  if (problems.hasErrors) return { ok: false, problems: problems.all };
  if (scenarios.length === 1) problems.warning(scenarioTable.sheet, null, null, parseText.onlyOneScenario());

  return {
    ok: true,
    problems: problems.all,
    inputs: {
      data: { municipalities: population.municipalities, populationDates: population.dates, indexSeries: index?.series ?? [] },
      scenarios: scenarios.map((s) => s.scenario),
      comparison: comparisonOf(scenarios),
      population: {
        range: population.table.range,
        dates: population.dates,
        keyColumns: population.keyColumns,
        municipalities: population.rows.map(({ municipality: m }) => ({ code: m.code, name: m.name, countyCode: m.countyCode, county: m.county })),
        source: population.source,
      },
      index: index === null ? null : { range: index.table.range, series: index.series },
      scenarioLocations: Object.fromEntries(scenarios.map((s) => [s.scenario.name, {
        sheet: scenarioTable.sheet,
        header: scenarioTable.address(0, s.col),
        parameters: Object.fromEntries([...s.rowOf].map(([parameter, row]) => [parameter, scenarioTable.address(row, s.col)])),
      }])),
      region: county === null ? null : { countyCode: county.code, county: county.name, name: county.region },
    },
  };
}

function reportOversize(grid: SheetGrid, oversize: NonNullable<SheetGrid["oversize"]>, problems: Problems): void {
  if (oversize.row >= MAX_ROWS || oversize.col >= MAX_COLUMNS) problems.error(grid.sheet, null, null, workbookText.beyondExcel(oversize.row + 1));
  else problems.error(grid.sheet, oversize.row, oversize.col, workbookText.inputTooLarge(oversize.rows, oversize.columns));
}

function tableOrProblem(grid: InputGrids["population"], missingMessage: string, problems: Problems): Table | null {
  if (grid === null) {
    problems.error(null, null, null, missingMessage);
    return null;
  }
  const table = Table.of(grid);
  if (table === null) problems.error(grid.sheet, null, null, parseText.emptySheet(grid.sheet));
  return table;
}

/** The first two scenario columns, each in its own comparison year (the memo: 2022 against 2023). */
function comparisonOf(scenarios: readonly ScenarioColumn[]): ComparisonChoice | null {
  const [a, b] = scenarios;
  if (a === undefined || b === undefined) return null;
  return { scenarioA: a.scenario.name, scenarioB: b.scenario.name, yearA: a.comparisonYear, yearB: b.comparisonYear };
}
