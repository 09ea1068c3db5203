// The Scenarier sheet: parameter labels in the first column, one scenario per further column with
// its name in the header row. Every parameter is read into the engine's Scenario; cross-sheet
// checks (index years, population values) follow in crossChecks.ts.
import type Decimal from "decimal.js";
import { Dec, MUNICIPAL_POOL_ID, type AllocationKey, type FixedParty, type PopulationDateRule, type Scenario, type SimpleKey } from "../../engine/index.ts";
import { parseText } from "../../strings/parse.ts";
import { cellText, isBlankCell } from "../cell.ts";
import { isDateFormat } from "../grid.ts";
import { excelSerialToIsoDate, parseDateHeader } from "../dates.ts";
import { findLabel, labelKey } from "../labels.ts";
import type { Problems } from "../problems.ts";
import { workbookText } from "../../strings/workbook.ts";
import { MAX_NAME_CHARS } from "../limits.ts";
import { MUNICIPALITIES } from "../municipalities.data.ts";
import { findMunicipality, suggestMunicipalities } from "../register.ts";
import { parseNumber } from "../numbers.ts";
import { seriesName, type IndexSheet } from "./indexSheet.ts";
import type { PopulationSheet } from "./population.ts";
import type { Table } from "./table.ts";
import { swedishNumber } from "../../strings/number.ts";
import { asFraction, readNumber, type CellNumber } from "./values.ts";

/** Each parameter with its label as the template writes it, then accepted variants. */
export const PARAMETERS = {
  positions: ["Antal tjänster", "Tjänster", "Antal årsarbetare"],
  costPerPosition: ["Kostnad per tjänst", "Kostnad per årsarbetare"],
  annualCost: ["Årskostnad", "Årlig kostnad", "Kostnad per år"],
  baseYear: ["Basår"],
  firstYear: ["Första år", "Från år"],
  lastYear: ["Sista år", "Till år"],
  extensionYears: ["Förlängningsår", "Förlängning", "Antal förlängningsår"],
  indexSeries: ["Indexserie", "Index"],
  indexLag: ["Indexeftersläpning", "Eftersläpning"],
  indexMethod: ["Uppräkning", "Uppräkningsmetod"],
  regionShare: ["Regionens andel", "Region andel"],
  otherParties: ["Övriga parter", "Andra parter"],
  key: ["Fördelningsnyckel", "Nyckel"],
  fixedAmount: ["Fast belopp per kommun", "Fast belopp"],
  populationDate: ["Befolkning avser", "Befolkningsdatum"],
  rounding: ["Avrundning"],
  unit: ["Avrundningsenhet"],
  participants: ["Deltagande kommuner", "Kommuner"],
  comparisonYear: ["Jämförelseår"],
} as const;
export type Parameter = keyof typeof PARAMETERS;

export const CHOICES = {
  indexMethod: { "Från basår": "from-base", Kedjad: "chained" },
  rounding: { "Exakt summa": "largest-remainder", "Varje rad": "round-each" },
} as const;

export const REGION_PARTY_ID = "region";

/** Limits that keep a scenario's amounts exact in a cell (whole kronor below 2^53) and its sheets within Excel's size. */
const MAX_AMOUNT = new Dec("1e12");
const MAX_EXTENSION_YEARS = 50;
const MAX_PERIOD_YEARS = 100;

export interface ScenarioColumn {
  scenario: Scenario;
  /** Table column of the scenario and table row of each parameter, to cite cells later. */
  col: number;
  rowOf: Map<Parameter, number>;
  comparisonYear: number;
}

export interface ScenarioContext {
  /** Null when the Befolkning sheet could not be read: the scenarios are still checked, except
   * against the population (dates, key columns, participants), so every problem shows at once. */
  population: PopulationSheet | null;
  index: IndexSheet | null;
  regionName: string;
}

