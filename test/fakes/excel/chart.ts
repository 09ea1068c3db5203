// Charts on a sheet: adding one from a range, its name, position, title and series.
import type { ChartApi, ChartCollectionApi, ChartSeriesApi, ChartSeriesCollectionApi, RangeApi } from "../../../src/excel/api.ts";
import { formatAddress, parseAddress } from "./address.ts";
import { FakeObject, notLoaded, ref } from "./base.ts";
import type { FakeRequestContext } from "./context.ts";
import { rangeArgument } from "./range.ts";
import { FakeExcelError, type ChartState, type SeriesState } from "./state.ts";
import type { FakeWorksheet } from "./worksheet.ts";

export class FakeChartCollection implements ChartCollectionApi {
  private loadedItems: FakeChart[] | null = null;

  constructor(private readonly sheet: FakeWorksheet) {}

  get items(): FakeChart[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }

  /** Loads the charts with their name and title ("items/name,items/title/text"). */
  load(propertyNames: string | string[]): FakeChartCollection {
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map((p) => p.trim().replace(/^items\//u, "")).filter((p) => p !== "");
    for (const name of names) if (name !== "name" && name !== "title/text") throw new Error(`The fake cannot load charts/${name}`);
    this.sheet.context.enqueue({ id: this.sheet.id, collection: "charts", load: names }, `${this.sheet.path}.charts.load(${names.join(",")})`, () => {
      this.loadedItems = this.sheet.sheetForChild().charts.map((chart) => {
        const item = new FakeChart(this.sheet.context, `${this.sheet.path}.charts[${chart.name}]`, { target: chart }, false);
        item.fill(chart);
        return item;
      });
    });
    return this;
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.sheet.context, `${this.sheet.path}.charts.getItem(${JSON.stringify(name)})`, () => {
      return this.sheet.sheetForChild().charts.find((chart) => chart.name.toLowerCase() === name.toLowerCase()) ?? null;
    }, false);
  }

  add(type: "ColumnClustered", sourceData: RangeApi, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): FakeChart {
    const source = rangeArgument(sourceData);
    return new FakeChart(this.sheet.context, `charts.add(${type}, #${source.id}, ${seriesBy})`, () => {
      const sheet = this.sheet.sheetForChild();
      sheet.checkEditable();
      const range = source.rangeOrNull();
      if (range === null) return null;
      if (range.sheet !== sheet) throw new FakeExcelError("InvalidArgument", "The chart's data must be on its sheet.");
      const { rect } = range;
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && rect.right - rect.left > rect.bottom - rect.top);
      const count = byRows ? rect.bottom - rect.top + 1 : rect.right - rect.left + 1;
      const series: SeriesState[] = Array.from({ length: count }, (_, i) => ({
        name: `Serie${i + 1}`,
        values: formatAddress(sheet.name, byRows ? { ...rect, top: rect.top + i, bottom: rect.top + i } : { ...rect, left: rect.left + i, right: rect.left + i }, true),
        xValues: null,
      }));
      const chart: ChartState = { name: this.sheet.context.state.nextChartName(), type, title: "", series, position: null };
      sheet.charts.push(chart);
      return chart;
    }, false);
  }
}

export class FakeChart extends FakeObject<ChartState> implements Pick<Excel.Chart, "name" | "setPosition" | "delete">, ChartApi {
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;

  constructor(context: FakeRequestContext, path: string, resolve: (() => ChartState | null) | { target: ChartState }, nullable: boolean) {
    super(context, path, resolve, nullable);
    this.title = new FakeChartTitle(this);
    this.series = new FakeChartSeriesCollection(this);
  }

  /** An item of a loaded collection: its name and title are known. */
  fill(chart: ChartState): void {
    this.loaded.set("name", chart.name);
    this.title.loadedText = chart.title;
  }

  delete(): void {
    this.call("delete", [], (chart) => {
      const sheet = this.context.state.sheets.find((candidate) => candidate.charts.includes(chart))!;
      sheet.checkEditable();
      sheet.charts = sheet.charts.filter((candidate) => candidate !== chart);
    });
  }

  chartOrNull(): ChartState | null {
    return this.targetOrNull();
  }

