// Queues the result sheets' writes through Office.js, to be sent in ONE sync whatever the number of
// municipalities, years and scenarios (each sheet's calls are writeSheet.ts).
//
// A re-run rewrites our sheets in place (src/workbook/report/placement.ts): the same sheet keeps its
// place, tab colour and every reference into it; only its cells, formats and our chart are replaced.
// Which sheets are ours is src/workbook/report/ownership.ts. Office.js has no transactions, so the
// operations are ordered for a write that fails at any of them: every state it can leave is one the
// next run recognises and finishes (a new sheet carries a temporary name until its last operation;
// a sheet loses its owner name only after it is gone; a renamed sheet has its new owner name before
// it takes the new name).
import { reportText } from "../strings/report.ts";
import { columnLetters, parseRangeAddress, rangeAddress } from "../workbook/address.ts";
import type { Problem } from "../workbook/problems.ts";
import type { ReportSheet } from "../workbook/report/model.ts";
import { namesInto, newSheetName, ownerName, randomToken, tokenName, type Ownership } from "../workbook/report/ownership.ts";
import { namesInShowOrder, sheetKey, type Placement } from "../workbook/report/placement.ts";
import { planRewrite } from "../workbook/report/rewrite.ts";
import type { ContextApi, WorksheetApi } from "./api.ts";
import { isOurChart, ownedContents, type ResultSheetState } from "./readResults.ts";
import { workbookNames, type WorkbookReading } from "./readWorkbook.ts";
import { writeSheet } from "./writeSheet.ts";

/** What a write will do, decided before anything is queued. */
export interface ResultWrite {
  /** The report's sheets and, last, the record of what they hold (src/workbook/report/writtenRecord.ts). */
  sheets: readonly ReportSheet[];
  plan: Placement;
  reading: WorkbookReading;
  /** Which sheets are ours, less those the user changed whose result is gone (released to the user). */
  ownership: Ownership;
  token: string;
  /** The token name is added by this write (the first one into this workbook). */
  newToken: boolean;
  /** Sheets are added, deleted, renamed or moved: calls Excel's undo does not support (and that a protected structure refuses). */
  structural: boolean;
  /** The names of the result sheets written, in the report's order; those removed. */
  written: string[];
  removed: string[];
  /** Result names the user has taken, result sheets released, cells the user typed that were replaced. */
  warnings: Problem[];
}

/**
 * Plans the write of the report into the workbook as read. Checks the whole report first and
 * throws a RangeError when it cannot be written.
 */
export function planResults(reading: WorkbookReading, report: readonly ReportSheet[], newToken: () => string = randomToken): ResultWrite {
  const hasRecord = [...reading.ownership.owned.values()].some((entry) => entry.role === "record");
  const names = workbookNames(reading.names);
  const { sheets, plan, ownership, warnings } = planRewrite(
    reading.sheets.map((sheet) => sheet.name),
    reading.ownership,
    report,
    (sheet) => ownedContents(reading.results.get(sheetKey(sheet))!, namesInto(names, sheet)),
    hasRecord || !reading.protected,
  );
  const token = ownership.token ?? newToken();
  const isResult = (name: string) => ownership.owned.get(sheetKey(name))?.role !== "record";
  return {
    sheets,
    plan,
    reading,
    ownership,
    token,
    newToken: ownership.token === null,
    structural: plan.added.length + plan.renamed.length + plan.removed.length + ownership.unfinished.length > 0,
    written: plan.names.slice(0, report.length),
    removed: plan.removed.filter(isResult),
    warnings,
  };
}

