// The task pane's workbook host on Office.js: reads the inputs, runs the calculation, writes the
// result sheets and edits the Scenarier sheet. Works on the real `Excel` and on the in-memory fake
// (anything with Excel.run's shape, see api.ts).
//
// Requirement sets — the highest decides REQUIRED_EXCEL_API (declared in manifest.xml):
//   ExcelApi 1.1  Range values/numberFormat/address/rowIndex/columnIndex/rowCount/columnCount,
//                 select, delete; RangeFormat wrapText/verticalAlignment; RangeFont bold/italic;
//                 Worksheet name/position/activate/delete/getRange/charts; WorksheetCollection
//                 add/getItem/getActiveWorksheet; Workbook getSelectedRange/names;
//                 ChartCollection.add, Chart name/title/setPosition, ChartSeries name,
//                 ChartSeriesCollection.getItemAt; NamedItem name/type
//   ExcelApi 1.2  RangeFormat columnWidth/rowHeight
//   ExcelApi 1.4  NamedItemCollection add/getItemOrNullObject, NamedItem getRangeOrNullObject/delete,
//                 WorksheetCollection.getItemOrNullObject, Worksheet/Range getUsedRangeOrNullObject
//   ExcelApi 1.7  NamedItem.formula, Worksheet.freezePanes.freezeRows, Worksheet.onChanged,
//                 ChartSeriesCollection.add, ChartSeries setValues/setXAxisValues,
//                 Workbook.protection (WorkbookProtection.protected)
//   ExcelApi 1.9  Worksheet.pageLayout (orientation, zoom, setPrintTitleRows)
// → 1.9 (src/excel/requirements.ts, re-exported here).
import { toCellNumber } from "../workbook/report/cells.ts";
import { cellAddress, rangeAddress, usedRectangle } from "../workbook/address.ts";
import { INPUT_NAMES, INPUT_SHEETS } from "../workbook/grid.ts";
import { parseInputs } from "../workbook/parse/index.ts";
import { REGION_PARTY_ID } from "../workbook/parse/scenarios.ts";
import { buildReport, invoiceScenario, invoiceYears, keptInvoiceYears } from "../workbook/report/index.ts";
import { ownedSheets } from "../workbook/report/placement.ts";
import type { Problem } from "../workbook/problems.ts";
import { runInputs } from "../workbook/run.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import type { ContextApi, ExcelApi } from "./api.ts";
import type { CalculationOutcome, CalculationSummary, CellEdit, InputKind, WorkbookHost, WorkbookState } from "./host.ts";
import { inputSummary, locateInputSheet, readWorkbook, scenarioSheetOf } from "./readWorkbook.ts";
import { cellInput, columnWidthPoints, queueResults } from "./writeResults.ts";

export { REQUIRED_EXCEL_API } from "./requirements.ts";
export type { ExcelApi } from "./api.ts";

export interface HostMeta {
  /** The clock, for the time of the run on the Underlag sheet. */
  now: () => Date;
  /** The program version shown on the Underlag sheet. */
  version: string;
}

/** Width of the label column of a Scenarier sheet the add-in creates (characters, as the template). */
const LABEL_COLUMN_WIDTH = 30;

export function createOfficeHost(excel: ExcelApi, meta: HostMeta): WorkbookHost {
  return {
    read: () =>
      excel.run(async (context): Promise<WorkbookState> => {
        const reading = await readWorkbook(context);
        const parsed = parseInputs(reading.grids);
        return {
          summary: inputSummary(reading.grids),
          scenarioSheet: scenarioSheetOf(reading.grids.scenarios),
          problems: [...reading.warnings, ...parsed.problems],
        };
      }),

    useSelection: (input: InputKind) =>
      excel.run(async (context) => {
        const names = context.workbook.names;
        const selected = context.workbook.getSelectedRange().load("address");
        const existing = names.getItemOrNullObject(INPUT_NAMES[input]);
        await context.sync();
        // A name cannot be redefined in place: the old one goes, the new one points at the selection.
        if (!existing.isNullObject) existing.delete();
        names.add(INPUT_NAMES[input], selected);
        await context.sync();
        return selected.address;
      }),

    editScenarioSheet: (edits: CellEdit[]) =>
      excel.run(async (context) => {
        const located = await locateInputSheet(context, "scenarios");
        const worksheets = context.workbook.worksheets;
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
      excel.run(async (context) => {
        const grid = (await readWorkbook(context)).grids.scenarios;
        const used = grid === null ? null : usedRectangle(grid.values);
        if (grid === null || used === null) return;
        const top = grid.top + used.rowOffset;
        const bottom = top + used.rowCount - 1;
        context.workbook.worksheets.getItem(grid.sheet).getRange(rangeAddress(null, top, col, bottom, col)).delete("Left");
        await context.sync();
      }),

    calculate: (options = {}) => excel.run((context) => calculate(context, meta, options.invoiceYear ?? null)),

    selectCell: (sheet: string, cell: string) =>
      excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      }),

    onScenarioSheetChanged: (callback: () => void) =>
      excel.run(async (context) => {
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

/**
 * Read (sync 1) → validate and compute → report → write (sync 2). With any error nothing is queued,
 * so the workbook is unchanged.
 */
async function calculate(context: ContextApi, meta: HostMeta, invoiceYear: number | null): Promise<CalculationOutcome> {
  const reading = await readWorkbook(context);
  const outcome = runInputs(reading.grids);
  if (reading.protected) {
    // Sheets can be neither deleted nor added: the write sync would fail halfway (Office.js does
    // not roll back), so nothing is written. The inputs' own problems are shown with it.
    const protectedProblem: Problem = { severity: "error", sheet: null, cell: null, message: taskpaneText.calculate.workbookProtected };
    return { ok: false, problems: [protectedProblem, ...reading.warnings, ...(outcome.ok ? outcome.run.warnings : outcome.problems)] };
  }
  if (!outcome.ok) return { ok: false, problems: [...reading.warnings, ...outcome.problems] };
  const { run } = outcome;
  if (invoiceYear !== null && invoiceScenario(run, invoiceYear) === null) {
    const message = taskpaneText.calculate.invoiceYearOutside(invoiceYear, invoiceYears(run));
    return { ok: false, problems: [{ severity: "error", sheet: null, cell: null, message }] };
  }
  const owned = ownedSheets(reading.names.map((name) => ({ name: name.name, references: name.type === "Range" ? [name.formula] : [] })));
  const kept = keptInvoiceYears(reading.sheets.map((sheet) => sheet.name), owned);
  const sheets = buildReport(run, { generatedAt: meta.now().toISOString(), version: meta.version }, {
    invoiceYears: invoiceYear === null ? kept : [...kept, invoiceYear],
  });
  const written = queueResults(context, reading, sheets);
  await context.sync();

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
    written: written.written,
  };
  return { ok: true, summary, warnings: [...reading.warnings, ...run.warnings, ...written.warnings] };
}
