// Shared set-up of the Office.js host tests: a host on a fake workbook with a fixed clock, and the
// largest county as a workbook (made-up populations).
import { createOfficeHost } from "../../src/excel/officeHost.ts";
import type { WorkbookHost } from "../../src/excel/host.ts";
import { countyMunicipalities } from "../../src/workbook/register.ts";
import { FakeWorkbook, type CellInput } from "../fakes/excel/index.ts";

export const FIXED_NOW = new Date(Date.UTC(2026, 0, 15, 9, 30));
/** The workbook token the tests' hosts give a new workbook (random in the add-in). */
export const TOKEN = "0123abcd";

export function hostOn(fake: FakeWorkbook, options: { undoGroups?: boolean } = {}): WorkbookHost {
  return createOfficeHost(fake, { now: () => FIXED_NOW, version: "0.1.0-test", newToken: () => TOKEN, ...options });
}

/** Västra Götaland: 49 municipalities, populations made up, LPI 2025–2035, `scenarios` scenarios of `years` years. */
export function largeCountyWorkbook(scenarios = 4, years = 10): FakeWorkbook {
  const municipalities = countyMunicipalities("14");
  if (municipalities.length !== 49) throw new Error(`Expected 49 municipalities in Västra Götaland, got ${municipalities.length}`);
  const population: CellInput[][] = [
    ["Kommunkod", "Kommun", "2023-12-31", "2024-12-31"],
    ...municipalities.map((m, i) => [m.code, m.name, 5_000 + ((i * 7_919) % 90_000), 5_100 + ((i * 7_919) % 90_000)]),
  ];
  const index: CellInput[][] = [["År", "LPI", "Status"]];
  for (let year = 2025; year <= 2036; year++) index.push([year, 2 + (year % 3) / 10, year <= 2025 ? "Utfall" : "Prognos"]);
  const names = Array.from({ length: scenarios }, (_, s) => `Alternativ ${s + 1}`);
  const column = (value: (s: number) => CellInput) => names.map((_, s) => value(s));
  const scenarioRows: CellInput[][] = [
    ["Parameter", ...names],
    ["Antal tjänster", ...column((s) => s + 2)],
    ["Kostnad per tjänst (kr)", ...column(() => 950_000)],
    ["Basår", ...column(() => 2025)],
    ["Första år", ...column(() => 2025)],
    ["Sista år", ...column(() => 2025 + years - 1)],
    ["Indexserie", ...column(() => "LPI")],
    ["Regionens andel (%)", ...column((s) => [0.4, 0.45, 0.5, 0.55][s % 4]!)],
    ["Fördelningsnyckel", ...column(() => "Befolkning")],
    ["Deltagande kommuner", ...column(() => "Alla")],
  ];
  const shareRow = scenarioRows.findIndex((row) => row[0] === "Regionens andel (%)");
  const shareFormats = Object.fromEntries(names.map((_, s) => [`${shareRow},${s + 1}`, "0%"]));
  return FakeWorkbook.fromSheets({ Befolkning: population, Index: index, Scenarier: scenarioRows }, { Scenarier: shareFormats });
}