export function parseScenarios(table: Table, context: ScenarioContext, problems: Problems): ScenarioColumn[] {
  const headerRow = 0; // the used range starts at the header: row 1 holds the scenario names
  const rowOf = parameterRows(table, headerRow, problems);
  const columns: ScenarioColumn[] = [];
  const names = new Set<string>();
  for (let col = 1; col < table.colCount; col++) {
    const header = table.value(headerRow, col);
    const hasValues = Array.from({ length: table.rowCount - 1 }, (_, i) => table.value(i + 1, col)).some((v) => !isBlankCell(v));
    if (isBlankCell(header)) {
      if (hasValues) table.error(problems, headerRow, col, parseText.unnamedScenario());
      continue;
    }
    const name = cellText(header);
    if (name.length > MAX_NAME_CHARS) {
      table.error(problems, headerRow, col, workbookText.nameTooLong(name.length));
      continue;
    }
    if (names.has(name)) {
      table.error(problems, headerRow, col, parseText.duplicateScenario(name));
      continue;
    }
    names.add(name);
    const parsed = new ScenarioReader(table, col, name, rowOf, context, problems).read();
    if (parsed !== null) columns.push(parsed);
  }
  if (names.size === 0) table.error(problems, headerRow, 0, parseText.noScenarios());
  return columns;
}

function parameterRows(table: Table, headerRow: number, problems: Problems): Map<Parameter, number> {
  const rowOf = new Map<Parameter, number>();
  const known = Object.values(PARAMETERS).map((labels) => labels[0]);
  for (let row = headerRow + 1; row < table.rowCount; row++) {
    const label = table.value(row, 0);
    if (isBlankCell(label)) continue;
    const parameter = (Object.keys(PARAMETERS) as Parameter[]).find((p) => findLabel(label, PARAMETERS[p]) !== null);
    if (parameter === undefined) {
      table.warning(problems, row, 0, parseText.unknownParameter(cellText(label), known));
      continue;
    }
    if (rowOf.has(parameter)) {
      table.error(problems, row, 0, parseText.duplicateParameter(PARAMETERS[parameter][0], table.sheetRow(rowOf.get(parameter)!)));
      continue;
    }
    rowOf.set(parameter, row);
  }
  return rowOf;
}

/** Reads one scenario column; every problem is recorded, and null returned when any was an error. */
class ScenarioReader {
  private readonly errorsBefore: number;

  constructor(
    private readonly table: Table,
    private readonly col: number,
    private readonly name: string,
    private readonly rowOf: Map<Parameter, number>,
    private readonly context: ScenarioContext,
    private readonly problems: Problems,
  ) {
    this.errorsBefore = problems.errors.length;
  }

  read(): ScenarioColumn | null {
    const cost = this.cost();
    const firstYear = this.year("firstYear", true);
    const lastYear = this.year("lastYear", true);
    const baseYear = this.year("baseYear", false) ?? firstYear;
    const extensionYears = this.wholeNumber("extensionYears") ?? 0;
    if (extensionYears > MAX_EXTENSION_YEARS) this.error("extensionYears", parseText.tooMany(PARAMETERS.extensionYears[0], MAX_EXTENSION_YEARS));
    if (firstYear !== null && lastYear !== null && firstYear > lastYear) {
      this.error("lastYear", parseText.firstAfterLast(firstYear, lastYear));
    } else if (firstYear !== null && lastYear !== null && lastYear - firstYear >= MAX_PERIOD_YEARS) {
      this.error("lastYear", parseText.periodTooLong(firstYear, lastYear, MAX_PERIOD_YEARS));
    }
    if (baseYear !== null && firstYear !== null && baseYear > firstYear) {
      this.error("baseYear", parseText.baseAfterFirst(baseYear, firstYear));
    }
    const indexSeries = this.indexSeries();
    const lag = this.wholeNumber("indexLag") ?? 0;
    const method = this.choice("indexMethod") ?? "from-base";
    const fixedParties = this.fixedParties();
    const key = this.key();
    const populationDate = this.populationDate();
    if (populationDate?.kind === "per-year" && firstYear !== null && lastYear !== null) {
      for (const year of populationDate.dates.keys()) {
        if (year < firstYear || year > lastYear + extensionYears) {
          this.error("populationDate", parseText.populationYearOutside(year, firstYear, lastYear + extensionYears));
        }
      }
    }
    const rounding = this.choice("rounding") ?? "largest-remainder";
    if (rounding === "round-each") this.warning("rounding", parseText.legacyRounding(this.name));
    const unit = this.unit();
    const participants = this.participants();
    const comparisonYear = this.year("comparisonYear", false) ?? firstYear;
    if (comparisonYear !== null && firstYear !== null && lastYear !== null &&
        (comparisonYear < firstYear || comparisonYear > lastYear + extensionYears)) {
      this.error("comparisonYear", parseText.comparisonYearOutside(comparisonYear, firstYear, lastYear + extensionYears));
    }

    if (this.problems.errors.length > this.errorsBefore) return null;
    return {
      col: this.col,
      rowOf: this.rowOf,
      comparisonYear: comparisonYear!,
      scenario: {
        name: this.name,
        cost: cost!,
        baseYear: baseYear!,
        firstYear: firstYear!,
        lastYear: lastYear!,
        extensionYears,
        indexation: { series: indexSeries, lag, method },
        fixedParties: fixedParties!,
        municipalities: { participants: participants!, key: key!, populationDate: populationDate! },
        rounding: { method: rounding, unit: unit! },
      },
    };
  }

