import type { ReportCell, ReportSheet } from "../../../src/workbook/report/index.ts";

/** The first row labelled `label` in its first column, or in its second (after Kommunkod). */
export function rowIndex(sheet: ReportSheet, label: string): number {
  const index = sheet.rows.findIndex((row) => row[0]!.value === label || (row[0]!.value === null || /^\d{4}$/u.test(String(row[0]!.value))) && row[1]?.value === label);
  if (index < 0) throw new Error(`No row "${label}" in ${sheet.name}`);
  return index;
}

export function row(sheet: ReportSheet, label: string): ReportCell[] {
  return sheet.rows[rowIndex(sheet, label)]!;
}

/** The cells' values, with a header's no-break spaces read as spaces. */
export function values(cells: readonly ReportCell[]): (string | number | null)[] {
  return cells.map((cell) => (typeof cell.value === "string" ? cell.value.replace(/\u00A0/gu, " ") : cell.value));
}

/** Every text in the sheet, one string per cell. */
export function texts(sheet: ReportSheet): string[] {
  return sheet.rows.flat().flatMap((cell) => (typeof cell.value === "string" ? [cell.value] : []));
}

/** What Excel accepts as a sheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/u.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}
