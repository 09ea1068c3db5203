// The result sheet the self-check writes on its temporary sheet: small, but with every kind of cell
// the real result sheets have — text Excel could take for a formula, number, date or truth value
// (written with the apostrophe), number formats, the report's font, bold, italic, wrapped,
// right-aligned and indented cells, a rule above the sum, a wrapped row that needs its height,
// frozen header rows, landscape A4 print one page wide with a footer, and a chart with two series.
import { REPORT_FONT } from "../../workbook/report/index.ts";
import type { ReportCell, ReportSheet } from "../../workbook/report/model.ts";
import { reportText } from "../../strings/report.ts";
import { selfCheckText } from "../../strings/selfCheck.ts";

/** Text that Excel would read as something else if it were typed in as it is. */
export const REINTERPRETABLE_TEXTS = ["=1+1", "2021-06-30", "3,1", "50 %", "-", "+46 70", "TRUE", "falskt", "jun 2021", "'citat", "@adress", "(1)", "€5"];

export function sampleReport(sheetName: string): ReportSheet {
  const t = selfCheckText.sample;
  const header = (value: string, alignRight = false): ReportCell => ({ value, bold: true, wrap: true, alignRight });
  const rows: ReportCell[][] = [
    [{ value: t.title, bold: true }, { value: null }, { value: null }, { value: null }, { value: null }],
    [header(t.textColumn), header(t.amountColumn, true), header(t.shareColumn, true), header(t.dateColumn, true), header(t.secondSeriesColumn, true)],
    ...REINTERPRETABLE_TEXTS.map((text, i): ReportCell[] => [
      { value: text, indent: i % 2 === 0 ? undefined : 1 },
      { value: 1_000_000 + i * 12_345, format: "#,##0" },
      { value: (i + 1) / 40, format: "0.0%" },
      { value: 45_000 + i, format: "yyyy-mm-dd" },
      { value: 500_000 + i * 1_000, format: "#,##0" },
    ]),
    [
      { value: t.sum, bold: true, ruleAbove: true },
      { value: 12_000_000, format: "#,##0", bold: true, ruleAbove: true },
      { value: null, ruleAbove: true },
      { value: null, ruleAbove: true },
      { value: 6_500_000, format: "#,##0", bold: true, ruleAbove: true },
    ],
    [{ value: t.note, italic: true, wrap: true }, { value: null }, { value: null }, { value: null }, { value: null }],
  ];
  return {
    role: "comparison",
    name: sheetName,
    scenario: null,
    rows,
    columnWidths: [14, 12, 10, 12, 12],
    freezeRows: 2,
    chart: { title: t.chartTitle, firstRow: 2, lastRow: 1 + REINTERPRETABLE_TEXTS.length, categoryCol: 0, seriesCols: [1, 4], headerRow: 1, anchorRow: 2, anchorCol: 6 },
    print: { orientation: "landscape", fitToPagesWide: 1, paperSize: "A4", footer: { left: "&A", center: reportText.footerPage, right: t.title } },
    font: { ...REPORT_FONT },
  };
}