  // ---- cells -------------------------------------------------------------------------------------

  private cell(parameter: Parameter): unknown {
    const row = this.rowOf.get(parameter);
    return row === undefined ? null : this.table.value(row, this.col);
  }

  private format(parameter: Parameter): string {
    const row = this.rowOf.get(parameter);
    return row === undefined ? "General" : this.table.format(row, this.col);
  }

  private isBlank(parameter: Parameter): boolean {
    return isBlankCell(this.cell(parameter));
  }

  private error(parameter: Parameter, message: string): void {
    const row = this.rowOf.get(parameter);
    if (row === undefined) this.table.error(this.problems, 0, this.col, message);
    else this.table.error(this.problems, row, this.col, message);
  }

  private warning(parameter: Parameter, message: string): void {
    this.table.warning(this.problems, this.rowOf.get(parameter) ?? 0, this.col, message);
  }

  /** The parameter's number; null when blank (an error when `required`) or unreadable (error recorded). */
  private number(parameter: Parameter, required: boolean): CellNumber | null {
    const row = this.rowOf.get(parameter);
    if (row === undefined || this.isBlank(parameter)) {
      if (required) {
        const label = PARAMETERS[parameter][0];
        this.error(parameter, row === undefined ? parseText.missingParameterRow(label) : parseText.missingParameter(label, this.name));
      }
      return null;
    }
    return readNumber(this.table, row, this.col, this.problems);
  }

  private year(parameter: Parameter, required: boolean): number | null {
    const cell = this.cell(parameter);
    const parsed = parseNumber(cell);
    // A year message for anything that is no year (a date, a word), not the generic number one.
    if (!parsed.ok && !isBlankCell(cell)) {
      this.error(parameter, parseText.notYear(PARAMETERS[parameter][0], shownValue(cell, this.format(parameter))));
      return null;
    }
    const number = this.number(parameter, required);
    if (number === null) return null;
    const year = number.value;
    if (!year.isInteger() || year.lt(1900) || year.gt(2200) || number.percent !== null) {
      this.error(parameter, parseText.notYear(PARAMETERS[parameter][0], shownValue(cell, this.format(parameter))));
      return null;
    }
    return year.toNumber();
  }

  private wholeNumber(parameter: Parameter): number | null {
    const number = this.number(parameter, false);
    if (number === null) return null;
    const label = PARAMETERS[parameter][0];
    if (!number.value.isInteger() || number.percent !== null) {
      this.error(parameter, parseText.notWholeNumber(label, shownValue(this.cell(parameter), this.format(parameter))));
      return null;
    }
    if (number.value.isNegative()) {
      this.error(parameter, parseText.notNonNegative(label));
      return null;
    }
    return number.value.toNumber();
  }

  private positive(parameter: Parameter): Decimal | null {
    const number = this.number(parameter, false);
    if (number === null) return null;
    if (number.value.lte(0)) {
      this.error(parameter, parseText.notPositive(PARAMETERS[parameter][0]));
      return null;
    }
    return number.value;
  }

  /** An amount in kronor, not negative and at most MAX_AMOUNT; a percent is an error. */
  private kronor(parameter: Parameter, required: boolean): Decimal | null {
    const number = this.number(parameter, required);
    if (number === null) return null;
    const label = PARAMETERS[parameter][0];
    if (number.percent !== null) this.error(parameter, parseText.percentForAmount(label));
    else if (number.value.isNegative()) this.error(parameter, parseText.notNonNegative(label));
    else if (number.value.gt(MAX_AMOUNT)) this.error(parameter, parseText.amountTooLarge(label, swedishNumber(MAX_AMOUNT)));
    else return number.value;
    return null;
  }

  private choice<P extends keyof typeof CHOICES>(parameter: P): (typeof CHOICES)[P][keyof (typeof CHOICES)[P]] | null {
    if (this.isBlank(parameter)) return null;
    const choices = CHOICES[parameter];
    const labels = Object.keys(choices) as (keyof typeof choices)[];
    const found = findLabel(this.cell(parameter), labels as string[]);
    if (found === null) {
      this.error(parameter, parseText.unknownChoice(PARAMETERS[parameter][0], cellText(this.cell(parameter)), labels as string[]));
      return null;
    }
    return choices[found as keyof typeof choices];
  }

