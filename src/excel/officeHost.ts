// The task pane's workbook host on Office.js: reads the inputs, runs the calculation, writes the
// result sheets and edits the Scenarier sheet. Works on the real `Excel` and on the in-memory fake
// (anything with Excel.run's shape, see api.ts).
//
// Requirement sets — the highest decides REQUIRED_EXCEL_API (declared in manifest.xml):
//   ExcelApi 1.1  Range values/numberFormat/address/rowIndex/columnIndex/rowCount/columnCount,
//                 select, delete; RangeFormat wrapText/verticalAlignment; RangeFont bold/italic;
//                 Worksheet name/position/visibility/activate/delete/getRange/charts; WorksheetCollection
//                 add/getItem; Workbook getSelectedRange/names;
//                 ChartCollection.add, Chart name/title/setPosition, ChartSeries name,
//                 ChartSeriesCollection.getItemAt; NamedItem name/type
//   ExcelApi 1.2  RangeFormat columnWidth/rowHeight/useStandardWidth/useStandardHeight,
//                 Worksheet.protection
//   ExcelApi 1.4  NamedItemCollection add/getItemOrNullObject, NamedItem getRangeOrNullObject/delete,
//                 WorksheetCollection.getItemOrNullObject, Worksheet/Range getUsedRangeOrNullObject
//                 (valuesOnly: the inputs, and where a result sheet holds values)
//   ExcelApi 1.7  NamedItem.formula, Worksheet.freezePanes.freezeRows, Worksheet.onChanged,
//                 ChartSeriesCollection.add, ChartSeries setValues/setXAxisValues,
//                 Workbook.protection (WorkbookProtection.protected), Chart.delete,
//                 ChartCollection.getItem, WorksheetFreezePanes.unfreeze
//   ExcelApi 1.9  Worksheet.pageLayout (orientation, zoom, setPrintTitleRows), getSelectedRanges
// → 1.9 (src/excel/requirements.ts, re-exported here). One undo step for a calculation
// (RunOptions.mergeUndoGroup) needs ExcelApi 1.20 and is used only where Excel reports it
// (HostMeta.undoGroups).
//
// Every action runs through runAction (situations.ts): it waits while the user edits a cell, and
// Excel's refusal for the state it is in (grouped sheet tabs) becomes a message that says what to do.
import { toCellNumber } from "../workbook/report/cells.ts";
import { cellAddress, rangeAddress, usedRectangle } from "../workbook/address.ts";
import { INPUT_NAMES, INPUT_SHEETS } from "../workbook/grid.ts";
import { parseInputs } from "../workbook/parse/index.ts";
import { REGION_PARTY_ID } from "../workbook/parse/scenarios.ts";
import { buildReport, invoiceScenario, invoiceYears, keptInvoiceYears } from "../workbook/report/index.ts";
import type { Problem } from "../workbook/problems.ts";
import { runInputs } from "../workbook/run.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import type { ContextApi, ExcelApi } from "./api.ts";
import type { CalculationOutcome, CalculationSummary, CellEdit, InputKind, WorkbookHost, WorkbookState } from "./host.ts";
import { createPopulationHost } from "./populationHost.ts";
import { inputSummary, scenarioSheetOf } from "./inputSummary.ts";
import { locateInputSheet, readWorkbook, type WorkbookReading } from "./readWorkbook.ts";
import type { ReportSheet } from "../workbook/report/model.ts";
import { deleteSheet, planResults, queueResults, type ResultWrite } from "./writeResults.ts";
import { cellInput, columnWidthPoints } from "./writeSheet.ts";
import { newSheetName, ownerName, tokenName } from "../workbook/report/ownership.ts";
import { reportSizeProblems, sheetKey } from "../workbook/report/placement.ts";
import { ExcelSituation, refusedForExcelState, runAction } from "./situations.ts";

export { REQUIRED_EXCEL_API } from "./requirements.ts";
export { ExcelSituation } from "./situations.ts";
export type { ExcelApi } from "./api.ts";

export interface HostMeta {
  /** The clock, for the time of the run on the Underlag sheet. */
  now: () => Date;
  /** The program version shown on the Underlag sheet. */
  version: string;
  /**
   * Excel merges a batch into one undo step (ExcelApi 1.20, RunOptions.mergeUndoGroup): true where
   * `Office.context.requirements.isSetSupported("ExcelApi", "1.20")` says so.
   */
  undoGroups?: boolean;
  /** The workbook token's source (random; fixed in tests that compare workbooks). */
  newToken?: () => string;
}

/** Width of the label column of a Scenarier sheet the add-in creates (characters, as the template). */
const LABEL_COLUMN_WIDTH = 30;

