import { describe, expect, it } from "vitest";
import { existingSheets, namesInto, newSheetName, ownerName, readOwnership, referencesOf, tokenName } from "../../../src/workbook/report/ownership.ts";
import { planPlacement, reportSizeProblems } from "../../../src/workbook/report/placement.ts";
import type { ReportSheet } from "../../../src/workbook/report/model.ts";

const sheet = (name: string, role: ReportSheet["role"] = "schedule"): ReportSheet => ({
  role, name, scenario: null, rows: [[{ value: "x" }]], columnWidths: [10], freezeRows: 0, chart: null,
  print: { orientation: "landscape", fitToPagesWide: 1 },
});

const TOKEN = "0123abcd";
const token = { name: tokenName(TOKEN), references: ["Scenarier!$A$1"] };
const owner = (role: string, name: string, written = name) => ({ name: ownerName(TOKEN, role, written), references: [`'${name}'!$A$1`] });

describe("ownership of the result sheets", () => {
  it("counts a sheet as ours only with this workbook's token and a hash of the sheet's own name", () => {
    const sheets = ["Befolkning", "Scenarier", "Jämförelse", "Memo 2023", "Kopia"];
    const ownership = readOwnership(
      [
        token,
        owner("comparison", "Jämförelse"),
        // Renamed by the user after the run: the reference followed, the hash did not.
        owner("schedule", "Memo 2023", "Flerår – A"),
        // Copied from another workbook: another token.
        { name: ownerName("ffffffff", "schedule", "Kopia"), references: ["Kopia!$A$1"] },
        { name: "Samf_Befolkning", references: ["Befolkning!$A$1:$G$17"] },
      ],
      sheets,
      ["Befolkning", "Scenarier"],
    );
    expect(ownership.token).toBe(TOKEN);
    expect([...ownership.owned.keys()]).toEqual(["jämförelse"]);
    expect(ownership.released).toEqual(["Memo 2023", "Kopia"]);
    expect(ownership.staleNames).toEqual([ownerName(TOKEN, "schedule", "Flerår – A"), ownerName("ffffffff", "schedule", "Kopia")]);
    expect(ownerName(TOKEN, "comparison", "JÄMFÖRELSE")).toBe(ownerName(TOKEN, "comparison", "Jämförelse"));
  });

  it("lets no legacy name, input sheet or foreign token claim a sheet", () => {
    const ownership = readOwnership(
      [
        { name: "Samf_Resultat_7", references: ["Befolkning!$A$1"] },
        { name: "Samf_Resultat_1_0badf00d", references: ["'Memo'!$A$1"] },
        { name: ownerName(TOKEN, "schedule", "Befolkning"), references: ["Befolkning!$A$1"] },
        { name: ownerName("ffffffff", "schedule", "Jämförelse"), references: ["Jämförelse!$A$1"] },
        { name: tokenName("ffffffff"), references: ["[1]Scenarier!$A$1"] },
      ],
      ["Befolkning", "Memo", "Jämförelse"],
      ["Befolkning"],
    );
    expect(ownership.token).toBeNull();
    expect(ownership.owned.size).toBe(0);
    expect(ownership.staleNames).toHaveLength(5);
  });

  it("recognises a sheet that a failed write left under its temporary name", () => {
    const ownership = readOwnership([token], ["Scenarier", newSheetName(TOKEN, 1), newSheetName("ffffffff", 1)], ["Scenarier"]);
    expect(ownership.unfinished).toEqual([newSheetName(TOKEN, 1)]);
    expect(existingSheets(["Scenarier", newSheetName(TOKEN, 1)], ownership)).toEqual([{ name: "Scenarier", owned: false }]);
  });
});

