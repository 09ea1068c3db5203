// Population from SCB into the workbook, for the task pane: read the Befolkning grid, fetch its
// municipalities, plan the cells; write at once when nothing differs, else hand the differences
// back so the user can confirm replacing them (nothing is written until then).
import type { PopulationHost } from "../excel/populationHost.ts";
import { ScbError } from "../scb/http.ts";
import { checkDates, fetchPopulation, splitDateList } from "../scb/population.ts";
import { scbPaneText } from "../strings/scb.ts";
import { tableGrowth, writesBeyond } from "../workbook/population/storedRange.ts";
import { swedishDate } from "../workbook/swedishTime.ts";
import { planPopulationUpdate, populationLayout, type Conflict, type Fetched } from "../workbook/population/update.ts";

export type FetchOutcome =
  | { kind: "written"; dates: string[] }
  | { kind: "nothing" }
  | { kind: "conflicts"; conflicts: Conflict[]; fetched: Fetched }
  | { kind: "failed"; message: string };

/** "2024-12-31, 2021-06-30" → the dates, checked (month ends, at most MAX_DATES). */
export function parseDateList(text: string): string[] {
  return checkDates(splitDateList(text));
}

export async function fetchIntoWorkbook(host: PopulationHost, datesText: string, baseUrl: string, now: Date): Promise<FetchOutcome> {
  try {
    const dates = parseDateList(datesText);
    const grid = await host.readPopulationGrid();
    if (grid === null) return { kind: "failed", message: scbPaneText.noPopulationSheet };
    const layout = populationLayout(grid);
    if (layout === null || layout.municipalities.length === 0) return { kind: "failed", message: scbPaneText.noMunicipalities(grid.sheet) };
    const result = await fetchPopulation({ municipalities: layout.municipalities.map((m) => m.municipality), dates }, { baseUrl });
    const fetched: Fetched = { figures: result.figures, tables: result.tables, fetchedOn: swedishDate(now) };
    return await writeFetched(host, fetched, false);
  } catch (error) {
    if (error instanceof ScbError) return { kind: "failed", message: error.message };
    throw error;
  }
}

/** Plans against the sheet as it is now and writes; with differences and no `replace`, writes nothing. */
export async function writeFetched(host: PopulationHost, fetched: Fetched, replace: boolean): Promise<FetchOutcome> {
  const grid = await host.readPopulationGrid();
  const layout = grid === null ? null : populationLayout(grid);
  if (grid === null || layout === null) return { kind: "failed", message: scbPaneText.noPopulationSheet };
  const update = planPopulationUpdate(grid, layout, fetched, replace);
  if (update.conflicts.length > 0 && !replace) return { kind: "conflicts", conflicts: update.conflicts, fetched };
  if (update.written.length === 0) return { kind: "nothing" };
  await host.writeCells(grid.sheet, update.writes, { beyond: writesBeyond(grid, update.writes), growth: tableGrowth(grid.sheet, layout, update.writes) });
  return { kind: "written", dates: update.written };
}
