// `samfinansiering befolkning` and `samfinansiering ny`: population from SCB into a copy of the
// workbook, and a new workbook with the input sheets for a county. Nothing is written when the
// fetch fails or when figures already in the sheet differ and --ersätt was not given.
import { access } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_SCB_URL, ScbError } from "../scb/http.ts";
import { fetchPopulation, type PopulationFigures } from "../scb/population.ts";
import { scbCliText, scbText } from "../strings/scb.ts";
import { swedishNumber } from "../strings/number.ts";
import type { SheetGrid } from "../workbook/grid.ts";
import { swedishDate } from "../workbook/swedishTime.ts";
import { planPopulationUpdate, populationLayout, type PopulationLayout } from "../workbook/population/update.ts";
import { tableGrowth, writesBeyond } from "../workbook/population/storedRange.ts";
import { countiesOf } from "../workbook/register.ts";
import { STARTER_SHEETS, starterSheets } from "../workbook/starter.ts";
import { XlsxFileError, loadWorkbookFile, saveWorkbookAtomically } from "../xlsx/file.ts";
import { sheetByLabel } from "../xlsx/names.ts";
import { readInputs } from "../xlsx/readInputs.ts";
import { addStarterSheets, applyWrites, firstOccupied, widenPopulationName } from "../xlsx/writeCells.ts";
import { outputRefusal, type CliIo } from "./main.ts";
import { parsePopulationArgs } from "./populationArgs.ts";

const EXIT = { done: 0, failed: 1, usage: 2 } as const;

export async function populationCommand(command: "befolkning" | "ny", argv: readonly string[], io: CliIo): Promise<number> {
  const args = parsePopulationArgs(command, argv);
  if (args.kind === "help") {
    io.stdout(scbCliText.usage(args.command));
    return EXIT.done;
  }
  if (args.kind === "usage-error") {
    io.stderr(`${args.message}\n\n${scbCliText.usage(args.command)}`);
    return EXIT.usage;
  }
  const baseUrl = io.env?.SAMF_SCB_URL?.trim() || DEFAULT_SCB_URL;
  try {
    if (args.kind === "ny") {
      const out = resolve(args.input);
      if (await exists(out)) {
        io.stderr(scbCliText.fileExists(args.input));
        return EXIT.usage;
      }
      const workbook = new ExcelJS.Workbook();
      addStarterSheets(workbook, starterSheets(args.county!, swedishDate(io.now())));
      if (args.dates.length > 0) {
        const { code } = await fetchInto(workbook, args.dates, false, baseUrl, io, args.json);
        if (code !== EXIT.done) return code;
      }
      // Checked again just before writing: the fetch takes a while.
      if (await exists(out)) {
        io.stderr(scbCliText.fileExists(args.input));
        return EXIT.usage;
      }
      await saveWorkbookAtomically(workbook, out);
      io.stderr(scbCliText.created(out, [...STARTER_SHEETS]));
      return EXIT.done;
    }

    const out = resolve(args.out ?? join(dirname(args.input), `${basename(args.input, extname(args.input))}-befolkning.xlsx`));
    const refusal = await outputRefusal(args.input, out, args.overwrite);
    if (refusal !== null) {
      io.stderr(refusal);
      return EXIT.usage;
    }
    const { workbook } = await loadWorkbookFile(args.input);
    if (readInputs(workbook).grids.population === null) {
      if (args.county === null) {
        io.stderr(scbCliText.noPopulationSheet());
        return EXIT.failed;
      }
      addStarterSheets(workbook, starterSheets(args.county, swedishDate(io.now())).filter((s) => s.name === STARTER_SHEETS[1]));
    }
    const { code, written } = await fetchInto(workbook, args.dates, args.replace, baseUrl, io, args.json, args.county?.code ?? null);
    if (code !== EXIT.done || written.length === 0) return code;
    await saveWorkbookAtomically(workbook, out);
    io.stderr(scbCliText.written(out, written));
    return EXIT.done;
  } catch (error) {
    if (error instanceof XlsxFileError) {
      io.stderr(error.message);
      return EXIT.usage;
    }
    if (error instanceof ScbError) {
      io.stderr(error.message);
      return EXIT.failed;
    }
    throw error;
  }
}

/**
 * Fetches the sheet's municipalities for the dates and writes the figures into its Befolkning
 * sheet (in memory); `written` lists the dates written (none when there was nothing to do).
 */
async function fetchInto(
  workbook: ExcelJS.Workbook,
  dates: readonly string[],
  replace: boolean,
  baseUrl: string,
  io: CliIo,
  json: boolean,
  countyCode: string | null = null,
): Promise<{ code: number; written: string[] }> {
  const failed = { code: EXIT.failed, written: [] };
  const grid = readInputs(workbook).grids.population!;
  const layout = populationLayout(grid);
  if (layout === null || layout.municipalities.length === 0) {
    io.stderr(scbCliText.noMunicipalities(grid.sheet));
    return failed;
  }
  const counties = countiesOf(layout.municipalities.map((m) => m.municipality));
  if (countyCode !== null && counties.some((c) => c.code !== countyCode)) {
    io.stderr(scbCliText.otherCounty(countyCode, grid.sheet));
    return failed;
  }
  const municipalities = layout.municipalities.map((m) => m.municipality);
  io.stderr(scbCliText.fetching(municipalities.length, dates));
  const fetched = await fetchPopulation({ municipalities, dates }, { baseUrl });
  if (json) io.stdout(figuresJson(fetched, layout));
  io.stderr(scbCliText.calls(fetched.calls, fetched.cells));

  const update = planPopulationUpdate(grid, layout, { figures: fetched.figures, tables: fetched.tables, fetchedOn: swedishDate(io.now()) }, replace);
  if (update.conflicts.length > 0 && !replace) {
    for (const c of update.conflicts) io.stderr(scbCliText.conflict(c.cell, c.municipality, c.date, c.old, swedishNumber(c.fetched)));
    io.stderr(scbCliText.conflicts(update.conflicts.length));
    return failed;
  }
  if (update.unchanged.length > 0) io.stderr(scbCliText.unchanged(update.unchanged));
  if (update.written.length === 0) {
    io.stderr(scbCliText.nothingToDo());
    return { code: EXIT.done, written: [] };
  }
  if (replace && update.conflicts.length > 0) io.stderr(scbCliText.replaced(update.conflicts.length));
  const sheet = sheetOf(workbook, grid);
  const occupied = firstOccupied(sheet, writesBeyond(grid, update.writes));
  if (occupied !== null) {
    io.stderr(scbText.occupied(occupied.cell, occupied.value));
    return failed;
  }
  applyWrites(sheet, update.writes);
  widenPopulationName(workbook, tableGrowth(grid.sheet, layout, update.writes));
  return { code: EXIT.done, written: update.written };
}

function sheetOf(workbook: ExcelJS.Workbook, grid: SheetGrid): ExcelJS.Worksheet {
  return sheetByLabel(workbook, grid.sheet)!;
}

function figuresJson(fetched: PopulationFigures, layout: PopulationLayout): string {
  const dates = [...fetched.figures.keys()];
  return JSON.stringify({
    dates,
    tables: Object.fromEntries(fetched.tableOf),
    municipalities: layout.municipalities.map(({ municipality: m }) => ({
      code: m.code,
      name: m.name,
      population: Object.fromEntries(dates.map((d) => [d, fetched.figures.get(d)!.get(m.code)!])),
    })),
    calls: fetched.calls,
    cells: fetched.cells,
  }, null, 2);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}
