// Population per municipality and reference date from SCB's Statistikdatabasen: the limits from
// /config, each needed table's metadata (to choose the table for each date at run time), then one
// data call per table (more only when the data-cell limit requires). Every figure is checked
// before anything is returned, so a failed fetch leaves nothing half done for the caller to write.
import { scbText } from "../strings/scb.ts";
import { ScbError, ScbHttp, realTransport, type ScbTransport } from "./http.ts";
import { NotJsonStatError, parseDataset, type Dataset } from "./jsonStat.ts";
import { CONTENTS, POPULATION_TABLES, REGION, TIME, periodCode, periodKindOf, tableShape, type PeriodKind, type TableShape } from "./tables.ts";

/** At most this many dates per fetch (a row of the task pane's date picker, a CLI --datum list). */
export const MAX_DATES = 24;

export interface PopulationQuery {
  /** The municipalities to fetch, each by kommunkod and name (for messages). */
  municipalities: readonly { code: string; name: string }[];
  /** Reference dates, ISO "YYYY-MM-DD", each the last day of a month. */
  dates: readonly string[];
}

export interface PopulationFigures {
  /** Population by date, then by kommunkod. */
  figures: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The table each date came from ("TAB638"). */
  tableOf: ReadonlyMap<string, string>;
  /** The tables used, in date order, for the source line. */
  tables: readonly string[];
  calls: number;
  /** Data cells asked for, summed over the data calls. */
  cells: number;
}

export interface ScbOptions {
  baseUrl: string;
  transport?: ScbTransport;
}

interface Limits {
  maxCells: number;
  maxCalls: number;
  windowMs: number;
}

/**
 * A typed list of dates as the task pane's field and the command line's --datum both take it:
 * separated by commas, semicolons or spaces ("2024-12-31, 2021-06-30; 2020-12-31"). Not yet checked.
 */
export function splitDateList(text: string): string[] {
  return text.split(/[,;\s]+/u).filter((date) => date !== "");
}

/** Checks the dates before any call: each a month end, no more than MAX_DATES. Returns them sorted, without repeats. */
export function checkDates(dates: readonly string[]): string[] {
  if (dates.length === 0) throw new ScbError(scbText.noDates());
  const unique = [...new Set(dates)].sort();
  if (unique.length > MAX_DATES) throw new ScbError(scbText.tooManyDates(unique.length, MAX_DATES));
  for (const date of unique) if (periodKindOf(date) === null) throw new ScbError(scbText.notMonthEnd(date));
  return unique;
}

export async function fetchPopulation(query: PopulationQuery, options: ScbOptions): Promise<PopulationFigures> {
  const dates = checkDates(query.dates);
  const http = new ScbHttp(options.baseUrl, options.transport ?? realTransport());
  const limits = readLimits(await http.get("config", "config"));
  http.setRateLimit({ maxCalls: limits.maxCalls, windowMs: limits.windowMs });

  const tableOf = new Map<string, TableShape>();
  for (const kind of ["yearEnd", "monthEnd"] as const) {
    const wanted = dates.filter((d) => periodKindOf(d) === kind);
    for (const id of POPULATION_TABLES[kind]) {
      const pending = wanted.filter((d) => !tableOf.has(d));
      if (pending.length === 0) break;
      const shape = tableShape(id, await readDataset(http.get(`tables/${id}/metadata?lang=sv&outputFormat=json-stat2`, `metadata för ${id}`), `metadata för ${id}`), kind);
      for (const date of pending) if (shape.periods.has(periodCode(date, kind))) tableOf.set(date, shape);
    }
    const missing = wanted.find((d) => !tableOf.has(d));
    if (missing !== undefined) throw new ScbError(scbText.noTableForDate(missing, POPULATION_TABLES[kind]));
  }

  const figures = new Map<string, Map<string, number>>(dates.map((d) => [d, new Map()]));
  let cells = 0;
  for (const shape of new Set(tableOf.values())) {
    const kind = periodKindOf(dates.find((d) => tableOf.get(d) === shape)!)!;
    for (const m of query.municipalities) {
      if (!shape.regions.has(m.code)) throw new ScbError(scbText.municipalityNotInTable(m.name, m.code, shape.id));
    }
    const shapeDates = dates.filter((d) => tableOf.get(d) === shape);
    for (const batch of batches(query.municipalities, shapeDates, limits.maxCells)) {
      cells += batch.municipalities.length * batch.dates.length;
      const what = `befolkningen i ${shape.id}`;
      const answer = await readDataset(http.post(`tables/${shape.id}/data?lang=sv&outputFormat=json-stat2`, selection(shape, batch, kind), what), what);
      readFigures(answer, shape, batch, kind, figures);
    }
  }
  return {
    figures,
    tableOf: new Map([...tableOf].map(([date, shape]) => [date, shape.id])),
    tables: [...new Set(dates.map((d) => tableOf.get(d)!.id))],
    calls: http.calls,
    cells,
  };
}

