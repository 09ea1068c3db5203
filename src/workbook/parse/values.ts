// Reading one cell as a number, a year or a choice, with the problem recorded at the cell.
import type Decimal from "decimal.js";
import { Dec } from "../../engine/index.ts";
import { workbookText } from "../../strings/workbook.ts";
import { UncalculatedFormula, cellText, errorValueOf } from "../cell.ts";
import { isPercentFormat } from "../grid.ts";
import { parseNumber, type ParsedNumber } from "../numbers.ts";
import type { Problems } from "../problems.ts";
import type { Table } from "./table.ts";

export interface CellNumber {
  value: Decimal;
  /**
   * How the cell said percent: "text" — a "%" typed after the number (value in percent points);
   * "format" — a number in a percent-formatted cell (value a fraction); null — neither.
   */
  percent: "text" | "format" | null;
}

/** The cell as a number (converted to the engine's Decimal), or null with the problem recorded. Blank cells are errors too. */
export function readNumber(table: Table, row: number, col: number, problems: Problems): CellNumber | null {
  const cell = table.value(row, col);
  const parsed = parseNumber(cell);
  if (parsed.ok) {
    const percent = parsed.percentSign ? "text" : typeof cell === "number" && isPercentFormat(table.format(row, col)) ? "format" : null;
    return { value: new Dec(parsed.value), percent };
  }
  table.error(problems, row, col, unreadableCell(cell) ?? numberProblem(parsed.reason, cellText(cell)));
  return null;
}

/** The message for a cell that holds no value to read — a formula without a saved result, or an error value — else null. */
export function unreadableCell(cell: unknown): string | null {
  if (cell instanceof UncalculatedFormula) return workbookText.formulaWithoutValue(cellText(cell));
  const error = errorValueOf(cell);
  return error === null ? null : workbookText.errorValue(error);
}

function numberProblem(reason: Extract<ParsedNumber, { ok: false }>["reason"], text: string): string {
  return reason === "empty" ? workbookText.missingNumber()
    : reason === "ambiguousSeparators" ? workbookText.ambiguousSeparators(text)
    : reason === "nonFinite" ? workbookText.nonFiniteNumber()
    : reason === "tooLarge" ? workbookText.numberTooLarge(text)
    : reason === "tooManyDigits" ? workbookText.tooManyDigits(text)
    : workbookText.notNumber(text);
}

/** A share written as "50 %", 50 (percent points) or 0.5 in a percent-formatted cell, as a fraction. */
export function asFraction(number: CellNumber): Decimal {
  return number.percent === "format" ? number.value : number.value.div(100);
}
