// Shared helpers of the .xlsx adapter tests: in-memory round trips and small report sheets.
import ExcelJS from "exceljs";
import type { ReportCell, ReportSheet } from "../../src/workbook/report/model.ts";

/** Writes the workbook to .xlsx bytes and loads them again, as a file on disk would be. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

/** A small result sheet: a bold header row and one row per [name, amount]. */
export function reportSheet(name: string, rows: [string, number][], role: ReportSheet["role"] = "schedule"): ReportSheet {
  const header: ReportCell[] = [
    { value: "Kommun", bold: true, wrap: true },
    { value: "Belopp (kr)", bold: true, wrap: true },
  ];
  const body: ReportCell[][] = rows.map(([label, amount]) => [{ value: label }, { value: amount, format: "#,##0" }]);
  return {
    role,
    name,
    scenario: role === "schedule" ? name : null,
    rows: [header, ...body],
    columnWidths: [22, 14],
    freezeRows: 1,
    chart: null,
    print: { orientation: "landscape", fitToPagesWide: 1 },
  };
}

/** Every cell with a value, as "A1" → value, for comparing whole sheets. */
export function sheetValues(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      values[cell.address] = cell.value;
    });
  });
  return values;
}
