// The scenario cards' fields: which parameter each edits, how a cell is shown, and how an entry
// becomes a cell edit on the Scenarier sheet. Pure, so it is tested without a browser.
import type { CellEdit, ScenarioSheet } from "../excel/host.ts";
import { Dec } from "../engine/index.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import { cellText, isBlankCell, type CellValue } from "../workbook/cell.ts";
import { isPercentFormat } from "../workbook/grid.ts";
import { parseNumber } from "../workbook/numbers.ts";
import { PARAMETERS, type Parameter } from "../workbook/parse/scenarios.ts";
import { parseRangeAddress } from "../workbook/address.ts";
import type { Problem } from "../workbook/problems.ts";
import { swedishNumber } from "../strings/number.ts";

export type FieldKind = "year" | "count" | "kronor" | "percent" | "text" | "choice";

export interface FieldSpec {
  key: Parameter;
  kind: FieldKind;
  hint?: string;
  /** Rarely changed: shown under "Avancerat". */
  advanced?: boolean;
}

const t = taskpaneText.scenarios;

/** The fields of a card, in the template's order. */
export const FIELDS: readonly FieldSpec[] = [
  { key: "positions", kind: "count" },
  { key: "costPerPosition", kind: "kronor" },
  { key: "annualCost", kind: "kronor" },
  { key: "baseYear", kind: "year", advanced: true },
  { key: "firstYear", kind: "year" },
  { key: "lastYear", kind: "year" },
  { key: "extensionYears", kind: "count", advanced: true },
  { key: "indexSeries", kind: "choice" },
  { key: "indexLag", kind: "count", advanced: true },
  { key: "indexMethod", kind: "choice", advanced: true },
  { key: "regionShare", kind: "percent" },
  { key: "otherParties", kind: "text", hint: t.otherPartiesHint, advanced: true },
  { key: "key", kind: "choice" },
  { key: "fixedAmount", kind: "kronor" },
  { key: "populationDate", kind: "choice", advanced: true },
  { key: "rounding", kind: "choice", advanced: true },
  { key: "unit", kind: "choice", advanced: true },
  { key: "participants", kind: "text", hint: t.participantsHint },
  { key: "comparisonYear", kind: "year", advanced: true },
];

/**
 * Whether a field applies to the scenario as it stands: Årskostnad not when positions are given,
 * the fixed amount only with the key that uses it. A field with a value is always shown, so that
 * nothing on the sheet is hidden.
 */
export function fieldApplies(key: Parameter, values: Record<string, CellValue>): boolean {
  if (!isBlankCell(values[key] ?? null)) return true;
  if (key === "annualCost") return isBlankCell(values.positions ?? null);
  if (key === "fixedAmount") return cellText(values.key ?? null).trim().toLowerCase() === t.keyChoices.fixed.toLowerCase();
  return true;
}

/**
 * The problems at a scenario's cells on the Scenarier sheet, by parameter ("name" for its header):
 * shown at the field as well as in the Problem list. The first message per field.
 */
export function fieldErrors(sheet: ScenarioSheet, col: number, problems: readonly Problem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    if (problem.severity !== "error" || problem.sheet !== sheet.sheet || problem.cell === null) continue;
    const at = parseRangeAddress(problem.cell);
    if (at === null || at.startCol !== col) continue;
    const key = at.startRow === sheet.headerRow ? "name" : sheet.parameters.find((p) => p.row === at.startRow)?.key;
    if (key !== undefined && errors[key] === undefined) errors[key] = problem.message;
  }
  return errors;
}

/** A dropdown option's text: Avrundningsenhet's "1000" reads "1 000 kr". */
export function choiceLabel(key: Parameter, choice: string): string {
  if (key !== "unit") return choice;
  const parsed = parseNumber(choice);
  return parsed.ok && !parsed.percentSign ? `${swedishNumber(parsed.value)} kr` : choice;
}

const UNITS: Partial<Record<FieldKind, string>> = { kronor: " (kr)", percent: " (%)" };

/** The parameter's label as the sheet writes it, with its unit: "Kostnad per tjänst (kr)". */
export function fieldLabel(key: Parameter): string {
  const spec = FIELDS.find((f) => f.key === key);
  const unit = key === "indexLag" ? " (år)" : spec === undefined ? "" : UNITS[spec.kind] ?? "";
  return `${PARAMETERS[key][0]}${unit}`;
}

