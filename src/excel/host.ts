// What the task pane asks of the workbook. The one implementation runs on Office.js (officeHost.ts);
// tests run it against the in-memory Excel fake, so the task pane never talks to Excel directly.
import type { CellValue } from "../workbook/cell.ts";
import type { Problem } from "../workbook/problems.ts";
import type { PopulationHost } from "./populationHost.ts";

export type InputKind = "population" | "index" | "scenarios";

/** What the Indata section shows: where each input was found and a short description of it. */
export interface InputSummary {
  population: { range: string; municipalities: number; dates: string[]; keyColumns: string[] } | null;
  index: { range: string; series: { name: string; firstYear: number; lastYear: number; forecasts: number }[] } | null;
  scenarios: { range: string; count: number } | null;
}

/** The Scenarier sheet as the scenario cards edit it: raw cells, addressed by sheet row and column (0-based). */
export interface ScenarioSheet {
  sheet: string;
  /** The 0-based sheet row of the header row (scenario names) and sheet column of the labels. */
  headerRow: number;
  labelCol: number;
  /**
   * The 0-based sheet row of the table's last used row: notes and rows the parser skips may lie
   * below the last parameter, so a new parameter row goes after this one.
   */
  lastRow: number;
  /** Every parameter row found, by the parser's parameter key ("positions", "regionShare" …). */
  parameters: { key: string; label: string; row: number }[];
  scenarios: { name: string; col: number; values: Record<string, CellValue>; formats: Record<string, string> }[];
}

export interface WorkbookState {
  summary: InputSummary;
  scenarioSheet: ScenarioSheet | null;
  /** Problems found while reading (errors and warnings), for the Problem list. */
  problems: Problem[];
}

export interface CalculationSummary {
  /** Each scenario's first year and that year's total. */
  scenarios: { name: string; firstYear: number; total: number }[];
  /** B − A for the region and for the municipalities together, when two scenarios were compared. */
  regionName: string;
  regionChange: number | null;
  municipalitiesChange: number | null;
  /** The names of the result sheets written (the task pane offers to go to each). */
  written: string[];
  /** Result sheets deleted because their scenario is gone. */
  removed: string[];
}

export type CalculationOutcome =
  | { ok: true; summary: CalculationSummary; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** A single cell edit on the Scenarier sheet (0-based sheet row and column). */
export interface CellEdit {
  row: number;
  col: number;
  value: string | number | null;
  /** A number format to set with the value, e.g. "0%" for a share. */
  format?: string;
}

export interface WorkbookHost extends PopulationHost {
  /** Reads inputs and the Scenarier sheet (one sync). */
  read(): Promise<WorkbookState>;
  /** Stores the selected range as the workbook name for `input`; returns its address. */
  useSelection(input: InputKind): Promise<string>;
  /** Writes cells on the Scenarier sheet (creating it from the template when missing). */
  editScenarioSheet(edits: CellEdit[]): Promise<void>;
  /** Deletes a scenario column (shifting the columns to its right). */
  removeScenarioColumn(col: number): Promise<void>;
  /**
   * Validates, runs and writes the result sheets; with any error nothing is written. With
   * `invoiceYear`, a Fakturaunderlag for that year as well (those written before are always rewritten).
   */
  calculate(options?: { invoiceYear?: number }): Promise<CalculationOutcome>;
  /** Selects a cell ("Befolkning", "C7") and activates its sheet. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls back when the Scenarier sheet changes in Excel; returns an unsubscribe function. */
  onScenarioSheetChanged(callback: () => void): Promise<() => void>;
}