  // ---- parameters --------------------------------------------------------------------------------

  /** Årskostnad, or Antal tjänster × Kostnad per tjänst; with Årskostnad, Antal tjänster is only informative. */
  private cost(): Scenario["cost"] | null {
    if (!this.isBlank("annualCost")) {
      if (!this.isBlank("costPerPosition")) {
        this.error("annualCost", parseText.costBothWays());
        return null;
      }
      const amount = this.kronor("annualCost", true);
      const positions = this.positive("positions");
      if (amount === null) return null;
      return positions === null ? { kind: "annual", amount } : { kind: "annual", amount, positions };
    }
    if (this.isBlank("positions") && this.isBlank("costPerPosition")) {
      this.error(this.rowOf.has("annualCost") ? "annualCost" : "positions", parseText.costMissing(this.name));
      return null;
    }
    if (this.isBlank("costPerPosition")) this.error("costPerPosition", parseText.positionsWithoutCost());
    if (this.isBlank("positions")) this.error("positions", parseText.costWithoutPositions());
    const positions = this.positive("positions");
    const costPerPosition = this.kronor("costPerPosition", false);
    if (positions === null || costPerPosition === null) return null;
    if (positions.times(costPerPosition).gt(MAX_AMOUNT)) {
      this.error("costPerPosition", parseText.amountTooLarge(PARAMETERS.annualCost[0], swedishNumber(MAX_AMOUNT)));
      return null;
    }
    return { kind: "positions", positions, costPerPosition };
  }

  private indexSeries(): string | null {
    if (this.isBlank("indexSeries")) return null;
    const text = cellText(this.cell("indexSeries"));
    if (labelKey(text) === "ingen") return null;
    const known = this.context.index?.series.map((s) => s.name) ?? [];
    const found = known.find((name) => labelKey(name) === labelKey(seriesName(text)));
    if (found === undefined) {
      if (this.context.index === null) this.error("indexSeries", parseText.missingIndexSheet(this.name, text));
      else this.error("indexSeries", parseText.unknownIndexSeries(text, known));
      return null;
    }
    return found;
  }

  private fixedParties(): FixedParty[] | null {
    const share = this.number("regionShare", true);
    if (share === null) return null;
    // 0,5 in a cell without percent format could be 50 % or 0,5 %: ask rather than guess.
    if (share.percent === null && share.value.gt(0) && share.value.lte(1)) {
      this.error("regionShare", parseText.ambiguousShare(swedishNumber(share.value), swedishNumber(share.value.times(100))));
      return null;
    }
    const region = asFraction(share);
    if (region.isNegative() || region.gt(1)) {
      this.error("regionShare", parseText.shareOutOfRange(`${swedishNumber(region.times(100))} %`));
      return null;
    }
    const others = this.otherParties();
    if (others === null) return null;
    const parties = [{ id: REGION_PARTY_ID, name: this.context.regionName, share: region }, ...others];
    const total = parties.reduce<Decimal>((acc, p) => acc.plus(p.share), new Dec(0));
    if (total.gt(1)) {
      this.error(others.length > 0 ? "otherParties" : "regionShare", parseText.sharesAboveWhole(swedishNumber(total.times(100))));
      return null;
    }
    return parties;
  }

  /** "Polisen 20 %; Högskolan Dalarna 5 %" */
  private otherParties(): FixedParty[] | null {
    if (this.isBlank("otherParties")) return [];
    const text = cellText(this.cell("otherParties"));
    const parties: FixedParty[] = [];
    for (const item of text.split(/[;\n]/u).map((s) => s.trim()).filter((s) => s !== "")) {
      if (item.length > MAX_NAME_CHARS) {
        this.error("otherParties", workbookText.nameTooLong(item.length));
        return null;
      }
      const match = partyAndPercent(item);
      const id = match === null ? "" : `part-${labelKey(match.name)}`;
      if (match === null || id === `part-` || id === `part-${MUNICIPAL_POOL_ID}` || parties.some((p) => p.id === id)) {
        this.error("otherParties", parseText.invalidOtherParties(item));
        return null;
      }
      parties.push({ id, name: match.name, share: new Dec(match.percent.replace(",", ".")).div(100) });
    }
    return parties;
  }

