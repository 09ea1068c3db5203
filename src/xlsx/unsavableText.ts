// ExcelJS writes text as it is: a U+FFFE or a lone surrogate in any cell makes the saved file
// unreadable, and control characters are silently dropped. It reads Excel's `_xHHHH_` escapes back
// into those characters, so a workbook that holds them — on any sheet, not only the inputs, which
// are refused at their cell — is written with the escapes again before it is saved.
import type ExcelJS from "exceljs";
import { escapeIllegalXml } from "../workbook/xmlText.ts";
import { isMergedSlave } from "./cellValue.ts";

/** Rewrites every text of the workbook's cells that XML cannot carry in Excel's escaped form. */
export function escapeUnsavableText(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (isMergedSlave(cell)) return;
      const escaped = escapedValue(cell.value);
      if (escaped !== cell.value) cell.value = escaped as ExcelJS.CellValue;
    }));
  }
}

/** The value with its texts escaped; the same object when nothing needed escaping. */
function escapedValue(value: unknown): unknown {
  if (typeof value === "string") return escapeIllegalXml(value);
  if (typeof value !== "object" || value === null || value instanceof Date) return value;
  const object = value as Record<string, unknown>;
  let changed = false;
  const copy: Record<string, unknown> = { ...object };
  for (const key of ["text", "result"]) {
    const escaped = escapedValue(object[key]);
    if (escaped !== object[key]) [copy[key], changed] = [escaped, true];
  }
  if (Array.isArray(object["richText"])) {
    const runs = (object["richText"] as { text?: unknown }[]).map((run) => {
      const text = typeof run.text === "string" ? escapeIllegalXml(run.text) : run.text;
      return text === run.text ? run : { ...run, text };
    });
    if (runs.some((run, i) => run !== (object["richText"] as unknown[])[i])) [copy["richText"], changed] = [runs, true];
  }
  return changed ? copy : value;
}
