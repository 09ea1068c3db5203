// The result sheets as pure data: Jämförelse (when a comparison was chosen) or Fördelning (one
// scenario), one Flerår sheet per scenario, Fakturaunderlag <år> for each year asked for, and
// Underlag. No clock, no randomness: identical runs give identical sheets.
import { reportText } from "../../strings/report.ts";
import { parseRangeAddress } from "../address.ts";
import type { RunResult } from "../inputs.ts";
import { swedishTime } from "../swedishTime.ts";
import { auditSheet, type ReportMeta } from "./auditSheet.ts";
import { comparisonSheet } from "./comparisonSheet.ts";
import { distributionSheet } from "./distributionSheet.ts";
import { invoiceScenario, invoiceSheet } from "./invoiceSheet.ts";
import type { ReportSheet } from "./model.ts";
import { scheduleSheet } from "./scheduleSheet.ts";
import { scenarioSheetNames, sheetName } from "./sheetName.ts";

export type { ReportCell, ReportChart, ReportFont, ReportPrint, ReportSheet, ReportSheetRole, ReportValue } from "./model.ts";
export type { ReportMeta } from "./auditSheet.ts";
export { toCellNumber } from "./cells.ts";
export { invoiceScenario, invoiceYears, keptInvoiceYears } from "./invoiceSheet.ts";
export { memoParagraph } from "./memoText.ts";
export { MAX_SHEET_NAME_LENGTH, sheetName } from "./sheetName.ts";

export interface ReportOptions {
  /** Years to write a Fakturaunderlag for; a year no scenario covers is skipped (check with invoiceScenario first). */
  invoiceYears?: readonly number[];
}

export function buildReport(run: RunResult, meta: ReportMeta, options: ReportOptions = {}): ReportSheet[] {
  // The input sheets are never overwritten by a result sheet of the same name.
  const taken = new Set(inputSheets(run));
  const claim = (desired: string): string => {
    const name = sheetName(desired, taken);
    taken.add(name);
    return name;
  };
  const indexSeries = run.inputs.data.indexSeries;
  const sheets: ReportSheet[] = [];
  if (run.comparison !== null) sheets.push(comparisonSheet(run.comparison, run.results, indexSeries, claim(reportText.comparisonSheet)));
  else if (run.results.length > 0) sheets.push(distributionSheet(run.results[0]!, claim(reportText.distributionSheet)));
  // Decided together and from the scenario names alone, so a re-run gives every sheet its old name.
  const scheduleNames = scenarioSheetNames(run.results.map((r) => r.scenario.name), reportText.scheduleSheet, reportText.scheduleSheetNumbered, taken);
  run.results.forEach((result, i) => {
    taken.add(scheduleNames[i]!);
    sheets.push(scheduleSheet(result, indexSeries, scheduleNames[i]!));
  });
  for (const year of [...new Set(options.invoiceYears ?? [])].sort((a, b) => a - b)) {
    const result = invoiceScenario(run, year);
    if (result !== null) sheets.push(invoiceSheet(run, result, year, claim(reportText.invoiceSheet(year))));
  }
  sheets.push(auditSheet(run, meta, claim(reportText.auditSheet)));
  return sheets.map((sheet) => printReady(sheet, meta));
}

/** The report's font, named on every cell. */
export const REPORT_FONT = { name: "Calibri", size: 11 } as const;

/** A4, and a footer with the sheet's name, the page of pages and the run's time (Swedish time). */
function printReady(sheet: ReportSheet, meta: ReportMeta): ReportSheet {
  const footer = { left: "&A", center: reportText.footerPage, right: reportText.footerRun(swedishTime(meta.generatedAt)) };
  return { ...sheet, font: { ...REPORT_FONT }, print: { ...sheet.print, paperSize: "A4", footer } };
}

function inputSheets(run: RunResult): string[] {
  const ranges = [run.inputs.population.range, run.inputs.index?.range ?? null];
  return ranges.flatMap((range) => {
    const sheet = range === null ? null : parseRangeAddress(range)?.sheet ?? null;
    return sheet === null ? [] : [sheet];
  });
}
