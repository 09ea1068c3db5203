// What the self-check runs, one entry per kind of Excel call the add-in makes: the calls are queued
// through the writer's own code (writeSheet, clearSheet) and the ownership rule (ownerName,
// readOwnership) on temporary sheets and temporary names, then read back. Each entry states the
// lowest ExcelApi set its calls need (see the table in officeHost.ts).
import { cellAddress, parseRangeAddress, quoteSheetName, rangeAddress } from "../../workbook/address.ts";
import { readOwnership, tokenName } from "../../workbook/report/ownership.ts";
import { sheetKey } from "../../workbook/report/placement.ts";
import { wrappedRowHeight } from "../../workbook/report/layout.ts";
import type { ReportCell, ReportSheet } from "../../workbook/report/model.ts";
import { selfCheckText } from "../../strings/selfCheck.ts";
import type { ContextApi, RangeApi, WorksheetApi } from "../api.ts";
import { UNDO_GROUP_EXCEL_API } from "../requirements.ts";
import { rowDigests, typedCells } from "../../workbook/report/writtenRecord.ts";
import { clearSheet } from "../writeResults.ts";
import { columnWidthPoints, writeSheet, type SheetPart } from "../writeSheet.ts";
import type { CapabilityId } from "./model.ts";

const m = selfCheckText.mismatch;

/** The temporary things one run of a capability works on. */
export interface Scratch {
  context: ContextApi;
  /** The temporary sheet; "newSheet" adds it under `newName` and gives it `sheetName`. */
  sheet: WorksheetApi;
  sheetName: string;
  /** A second temporary sheet, written in the set-up, that "inPlace" and "undoGroup" rewrite. */
  rewritten: { sheet: WorksheetApi; name: string } | null;
  report: ReportSheet;
  names: { single: string; multiArea: string; missing: string; owner: string };
}

/** The token of the check's owner name: no workbook name carries it (see ownerMarker). */
export const CHECK_TOKEN = "5e1fc4ec";

export type ReadBack = { ok: true; detail: string | null } | { ok: false; mismatch: string };

export interface Capability {
  id: CapabilityId;
  /** The ExcelApi requirement set of its calls ("1.9"). */
  requirement: string;
  /** Excel.run's options beyond waiting for a cell edit: such a capability runs in a request of its own. */
  runOptions?: { mergeUndoGroup: true };
  /** Rewrites a written sheet: the set-up writes one first. */
  rewrites?: true;
  /** Queues the calls (nothing is sent). */
  queue(scratch: Scratch): void;
  /** Queues the loads; the returned function judges them after the sync. */
  readBack(scratch: Scratch): () => ReadBack;
}

const passed = (detail: string | null = null): ReadBack => ({ ok: true, detail });

/** The differences found (the first few), or a pass. */
function judged(differences: readonly string[]): ReadBack {
  if (differences.length === 0) return passed();
  const shown = differences.slice(0, 3);
  if (differences.length > shown.length) shown.push(m.more(differences.length - shown.length));
  return { ok: false, mismatch: shown.join("; ") };
}

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

/** The report's rows as one range of the sheet. */
function reportRange(scratch: Scratch): RangeApi {
  const rows = scratch.report.rows;
  return scratch.sheet.getRange(rangeAddress(null, 0, 0, rows.length - 1, rows[0]!.length - 1));
}

/** Compares a loaded 2-D property with what each report cell should give. */
function compareCells(rows: readonly ReportCell[][], loaded: unknown[][], expected: (cell: ReportCell) => unknown): string[] {
  const differences: string[] = [];
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const want = expected(cell);
      const got = loaded[r]?.[c];
      if (got !== want) differences.push(m.cell(cellAddress(null, r, c), shown(want), shown(got)));
    }),
  );
  return differences;
}

/** A capability that is one part of writeSheet: queued by the writer itself. */
function writerPart(id: CapabilityId & SheetPart, requirement: string, readBack: Capability["readBack"]): Capability {
  return { id, requirement, queue: (scratch) => writeSheet(scratch.sheet, scratch.report, scratch.sheetName, new Set([id])), readBack };
}

