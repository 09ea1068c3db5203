import { describe, expect, it } from "vitest";
import { needsTextPrefix } from "../../src/excel/textEntry.ts";
import { cellInput } from "../../src/excel/writeSheet.ts";

describe("needsTextPrefix: text Excel would not keep as it is", () => {
  it.each([
    "#N/A", "#REF!", "#SAKNAS!", "#DIVISION/0!", " #N/A",
    "=1+1", " =1+1", "\t=SUMMA(A1)", "+46", "-5", "@SUM(A1)",
    "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20A1",
    "'citerad", "3,1", "(5)", "50 %", "€5", "SANT", "false", "jun 2021", "juni-21",
  ])("%j is protected", (text) => {
    expect(needsTextPrefix(text)).toBe(true);
    expect(cellInput(text)).toBe(`'${text}`);
  });

  it.each(["Avesta", "Nytt avtal (4 tjänster)", "Region Dalarna", "Utfall", "Kvar: #1", "a=b", ""])("%j is written as it is", (text) => {
    expect(needsTextPrefix(text)).toBe(false);
    expect(cellInput(text)).toBe(text);
  });
});
