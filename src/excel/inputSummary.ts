// What the task pane shows of the workbook's inputs: where each was found and what it holds (the
// Indata section), and the Scenarier sheet as the scenario cards edit it. Pure: from the grids that
// readWorkbook.ts read.
import { usedRectangle } from "../workbook/address.ts";
import { cellText, isBlankCell, type CellValue } from "../workbook/cell.ts";
import type { InputGrids, SheetGrid } from "../workbook/grid.ts";
import { findLabel } from "../workbook/labels.ts";
import { parseIndex } from "../workbook/parse/indexSheet.ts";
import { parsePopulation } from "../workbook/parse/population.ts";
import { PARAMETERS, type Parameter } from "../workbook/parse/scenarios.ts";
import { Table } from "../workbook/parse/table.ts";
import { Problems } from "../workbook/problems.ts";
import type { InputSummary, ScenarioSheet } from "./host.ts";

/** Where each input was found and what it holds (parsed leniently: a broken input still shows its range). */
export function inputSummary(grids: InputGrids): InputSummary {
  const discard = new Problems();
  const tables = {
    population: grids.population === null ? null : Table.of(grids.population),
    index: grids.index === null ? null : Table.of(grids.index),
    scenarios: grids.scenarios === null ? null : Table.of(grids.scenarios),
  };
  const population = tables.population === null ? null : parsePopulation(tables.population, discard);
  const index = tables.index === null ? null : parseIndex(tables.index, discard);
  return {
    population: tables.population === null ? null : {
      range: tables.population.range,
      municipalities: population?.rows.length ?? 0,
      dates: population?.dates ?? [],
      keyColumns: population?.keyColumns ?? [],
    },
    index: tables.index === null ? null : {
      range: tables.index.range,
      series: (index?.series ?? []).map((series) => {
        const years = [...series.values.keys()].sort((a, b) => a - b);
        return {
          name: series.name,
          firstYear: years[0] ?? 0,
          lastYear: years[years.length - 1] ?? 0,
          forecasts: [...series.values.values()].filter((value) => value.status === "prognos").length,
        };
      }),
    },
    scenarios: tables.scenarios === null ? null : {
      range: tables.scenarios.range,
      count: tables.scenarios.row(0).slice(1).filter((header) => !isBlankCell(header)).length,
    },
  };
}

/** The Scenarier sheet as the scenario cards edit it, or null when there is none. */
export function scenarioSheetOf(grid: SheetGrid | null): ScenarioSheet | null {
  if (grid === null) return null;
  const used = usedRectangle(grid.values);
  if (used === null) return { sheet: grid.sheet, headerRow: grid.top, labelCol: grid.left, lastRow: grid.top, parameters: [], scenarios: [] };
  const top = grid.top + used.rowOffset;
  const left = grid.left + used.colOffset;
  const value = (r: number, c: number): CellValue => {
    const cell = used.values[r]?.[c] ?? null;
    return isBlankCell(cell) ? null : cell;
  };
  const format = (r: number, c: number): string => grid.formats[used.rowOffset + r]?.[used.colOffset + c] ?? "General";

  const keys = Object.keys(PARAMETERS) as Parameter[];
  const parameters: { key: string; label: string; row: number; r: number }[] = [];
  for (let r = 1; r < used.rowCount; r++) {
    const label = value(r, 0);
    const key = keys.find((candidate) => findLabel(label, PARAMETERS[candidate]) !== null);
    if (key === undefined || parameters.some((p) => p.key === key)) continue;
    parameters.push({ key, label: cellText(label), row: top + r, r });
  }
  const scenarios: ScenarioSheet["scenarios"] = [];
  for (let c = 1; c < used.colCount; c++) {
    const header = value(0, c);
    if (header === null) continue;
    scenarios.push({
      name: cellText(header),
      col: left + c,
      values: Object.fromEntries(parameters.map((p) => [p.key, value(p.r, c)])),
      formats: Object.fromEntries(parameters.map((p) => [p.key, format(p.r, c)])),
    });
  }
  return {
    sheet: grid.sheet,
    headerRow: top,
    labelCol: left,
    lastRow: top + used.rowCount - 1,
    parameters: parameters.map(({ key, label, row }) => ({ key, label, row })),
    scenarios,
  };
}