  private key(): AllocationKey | null {
    const hasFixedAmount = !this.isBlank("fixedAmount");
    if (this.isBlank("key")) {
      if (hasFixedAmount) this.warning("fixedAmount", parseText.fixedAmountUnused());
      return { kind: "population" };
    }
    const text = cellText(this.cell("key"));
    const folded = labelKey(text);
    if (folded.startsWith("fast belopp")) {
      if (!hasFixedAmount) {
        this.error("fixedAmount", parseText.fixedAmountMissing());
        return null;
      }
      const amount = this.kronor("fixedAmount", false);
      return amount === null ? null : { kind: "fixed-plus-remainder", amountPerMember: amount, remainderKey: { kind: "population" } };
    }
    if (hasFixedAmount) this.warning("fixedAmount", parseText.fixedAmountUnused());
    const blend = /^viktad\s*:?\s*(.*)$/iu.exec(text);
    if (blend !== null) return this.blend(blend[1]!, text);
    const simple = this.simpleKey(text);
    if (simple === null) this.error("key", parseText.invalidKey(text));
    return simple === "unknown-column" ? null : simple;
  }

  /** "70 % befolkning, 30 % lika delar"; percentages must add up to 100, plain numbers are relative weights. */
  private blend(parts: string, whole: string): AllocationKey | null {
    const result: { key: SimpleKey; weight: Decimal; percent: boolean }[] = [];
    for (const part of parts.split(/[,;]/u).map((s) => s.trim()).filter((s) => s !== "")) {
      const match = /^(\d+(?:[.,]\d+)?)\s*(%?)\s+(.+)$/u.exec(part);
      const key = match === null ? null : this.simpleKey(match[3]!);
      if (key === "unknown-column") return null;
      if (match === null || key === null) {
        this.error("key", parseText.invalidKey(whole));
        return null;
      }
      result.push({ key, weight: new Dec(match[1]!.replace(",", ".")), percent: match[2] === "%" });
    }
    if (result.length === 0 || result.every((p) => p.weight.isZero())) {
      this.error("key", parseText.invalidKey(whole));
      return null;
    }
    const total = result.reduce<Decimal>((acc, p) => acc.plus(p.weight), new Dec(0));
    if (result.every((p) => p.percent) && !total.equals(100)) {
      this.error("key", parseText.blendNotWhole(swedishNumber(total)));
      return null;
    }
    return { kind: "blend", parts: result.map(({ key, weight }) => ({ key, weight })) };
  }

  /** Befolkning, Lika delar, "Kolumn: X" or a bare key column name; "unknown-column" after an error. */
  private simpleKey(text: string): SimpleKey | "unknown-column" | null {
    const folded = labelKey(text);
    if (folded === "befolkning" || folded === "invanare" || folded === "folkmangd") return { kind: "population" };
    if (folded === "lika delar" || folded === "lika") return { kind: "equal" };
    const column = /^kolumn\s*:?\s*(.+)$/iu.exec(text.trim());
    const wanted = column === null ? text.trim() : column[1]!.trim();
    if (this.context.population === null) return column === null ? null : { kind: "column", column: wanted };
    const known = this.context.population.keyColumns;
    const found = known.find((k) => labelKey(k) === labelKey(wanted));
    if (found !== undefined) return { kind: "column", column: found };
    if (column !== null) {
      this.error("key", parseText.unknownKeyColumn(wanted, known));
      return "unknown-column";
    }
    return null;
  }

  private populationDate(): PopulationDateRule | null {
    if (this.isBlank("populationDate")) return { kind: "latest-before-year" };
    const cell = this.cell("populationDate");
    const text = cellText(cell);
    if (/^senaste/iu.test(labelKey(text))) return { kind: "latest-before-year" };
    const known = this.context.population?.dates ?? null;
    const checkDate = (date: string): boolean => {
      if (known === null || known.includes(date)) return true;
      this.error("populationDate", parseText.unknownPopulationDate(date, known));
      return false;
    };
    const perYear = text.split(/[;\n]/u).map((s) => s.trim()).filter((s) => s !== "");
    if (typeof cell === "string" && perYear.length > 0 && perYear.every((item) => /^\d{4}\s*:/u.test(item))) {
      const dates = new Map<number, string>();
      for (const item of perYear) {
        const [year, date] = [item.slice(0, 4), parseDateHeader(item.slice(item.indexOf(":") + 1).trim())];
        if (!date.ok) {
          this.error("populationDate", parseText.invalidPopulationDate(text));
          return null;
        }
        if (!checkDate(date.date)) return null;
        if (dates.has(Number(year))) {
          this.error("populationDate", parseText.populationYearTwice(Number(year)));
          return null;
        }
        dates.set(Number(year), date.date);
      }
      return { kind: "per-year", dates };
    }
    const date = parseDateHeader(cell);
    if (!date.ok) {
      this.error("populationDate", parseText.invalidPopulationDate(text));
      return null;
    }
    return checkDate(date.date) ? { kind: "fixed", date: date.date } : null;
  }

