import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/engine/index.ts";
import { noteRows, padRows, percentFormatFor } from "../../../src/workbook/report/cells.ts";
import { toCellNumber } from "../../../src/workbook/report/index.ts";

describe("toCellNumber", () => {
  it("converts whole kronor exactly", () => {
    expect(toCellNumber(new Dec(2_000_000))).toBe(2_000_000);
    expect(toCellNumber(new Dec(-774_465))).toBe(-774_465);
    expect(toCellNumber(new Dec(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(Object.is(toCellNumber(new Dec("-0")), 0)).toBe(true);
  });

  it("throws for an integer beyond Number.MAX_SAFE_INTEGER", () => {
    expect(() => toCellNumber(new Dec(Number.MAX_SAFE_INTEGER).plus(1))).toThrow(RangeError);
    expect(() => toCellNumber(new Dec("-1e20"))).toThrow(RangeError);
    expect(() => toCellNumber(new Dec(NaN))).toThrow(RangeError);
  });

  it("converts factors and fractions via toNumber", () => {
    expect(toCellNumber(new Dec("1.1124374528"))).toBe(1.1124374528);
    expect(toCellNumber(new Dec("63.2").div(100))).toBe(0.632);
  });
});

describe("cells", () => {
  it("pads rows to a rectangle", () => {
    const rows = padRows([[{ value: "a" }], [], [{ value: 1 }, { value: 2 }]]);
    expect(rows.map((r) => r.length)).toEqual([2, 2, 2]);
    expect(rows[1]).toEqual([{ value: null }, { value: null }]);
    expect(padRows([[{ value: "a" }]], 3)[0]).toHaveLength(3);
  });

  it("picks a percent format with the decimals a fraction needs", () => {
    expect(percentFormatFor(new Dec("0.031"))).toBe("0.0 %");
    expect(percentFormatFor(new Dec("0.0305"))).toBe("0.00 %");
    expect(percentFormatFor(new Dec("0.5"), 0)).toBe("0 %");
  });
});

describe("noteRows", () => {
  it("breaks a long note into rows of whole words within the width", () => {
    const rows = noteRows("ett två tre fyra fem sex", 9);
    expect(rows.map((r) => r[0]!.value)).toEqual(["ett två", "tre fyra", "fem sex"]);
    expect(rows.every((r) => r.length === 1 && r[0]!.italic === true)).toBe(true);
  });
});
