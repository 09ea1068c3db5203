import { describe, expect, it } from "vitest";
import { cellText, isBlankCell } from "../../src/workbook/cell.ts";

describe("isBlankCell", () => {
  it.each<[unknown]>([[null], [undefined], [""], ["   "], ["\u00A0"], ["\u202F\t\n"]])("%j is blank", (value) => {
    expect(isBlankCell(value)).toBe(true);
  });
  it.each<[unknown]>([[0], [false], ["0"], ["-"], [new Date(0)], [Number.NaN]])("%j is not blank", (value) => {
    expect(isBlankCell(value)).toBe(false);
  });
});

describe("cellText", () => {
  it.each<[unknown, string]>([
    [null, ""],
    [undefined, ""],
    ["  Avesta ", "Avesta"],
    [22986, "22986"],
    [3.1, "3.1"],
    [true, "SANT"],
    [false, "FALSKT"],
    [new Date(Date.UTC(2021, 5, 30)), "2021-06-30"],
    [new Date(Number.NaN), ""],
  ])("%j → %j", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
