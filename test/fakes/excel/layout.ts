// A sheet's frozen panes and page layout (orientation, zoom, print titles).
import type { FreezePanesApi, PageLayoutApi } from "../../../src/excel/api.ts";
import { formatAddress, MAX_COLUMNS, parseAddress } from "./address.ts";
import { notLoaded } from "./base.ts";
import { FakeRange } from "./range.ts";
import { FakeExcelError } from "./state.ts";
import type { FakeWorksheet } from "./worksheet.ts";

export class FakeFreezePanes implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze">, FreezePanesApi {
  constructor(private readonly sheet: FakeWorksheet) {}

  /** The frozen rows as whole rows ("$1:$3"), or a null object when nothing is frozen. */
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(this.sheet.context, "freezePanes.getLocationOrNullObject()", () => {
      const sheet = this.sheet.sheetOrNull();
      if (sheet === null || sheet.frozenRows === 0) return null;
      return { sheet, rect: { top: 0, left: 0, bottom: sheet.frozenRows - 1, right: MAX_COLUMNS - 1 } };
    }, true);
  }

  freezeRows(count?: number): void {
    this.sheet.queueOnSheet({ call: "freezePanes.freezeRows", args: [count ?? null] }, `freezePanes.freezeRows(${count ?? ""})`, (sheet) => {
      sheet.frozenRows = count ?? 1;
    });
  }

  unfreeze(): void {
    this.sheet.queueOnSheet({ call: "freezePanes.unfreeze", args: [] }, "freezePanes.unfreeze()", (sheet) => {
      sheet.frozenRows = 0;
    });
  }
}

export class FakePageLayout implements Pick<Excel.PageLayout, "orientation" | "zoom" | "setPrintTitleRows" | "paperSize">, PageLayoutApi {
  readonly headersFooters: { readonly defaultForAllPages: FakeHeaderFooter };
  private readonly loaded = new Map<string, unknown>();

  constructor(private readonly sheet: FakeWorksheet) {
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(sheet) };
  }

  get paperSize(): Excel.PaperType | "A4" | "Letter" {
    throw notLoaded("paperSize");
  }

  set paperSize(value: Excel.PaperType | "A4" | "Letter") {
    this.sheet.queueOnSheet({ set: "pageLayout.paperSize", value }, `pageLayout.paperSize = ${value}`, (sheet) => {
      sheet.pageLayout = { ...sheet.pageLayout, paperSize: value };
    });
  }

  load(propertyNames: string | string[]): FakePageLayout {
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map((p) => p.trim()).filter((p) => p !== "");
    for (const name of names) if (name !== "orientation" && name !== "zoom") throw new Error(`The fake cannot load "${name}" on pageLayout`);
    this.sheet.queueOnSheet({ load: names.map((name) => `pageLayout/${name}`) }, `pageLayout.load(${names.join(",")})`, (sheet) => {
      // An unset zoom loads as Excel's default, a 100 % scale.
      for (const name of names) this.loaded.set(name, name === "orientation" ? sheet.pageLayout.orientation : (sheet.pageLayout.zoom ?? { scale: 100 }));
    });
    return this;
  }

  /** The print title rows as a range, or a null object when there are none (ExcelApi 1.9). */
  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(this.sheet.context, "pageLayout.getPrintTitleRowsOrNullObject()", () => {
      const sheet = this.sheet.sheetOrNull();
      const rows = sheet?.pageLayout.printTitleRows ?? null;
      const parsed = rows === null ? null : parseAddress(rows);
      return sheet === null || parsed === null ? null : { sheet, rect: parsed.rect };
    }, true);
  }

  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    if (!this.loaded.has("orientation")) throw notLoaded("orientation");
    return this.loaded.get("orientation") as "Portrait" | "Landscape";
  }

  set orientation(value: Excel.PageOrientation | "Portrait" | "Landscape") {
    if (value !== "Portrait" && value !== "Landscape") throw new FakeExcelError("InvalidArgument", `Orientation ${String(value)}`);
    this.sheet.queueOnSheet({ set: "pageLayout.orientation", value }, `pageLayout.orientation = ${value}`, (sheet) => {
      sheet.pageLayout = { ...sheet.pageLayout, orientation: value };
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    if (!this.loaded.has("zoom")) throw notLoaded("zoom");
    return this.loaded.get("zoom") as Excel.PageLayoutZoomOptions;
  }

  /**
   * Takes only the documented values — a page count for the fit-to-pages members (null when a
   * percentage scale is used), a scale of 10–400 (null when fitting to pages) — and, like Excel,
   * refuses anything else when the sync runs, after the operations before it were carried out.
   */
  set zoom(value: Excel.PageLayoutZoomOptions) {
    const zoom = { ...value };
    this.sheet.queueOnSheet({ set: "pageLayout.zoom", value: zoom }, `pageLayout.zoom = ${JSON.stringify(zoom)}`, (sheet) => {
      const pages = (count: number | null | undefined) => count === undefined || count === null || (Number.isInteger(count) && count >= 1);
      const scale = zoom.scale;
      const scaleOk = scale === undefined || scale === null || (Number.isFinite(scale) && scale >= 10 && scale <= 400);
      if (!pages(zoom.horizontalFitToPages) || !pages(zoom.verticalFitToPages) || !scaleOk) {
        throw new FakeExcelError("InvalidArgument", `pageLayout.zoom ${JSON.stringify(zoom)} is not a page count or a scale of 10–400.`);
      }
      sheet.pageLayout = { ...sheet.pageLayout, zoom };
    });
  }

  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    if (typeof printTitleRows !== "string") throw new Error("The fake takes print title rows as text (\"$1:$3\")");
    const rows = parseAddress(printTitleRows);
    if (rows === null || rows.rect.left !== 0 || rows.rect.right !== MAX_COLUMNS - 1) {
      throw new FakeExcelError("InvalidArgument", `"${printTitleRows}" is not a range of whole rows.`);
    }
    this.sheet.queueOnSheet({ call: "pageLayout.setPrintTitleRows", args: [printTitleRows] }, `pageLayout.setPrintTitleRows(${printTitleRows})`, (sheet) => {
      sheet.pageLayout = { ...sheet.pageLayout, printTitleRows: formatAddress(null, rows.rect, true) };
    });
  }
}

/** The footers of every page (Excel.HeaderFooterGroup.defaultForAllPages), in Excel's header/footer codes. */
export class FakeHeaderFooter implements Pick<Excel.HeaderFooter, "leftFooter" | "centerFooter" | "rightFooter"> {
  constructor(private readonly sheet: FakeWorksheet) {}

  get leftFooter(): string {
    throw notLoaded("leftFooter");
  }

  set leftFooter(text: string) {
    this.set("left", text);
  }

  get centerFooter(): string {
    throw notLoaded("centerFooter");
  }

  set centerFooter(text: string) {
    this.set("center", text);
  }

  get rightFooter(): string {
    throw notLoaded("rightFooter");
  }

  set rightFooter(text: string) {
    this.set("right", text);
  }

  private set(part: "left" | "center" | "right", text: string): void {
    this.sheet.queueOnSheet({ set: `pageLayout.headersFooters.defaultForAllPages.${part}Footer`, value: text }, `${part}Footer = ${text}`, (sheet) => {
      sheet.pageLayout = { ...sheet.pageLayout, footer: { ...sheet.pageLayout.footer, [part]: text } };
    });
  }
}