function cellFormats(scratch: Scratch) {
  return scratch.report.rows.map((cells, r) =>
    cells.map((_, c) => {
      const format = scratch.sheet.getRange(cellAddress(null, r, c)).format;
      return { format: format.load("wrapText,horizontalAlignment,verticalAlignment,indentLevel"), font: format.font.load("bold,italic,name,size") };
    }),
  );
}

export const CAPABILITIES: readonly Capability[] = [
  {
    // As the writer adds a result: under a temporary name, given its own name last in the request.
    id: "newSheet",
    requirement: "1.1",
    queue: (scratch) => {
      scratch.sheet.name = scratch.sheetName;
    },
    readBack: (scratch) => {
      const sheet = scratch.context.workbook.worksheets.getItemOrNullObject(scratch.sheetName).load("name");
      return () => (sheet.isNullObject ? { ok: false, mismatch: m.missingSheet } : passed());
    },
  },
  writerPart("values", "1.1", (scratch) => {
    const range = reportRange(scratch).load("values");
    return () => judged(compareCells(scratch.report.rows, range.values, (cell) => cell.value ?? ""));
  }),
  writerPart("numberFormats", "1.1", (scratch) => {
    const range = reportRange(scratch).load("numberFormat");
    return () => judged(compareCells(scratch.report.rows, range.numberFormat, (cell) => cell.format ?? "General"));
  }),
  writerPart("fonts", "1.1", (scratch) => {
    const loaded = cellFormats(scratch);
    return () => {
      const differences: string[] = [];
      scratch.report.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const { format, font } = loaded[r]![c]!;
          const got = { font: `${font.name} ${font.size}`, bold: font.bold, italic: font.italic, wrapText: format.wrapText, horizontalAlignment: format.horizontalAlignment, indentLevel: format.indentLevel };
          const want = {
            font: `${scratch.report.font!.name} ${scratch.report.font!.size}`,
            bold: cell.bold === true,
            italic: cell.italic === true,
            wrapText: cell.wrap === true,
            horizontalAlignment: cell.alignRight === true ? "Right" : "General",
            indentLevel: cell.indent ?? 0,
          };
          if (shown(got) !== shown(want)) differences.push(m.cell(cellAddress(null, r, c), shown(want), shown(got)));
          if (cell.wrap === true && format.verticalAlignment !== "Top") differences.push(m.cell(cellAddress(null, r, c), shown("Top"), shown(format.verticalAlignment)));
        }),
      );
      return judged(differences);
    };
  }),
  writerPart("sizes", "1.2", (scratch) => {
    const { report, sheet } = scratch;
    const widths = report.columnWidths.map((_, c) => sheet.getRange(cellAddress(null, 0, c)).format.load("columnWidth"));
    const heights = report.rows.map((_, r) => sheet.getRange(cellAddress(null, r, 0)).format.load("rowHeight"));
    return () => {
      const differences: string[] = [];
      // Excel keeps sizes in whole pixels: within one pixel (0.75 point) is as written.
      report.columnWidths.forEach((characters, c) => {
        const want = columnWidthPoints(characters);
        if (Math.abs(widths[c]!.columnWidth - want) > 0.75) differences.push(m.property(`kolumn ${cellAddress(null, 0, c).replace(/\d+$/u, "")}`, `${want} pt`, `${widths[c]!.columnWidth} pt`));
      });
      report.rows.forEach((cells, r) => {
        const want = wrappedRowHeight(cells, report.columnWidths);
        if (want !== null && Math.abs(heights[r]!.rowHeight - want) > 0.75) differences.push(m.property(`rad ${r + 1}`, `${want} pt`, `${heights[r]!.rowHeight} pt`));
      });
      return judged(differences);
    };
  }),
  writerPart("freeze", "1.7", (scratch) => {
    const frozen = scratch.sheet.freezePanes.getLocationOrNullObject().load("rowIndex,rowCount");
    return () => {
      const want = scratch.report.freezeRows;
      if (frozen.isNullObject) return judged([m.property("låsta rader", String(want), "inga")]);
      return judged(frozen.rowIndex === 0 && frozen.rowCount === want ? [] : [m.property("låsta rader", `1–${want}`, `${frozen.rowIndex + 1}–${frozen.rowIndex + frozen.rowCount}`)]);
    };
  }),
  writerPart("print", "1.9", (scratch) => {
    const layout = scratch.sheet.pageLayout.load("orientation,zoom");
    const titles = scratch.sheet.pageLayout.getPrintTitleRowsOrNullObject().load("rowIndex,rowCount");
    return () => {
      const { report } = scratch;
      const differences: string[] = [];
      const orientation = report.print.orientation === "landscape" ? "Landscape" : "Portrait";
      if (layout.orientation !== orientation) differences.push(m.property("orientering", orientation, String(layout.orientation)));
      if (layout.zoom?.horizontalFitToPages !== report.print.fitToPagesWide) differences.push(m.property("zoom", shown({ horizontalFitToPages: report.print.fitToPagesWide }), shown(layout.zoom)));
      const titleRows = titles.isNullObject ? "inga" : `${titles.rowIndex + 1}–${titles.rowIndex + titles.rowCount}`;
      if (titleRows !== `1–${report.freezeRows}`) differences.push(m.property("rubrikrader vid utskrift", `1–${report.freezeRows}`, titleRows));
      return judged(differences);
    };
  }),
  writerPart("chart", "1.7", (scratch) => {
    // The writer names the chart after its sheet.
    const chart = scratch.sheet.charts.getItem(scratch.sheetName).load("name");
    const series = chart.series.load("items/name");
    return () => {
      const { report } = scratch;
      const want = report.chart!.seriesCols.map((col) => String(report.rows[report.chart!.headerRow]![col]!.value));
      const got = series.items.map((item) => item.name);
      return judged(shown(got) === shown(want) ? [] : [m.property("serier", shown(want), shown(got))]);
    };
  }),
  {
    // As the writer marks its sheets and "Använd markering" stores a range: a name on a range.
    id: "names",
    requirement: "1.4",
    queue: (scratch) => void scratch.context.workbook.names.add(scratch.names.single, scratch.sheet.getRange("A1")),
    readBack: (scratch) => {
      const item = scratch.context.workbook.names.getItemOrNullObject(scratch.names.single).load("type,formula");
      return () => {
        if (item.isNullObject) return judged([m.property(scratch.names.single, "ett namn", "inget")]);
        const want = `=${quoteSheetName(scratch.sheetName)}!$A$1`;
        return judged(item.type === "Range" && item.formula === want ? [] : [m.property(scratch.names.single, shown(want), shown(item.formula))]);
      };
    },
  },
  {
    // As "Använd markering" looks for its name and the edits for their sheet: a null object, no error.
    id: "missingName",
    requirement: "1.4",
    queue: () => {},
    readBack: (scratch) => {
      const name = scratch.context.workbook.names.getItemOrNullObject(scratch.names.missing);
      const sheet = scratch.context.workbook.worksheets.getItemOrNullObject(scratch.names.missing);
      return () => judged([name, sheet].filter((link) => !link.isNullObject).map(() => m.property(scratch.names.missing, "null-objekt", "ett objekt")));
    },
  },
  {
    // A name over two areas, as a user may define one: the reader takes names from the list of names
    // and must see that it is not one range (it then reads the template sheet and warns).
    id: "multiAreaName",
    requirement: "1.4",
    queue: (scratch) => {
      const sheet = quoteSheetName(scratch.sheetName);
      scratch.context.workbook.names.add(scratch.names.multiArea, `=${sheet}!$A$3:$A$4,${sheet}!$C$3:$C$4`);
    },
    readBack: (scratch) => {
      const names = scratch.context.workbook.names.load("items/name,items/type,items/formula");
      return () => {
        const item = names.items.find((candidate) => candidate.name.toLowerCase() === scratch.names.multiArea.toLowerCase());
        if (item === undefined) return judged([m.property(scratch.names.multiArea, "ett namn", "inget")]);
        const formula = String(item.formula ?? "");
        const single = item.type === "Range" ? parseRangeAddress(formula.replace(/^=/u, "")) : null;
        if (single !== null) return judged([m.property(scratch.names.multiArea, "flera områden", formula)]);
        return passed(selfCheckText.detail.multiArea(String(item.type), formula));
      };
    },
  },
  {
    // As the writer marks a result sheet: its owner name on A1, which the ownership rule must
    // recognise in the form Excel gives back. Only the owner name is added: without the workbook's
    // token name it claims nothing, should it ever be left behind.
    id: "ownerMarker",
    requirement: "1.4",
    queue: (scratch) => void scratch.context.workbook.names.add(scratch.names.owner, scratch.sheet.getRange("A1")),
    readBack: (scratch) => {
      const item = scratch.context.workbook.names.getItemOrNullObject(scratch.names.owner).load("formula");
      return () => {
        if (item.isNullObject) return judged([m.property(scratch.names.owner, "ett namn", "inget")]);
        const formula = String(item.formula ?? "");
        const ownership = readOwnership(
          [
            { name: tokenName(CHECK_TOKEN), references: [`${quoteSheetName(scratch.sheetName)}!$A$1`] },
            { name: scratch.names.owner, references: [formula.replace(/^=/u, "")] },
          ],
          [scratch.sheetName],
          [],
        );
        return judged(ownership.owned.has(sheetKey(scratch.sheetName)) ? [] : [m.property(scratch.names.owner, `=${quoteSheetName(scratch.sheetName)}!$A$1`, formula)]);
      };
    },
  },
  {
    // As a re-run rewrites a result sheet of ours: cleared (cells, sizes, frozen rows, our chart) and
    // written again, in one request. The set-up wrote the sheet first.
    id: "inPlace",
    requirement: "1.7",
    rewrites: true,
    queue: (scratch) => rewrite(scratch),
    readBack: (scratch) => rewriteReadBack(scratch),
  },
  {
    // As the writer keeps its record (src/workbook/report/writtenRecord.ts): a sheet made very
    // hidden, and a written sheet's values read back as a re-run reads them, which must match the
    // record of what was written cell for cell (else every re-run would report cells as typed).
    id: "record",
    requirement: "1.4",
    rewrites: true,
    queue: (scratch) => {
      scratch.rewritten!.sheet.visibility = "VeryHidden";
    },
    readBack: (scratch) => {
      const { sheet } = scratch.rewritten!;
      sheet.load("visibility");
      const rows = scratch.report.rows;
      // As a re-run reads a result sheet back: its values where the record says they were written.
      const range = sheet.getRange(rangeAddress(null, 0, 0, rows.length - 1, rows[0]!.length - 1)).load("values");
      return () => {
        const differences = typedCells(rowDigests(scratch.report), { top: 0, left: 0, values: range.values }).map(m.notAsRecorded);
        if (sheet.visibility !== "VeryHidden") differences.push(m.property("synlighet", "VeryHidden", String(sheet.visibility)));
        return judged(differences);
      };
    },
  },
  {
    // The same rewrite as one undo step, as Beräkna does where Excel offers it (ExcelApi 1.20).
    id: "undoGroup",
    requirement: UNDO_GROUP_EXCEL_API,
    runOptions: { mergeUndoGroup: true },
    rewrites: true,
    queue: (scratch) => rewrite(scratch),
    readBack: (scratch) => rewriteReadBack(scratch),
  },
];

function rewrite(scratch: Scratch): void {
  const { sheet, name } = scratch.rewritten!;
  const rows = scratch.report.rows;
  const used = rangeAddress(null, 0, 0, rows.length - 1, rows[0]!.length - 1);
  clearSheet(sheet, { charts: [{ name, title: scratch.report.chart!.title }], used }, [name]);
  writeSheet(sheet, scratch.report, name);
}

function rewriteReadBack(scratch: Scratch): () => ReadBack {
  const { sheet } = scratch.rewritten!;
  const rows = scratch.report.rows;
  const range = sheet.getRange(rangeAddress(null, 0, 0, rows.length - 1, rows[0]!.length - 1)).load("values");
  const charts = sheet.charts.load("items/name");
  return () => {
    const differences = compareCells(rows, range.values, (cell) => cell.value ?? "");
    if (charts.items.length !== 1) differences.push(m.property("diagram", "1", String(charts.items.length)));
    return judged(differences);
  };
}
