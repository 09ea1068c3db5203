// Failure injection: makes the fake refuse the queued operations whose statement matches, as real
// Excel refuses a call it does not support (the operations before it in the sync stay done).
import { FakeExcelError } from "./state.ts";
import type { FakeWorkbook } from "./workbook.ts";

/**
 * Every operation whose statement (as in debugInfo.statement: `…pageLayout.zoom = {…}`) matches
 * `pattern` fails with `code` until `clearFailures`. Returns how many operations it refused, so a test
 * can tell that the injection was reached.
 */
export function failAt(workbook: FakeWorkbook, pattern: RegExp, code = "GeneralException"): { refused: () => number } {
  let refused = 0;
  workbook.failWhen = (statement) => {
    if (!pattern.test(statement)) return null;
    refused++;
    return new FakeExcelError(code, `Injected failure at ${statement}`);
  };
  return { refused: () => refused };
}

export function clearFailures(workbook: FakeWorkbook): void {
  workbook.failWhen = null;
}
