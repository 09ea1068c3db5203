// The input sheets of a new workbook for one county ("Skapa indatablad", `samfinansiering ny`):
// Befolkning with the county's municipalities, an empty Index, one Scenarier column with the usual
// defaults, and Instruktioner. Host-neutral cell writes; the xlsx and Office.js writers apply them.
import { SCENARIO_PARAMETERS, instructionLines, starterText, templateText } from "../strings/xlsx.ts";
import { INPUT_SHEETS } from "./grid.ts";
import { labelKey } from "./labels.ts";
import { newPopulationSheet, type CellWrite } from "./population/update.ts";
import { countyMunicipalities, type County } from "./register.ts";

export interface StarterSheet {
  name: string;
  writes: CellWrite[];
  /** Column widths in characters, from column A. */
  widths: number[];
}

/** The first agreement year offered: the year after today's. */
export function starterYears(today: string): { first: number; last: number } {
  const first = Number(today.slice(0, 4)) + 1;
  return { first, last: first + 3 };
}

export function starterSheets(county: County, today: string): StarterSheet[] {
  return [instructionsSheet(), populationSheet(county), indexSheet(), scenarioSheet(starterYears(today))];
}

/** The sheet names a starter workbook has, in order. */
export const STARTER_SHEETS = [templateText.sheets.instructions, INPUT_SHEETS.population, INPUT_SHEETS.index, INPUT_SHEETS.scenarios] as const;

function instructionsSheet(): StarterSheet {
  const lines = [...instructionLines(SCENARIO_PARAMETERS), { text: "" }, { text: starterText.indexNote }];
  return {
    name: templateText.sheets.instructions,
    writes: lines.flatMap((line, row) => (line.text === "" ? [] : [{ row, col: 0, value: line.text }])),
    widths: [100],
  };
}

function populationSheet(county: County): StarterSheet {
  return { name: INPUT_SHEETS.population, writes: newPopulationSheet(countyMunicipalities(county.code)), widths: [12, 16] };
}

function indexSheet(): StarterSheet {
  const { year, status, source } = templateText.index;
  const headers = [year, starterText.indexSeries, status, source];
  return {
    name: INPUT_SHEETS.index,
    // The note on SKR is a title line above the table: the parser looks for the header row below it.
    writes: [{ row: 0, col: 0, value: starterText.indexNote }, ...headers.map((value, col) => ({ row: 2, col, value }))],
    widths: [8, 10, 10, 40],
  };
}

/** One scenario: 50 % to the region, split by population (latest date before each year), exact sum, the next four years. */
function scenarioSheet(years: { first: number; last: number }): StarterSheet {
  const defaults: Record<string, string | number> = {
    [labelKey("Antal tjänster")]: 1,
    [labelKey("Kostnad per tjänst (kr)")]: 1_000_000,
    [labelKey("Basår")]: years.first,
    [labelKey("Första år")]: years.first,
    [labelKey("Sista år")]: years.last,
    [labelKey("Förlängningsår")]: 0,
    [labelKey("Indexserie")]: "Ingen",
    [labelKey("Indexeftersläpning (år)")]: 0,
    [labelKey("Uppräkning")]: "Från basår",
    [labelKey("Regionens andel (%)")]: 0.5,
    [labelKey("Fördelningsnyckel")]: "Befolkning",
    [labelKey("Befolkning avser")]: "Senaste före året",
    [labelKey("Avrundning")]: "Exakt summa",
    [labelKey("Avrundningsenhet (kr)")]: 1,
    [labelKey("Deltagande kommuner")]: "Alla",
    [labelKey("Jämförelseår")]: years.first,
  };
  const writes: CellWrite[] = [{ row: 0, col: 0, value: templateText.scenarios.parameter }, { row: 0, col: 1, value: templateText.scenarios.emptyScenario }];
  SCENARIO_PARAMETERS.forEach((parameter, i) => {
    writes.push({ row: i + 1, col: 0, value: parameter.label });
    const value = defaults[labelKey(parameter.label)];
    if (value !== undefined) writes.push({ row: i + 1, col: 1, value, ...(parameter.label.includes("%") ? { format: "0%" } : {}) });
  });
  return { name: INPUT_SHEETS.scenarios, writes, widths: [30, 26] };
}
