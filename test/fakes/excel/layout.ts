// A sheet's frozen panes and page layout (orientation, zoom, print titles).
import { formatAddress, MAX_COLUMNS, parseAddress } from "./address.ts";
import { notLoaded } from "./base.ts";
import { FakeExcelError } from "./state.ts";
import type { FakeWorksheet } from "./worksheet.ts";

export class FakeFreezePanes implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze"> {
  constructor(private readonly sheet: FakeWorksheet) {}

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

export class FakePageLayout implements Pick<Excel.PageLayout, "orientation" | "zoom" | "setPrintTitleRows" | "paperSize"> {
  readonly headersFooters: { readonly defaultForAllPages: FakeHeaderFooter };

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

  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    throw notLoaded("orientation");
  }

  set orientation(value: Excel.PageOrientation | "Portrait" | "Landscape") {
    if (value !== "Portrait" && value !== "Landscape") throw new FakeExcelError("InvalidArgument", `Orientation ${String(value)}`);
    this.sheet.queueOnSheet({ set: "pageLayout.orientation", value }, `pageLayout.orientation = ${value}`, (sheet) => {
      sheet.pageLayout = { ...sheet.pageLayout, orientation: value };
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    throw notLoaded("zoom");
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
