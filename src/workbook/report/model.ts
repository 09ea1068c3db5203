// The result sheets as data: what the Office.js writer and the ExcelJS writer put into a workbook.
// Pure; numbers are JavaScript numbers here because that is what a cell holds — amounts are whole
// kronor (safe integers), converted from decimal.js in one place (toCellNumber).

export type ReportValue = string | number | null;

export interface ReportCell {
  value: ReportValue;
  /** Excel number format, e.g. "#,##0", "0.0%", "0.000000". */
  format?: string;
  bold?: boolean;
  italic?: boolean;
  /** Wrap long text (headers, notes). */
  wrap?: boolean;
  /** Right-aligned text: the header of a column of numbers lines up with them. */
  alignRight?: boolean;
  /** Indent from the left, in Excel's indent steps (about one character each). */
  indent?: number;
  /** A thin rule above the cell (the line above Summa kommuner and Totalt). */
  ruleAbove?: boolean;
}

/** "record": the very hidden sheet of what was written (writtenRecord.ts), never shown. */
export type ReportSheetRole = "comparison" | "distribution" | "schedule" | "invoice" | "audit" | "record";

/** A clustered column chart over ranges of the sheet itself (0-based rows and columns). */
export interface ReportChart {
  title: string;
  /** The category labels (municipality names): rows firstRow..lastRow of column categoryCol. */
  firstRow: number;
  lastRow: number;
  categoryCol: number;
  /** One series per column; its name is the header cell in `headerRow`. */
  seriesCols: number[];
  headerRow: number;
  /** Where the chart's top-left corner goes (0-based row/column). */
  anchorRow: number;
  anchorCol: number;
}

export interface ReportSheet {
  role: ReportSheetRole;
  /** A valid, unique Excel sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  /** For schedule sheets: the scenario the sheet belongs to. */
  scenario: string | null;
  /** Rectangular: every row has the same number of cells. */
  rows: ReportCell[][];
  /** Column widths in characters, one per column. */
  columnWidths: number[];
  /** Rows kept in view when scrolling (the header). */
  freezeRows: number;
  chart: ReportChart | null;
  print: ReportPrint;
  /** The font of every cell, named so that bold and italic cells keep the family (buildReport sets it). */
  font?: ReportFont;
}

export interface ReportFont {
  name: string;
  size: number;
}

export interface ReportPrint {
  orientation: "landscape" | "portrait";
  fitToPagesWide: 1;
  /** Set by buildReport: the paper, and the footer in Excel's header/footer codes (&A sheet, &P page, &N pages). */
  paperSize?: "A4";
  footer?: { left: string; center: string; right: string };
}
