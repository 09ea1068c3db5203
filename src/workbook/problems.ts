// Problems found in the workbook's inputs. Errors stop the run before anything is written;
// warnings are reported and the run goes on. Every problem names its sheet and cell when it has one.
import { cellAddress } from "./address.ts";
import { MAX_LISTED_ERRORS } from "./limits.ts";

export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  /** The sheet the problem is on, or null for a problem of the workbook as a whole. */
  sheet: string | null;
  /** The cell ("C7"), or null when the problem concerns a whole sheet or range. */
  cell: string | null;
  /** Swedish: what is wrong and how to fix it, without the address. */
  message: string;
}

/** "Befolkning!C7: …" — how a problem is printed on the command line and in the task pane. */
export function formatProblem(problem: Problem): string {
  const where = problem.sheet === null ? problem.cell : problem.cell === null ? problem.sheet : `${problem.sheet}!${problem.cell}`;
  return where === null ? problem.message : `${where}: ${problem.message}`;
}

/**
 * The first problems, for a list a person reads: a million duplicate rows would otherwise print a
 * million lines. `unlisted` counts the rest.
 */
export function listedProblems<T>(problems: readonly T[], limit = MAX_LISTED_ERRORS): { listed: T[]; unlisted: number } {
  return { listed: problems.slice(0, limit), unlisted: Math.max(0, problems.length - limit) };
}

/** Collects every problem of a run (not only the first), in the order found. */
export class Problems {
  readonly all: Problem[] = [];

  error(sheet: string | null, row: number | null, col: number | null, message: string): void {
    this.add("error", sheet, row, col, message);
  }

  warning(sheet: string | null, row: number | null, col: number | null, message: string): void {
    this.add("warning", sheet, row, col, message);
  }

  get errors(): Problem[] {
    return this.all.filter((p) => p.severity === "error");
  }

  get warnings(): Problem[] {
    return this.all.filter((p) => p.severity === "warning");
  }

  get hasErrors(): boolean {
    return this.all.some((p) => p.severity === "error");
  }

  private add(severity: Severity, sheet: string | null, row: number | null, col: number | null, message: string): void {
    const cell = row === null || col === null ? null : cellAddress(null, row, col);
    this.all.push({ severity, sheet, cell, message });
  }
}