/** Queues every write of the plan (nothing is sent: the caller syncs once). */
export function queueResults(context: ContextApi, write: ResultWrite): void {
  const { plan, reading, sheets, token, ownership } = write;
  const { worksheets, names } = context.workbook;
  const scenarioSheet = reading.grids.scenarios?.sheet;
  if (write.newToken) {
    if (scenarioSheet === undefined) throw new Error("The token name needs the Scenarier sheet");
    names.add(tokenName(token), worksheets.getItem(scenarioSheet).getRange("A1"));
  }

  // 1. What an earlier run left: stale names of ours, sheets of a write that failed halfway.
  const visibility = (sheet: string) => reading.sheets.find((entry) => entry.name === sheet)?.visibility;
  for (const name of ownership.staleNames) names.getItem(name).delete();
  for (const sheet of ownership.unfinished) deleteSheet(worksheets.getItem(sheet), visibility(sheet) === "VeryHidden");

  // 2. The record of what was written is emptied first and written last: a write that fails in
  //    between leaves no record, so the next run compares nothing rather than take our half-written
  //    cells for the user's.
  const record = sheets.findIndex((sheet) => sheet.role === "record");
  const recordFrom = plan.kept.includes(record) ? plan.names[record] : plan.renamed.find((entry) => entry.report === record)?.from;
  if (recordFrom !== undefined) clearSheet(worksheets.getItem(recordFrom), reading.results.get(sheetKey(recordFrom))!, []);

  // 3. Sheets whose result is gone (and that the user has not changed): the sheet, then its owner
  //    names (until then the sheet is still ours).
  for (const sheet of plan.removed) {
    deleteSheet(worksheets.getItem(sheet), visibility(sheet) === "VeryHidden");
    for (const name of ownership.owned.get(sheetKey(sheet))?.names ?? []) names.getItem(name).delete();
  }

  // 4. Renamed results: the new owner name first, then the name, then the old owner names.
  for (const { report, from } of plan.renamed) {
    const worksheet = worksheets.getItem(from);
    names.add(ownerName(token, sheets[report]!.role, plan.names[report]!), worksheet.getRange("A1"), ownerComment(sheets[report]!));
    worksheet.name = plan.names[report]!;
    for (const name of ownership.owned.get(sheetKey(from))?.names ?? []) names.getItem(name).delete();
    if (report === record) continue;
    clearSheet(worksheet, reading.results.get(sheetKey(from))!, [from, plan.names[report]!]);
    writeSheet(worksheet, sheets[report]!, plan.names[report]!);
  }

  // 5. Results in their own sheets, in place.
  for (const report of plan.kept.filter((index) => index !== record)) {
    const name = plan.names[report]!;
    const worksheet = worksheets.getItem(name);
    clearSheet(worksheet, reading.results.get(sheetKey(name))!, [name]);
    writeSheet(worksheet, sheets[report]!, name);
  }

  // 6. New sheets, in sheet order (each position is final when it is set), each under a temporary
  //    name until its last operation. A new record may come before another new sheet: that one is
  //    unfinished until renamed (removed by the next run), so the record never vouches for a
  //    half-written sheet of ours.
  [...plan.added].sort((a, b) => a.position - b.position).forEach(({ report, position }, index) => {
    const name = plan.names[report]!;
    const worksheet = worksheets.add(newSheetName(token, index + 1));
    names.add(ownerName(token, sheets[report]!.role, name), worksheet.getRange("A1"), ownerComment(sheets[report]!));
    writeSheet(worksheet, sheets[report]!, name);
    if (report === record) worksheet.visibility = "VeryHidden";
    worksheet.position = position;
    worksheet.name = name;
  });

  // 7. The area each kept sheet now holds, on its owner name (a hint for the next run's read), and
  //    the record, when its sheet was there already.
  for (const report of plan.kept.filter((index) => index !== record)) {
    for (const name of ownership.owned.get(sheetKey(plan.names[report]!))?.names ?? []) names.getItem(name).comment = ownerComment(sheets[report]!);
  }
  if (recordFrom !== undefined) writeSheet(worksheets.getItem(plan.names[record]!), sheets[record]!, plan.names[record]!);

  // 8. Show the table: Jämförelse, or the first result (unless the user has hidden it).
  const hidden = (name: string) => reading.results.get(sheetKey(name))?.visible === false;
  const shown = namesInShowOrder(sheets, plan.names).find((name) => !hidden(name));
  if (shown !== undefined) worksheets.getItem(shown).activate();
}

/** Deletes a sheet; a very hidden one (the record) is made hidden first, as Excel refuses to delete it. */
export function deleteSheet(worksheet: WorksheetApi, veryHidden: boolean): void {
  if (veryHidden) worksheet.visibility = "Hidden";
  worksheet.delete();
}


/**
 * Empties a sheet of ours for its new contents: cells and formats of the used range, row heights and
 * column widths there, the frozen rows and our chart. Charts the user added stay; ours is the one
 * named after the sheet, or one Excel named that has no title yet (a write that failed before naming
 * it).
 */
export function clearSheet(worksheet: WorksheetApi, state: Pick<ResultSheetState, "charts" | "used">, chartNames: readonly string[]): void {
  for (const chart of state.charts) {
    if (isOurChart(chart, chartNames)) worksheet.charts.getItem(chart.name).delete();
  }
  worksheet.freezePanes.unfreeze();
  if (state.used === null) return;
  const used = parseRangeAddress(state.used)!;
  // Sizes before cells: a write that fails in between leaves the cells, so the next run's used range
  // still covers the sizes to reset.
  worksheet.getRange(`${used.startRow + 1}:${used.endRow + 1}`).format.useStandardHeight = true;
  worksheet.getRange(`${columnLetters(used.startCol)}:${columnLetters(used.endCol)}`).format.useStandardWidth = true;
  worksheet.getRange(state.used).clear("All");
}

/** The comment on a result sheet's owner name: the area written (readResults.ts reads it back). */
function ownerComment(sheet: ReportSheet): string {
  return reportText.ownerComment(rangeAddress(null, 0, 0, Math.max(0, sheet.rows.length - 1), Math.max(0, (sheet.rows[0]?.length ?? 1) - 1)));
}