/** One line about a scenario for its collapsed card: "4 × 1 000 000 kr · 2023–2026 · LPI". */
export function scenarioSummary(values: Record<string, CellValue>, formats: Record<string, string>): string {
  const shown = (key: Parameter) => displayValue(FIELDS.find((f) => f.key === key)!, values[key] ?? null, formats[key]);
  const cost = isBlankCell(values.annualCost ?? null)
    ? `${shown("positions") || "?"} × ${shown("costPerPosition") || "?"} kr`
    : `${shown("annualCost")} kr/år`;
  const first = shown("firstYear");
  const last = shown("lastYear");
  const series = shown("indexSeries");
  const uprating = series === t.none_ ? t.noUprating : series;
  return [cost, first === last ? first : `${first}–${last}`, uprating].filter((part) => part !== "").join(" · ");
}

/** What the inputs summary offers the dropdowns. */
export interface ChoiceContext {
  series: readonly string[];
  dates: readonly string[];
  keyColumns: readonly string[];
}

/** A dropdown's options; the cell's current text is kept as an option when it is none of them. */
export function choicesFor(key: Parameter, context: ChoiceContext, current: string): string[] {
  const base = ((): string[] => {
    switch (key) {
      case "indexSeries":
        return [t.none_, ...context.series];
      case "indexMethod":
        return [t.fromBase, t.chained];
      case "key":
        return [t.keyChoices.population, t.keyChoices.equal, t.keyChoices.fixed, ...context.keyColumns.map(t.columnKey)];
      case "populationDate":
        return [t.latestBefore, ...context.dates];
      case "rounding":
        return [t.exact, t.eachRow];
      case "unit":
        return ["1", "1000"];
      default:
        return [];
    }
  })();
  return current === "" || base.includes(current) ? base : [...base, current];
}

/** The default a blank cell means, shown as the dropdown's selection. */
const CHOICE_DEFAULTS: Partial<Record<Parameter, string>> = {
  indexSeries: t.none_,
  indexMethod: t.fromBase,
  key: t.keyChoices.population,
  populationDate: t.latestBefore,
  rounding: t.exact,
  unit: "1",
};

/** A cell as the card shows it: "1 000 000", "50 %", "2021-06-30", or "" when blank. */
export function displayValue(spec: FieldSpec, value: CellValue, format: string | undefined): string {
  if (isBlankCell(value)) return spec.kind === "choice" ? CHOICE_DEFAULTS[spec.key] ?? "" : "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "number") return cellText(value);
  const number = new Dec(String(value));
  switch (spec.kind) {
    case "kronor":
      return swedishNumber(number);
    case "percent":
      return `${swedishNumber(isPercentFormat(format) ? number.times(100) : number)} %`;
    case "year":
      // A year without thousands space ("2023"); a stray fraction with a decimal comma.
      return number.isInteger() ? number.toFixed() : swedishNumber(number);
    case "count":
      return swedishNumber(number);
    default:
      // A dropdown's options are plain numbers ("1000"), as the sheet holds them.
      return String(value);
  }
}

/** A count or year field's text ("3,5", "1 000", "2023") as a number for the SpinButton, or null. */
export function spinNumber(text: string): number | null {
  const parsed = parseNumber(text);
  return parsed.ok && !parsed.percentSign ? parsed.value.toNumber() : null;
}

/** The SpinButton's precision for a value: its own decimals, so that a step keeps 3,5 at 4,5 (not 5). */
export function spinPrecision(value: number | null): number {
  return value === null ? 0 : new Dec(String(value)).decimalPlaces();
}

export type EntryResult = { ok: true; value: string | number | null; format?: string } | { ok: false; message: string };

