// The result sheets as pure data: Jämförelse (when a comparison was chosen), one Flerår sheet per
// scenario, and Underlag. No clock, no randomness: identical runs give identical sheets.
import { reportText } from "../../strings/report.ts";
import { parseRangeAddress } from "../address.ts";
import type { RunResult } from "../inputs.ts";
import { auditSheet, type ReportMeta } from "./auditSheet.ts";
import { comparisonSheet } from "./comparisonSheet.ts";
import type { ReportSheet } from "./model.ts";
import { scheduleSheet } from "./scheduleSheet.ts";
import { sheetName } from "./sheetName.ts";

export type { ReportCell, ReportChart, ReportSheet, ReportSheetRole, ReportValue } from "./model.ts";
export type { ReportMeta } from "./auditSheet.ts";
export { toCellNumber } from "./cells.ts";
export { MAX_SHEET_NAME_LENGTH, sheetName } from "./sheetName.ts";

export function buildReport(run: RunResult, meta: ReportMeta): ReportSheet[] {
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
  for (const result of run.results) sheets.push(scheduleSheet(result, indexSeries, claim(reportText.scheduleSheet(result.scenario.name))));
  sheets.push(auditSheet(run, meta, claim(reportText.auditSheet)));
  return sheets;
}

function inputSheets(run: RunResult): string[] {
  const ranges = [run.inputs.population.range, run.inputs.index?.range ?? null];
  return ranges.flatMap((range) => {
    const sheet = range === null ? null : parseRangeAddress(range)?.sheet ?? null;
    return sheet === null ? [] : [sheet];
  });
}