export function createOfficeHost(excel: ExcelApi, meta: HostMeta): WorkbookHost {
  return {
    ...createPopulationHost(excel),
    read: () =>
      runAction(excel, async (context): Promise<WorkbookState> => {
        const reading = await readWorkbook(context);
        const parsed = parseInputs(reading.grids);
        return {
          summary: inputSummary(reading.grids),
          scenarioSheet: scenarioSheetOf(reading.grids.scenarios),
          problems: [...reading.warnings, ...parsed.problems],
        };
      }),

    useSelection: (input: InputKind) =>
      runAction(excel, async (context) => {
        const names = context.workbook.names;
        // getSelectedRange fails on several areas and on a chart or shape: ask for the areas first.
        const areas = context.workbook.getSelectedRanges().load("areaCount");
        const existing = names.getItemOrNullObject(INPUT_NAMES[input]);
        try {
          await context.sync();
        } catch (error) {
          if ((error as { code?: string }).code !== "InvalidSelection") throw error;
          throw new ExcelSituation(taskpaneText.excel.selectionNotRange, { cause: error });
        }
        if (areas.areaCount !== 1) throw new ExcelSituation(taskpaneText.excel.selectionSeveralAreas);
        const selected = context.workbook.getSelectedRange().load("address");
        // A name cannot be redefined in place: the old one goes, the new one points at the selection.
        if (!existing.isNullObject) existing.delete();
        names.add(INPUT_NAMES[input], selected);
        await context.sync();
        return selected.address;
      }),

    editScenarioSheet: (edits: CellEdit[]) =>
      runAction(excel, async (context) => {
        const located = await locateInputSheet(context, "scenarios");
        const worksheets = context.workbook.worksheets;
        await refuseProtected(context, located);
        let sheet;
        if (located === null) {
          sheet = worksheets.add(INPUT_SHEETS.scenarios);
          sheet.getRange("A:A").format.columnWidth = columnWidthPoints(LABEL_COLUMN_WIDTH);
        } else sheet = worksheets.getItem(located);
        for (const edit of edits) {
          const cell = sheet.getRange(cellAddress(null, edit.row, edit.col));
          if (edit.format !== undefined) cell.numberFormat = [[edit.format]];
          // null clears the cell (cellInput's null would leave it as it is).
          cell.values = [[cellInput(edit.value) ?? ""]];
        }
        await context.sync();
      }),

    removeScenarioColumn: (col: number) =>
      runAction(excel, async (context) => {
        const grid = (await readWorkbook(context)).grids.scenarios;
        const used = grid === null ? null : usedRectangle(grid.values);
        if (grid === null || used === null) return;
        await refuseProtected(context, grid.sheet);
        const top = grid.top + used.rowOffset;
        const bottom = top + used.rowCount - 1;
        context.workbook.worksheets.getItem(grid.sheet).getRange(rangeAddress(null, top, col, bottom, col)).delete("Left");
        await context.sync();
      }),

    calculate: async (options = {}) => {
      // One undo step where Excel offers it. Adding, deleting, renaming or moving a sheet cannot be
      // in an undo group (Excel throws UndoNotSupported: "Undo support with the Excel JavaScript
      // API", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities), so a
      // run that needs one of them is done again outside a group.
      const invoiceYear = options.invoiceYear ?? null;
      if (meta.undoGroups === true) {
        const grouped = await runAction(excel, (context) => calculate(context, meta, invoiceYear, false), { mergeUndoGroup: true });
        if (grouped !== "structural") return grouped;
      }
      const outcome = await runAction(excel, (context) => calculate(context, meta, invoiceYear, true));
      if (outcome === "structural") throw new Error("unreachable");
      return outcome;
    },

    selectCell: (sheet: string, cell: string) =>
      runAction(excel, async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      }),

    onScenarioSheetChanged: (callback: () => void) =>
      runAction(excel, async (context) => {
        const sheet = await locateInputSheet(context, "scenarios");
        if (sheet === null) return () => {};
        const subscription = context.workbook.worksheets.getItem(sheet).onChanged.add(async () => {
          callback();
        });
        await context.sync();
        // Removing a handler needs the context that added it.
        return () => {
          void excel
            .run(subscription.context, async (removal) => {
              subscription.remove();
              await removal.sync();
            })
            .catch(() => undefined);
        };
      }),
  };
}

/** Throws the Swedish message when the sheet (or, without one, the workbook's structure) is protected. */
async function refuseProtected(context: ContextApi, sheet: string | null): Promise<void> {
  const protection = sheet === null ? context.workbook.protection.load("protected") : context.workbook.worksheets.getItem(sheet).protection.load("protected");
  await context.sync();
  if (protection.protected) throw new ExcelSituation(sheet === null ? taskpaneText.excel.structureProtected : taskpaneText.excel.sheetProtected(sheet));
}

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
 * Read (syncs 1–2, and 3 on a re-run: the result sheets' values) → validate and compute → report →
 * write (one more sync). With any error nothing is
 * queued, so the workbook is unchanged. "structural" when the write needs calls that an undo group
 * refuses and `structural` is false.
 */
async function calculate(context: ContextApi, meta: HostMeta, invoiceYear: number | null, structural: boolean): Promise<CalculationOutcome | "structural"> {
  const reading = await readWorkbook(context, { results: true });
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
