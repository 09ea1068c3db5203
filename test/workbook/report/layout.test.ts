import { describe, expect, it } from "vitest";
import { wrappedRowHeight } from "../../../src/workbook/report/layout.ts";

describe("wrappedRowHeight", () => {
  it("is null when nothing wraps onto a second line", () => {
    expect(wrappedRowHeight([{ value: "Kommun", wrap: true }, { value: 12 }], [22, 14])).toBeNull();
    expect(wrappedRowHeight([{ value: "a long text that does not wrap" }], [5])).toBeNull();
  });

  it("counts the lines of the tallest wrapped cell", () => {
    // "Nytt avtal (4 tjänster) 2023" in a 14-wide column: "Nytt avtal (4" / "tjänster) 2023"
    expect(wrappedRowHeight([{ value: "Kommun", wrap: true }, { value: "Nytt avtal (4 tjänster) 2023", wrap: true, bold: true }], [22, 14])).toBe(30);
    expect(wrappedRowHeight([{ value: "ett två tre fyra fem sex sju åtta", wrap: true }], [8])).toBe(60);
    expect(wrappedRowHeight([{ value: "rad ett\nrad två", wrap: true }], [40])).toBe(30);
  });
});
