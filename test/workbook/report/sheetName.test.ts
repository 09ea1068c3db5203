import { describe, expect, it } from "vitest";
import { sheetName } from "../../../src/workbook/report/index.ts";
import { scenarioSheetNames } from "../../../src/workbook/report/sheetName.ts";
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

  it("cuts long names between words, without an ellipsis or a bracket left open", () => {
    expect(sheetName("Flerår – Nytt avtal med fyra utvecklingsledare", none)).toBe("Flerår – Nytt avtal med fyra");
    expect(sheetName("Flerår – Nuvarande avtal (3 tjänster)", none)).toBe("Flerår – Nuvarande avtal");
    expect(sheetName("Flerår – Nytt avtal (4 tjänster)", none)).toBe("Flerår – Nytt avtal");
    expect(sheetName("x".repeat(31), none)).toBe("x".repeat(31));
    // One word too long for any cut between words: cut where it must, never inside a surrogate pair.
    expect(sheetName("x".repeat(32), none)).toBe("x".repeat(31));
    expect(sheetName(`${"x".repeat(30)}😀abc`, none)).toBe("x".repeat(30));
    expect(sheetName(`${"x".repeat(29)} yyyy`, none)).toBe("x".repeat(29));
  });

  it("is unique case-insensitively, numbering within the limit", () => {
    expect(sheetName("Underlag", new Set(["UNDERLAG"]))).toBe("Underlag (2)");
    expect(sheetName("Underlag", new Set(["underlag", "Underlag (2)"]))).toBe("Underlag (3)");
    expect(sheetName("Jämförelse", new Set(["JÄMFÖRELSE"]))).toBe("Jämförelse (2)");
    const long = "Flerår – Nytt avtal med fyra utvecklingsledare";
    const first = sheetName(long, none);
    const second = sheetName(`${long} (version 2)`, new Set([first]));
    expect(isValidSheetName(second)).toBe(true);
    expect(second).toBe("Flerår – Nytt avtal med (2)");
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

describe("scenarioSheetNames", () => {
  const flerår = (scenario: string) => `Flerår – ${scenario}`;
  const numbered = (n: number) => `Flerår ${n}`;
  const names = (scenarios: string[], taken = none) => scenarioSheetNames(scenarios, flerår, numbered, taken);

  it("keeps whole words and tells the example's scenarios apart", () => {
    expect(names(["Nuvarande avtal (3 tjänster)", "Nytt avtal (4 tjänster)"])).toEqual(["Flerår – Nuvarande avtal", "Flerår – Nytt avtal"]);
    expect(names(["Kort", "Nytt avtal"])).toEqual(["Flerår – Kort", "Flerår – Nytt avtal"]);
  });

  it("numbers by position the scenarios that words cannot tell apart, and only those", () => {
    expect(names(["Utvecklingsledare RSS Dalarna 2023", "Utvecklingsledare RSS Dalarna 2024", "Barnhus"])).toEqual([
      "Flerår 1", "Flerår 2", "Flerår – Barnhus",
    ]);
  });

  it("numbers a scenario whose first word does not fit", () => {
    expect(names(["Samverkansöverenskommelsefinansiering"])).toEqual(["Flerår 1"]);
  });

  it("gives valid, distinct names for awkward names, stable from the names alone", () => {
    const awkward = ["'History'", "a/b:c", "Alternativ A: 3/4 tjänster [utkast]", "   ", "Befolkning", "x".repeat(40)];
    const result = names(awkward, new Set(["Befolkning"]));
    for (const name of result) expect(isValidSheetName(name), name).toBe(true);
    expect(new Set(result.map((n) => n.toLowerCase())).size).toBe(result.length);
    expect(result.every((name) => !name.includes("…"))).toBe(true);
    expect(names(awkward, new Set(["Befolkning"]))).toEqual(result);
    expect(result[1]).toBe("Flerår – a-b-c");
  });
});