  queueOnChart(wire: unknown, statement: string, apply: (chart: ChartState) => void): void {
    this.context.enqueue({ id: this.id, ...(wire as object) }, `${this.path}.${statement}`, () => apply(this.target()));
  }

  load(propertyNames: string | string[]): FakeChart {
    this.queueLoad(propertyNames, ["name"], (chart) => chart.name);
    return this;
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.set("name", name, (chart) => {
      chart.name = name;
    });
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string")) {
      throw new Error("The fake takes chart positions as cell addresses");
    }
    const start = parseAddress(startCell);
    const end = endCell === undefined ? null : parseAddress(endCell);
    if (start === null || (endCell !== undefined && end === null)) throw new FakeExcelError("InvalidArgument", "Invalid chart position.");
    this.call("setPosition", [startCell, endCell ?? null], (chart) => {
      chart.position = { start: formatAddress(null, start.rect), end: end === null ? null : formatAddress(null, end.rect) };
    });
  }
}

export class FakeChartTitle implements Pick<Excel.ChartTitle, "text"> {
  loadedText: string | null = null;

  constructor(private readonly chart: FakeChart) {}

  get text(): string {
    if (this.loadedText === null) throw notLoaded("text");
    return this.loadedText;
  }

  set text(text: string) {
    this.chart.queueOnChart({ set: "title.text", value: text }, `title.text = ${JSON.stringify(text)}`, (chart) => {
      chart.title = text;
    });
  }
}

export class FakeChartSeriesCollection implements ChartSeriesCollectionApi {
  private loadedItems: FakeChartSeries[] | null = null;

  constructor(private readonly chart: FakeChart) {}

  get items(): FakeChartSeries[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames: string | string[]): FakeChartSeriesCollection {
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map((p) => p.trim().replace(/^items\//u, ""));
    if (names.some((name) => name !== "name")) throw new Error("The fake loads only items/name of a chart's series");
    this.chart.queueOnChart({ load: "series/items/name" }, "series.load(items/name)", (chart) => {
      this.loadedItems = chart.series.map((series, i) => new FakeChartSeries(this.chart.context, `series[${i}]`, { target: series }).fillName());
    });
    return this;
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.chart.context, `series.getItemAt(${index})`, () => {
      const chart = this.chart.chartOrNull();
      return chart?.series[index] ?? null;
    });
  }

  add(name?: string, index?: number): FakeChartSeries {
    return new FakeChartSeries(this.chart.context, `series.add(${JSON.stringify(name ?? null)})`, () => {
      const chart = this.chart.chartOrNull();
      if (chart === null) return null;
      const series: SeriesState = { name: name ?? `Serie${chart.series.length + 1}`, values: null, xValues: null };
      chart.series.splice(index ?? chart.series.length, 0, series);
      return series;
    });
  }
}

export class FakeChartSeries extends FakeObject<SeriesState> implements Pick<Excel.ChartSeries, "name">, ChartSeriesApi {
  constructor(context: FakeRequestContext, path: string, resolve: (() => SeriesState | null) | { target: SeriesState }) {
    super(context, path, resolve, false);
  }

  /** An item of a loaded collection: its name is known at once. */
  fillName(): this {
    this.loaded.set("name", this.target().name);
    return this;
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.set("name", name, (series) => {
      series.name = name;
    });
  }

  setValues(sourceData: RangeApi): void {
    const range = rangeArgument(sourceData);
    this.context.enqueue({ id: this.id, call: "setValues", args: [ref(range)] }, `${this.path}.setValues(…)`, () => {
      const target = range.rangeOrNull();
      if (target === null) throw new FakeExcelError("InvalidArgument", "A null range.");
      this.target().values = formatAddress(target.sheet.name, target.rect, true);
    });
  }

  setXAxisValues(sourceData: RangeApi): void {
    const range = rangeArgument(sourceData);
    this.context.enqueue({ id: this.id, call: "setXAxisValues", args: [ref(range)] }, `${this.path}.setXAxisValues(…)`, () => {
      const target = range.rangeOrNull();
      if (target === null) throw new FakeExcelError("InvalidArgument", "A null range.");
      this.target().xValues = formatAddress(target.sheet.name, target.rect, true);
    });
  }
}
