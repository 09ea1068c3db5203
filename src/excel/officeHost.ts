// The task pane's workbook host on Office.js: reads the inputs, runs the calculation, writes the
// result sheets and edits the Scenarier sheet. Works on the real `Excel` and on the in-memory fake
// (anything with Excel.run's shape, see api.ts). The calculation (calculation.ts) and the population
// writer (populationHost.ts) are chunks of their own in the task pane, loaded when first used.
//
// Requirement sets — the highest decides REQUIRED_EXCEL_API (declared in manifest.xml):
//   ExcelApi 1.1  Range values/numberFormat/address/rowIndex/columnIndex/rowCount/columnCount,
//                 select, delete; RangeFormat wrapText/verticalAlignment; RangeFont bold/italic;
//                 Worksheet name/position/visibility/activate/delete/getRange/charts; WorksheetCollection
//                 add/getItem/getActiveWorksheet; Workbook getSelectedRange/names;
//                 ChartCollection.add, Chart name/title/setPosition, ChartSeries name,
//                 ChartSeriesCollection.getItemAt; NamedItem name/type
//   ExcelApi 1.2  RangeFormat columnWidth/rowHeight
//   ExcelApi 1.4  NamedItemCollection add/getItemOrNullObject, NamedItem getRangeOrNullObject/delete,
//                 WorksheetCollection.getItemOrNullObject, Worksheet/Range getUsedRangeOrNullObject
//                 (valuesOnly: the inputs, and the result sheets' values compared with the record)
//   ExcelApi 1.7  NamedItem.formula, Worksheet.freezePanes.freezeRows, Worksheet.onChanged,
//                 ChartSeriesCollection.add, ChartSeries setValues/setXAxisValues,
//                 Workbook.protection (WorkbookProtection.protected)
//   ExcelApi 1.2  Worksheet.protection, RangeFormat useStandardWidth/useStandardHeight
//   ExcelApi 1.7  Chart.delete, ChartCollection.getItem, WorksheetFreezePanes.unfreeze
//   ExcelApi 1.9  Worksheet.pageLayout (orientation, zoom, setPrintTitleRows), getSelectedRanges
// → 1.9 (src/excel/requirements.ts, re-exported here). One undo step for a calculation
// (RunOptions.mergeUndoGroup) needs ExcelApi 1.20 and is used only where Excel reports it
// (HostMeta.undoGroups).
//
// Every action runs through runAction (situations.ts): it waits while the user edits a cell, and
// Excel's refusal for the state it is in (grouped sheet tabs) becomes a message that says what to do.
import { cellAddress, rangeAddress, usedRectangle } from "../workbook/address.ts";
import { INPUT_NAMES, INPUT_SHEETS } from "../workbook/grid.ts";
import { parseInputs } from "../workbook/parse/index.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import type { ContextApi, ExcelApi } from "./api.ts";
import type { CellEdit, InputKind, WorkbookHost, WorkbookState } from "./host.ts";
import type { PopulationHost } from "./populationHost.ts";
import { inputSummary, scenarioSheetOf } from "./inputSummary.ts";
import { locateInputSheet, readWorkbook } from "./readWorkbook.ts";
import { cellInput, columnWidthPoints } from "./writeSheet.ts";
import { ExcelSituation, loadChunk, runAction } from "./situations.ts";

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
    ...populationHostOnDemand(excel),
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
      // Its own chunk: the report's builders and writers are not needed to show the pane.
      const { calculate } = await loadChunk(() => import(/* webpackChunkName: "berakna" */ "./calculation.ts"));
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

/**
 * The population host (populationHost.ts) in its own chunk: only the start view and the fetch from
 * SCB use it, and they are loaded on demand themselves.
 */
function populationHostOnDemand(excel: ExcelApi): PopulationHost {
  const host = async () =>
    (await loadChunk(() => import(/* webpackChunkName: "befolkning" */ "./populationHost.ts"))).createPopulationHost(excel);
  return {
    readPopulationGrid: async () => (await host()).readPopulationGrid(),
    writeCells: async (...args) => (await host()).writeCells(...args),
    createSheets: async (sheets) => (await host()).createSheets(sheets),
  };
}

/** Throws the Swedish message when the sheet (or, without one, the workbook's structure) is protected. */
async function refuseProtected(context: ContextApi, sheet: string | null): Promise<void> {
  const protection = sheet === null ? context.workbook.protection.load("protected") : context.workbook.worksheets.getItem(sheet).protection.load("protected");
  await context.sync();
  if (protection.protected) throw new ExcelSituation(sheet === null ? taskpaneText.excel.structureProtected : taskpaneText.excel.sheetProtected(sheet));
}
