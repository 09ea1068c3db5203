import { describe, expect, it } from "vitest";
import { sheetName } from "../../../src/workbook/report/index.ts";
import { isValidSheetName } from "./helpers.ts";

const none = new Set<string>();

describe("sheetName", () => {
  it("keeps a valid name", () => {
    expect(sheetName("Jämförelse", none)).toBe("Jämförelse");
    expect(sheetName("Flerår – Nytt avtal", none)).toBe("Flerår – Nytt avtal");
  });

  it("replaces : \\ / ? * [ ] with -", () => {
    expect(sheetName("a:b\\c/d?e*f[g]h", none)).toBe("a-b-c-d-e-f-g-h");
  });

  it("strips apostrophes at either end and never returns an empty name", () => {
    expect(sheetName("'Avtal'", none)).toBe("Avtal");
    expect(sheetName("'Avtal 'x'", none)).toBe("Avtal 'x");
    expect(sheetName("''", none)).toBe("Blad");
    expect(sheetName("   ", none)).toBe("Blad");
  });

  it("avoids the reserved name History in any case", () => {
    expect(sheetName("History", none)).toBe("History (2)");
    expect(sheetName("history", none)).toBe("history (2)");
  });

  it("cuts long names to 31 characters with an ellipsis", () => {
    const name = sheetName("Flerår – Nytt avtal med fyra utvecklingsledare", none);
    expect(name).toHaveLength(31);
    expect(name).toBe("Flerår – Nytt avtal med fyra u…");
    expect(sheetName("x".repeat(31), none)).toBe("x".repeat(31));
    expect(sheetName("x".repeat(32), none)).toBe(`${"x".repeat(30)}…`);
  });

  it("does not split a surrogate pair or leave a space before the ellipsis", () => {
    expect(sheetName(`${"x".repeat(29)}😀abc`, none)).toBe(`${"x".repeat(29)}…`);
    expect(sheetName(`${"x".repeat(29)} yyyy`, none)).toBe(`${"x".repeat(29)}…`);
  });

  it("is unique case-insensitively, numbering within the limit", () => {
    expect(sheetName("Underlag", new Set(["UNDERLAG"]))).toBe("Underlag (2)");
    expect(sheetName("Underlag", new Set(["underlag", "Underlag (2)"]))).toBe("Underlag (3)");
    expect(sheetName("Jämförelse", new Set(["JÄMFÖRELSE"]))).toBe("Jämförelse (2)");
    const long = "Flerår – Nytt avtal med fyra utvecklingsledare";
    const first = sheetName(long, none);
    const second = sheetName(`${long} (version 2)`, new Set([first]));
    expect(isValidSheetName(second)).toBe(true);
    expect(second).toBe("Flerår – Nytt avtal med fy… (2)");
    expect(second).toHaveLength(31);
  });

  it("does not change the set it is given", () => {
    const taken = new Set(["A"]);
    sheetName("A", taken);
    expect([...taken]).toEqual(["A"]);
  });

  it("always gives a valid name", () => {
    const inputs = ["", "'", "History", "[x]", "a".repeat(100), "'':::'", "Flerår – ' ?", "x/".repeat(40)];
    for (const input of inputs) expect(isValidSheetName(sheetName(input, none)), input).toBe(true);
  });
});
