// The plan of a write, shared by the Office.js writer (src/excel) and the ExcelJS writer (src/xlsx):
// which sheets are ours (ownership.ts), what the user changed in them since the last run
// (writtenRecord.ts), which sheet each result goes into (placement.ts), and the warnings of it all.
//
// A sheet of ours whose result is gone is deleted — unless the user has changed it (typed into it,
// added a chart to it, named a range on it): then it is released, kept as the user's, with a warning.
// A sheet of ours that is rewritten says which of the user's cells it replaced.
import { xlsxText } from "../../strings/xlsx.ts";
import { MAX_LISTED_CELLS } from "../limits.ts";
import type { Problem } from "../problems.ts";
import type { ReportSheet } from "./model.ts";
import { existingSheets, releasedWarnings, type Ownership } from "./ownership.ts";
import { checkReport, planPlacement, sheetKey, type Placement } from "./placement.ts";
import { readRecord, recordSheet, typedCells, type CellGrid } from "./writtenRecord.ts";

/** What a writer read from a sheet of ours before the write. */
export interface OwnedSheetContents {
  /** Its values where they are compared with the record, or null when there are none. */
  cells: CellGrid | null;
  /** The area compared ("A1:F62") when the sheet has values outside it too (not listed); otherwise null. */
  beyond: string | null;
  /** Charts on it that the add-in did not make. */
  userCharts: number;
  /** The user's workbook names that point into it. */
  userNames: string[];
}

export interface RewritePlan {
  /** The report's sheets and, last, the record of what they hold (unless left out). */
  sheets: ReportSheet[];
  plan: Placement;
  /** The workbook's ownership, less the changed sheets released to the user. */
  ownership: Ownership;
  warnings: Problem[];
}

/**
 * Plans the write of `report` into a workbook with `sheetNames` (in order). `contents` gives what a
 * sheet of ours holds. Without `withRecord` no record is written (a workbook whose structure is
 * protected and that has none: adding it would stop the run). Throws a RangeError for a report that
 * cannot be written.
 */
export function planRewrite(
  sheetNames: readonly string[],
  ownership: Ownership,
  report: readonly ReportSheet[],
  contents: (sheet: string) => OwnedSheetContents,
  withRecord: boolean,
): RewritePlan {
  checkReport(report);
  // Placement needs only the record's name and role; its cells come once the names are known.
  const placeholder = withRecord ? [recordSheet([], [])] : [];
  const first = planPlacement(existingSheets(sheetNames, ownership), [...report, ...placeholder]);

  // What the user changed in each result sheet of ours, as far as the record tells.
  const ours = sheetNames.filter((name) => ownership.owned.has(sheetKey(name)));
  const recordName = ours.find((name) => ownership.owned.get(sheetKey(name))!.role === "record");
  const recordContents = recordName === undefined ? null : contents(recordName);
  const record = recordContents?.cells == null ? new Map<string, string[]>() : readRecord(recordContents.cells);
  const changes = new Map(
    ours.filter((name) => name !== recordName).map((name) => {
      const sheet = contents(name);
      const recorded = record.get(sheetKey(name));
      const typed = recorded === undefined ? [] : typedCells(recorded, sheet.cells);
      const beyond = recorded === undefined ? null : sheet.beyond;
      return [sheetKey(name), { ...sheet, typed, beyond }] as const;
    }),
  );
  const listed = (typed: readonly string[], beyond: string | null) => ({
    cells: typed.slice(0, MAX_LISTED_CELLS),
    unlisted: Math.max(0, typed.length - MAX_LISTED_CELLS),
    beyond,
  });

  // Sheets whose result is gone but that the user changed: released, and the placement made again
  // without them (they are the user's now).
  const warnings: Problem[] = [];
  const released = first.removed.filter((name) => {
    const change = changes.get(sheetKey(name));
    return change !== undefined && (change.typed.length > 0 || change.beyond !== null || change.userCharts > 0 || change.userNames.length > 0);
  });
  for (const name of released) {
    const change = changes.get(sheetKey(name))!;
    const message = xlsxText.changedResultKept(name, { ...listed(change.typed, change.beyond), charts: change.userCharts, names: change.userNames });
    warnings.push({ severity: "warning", sheet: name, cell: change.typed[0] ?? null, message });
  }
  const kept = release(ownership, released);
  const plan = released.length === 0 ? first : planPlacement(existingSheets(sheetNames, kept), [...report, ...placeholder]);

  // Sheets rewritten (in place or under a new name) over cells the user typed.
  const rewritten = [...plan.kept.map((index) => ({ index, from: plan.names[index]! })), ...plan.renamed.map(({ report: index, from }) => ({ index, from }))];
  for (const { index, from } of rewritten.sort((a, b) => a.index - b.index)) {
    const change = changes.get(sheetKey(from));
    if (change === undefined || (change.typed.length === 0 && change.beyond === null)) continue;
    const name = plan.names[index]!;
    warnings.push({ severity: "warning", sheet: name, cell: change.typed[0] ?? null, message: xlsxText.typedCellsReplaced(name, listed(change.typed, change.beyond)) });
  }

  const sheets = withRecord ? [...report, recordSheet(report, plan.names.slice(0, report.length))] : [...report];
  return { sheets, plan, ownership: kept, warnings: [...releasedWarnings(ownership), ...plan.warnings, ...warnings] };
}

/** The ownership without `sheets`: their owner names become stale (removed by the write). */
function release(ownership: Ownership, sheets: readonly string[]): Ownership {
  if (sheets.length === 0) return ownership;
  const owned = new Map(ownership.owned);
  const staleNames = [...ownership.staleNames];
  for (const sheet of sheets) {
    staleNames.push(...(owned.get(sheetKey(sheet))?.names ?? []));
    owned.delete(sheetKey(sheet));
  }
  return { ...ownership, owned, staleNames };
}
