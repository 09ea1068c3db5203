import { describe, expect, it } from "vitest";
import { isResultName, planPlacement } from "../../../src/workbook/report/placement.ts";
import type { ReportSheet } from "../../../src/workbook/report/model.ts";

const sheet = (name: string): ReportSheet => ({
  role: "comparison", name, scenario: null, rows: [[{ value: "x" }]], columnWidths: [10], freezeRows: 0, chart: null,
  print: { orientation: "landscape", fitToPagesWide: 1 },
});

describe("placement of the result sheets", () => {
  it("recognises the names results get", () => {
    expect(["Jämförelse", "JÄMFÖRELSE (2)", "Underlag", "Flerår – Nytt avtal", "Flerår – X (3)"].every(isResultName)).toBe(true);
    expect(["Jämförelse memo", "Memo 2023", "Befolkning", "Underlag gammalt"].some(isResultName)).toBe(false);
  });

  it("replaces and removes sheets of ours, never the user's", () => {
    const plan = planPlacement(
      [{ name: "Befolkning", owned: false }, { name: "Jämförelse", owned: true }, { name: "Flerår – Gammalt", owned: true }],
      [sheet("Jämförelse"), sheet("Underlag")],
    );
    expect(plan.replace).toEqual(["Jämförelse"]);
    expect(plan.remove).toEqual(["Flerår – Gammalt"]);
    expect(plan.released).toEqual([]);
    expect(plan.names).toEqual(["Jämförelse", "Underlag"]);
  });

  it("releases a sheet of ours that the user renamed, instead of deleting it", () => {
    const plan = planPlacement([{ name: "Memo 2023", owned: true }], [sheet("Jämförelse")]);
    expect(plan.remove).toEqual([]);
    expect(plan.replace).toEqual([]);
    expect(plan.released).toEqual(["Memo 2023"]);
    expect(plan.order.map((slot) => slot.name)).toEqual(["Memo 2023", "Jämförelse"]);
    expect(plan.warnings.map((w) => w.message)).toEqual([
      "Bladet ”Memo 2023” var ett resultatblad men har fått ett nytt namn. Det räknas nu som ditt eget och lämnas som det är.",
    ]);
  });
});
