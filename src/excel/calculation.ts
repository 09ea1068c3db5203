// Beräkna: read the inputs, compute, build the report and write the result sheets. Its own chunk
// in the task pane (officeHost.ts loads it on the first calculation): the report's builders and
// writers are not needed to show the pane.
import { toCellNumber } from "../workbook/report/cells.ts";
import { REGION_PARTY_ID } from "../workbook/parse/scenarios.ts";
import { buildReport, invoiceScenario, invoiceYears, keptInvoiceYears } from "../workbook/report/index.ts";
import type { Problem } from "../workbook/problems.ts";
import { runInputs } from "../workbook/run.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import type { ContextApi } from "./api.ts";
import type { CalculationOutcome, CalculationSummary } from "./host.ts";
import type { HostMeta } from "./officeHost.ts";
import { resultReader } from "./readResults.ts";
import { readWorkbook, type WorkbookReading } from "./readWorkbook.ts";
import type { ReportSheet } from "../workbook/report/model.ts";
import { deleteSheet, planResults, queueResults, type ResultWrite } from "./writeResults.ts";
import { newSheetName, ownerName, tokenName } from "../workbook/report/ownership.ts";
import { reportSizeProblems, sheetKey } from "../workbook/report/placement.ts";
import { refusedForExcelState } from "./situations.ts";

/**
 * Plans and writes the report sheets (one sync): the write done, the problems that stopped it before
 * anything was written (or, for a write Excel refused, after what it wrote was healed as far as it
 * can be), or "structural" when the write needs calls an undo group refuses and `structural` is false.
 */
export async function writeReportSheets(
  context: ContextApi,
  reading: WorkbookReading,
  sheets: readonly ReportSheet[],
  newToken: (() => string) | undefined,
  structural: boolean,
): Promise<{ ok: true; write: ResultWrite } | { ok: false; problems: Problem[] } | "structural"> {
  const write = planResults(reading, sheets, newToken);
  // Situations in which the write sync would fail halfway (Office.js does not roll back): nothing is written.
  const refused: Problem[] = [];
  if (write.structural && reading.protected) refused.push(errorProblem(taskpaneText.calculate.workbookProtected));
  for (const name of [...write.plan.kept.map((report) => write.plan.names[report]!), ...write.plan.renamed.map((entry) => entry.from)]) {
    if (reading.results.get(sheetKey(name))?.protected === true) refused.push(errorProblem(taskpaneText.calculate.resultSheetProtected(name)));
  }
  if (refused.length > 0) return { ok: false, problems: refused };
  if (write.structural && !structural) return "structural";
  queueResults(context, write);
  try {
    await context.sync();
  } catch (error) {
    await removeUnfinished(context, write).catch(() => undefined);
    const added = write.plan.added.map(({ report }) => write.plan.names[report]!);
    const code = (error as { code?: string }).code;
    const message = code === "ItemAlreadyExists" && added.length > 0
      ? taskpaneText.calculate.sheetNameTaken(added)
      : code === "RequestPayloadSizeLimitExceeded"
        ? taskpaneText.calculate.writeTooLarge
        : taskpaneText.calculate.writeFailed(error instanceof Error ? error.message : String(error), refusedForExcelState(error));
    // What the plan found (cells the user typed, sheets released) is said now: the write may have
    // replaced those cells already, and it emptied the record the next run would compare with.
    return { ok: false, problems: [errorProblem(message), ...write.warnings] };
  }
  return { ok: true, write };
}

/**
 * After a failed write, removes the sheets it added (under their temporary or final names), their
 * owner names and a token name it added, so that a write refused for good (a chart sheet has a
 * result's name: Office.js cannot see chart sheets) leaves no new sheet behind. What it rewrote in
 * place stays ours, and the next run finishes it.
 */
async function removeUnfinished(context: ContextApi, write: ResultWrite): Promise<void> {
  if (write.plan.added.length === 0) return;
  const { worksheets, names } = context.workbook;
  const sheets = write.plan.added.flatMap(({ report }, index) => [
    worksheets.getItemOrNullObject(newSheetName(write.token, index + 1)),
    worksheets.getItemOrNullObject(write.plan.names[report]!),
  ]);
  const ownNames = [
    ...write.plan.added.map(({ report }) => ownerName(write.token, write.sheets[report]!.role, write.plan.names[report]!)),
    ...(write.newToken ? [tokenName(write.token)] : []),
  ].map((name) => names.getItemOrNullObject(name));
  await context.sync();
  // Any of them may be the record, very hidden already (a user's visible sheet is always left).
  for (const sheet of sheets) if (!sheet.isNullObject) deleteSheet(sheet, true);
  for (const name of ownNames) if (!name.isNullObject) name.delete();
  await context.sync();
}

function errorProblem(message: string): Problem {
  return { severity: "error", sheet: null, cell: null, message };
}

/**
 * Read (syncs 1–2, at times a third: readResults.ts) → validate and compute → report → write (one
 * more sync). With any error nothing is queued, so the workbook is unchanged. "structural" when the write needs calls that an undo group
 * refuses and `structural` is false.
 */
export async function calculate(context: ContextApi, meta: HostMeta, invoiceYear: number | null, structural: boolean): Promise<CalculationOutcome | "structural"> {
  const reading = await readWorkbook(context, { results: resultReader });
  const outcome = runInputs(reading.grids);
  if (!outcome.ok) return { ok: false, problems: [...reading.warnings, ...outcome.problems] };
  const { run } = outcome;
  if (invoiceYear !== null && invoiceScenario(run, invoiceYear) === null) {
    return { ok: false, problems: [errorProblem(taskpaneText.calculate.invoiceYearOutside(invoiceYear, invoiceYears(run)))] };
  }
  const kept = keptInvoiceYears(reading.sheets.map((sheet) => sheet.name), reading.ownership.owned);
  const sheets = buildReport(run, { generatedAt: meta.now().toISOString(), version: meta.version }, {
    invoiceYears: invoiceYear === null ? kept : [...kept, invoiceYear],
  });
  const tooLarge = reportSizeProblems(sheets);
  if (tooLarge.length > 0) return { ok: false, problems: [...tooLarge, ...reading.warnings, ...run.warnings] };
  const written = await writeReportSheets(context, reading, sheets, meta.newToken, structural);
  if (written === "structural") return written;
  if (!written.ok) return { ok: false, problems: [...written.problems, ...reading.warnings, ...run.warnings] };
  const { write } = written;

  const comparison = run.comparison;
  const summary: CalculationSummary = {
    scenarios: run.results.flatMap((result) => {
      const first = result.years[0];
      return first === undefined ? [] : [{ name: result.scenario.name, firstYear: first.year, total: toCellNumber(first.total) }];
    }),
    regionName: run.inputs.scenarios[0]?.fixedParties.find((party) => party.id === REGION_PARTY_ID)?.name ?? "",
    regionChange: (() => {
      const region = comparison?.fixedParties.find((row) => row.partyId === REGION_PARTY_ID);
      return region === undefined ? null : toCellNumber(region.difference);
    })(),
    municipalitiesChange: comparison === null ? null : toCellNumber(comparison.municipalitiesTotal.difference),
    written: write.written,
    removed: write.removed,
  };
  return { ok: true, summary, warnings: [...reading.warnings, ...run.warnings, ...write.warnings] };
}
