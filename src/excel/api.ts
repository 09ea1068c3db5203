/// <reference types="office-js" />
// The part of the Excel JavaScript API (Office.js) this add-in uses, as narrow interfaces. The reader,
// writer and host are written against these, so they run on the real `Excel` and on the in-memory
// fake (test/fakes/excel) alike. Leaf members are `Pick`ed from @types/office-js, so their types are
// Excel's own; members returning other API objects return the narrow interfaces instead. The checks at
// the end make the compiler prove that the real API satisfies every interface here.
//
// No value of the `Excel` namespace is used at run time (enums are written as their string values):
// outside Excel — tests, the browser test page — there is no global `Excel`.

type Props = string | string[];

export interface ExcelApi {
  run<T>(batch: (context: ContextApi) => Promise<T>): Promise<T>;
  /** With options: wait for the user's cell edit (delayForCellEdit), one undo step (mergeUndoGroup). */
  run<T>(options: Pick<Excel.RunOptions, "delayForCellEdit" | "mergeUndoGroup">, batch: (context: ContextApi) => Promise<T>): Promise<T>;
  /** Runs a batch on an earlier context (removing an event handler needs the context that added it). */
  run<T>(context: OfficeExtension.ClientRequestContext, batch: (context: ContextApi) => Promise<T>): Promise<T>;
}

export interface ContextApi extends Pick<Excel.RequestContext, "sync"> {
  readonly workbook: WorkbookApi;
}

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly names: NamedItemCollectionApi;
  readonly protection: WorkbookProtectionApi;
  getSelectedRange(): RangeApi;
  getSelectedRanges(): RangeAreasApi;
}

/** The selection when it may be several areas. */
export interface RangeAreasApi extends Pick<Excel.RangeAreas, "areaCount" | "address"> {
  load(propertyNames: Props): RangeAreasApi;
}

/** Whether the workbook's structure is protected (Granska › Skydda arbetsbok): no sheet can be added or deleted. */
export interface WorkbookProtectionApi extends Pick<Excel.WorkbookProtection, "protected"> {
  load(propertyNames: Props): WorkbookProtectionApi;
}

export interface WorksheetCollectionApi {
  readonly items: WorksheetApi[];
  load(propertyNames: Props): WorksheetCollectionApi;
  getItem(key: string): WorksheetApi;
  getItemOrNullObject(key: string): WorksheetApi;
  add(name?: string): WorksheetApi;
  getActiveWorksheet(): WorksheetApi;
}

export interface WorksheetApi extends Pick<Excel.Worksheet, "name" | "position" | "visibility" | "isNullObject" | "activate" | "delete"> {
  load(propertyNames: Props): WorksheetApi;
  getRange(address?: string): RangeApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  readonly freezePanes: FreezePanesApi;
  readonly protection: WorksheetProtectionApi;
  readonly pageLayout: PageLayoutApi;
  readonly charts: ChartCollectionApi;
  readonly onChanged: WorksheetChangedEventApi;
}

export interface WorksheetProtectionApi extends Pick<Excel.WorksheetProtection, "protected"> {
  load(propertyNames: Props): WorksheetProtectionApi;
}

export interface FreezePanesApi extends Pick<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze"> {
  /** The frozen cells (whole rows when rows are frozen); a null object when nothing is frozen. Read back by the self-check. */
  getLocationOrNullObject(): RangeApi;
}

/** What a change handler is told (the members of Excel.WorksheetChangedEventArgs that are plain data). */
export type WorksheetChangedArgs = Pick<Excel.WorksheetChangedEventArgs, "address" | "changeType" | "source" | "type" | "worksheetId">;

export interface WorksheetChangedEventApi {
  add(handler: (args: WorksheetChangedArgs) => Promise<unknown>): EventHandlerResultApi;
}

export type EventHandlerResultApi = Pick<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>, "context" | "remove">;

export interface RangeApi
  extends Pick<Excel.Range, "values" | "numberFormat" | "address" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "isNullObject" | "select" | "delete"> {
  load(propertyNames: Props): RangeApi;
  readonly format: RangeFormatApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  clear(applyTo?: "All"): void;
}

export interface RangeFormatApi extends Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "wrapText" | "verticalAlignment" | "horizontalAlignment" | "indentLevel" | "useStandardWidth" | "useStandardHeight"> {
  readonly font: RangeFontApi;
  readonly borders: RangeBordersApi;
  load(propertyNames: Props): RangeFormatApi;
}

export interface RangeFontApi extends Pick<Excel.RangeFont, "bold" | "italic" | "name" | "size"> {
  load(propertyNames: Props): RangeFontApi;
}

export interface RangeBordersApi {
  getItem(index: "EdgeTop"): Pick<Excel.RangeBorder, "style" | "weight">;
}

export interface PageLayoutApi extends Pick<Excel.PageLayout, "orientation" | "zoom" | "setPrintTitleRows" | "paperSize"> {
  load(propertyNames: Props): PageLayoutApi;
  getPrintTitleRowsOrNullObject(): RangeApi;
  readonly headersFooters: { readonly defaultForAllPages: Pick<Excel.HeaderFooter, "leftFooter" | "centerFooter" | "rightFooter"> };
}

export interface ChartCollectionApi {
  readonly items: ChartApi[];
  load(propertyNames: Props): ChartCollectionApi;
  add(type: "ColumnClustered", sourceData: RangeApi, seriesBy?: "Auto" | "Columns" | "Rows"): ChartApi;
  getItem(name: string): ChartApi;
}

export interface ChartApi extends Pick<Excel.Chart, "name" | "setPosition" | "delete"> {
  load(propertyNames: Props): ChartApi;
  readonly title: Pick<Excel.ChartTitle, "text">;
  readonly series: ChartSeriesCollectionApi;
}

export interface ChartSeriesCollectionApi {
  readonly items: ChartSeriesApi[];
  load(propertyNames: Props): ChartSeriesCollectionApi;
  getItemAt(index: number): ChartSeriesApi;
  add(name?: string, index?: number): ChartSeriesApi;
}

export interface ChartSeriesApi extends Pick<Excel.ChartSeries, "name"> {
  setValues(sourceData: RangeApi): void;
  setXAxisValues(sourceData: RangeApi): void;
}

export interface NamedItemCollectionApi {
  readonly items: NamedItemApi[];
  load(propertyNames: Props): NamedItemCollectionApi;
  getItem(name: string): NamedItemApi;
  getItemOrNullObject(name: string): NamedItemApi;
  add(name: string, reference: RangeApi | string, comment?: string): NamedItemApi;
}

export interface NamedItemApi extends Pick<Excel.NamedItem, "name" | "type" | "formula" | "comment" | "isNullObject" | "delete"> {
  load(propertyNames: Props): NamedItemApi;
  getRangeOrNullObject(): RangeApi;
}

// ---- compile-time proof that Office.js provides all of the above ----------------------------------
// Never called: a type error here means the real API differs from what the code expects.

function realExcelSatisfiesTheApi(excel: typeof Excel, context: Excel.RequestContext, range: Excel.Range, sheet: Excel.Worksheet): void {
  const api: ExcelApi = excel;
  const contextApi: ContextApi = context;
  const rangeApi: RangeApi = range;
  const sheetApi: WorksheetApi = sheet;
  void [api, contextApi, rangeApi, sheetApi];
}
void realExcelSatisfiesTheApi;
