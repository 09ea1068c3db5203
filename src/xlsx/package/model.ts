// The shape of an .xlsx package as the command line reads and patches it (ECMA-376 Part 1, SpreadsheetML).
// The reader (src/xlsx/package/read*.ts) fills it from the file's bytes; the writer (write*.ts)
// returns the same package with only the add-in's parts added or replaced, every other part's bytes
// untouched. Kept free of ExcelJS: a workbook ExcelJS cannot load is still read.

/** A sheet as workbook.xml lists it, in tab order. */
export interface PackageSheet {
  /** The tab's name as the user sees it. */
  name: string;
  /** workbook.xml's sheetId (unique, never reused). */
  sheetId: number;
  /** The relationship id in workbook.xml.rels that leads to the sheet's part (r:id). */
  relationshipId: string;
  /** The part's path inside the zip without a leading slash, "xl/worksheets/sheet1.xml". */
  part: string;
  state: "visible" | "hidden" | "veryHidden";
  /** A chart sheet, dialog sheet or macro sheet has no cells to read. */
  kind: "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet";
}

/** A defined name (workbook.xml's definedName), workbook-wide or scoped to one sheet. */
export interface PackageName {
  name: string;
  /** The index into `sheets` of the sheet it is local to (localSheetId), or null for a workbook-wide name. */
  localSheet: number | null;
  /** The formula text as stored, without "=" ("Befolkning!$A$1:$G$17", "Befolkning!$A:$G", "Tabell1[#All]"). */
  formula: string;
  hidden: boolean;
  /** The name's comment attribute, where the file has one. */
  comment?: string;
}

/** An Excel table (ListObject) of a worksheet: xl/tables/tableN.xml. */
export interface PackageTable {
  /** The table's name as formulas use it ("Tabell1"); its displayName. */
  name: string;
  /** The worksheet it lies on (index into `sheets`). */
  sheet: number;
  /** Its area on that sheet, "A1:G17", headers and totals included. */
  ref: string;
  headerRows: number;
  totalsRows: number;
}

export interface WorkbookStructure {
  sheets: PackageSheet[];
  names: PackageName[];
  tables: PackageTable[];
  /** workbookPr date1904 in any spelling ("1", "true", "on"): serial 0 is 1904-01-01. */
  date1904: boolean;
  /** The sheet shown when the file opens (bookViews' activeTab), an index into `sheets`. */
  activeTab: number;
}