/** What the user typed or chose, as the value (and format) to write into the cell. */
export function cellValueFor(spec: FieldSpec, entry: string): EntryResult {
  const text = entry.trim();
  if (text === "") return { ok: true, value: null };
  switch (spec.kind) {
    case "kronor": {
      const parsed = parseNumber(text);
      if (!parsed.ok || parsed.percentSign) return { ok: false, message: t.invalidAmount };
      return { ok: true, value: parsed.value.toNumber(), format: "#,##0" };
    }
    case "percent": {
      const parsed = parseNumber(text.endsWith("%") ? text : `${text} %`);
      if (!parsed.ok) return { ok: false, message: t.invalidPercent };
      const fraction = parsed.value.div(100);
      return { ok: true, value: fraction.toNumber(), format: fraction.times(100).isInteger() ? "0%" : "0.0%" };
    }
    case "year":
    case "count": {
      const parsed = parseNumber(text);
      return parsed.ok ? { ok: true, value: parsed.value.toNumber() } : { ok: true, value: text };
    }
    case "choice":
      if (spec.key === "unit") {
        // "1000", "1 000" or a kept cell text such as "1 000 kr"; text that is no number is written as it is.
        const parsed = parseNumber(text);
        return { ok: true, value: parsed.ok && !parsed.percentSign ? parsed.value.toNumber() : text };
      }
      // A blank cell means the default: write the default as blank, so the sheet stays as the template.
      return { ok: true, value: text === CHOICE_DEFAULTS[spec.key] ? null : text };
    default:
      return { ok: true, value: text };
  }
}

/**
 * The parameter's row on the sheet, or a new row (with its label) below the sheet's last used row
 * when it has none — not after the last parameter, where a note row the parser skips may be.
 */
export function editsFor(sheet: ScenarioSheet, key: Parameter, col: number, result: { value: string | number | null; format?: string }): CellEdit[] {
  const existing = sheet.parameters.find((p) => p.key === key);
  const cell = (row: number): CellEdit => ({ row, col, value: result.value, ...(result.format === undefined ? {} : { format: result.format }) });
  if (existing !== undefined) return [cell(existing.row)];
  const row = Math.max(sheet.headerRow, sheet.lastRow, ...sheet.parameters.map((p) => p.row)) + 1;
  return [{ row, col: sheet.labelCol, value: fieldLabel(key) }, cell(row)];
}

/**
 * A new scenario column: its name, and the values of `copyFrom` (a duplicate) or defaults for an
 * agreement starting in `year`: one position at 1 000 000 kr, 50 % to the region.
 */
export function newScenarioEdits(sheet: ScenarioSheet | null, name: string, copyFrom: ScenarioSheet["scenarios"][number] | null, year: number): CellEdit[] {
  if (sheet === null) {
    // No Scenarier sheet yet: write the template's labels, then the scenario.
    const labels = FIELDS.map((f, i): CellEdit => ({ row: i + 1, col: 0, value: fieldLabel(f.key) }));
    return [{ row: 0, col: 0, value: t.parameterHeader }, ...labels, { row: 0, col: 1, value: name }, ...defaultValues(FIELDS.map((f, i) => ({ key: f.key, row: i + 1 })), 1, year)];
  }
  const col = Math.max(sheet.labelCol, ...sheet.scenarios.map((s) => s.col)) + 1;
  const header: CellEdit = { row: sheet.headerRow, col, value: name };
  if (copyFrom === null) return [header, ...defaultValues(sheet.parameters, col, year)];
  return [
    header,
    ...sheet.parameters.map((p): CellEdit => {
      const value = copyFrom.values[p.key];
      const format = copyFrom.formats[p.key];
      return {
        row: p.row,
        col,
        value: value instanceof Date ? value.toISOString().slice(0, 10) : value === undefined || typeof value === "boolean" || typeof value === "object" ? null : value,
        ...(format === undefined || format === "General" ? {} : { format }),
      };
    }),
  ];
}

function defaultValues(rows: readonly { key: string; row: number }[], col: number, year: number): CellEdit[] {
  const defaults: Partial<Record<Parameter, CellEdit["value"]>> = { positions: 1, costPerPosition: 1_000_000, firstYear: year, lastYear: year, regionShare: 0.5 };
  return rows.flatMap((p) => {
    const value = defaults[p.key as Parameter];
    if (value === undefined) return [];
    const format = p.key === "regionShare" ? "0%" : p.key === "costPerPosition" ? "#,##0" : undefined;
    return [{ row: p.row, col, value, ...(format === undefined ? {} : { format }) }];
  });
}