function readLimits(text: string): Limits {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ScbError(scbText.badConfig());
  }
  const { maxDataCells, maxCallsPerTimeWindow, timeWindow } = (json ?? {}) as Record<string, unknown>;
  const positive = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v > 0;
  if (!positive(maxDataCells) || !positive(maxCallsPerTimeWindow) || !positive(timeWindow)) throw new ScbError(scbText.badConfig());
  return { maxCells: maxDataCells, maxCalls: maxCallsPerTimeWindow, windowMs: timeWindow * 1000 };
}

async function readDataset(answer: Promise<string>, what: string): Promise<Dataset> {
  const text = await answer;
  try {
    return parseDataset(text);
  } catch (error) {
    if (error instanceof NotJsonStatError) throw new ScbError(scbText.malformed(what));
    throw error;
  }
}

interface Batch {
  municipalities: readonly { code: string; name: string }[];
  dates: readonly string[];
}

/** All municipalities and dates in one call when they fit the cell limit; else as many dates per call as fit. */
function batches(municipalities: Batch["municipalities"], dates: readonly string[], maxCells: number): Batch[] {
  const perCall = Math.max(1, Math.floor(maxCells / Math.max(1, municipalities.length)));
  const municipalitiesPerCall = Math.min(municipalities.length, maxCells);
  const result: Batch[] = [];
  for (let m = 0; m < municipalities.length; m += municipalitiesPerCall) {
    for (let d = 0; d < dates.length; d += perCall) {
      result.push({ municipalities: municipalities.slice(m, m + municipalitiesPerCall), dates: dates.slice(d, d + perCall) });
    }
  }
  return result;
}

function selection(shape: TableShape, batch: Batch, kind: PeriodKind) {
  return {
    selection: [
      { variableCode: REGION, valueCodes: batch.municipalities.map((m) => m.code) },
      { variableCode: CONTENTS, valueCodes: [shape.content] },
      { variableCode: TIME, valueCodes: batch.dates.map((d) => periodCode(d, kind)) },
      ...shape.fixed.map((f) => ({ variableCode: f.variableCode, valueCodes: [f.valueCode] })),
    ],
  };
}

/** Checks the answer is for what was asked and copies its figures; any gap is an ScbError. */
function readFigures(answer: Dataset, shape: TableShape, batch: Batch, kind: PeriodKind, figures: Map<string, Map<string, number>>): void {
  const changed = (detail: string) => new ScbError(scbText.tableChanged(shape.id, detail));
  const time = answer.dimension(TIME);
  const region = answer.dimension(REGION);
  if (time === undefined || region === undefined) throw changed("svaret saknar Region eller Tid");
  for (const date of batch.dates) {
    const code = periodCode(date, kind);
    if (!time.codes.includes(code)) throw new ScbError(scbText.wrongPeriod(code, time.codes.join(", ")));
  }
  // Every other dimension of the answer must be a single value (the content, a fixed total).
  const single = new Map<string, string>();
  for (const d of answer.dimensions) {
    if (d.id === TIME || d.id === REGION) continue;
    const wantedCode = d.id === CONTENTS ? shape.content : shape.fixed.find((f) => f.variableCode === d.id)?.valueCode ?? (d.codes.length === 1 ? d.codes[0] : undefined);
    if (wantedCode === undefined || !d.codes.includes(wantedCode)) throw changed(`svaret delar upp på ${d.id}`);
    single.set(d.id, wantedCode);
  }
  for (const date of batch.dates) {
    const period = periodCode(date, kind);
    for (const m of batch.municipalities) {
      const codes = answer.dimensions.map((d) => (d.id === TIME ? period : d.id === REGION ? m.code : single.get(d.id)!));
      const value = answer.value(codes);
      if (value === undefined) throw new ScbError(scbText.missingMunicipality(m.name, m.code, date));
      if (value === null) throw new ScbError(scbText.missingValue(m.name, m.code, date, answer.status(codes)));
      if (!Number.isInteger(value) || value < 0) throw new ScbError(scbText.notPopulation(String(value), m.name, date));
      figures.get(date)!.set(m.code, value);
    }
  }
}
