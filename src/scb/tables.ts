// SCB's population tables and how a query is built from a table's own metadata: which periods it
// holds, which content is the population, and what to select for the variables we do not split by.
import { scbText } from "../strings/scb.ts";
import { ScbError } from "./http.ts";
import type { Dataset, Dimension } from "./jsonStat.ts";

export const REGION = "Region";
export const TIME = "Tid";
export const CONTENTS = "ContentsCode";

/**
 * The tables SCB publishes population in, oldest series first; each continues the one before it.
 * Which one holds a date is read from their metadata at run time.
 */
export const POPULATION_TABLES = {
  /** Population on 31 December: TAB638 (to 2024), then TAB5557 (2025 on). */
  yearEnd: ["TAB638", "TAB5557"],
  /** Population at the end of each month: TAB5444 (to 2024M12), then TAB6471 (2025M01 on, Alder=TotSA). */
  monthEnd: ["TAB5444", "TAB6471"],
} as const;

export type PeriodKind = keyof typeof POPULATION_TABLES;

/** 2024-12-31 → "2024" in a yearly table; 2021-06-30 → "2021M06" in a monthly one. */
export function periodCode(date: string, kind: PeriodKind): string {
  return kind === "yearEnd" ? date.slice(0, 4) : `${date.slice(0, 4)}M${date.slice(5, 7)}`;
}

/** "2024-12-31" is a year end, any other last day of a month a month end, else null. */
export function periodKindOf(date: string): PeriodKind | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day !== lastDay) return null;
  return month === 12 ? "yearEnd" : "monthEnd";
}

export interface TableShape {
  id: string;
  /** The period codes the table holds. */
  periods: ReadonlySet<string>;
  /** The ContentsCode value that is the population. */
  content: string;
  /** Values to select for every other variable that cannot be left out (TAB6471: Alder=TotSA). */
  fixed: readonly { variableCode: string; valueCode: string }[];
  regions: ReadonlySet<string>;
}

/** What a table's metadata says about how to ask it for population; a table of another shape is an ScbError. */
export function tableShape(id: string, metadata: Dataset, kind: PeriodKind): TableShape {
  const changed = (detail: string) => new ScbError(scbText.tableChanged(id, detail));
  const region = metadata.dimension(REGION);
  const time = metadata.dimension(TIME);
  const contents = metadata.dimension(CONTENTS);
  if (region === undefined) throw changed("variabeln Region saknas");
  if (time === undefined) throw changed("variabeln Tid saknas");
  if (contents === undefined) throw changed("variabeln ContentsCode saknas");
  const periodPattern = kind === "yearEnd" ? /^\d{4}$/u : /^\d{4}M\d{2}$/u;
  if (!time.codes.every((code) => periodPattern.test(code))) throw changed(`perioderna är inte ${kind === "yearEnd" ? "år" : "månader"}`);

  const fixed = metadata.dimensions
    .filter((d) => d.id !== REGION && d.id !== TIME && d.id !== CONTENTS && !d.elimination)
    .map((d) => ({ variableCode: d.id, valueCode: totalOf(d, changed) }));
  return { id, periods: new Set(time.codes), content: populationContent(contents, changed), fixed, regions: new Set(region.codes) };
}

/** The content labelled "Folkmängd" (TAB638: BE0101N1), or the only content there is. */
function populationContent(contents: Dimension, changed: (detail: string) => ScbError): string {
  const byLabel = contents.codes.filter((code) => /^folkmängd/iu.test((contents.labels.get(code) ?? "").trim()));
  if (byLabel.length === 1) return byLabel[0]!;
  if (contents.codes.length === 1) return contents.codes[0]!;
  throw changed("innehållet Folkmängd saknas");
}

/** A variable that must be selected: its only value, or its one total ("tot", "TotSA", label "totalt …"). */
function totalOf(dimension: Dimension, changed: (detail: string) => ScbError): string {
  if (dimension.codes.length === 1) return dimension.codes[0]!;
  const totals = dimension.codes.filter((code) => /^tot/iu.test(code) || /^totalt?\b/iu.test((dimension.labels.get(code) ?? "").trim()));
  if (totals.length === 1) return totals[0]!;
  throw changed(`variabeln ${dimension.id} saknar ett värde för totalt`);
}
