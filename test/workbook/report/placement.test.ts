import { describe, expect, it } from "vitest";
import { existingSheet, isOwnerName, ownedSheets, ownerName, planPlacement } from "../../../src/workbook/report/placement.ts";
import type { ReportSheet } from "../../../src/workbook/report/model.ts";

const sheet = (name: string): ReportSheet => ({
  role: "comparison", name, scenario: null, rows: [[{ value: "x" }]], columnWidths: [10], freezeRows: 0, chart: null,
  print: { orientation: "landscape", fitToPagesWide: 1 },
});

describe("placement of the result sheets", () => {
  it("marks a result sheet with a name that records the sheet name it was written under", () => {
    const names = [
      { name: ownerName(1, "Jämförelse"), references: ["'Jämförelse'!$A$1"] },
      // Renamed by the user after the run: the reference followed, the recorded name did not.
      { name: ownerName(2, "Flerår – Nytt avtal (4 tjänste…"), references: ["'Flerår – Nytt avtal mars'!$A$1"] },
      { name: "Samf_Befolkning", references: ["Befolkning!$A$1:$G$17"] },
    ];
    expect(names.map((n) => isOwnerName(n.name))).toEqual([true, true, false]);
    expect(ownerName(1, "Jämförelse")).toMatch(/^Samf_Resultat_1_[0-9a-f]{8}$/);
    expect(ownerName(1, "JÄMFÖRELSE")).toBe(ownerName(1, "Jämförelse"));
    const owned = ownedSheets(names);
    expect([...owned]).toEqual([["jämförelse", { renamed: false }], ["flerår – nytt avtal mars", { renamed: true }]]);
    expect(existingSheet("Flerår – Nytt avtal mars", owned)).toEqual({ name: "Flerår – Nytt avtal mars", owned: true, renamed: true });
    expect(existingSheet("Befolkning", owned)).toEqual({ name: "Befolkning", owned: false });
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

  it("releases a sheet of ours that the user renamed, instead of deleting it, whatever the new name", () => {
    const lookalike = planPlacement([{ name: "Flerår – Nytt avtal mars", owned: true, renamed: true }], [sheet("Flerår – Nytt avtal")]);
    expect(lookalike.remove).toEqual([]);
    expect(lookalike.released).toEqual(["Flerår – Nytt avtal mars"]);
    const plan = planPlacement([{ name: "Memo 2023", owned: true, renamed: true }], [sheet("Jämförelse")]);
    expect(plan.remove).toEqual([]);
    expect(plan.replace).toEqual([]);
    expect(plan.released).toEqual(["Memo 2023"]);
    expect(plan.order.map((slot) => slot.name)).toEqual(["Memo 2023", "Jämförelse"]);
    expect(plan.warnings.map((w) => w.message)).toEqual([
      "Bladet ”Memo 2023” var ett resultatblad men har fått ett nytt namn. Det räknas nu som ditt eget och lämnas som det är.",
    ]);
  });
});