describe("placement of the result sheets", () => {
  it("rewrites sheets of ours in place and removes those whose result is gone, never the user's", () => {
    const plan = planPlacement(
      [{ name: "Befolkning", owned: false }, { name: "Jämförelse", owned: true, role: "comparison" }, { name: "Flerår – Gammalt", owned: true, role: "schedule" }],
      [sheet("Jämförelse", "comparison"), sheet("Underlag", "audit")],
    );
    expect(plan.kept).toEqual([0]);
    expect(plan.renamed).toEqual([]);
    expect(plan.removed).toEqual(["Flerår – Gammalt"]);
    expect(plan.added).toEqual([{ report: 1, position: 2 }]);
    expect(plan.names).toEqual(["Jämförelse", "Underlag"]);
  });

  it("gives a renamed scenario the sheet of the old name: same role, between the same neighbours", () => {
    const plan = planPlacement(
      [
        { name: "Jämförelse", owned: true, role: "comparison" },
        { name: "Flerår – A", owned: true, role: "schedule" },
        { name: "Flerår – B", owned: true, role: "schedule" },
        { name: "Underlag", owned: true, role: "audit" },
      ],
      [sheet("Jämförelse", "comparison"), sheet("Flerår – A"), sheet("Flerår – C"), sheet("Underlag", "audit")],
    );
    expect(plan.renamed).toEqual([{ report: 2, from: "Flerår – B" }]);
    expect(plan.removed).toEqual([]);
    expect(plan.added).toEqual([]);
    expect(plan.order.map((slot) => slot.name)).toEqual(["Jämförelse", "Flerår – A", "Flerår – C", "Underlag"]);
  });

  it("adds a new scenario's sheet after the previous result", () => {
    const plan = planPlacement(
      [{ name: "Flerår – A", owned: true, role: "schedule" }, { name: "Eget", owned: false }, { name: "Underlag", owned: true, role: "audit" }],
      [sheet("Flerår – A"), sheet("Flerår – B"), sheet("Underlag", "audit")],
    );
    expect(plan.added).toEqual([{ report: 1, position: 1 }]);
    expect(plan.order.map((slot) => slot.name)).toEqual(["Flerår – A", "Flerår – B", "Eget", "Underlag"]);
  });

  it("gives a result whose name the user has taken another name, with a warning", () => {
    const plan = planPlacement([{ name: "JÄMFÖRELSE", owned: false }], [sheet("Jämförelse", "comparison")]);
    expect(plan.names).toEqual(["Jämförelse (2)"]);
    expect(plan.warnings.map((w) => w.message)).toEqual([
      "Bladet ”JÄMFÖRELSE” är ditt eget och har lämnats som det är. Resultatet skrevs till bladet ”Jämförelse (2)” i stället.",
    ]);
  });
});

describe("the size of a result sheet", () => {
  const sized = (rows: number, columns: number): ReportSheet => ({
    ...sheet("Underlag", "audit"),
    rows: Array.from({ length: rows }, () => Array.from({ length: columns }, () => ({ value: 1 }))),
  });

  it("is refused past 50 000 rows or 300 columns, with a message that says what to do", () => {
    expect(reportSizeProblems([sized(50_000, 300)])).toEqual([]);
    expect(reportSizeProblems([sized(50_001, 6)]).map((p) => p.message)).toEqual([
      "Resultatbladet ”Underlag” skulle bli 50 001 rader × 6 kolumner, men högst 50 000 rader och 300 kolumner skrivs. Minska antalet scenarier, år eller deltagande kommuner och beräkna igen. Inget har skrivits.",
    ]);
    expect(reportSizeProblems([sized(10, 301)])).toHaveLength(1);
  });
});

describe("the user's names into a result sheet", () => {
  it("count any area of a name, whole columns and quoted sheet names, never a marker of ours", () => {
    const names = [
      { name: "Summa", references: ["Jämförelse!$D$19"] },
      { name: "Kolumn", references: ["Jämförelse!$D:$D"] },
      { name: "Flera", references: referencesOf("=Befolkning!$A$1,Jämförelse!$B$2") },
      { name: "Citerad", references: referencesOf("='Flerår – A'!$C$4,'O''Brien, AB'!$A$1") },
      { name: "Annan", references: ["Befolkning!$A$1"] },
      owner("comparison", "Jämförelse"),
    ];
    expect(namesInto(names, "jämförelse")).toEqual(["Summa", "Kolumn", "Flera"]);
    expect(namesInto(names, "O'Brien, AB")).toEqual(["Citerad"]);
    expect(referencesOf("='O''Brien, AB'!$A$1,Blad!$B$2")).toEqual(["'O''Brien, AB'!$A$1", "Blad!$B$2"]);
  });
});