  /** Whole kronor: 1, 10, 100, 1000 … */
  private unit(): Decimal | null {
    if (this.isBlank("unit")) return new Dec(1);
    const unit = this.positive("unit");
    if (unit !== null && !unit.isInteger()) {
      this.error("unit", parseText.notWholeNumber(PARAMETERS.unit[0], shownValue(this.cell("unit"), this.format("unit"))));
      return null;
    }
    return unit;
  }

  /** "Alla", "Alla utom Gagnef, Orsa", or a list of names or codes. */
  private participants(): "all" | string[] | null {
    if (this.isBlank("participants")) return "all";
    const text = cellText(this.cell("participants"));
    const except = /^alla(\s+utom\s*:?\s*(.*))?$/iu.exec(text.trim());
    if (except !== null && except[1] === undefined) return "all";
    const names = (except === null ? text : except[2]!).split(/[,;\n]/u).map((s) => s.trim()).filter((s) => s !== "");
    // No list names more municipalities than there are; a longer one is not a list of them.
    if (names.length > MUNICIPALITIES.length) {
      this.error("participants", parseText.tooManyParticipants(names.length, MUNICIPALITIES.length));
      return null;
    }
    const rows = this.context.population?.rows ?? null;
    const inData = new Set(rows?.map((r) => r.municipality.code));
    const countyCode = rows?.[0]?.municipality.countyCode;
    const codes: string[] = [];
    for (const name of names) {
      const match = findMunicipality(name);
      if (!match.ok) {
        const suggestions = suggestMunicipalities(name, countyCode === undefined ? {} : { countyCode }).map((m) => m.name);
        this.error("participants", parseText.unknownParticipant(name, suggestions));
        continue;
      }
      if (rows !== null && !inData.has(match.municipality.code)) {
        this.error("participants", parseText.participantNotInData(match.municipality.name));
        continue;
      }
      codes.push(match.municipality.code);
    }
    const chosen = except === null ? codes : [...inData].filter((code) => !codes.includes(code));
    if (chosen.length === 0 && names.length > 0 && codes.length === names.length) {
      this.error("participants", parseText.noParticipantsLeft());
      return null;
    }
    return chosen;
  }
}

/**
 * "Polisen: 20 %" → name "Polisen", percent "20": a name, whitespace (after an optional colon), a
 * number with an optional decimal part, and "%". Read back from the end, so the time is linear in the
 * item's length (the equivalent regular expression backtracks quadratically on long items).
 */
export function partyAndPercent(item: string): { name: string; percent: string } | null {
  const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);
  const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";
  if (!item.endsWith("%")) return null;
  let end = item.length - 1;
  while (isSpace(item[end - 1])) end--;
  let start = end;
  while (isDigit(item[start - 1])) start--;
  if (start === end) return null;
  if ((item[start - 1] === "," || item[start - 1] === ".") && isDigit(item[start - 2])) {
    start--;
    while (isDigit(item[start - 1])) start--;
  }
  if (!isSpace(item[start - 1])) return null;
  let nameEnd = start;
  while (isSpace(item[nameEnd - 1])) nameEnd--;
  if (item[nameEnd - 1] === ":") {
    nameEnd--;
    while (isSpace(item[nameEnd - 1])) nameEnd--;
  }
  if (nameEnd === 0 || isSpace(item[nameEnd - 1]) || item[nameEnd - 1] === ":") return null;
  return { name: item.slice(0, nameEnd), percent: item.slice(start, end) };
}

/** A cell's value as the user sees it: numbers the Swedish way, a date-formatted serial as its date. */
function shownValue(cell: unknown, format: string): string {
  if (typeof cell !== "number") return cellText(cell);
  if (isDateFormat(format)) return excelSerialToIsoDate(cell) ?? swedishNumber(String(cell));
  return swedishNumber(String(cell));
}
