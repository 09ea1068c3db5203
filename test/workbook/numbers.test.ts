import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { parseNumber } from "../../src/workbook/numbers.ts";

function parsed(cell: unknown): { value: string; percentSign: boolean; unit: "kr" | null } | string {
  const result = parseNumber(cell);
  return result.ok ? { value: result.value.toFixed(), percentSign: result.percentSign, unit: result.unit } : result.reason;
}

describe("parseNumber: text in Swedish form", () => {
  it.each<[string, string]>([
    ["22986", "22986"],
    ["22 986", "22986"],
    ["22\u00A0986", "22986"],
    ["22\u202F986", "22986"],
    ["22\u2009986", "22986"],
    ["1 225 535", "1225535"],
    ["1\u00A0225\u202F535", "1225535"],
    ["288 382", "288382"],
    ["3,1", "3.1"],
    ["-3,1", "-3.1"],
    ["\u22123,1", "-3.1"],
    ["\u20133,1", "-3.1"],
    ["+3,1", "3.1"],
    ["0,031", "0.031"],
    [",5", "0.5"],
    ["1 000 000,50", "1000000.5"],
    ["-1 000 000,50", "-1000000.5"],
    ["  22 986  ", "22986"],
    ["\u00A022 986\u00A0", "22986"],
    ["\t42\n", "42"],
    ["1.5", "1.5"],
    ["1.225", "1.225"],
    ["1 225.5", "1225.5"],
    ["007", "7"],
    ["0", "0"],
    ["-0", "0"],
    ["-0,0", "0"],
    ["0,1", "0.1"],
    ["1234567890,123456789", "1234567890.123456789"],
  ])("%j → %s", (text, value) => {
    expect(parsed(text)).toEqual({ value, percentSign: false, unit: null });
  });

  it.each<[string, string]>([
    ["3,1 %", "3.1"],
    ["3,1%", "3.1"],
    ["3,1\u00A0%", "3.1"],
    ["-3,1 %", "-3.1"],
    ["\u22123,1 %", "-3.1"],
    ["50 %", "50"],
    ["100%", "100"],
  ])("%j → %s with percent sign", (text, value) => {
    expect(parsed(text)).toEqual({ value, percentSign: true, unit: null });
  });

  it.each<[string, string]>([
    ["1 225 535 kr", "1225535"],
    ["1 225 535 kr.", "1225535"],
    ["1 225 535 KR", "1225535"],
    ["1 225 535kr", "1225535"],
    ["1\u00A0225\u00A0535\u00A0kr", "1225535"],
    ["1 000 000,50 kr", "1000000.5"],
    ["-774 465 kr", "-774465"],
  ])("%j → %s kr", (text, value) => {
    expect(parsed(text)).toEqual({ value, percentSign: false, unit: "kr" });
  });

  it.each<[string]>([
    ["1.225.535"],
    ["1,225,535"],
    ["1.225,50"],
    ["1,225.50"],
    ["1 225.535.1"],
    ["1.225.535 kr"],
  ])("%j has ambiguous separators", (text) => {
    expect(parsed(text)).toBe("ambiguousSeparators");
  });

  it.each<[string]>([
    ["abc"],
    ["3,1 procent"],
    ["12 34"],
    ["1 2345"],
    ["1  000"],
    ["3,"],
    ["3."],
    ["-"],
    ["%"],
    ["kr"],
    ["- 3"],
    ["--3"],
    ["3-"],
    ["1e3"],
    ["Infinity"],
    ["NaN"],
    ["0x10"],
    ["3 % kr"],
    ["ca 770 tkr"],
    ["1'225"],
    ["(3)"],
  ])("%j is not a number", (text) => {
    expect(parsed(text)).toBe("notNumber");
  });

  it.each<[unknown]>([[""], ["   "], ["\u00A0"], [null], [undefined]])("%j is empty", (cell) => {
    expect(parsed(cell)).toBe("empty");
  });

  it("never goes through a float for text", () => {
    const result = parseNumber("0,10000000000000000555");
    expect(result.ok && result.value.toFixed()).toBe("0.10000000000000000555");
    const big = parseNumber("9 007 199 254 740 991");
    expect(big.ok && big.value.toFixed()).toBe("9007199254740991");
  });

  it.each<[unknown, string]>([
    ["9 007 199 254 740 992", "tooLarge"],
    ["-9007199254740993", "tooLarge"],
    [2 ** 53, "tooLarge"],
    [1e21, "tooLarge"],
    [1e300, "tooLarge"],
    ["0,1000000000000000055511151231257827", "tooManyDigits"],
    ["1,000000000000000000001", "tooManyDigits"],
  ])("%j is beyond what is read exactly: %s", (cell, reason) => {
    expect(parseNumber(cell)).toEqual({ ok: false, reason });
  });
});

describe("parseNumber: numbers and other values", () => {
  it.each<[number, string]>([
    [22986, "22986"],
    [3.1, "3.1"],
    [0.1, "0.1"],
    [0.031, "0.031"],
    [-3.1, "-3.1"],
    [-0, "0"],
    [1e15, "1000000000000000"],
    [1e-7, "0.0000001"],
    [0.1 + 0.2, "0.30000000000000004"],
  ])("%d → %s", (cell, value) => {
    expect(parsed(cell)).toEqual({ value, percentSign: false, unit: null });
  });

  it("returns a decimal.js Decimal", () => {
    const result = parseNumber(3.1);
    expect(result.ok && result.value instanceof Decimal).toBe(true);
  });

  it.each<[number]>([[Number.NaN], [Infinity], [-Infinity]])("%d is rejected as non-finite", (cell) => {
    expect(parsed(cell)).toBe("nonFinite");
  });

  it.each<[unknown]>([[true], [false], [new Date(0)], [{}], [[1]], [10n]])("%s is not a number", (cell) => {
    expect(parsed(cell)).toBe("notNumber");
  });
});
