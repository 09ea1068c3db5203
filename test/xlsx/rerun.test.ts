// The command line's writer follows the add-in's rules on a re-run (issue 7): references into the
// result sheets survive, a renamed scenario's sheet takes the new name with the formulas pointing at
// it, and no name can claim a sheet of the user's by accident.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ReportSheet } from "../../src/workbook/report/model.ts";
import { ownerName, tokenName } from "../../src/workbook/report/ownership.ts";
import { writeReport } from "../../src/xlsx/writeReport.ts";
import { reportSheet, roundTrip, sheetValues } from "./helpers.ts";

const TOKEN = "0123abcd";

function write(workbook: ExcelJS.Workbook, sheets: ReportSheet[]) {
  return writeReport(workbook, sheets, { inputSheets: ["Befolkning", "Scenarier"], scenarioSheet: "Scenarier", newToken: () => TOKEN });
}

function inputs(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Befolkning").getCell("A1").value = "Kommun";
  workbook.addWorksheet("Scenarier").getCell("A1").value = "Parameter";
  return workbook;
}

const run = (b: string, amount: number) => [
  reportSheet("Jämförelse", [["Avesta", amount]], "comparison"),
  reportSheet("Flerår – A", [["Avesta", amount]]),
  reportSheet(`Flerår – ${b}`, [["Avesta", amount + 1]]),
  reportSheet("Underlag", [["Befolkning", 288_382]], "audit"),
];

const formula = (workbook: ExcelJS.Workbook, address: string) => (workbook.getWorksheet("Budget")!.getCell(address).value as { formula: string }).formula;

describe("the .xlsx writer on a re-run", () => {
  it("keeps every reference: the same sheets in place, a renamed scenario's formulas follow, a removed one shows #REF!", async () => {
    let workbook = inputs();
    write(workbook, run("B", 100));
    const budget = workbook.addWorksheet("Budget");
    budget.getCell("A1").value = { formula: "Jämförelse!B2", result: 100 } as ExcelJS.CellValue;
    budget.getCell("A2").value = { formula: "'Flerår – A'!B2", result: 100 } as ExcelJS.CellValue;
    budget.getCell("A3").value = { formula: "'Flerår – B'!B2", result: 101 } as ExcelJS.CellValue;
    workbook.definedNames.add("'Flerår – B'!$B$2", "MittBelopp");
    workbook = await roundTrip(workbook);

    // Changed figures: the same sheets, the same places.
    write(workbook, run("B", 200));
    workbook = await roundTrip(workbook);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Befolkning", "Scenarier", "Jämförelse", "Flerår – A", "Flerår – B", "Underlag", "Samf_Minne", "Budget"]);
    expect(workbook.getWorksheet("Flerår – B")!.getCell("B2").value).toBe(201);
    expect([formula(workbook, "A1"), formula(workbook, "A3")]).toEqual(["Jämförelse!B2", "'Flerår – B'!B2"]);

    // Scenario B renamed to C: its sheet takes the new name where it was; the formula and the name follow.
    const renamed = write(workbook, run("C", 200));
    expect(renamed.removed).toEqual([]);
    workbook = await roundTrip(workbook);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Befolkning", "Scenarier", "Jämförelse", "Flerår – A", "Flerår – C", "Underlag", "Samf_Minne", "Budget"]);
    expect(formula(workbook, "A3")).toBe("'Flerår – C'!B2");
    expect(workbook.definedNames.model.find((name) => name.name === "MittBelopp")).toEqual({ name: "MittBelopp", ranges: ["'Flerår – C'!$B$2"] });

    // Scenario A removed: its sheet goes, the formula into it shows #REF! (as in Excel).
    const removed = write(workbook, [run("C", 200)[0]!, run("C", 200)[2]!, run("C", 200)[3]!]);
    expect(removed.removed).toEqual(["Flerår – A"]);
    workbook = await roundTrip(workbook);
    expect(workbook.getWorksheet("Flerår – A")).toBeUndefined();
    expect(formula(workbook, "A2")).toBe("#REF!B2");
    expect(formula(workbook, "A1")).toBe("Jämförelse!B2");
  });
});

describe("ownership that cannot be claimed by accident (the .xlsx writer)", () => {
  it("a hash-less legacy name on a renamed result sheet or on Befolkning claims nothing", async () => {
    const workbook = inputs();
    workbook.addWorksheet("Memo 2023").getCell("A1").value = "min kopia";
    workbook.definedNames.add("'Memo 2023'!$A$1", "Samf_Resultat_1");
    workbook.definedNames.add("Befolkning!$A$1", "Samf_Resultat_7");
    const loaded = await roundTrip(workbook);
    write(loaded, run("B", 1));
    expect(sheetValues(loaded.getWorksheet("Memo 2023")!)).toEqual({ A1: "min kopia" });
    expect(sheetValues(loaded.getWorksheet("Befolkning")!)).toEqual({ A1: "Kommun" });
    expect(loaded.definedNames.model.some((name) => /^Samf_Resultat_\d/u.test(name.name))).toBe(false);
  });

  it("a name with this workbook's token on an input sheet claims nothing", async () => {
    const workbook = inputs();
    workbook.definedNames.add("Scenarier!$A$1", tokenName(TOKEN));
    workbook.definedNames.add("Befolkning!$A$1", ownerName(TOKEN, "comparison", "Befolkning"));
    write(workbook, run("B", 1));
    expect(sheetValues(workbook.getWorksheet("Befolkning")!)).toEqual({ A1: "Kommun" });
  });

  it("a result sheet copied from another workbook, with its owner name, is the user's", async () => {
    const workbook = inputs();
    workbook.addWorksheet("Jämförelse").getCell("A1").value = "från en annan arbetsbok";
    workbook.definedNames.add("'Jämförelse'!$A$1", ownerName("ffffffff", "comparison", "Jämförelse"));
    const { written } = write(workbook, run("B", 1));
    expect(written[0]).toBe("Jämförelse (2)");
    expect(sheetValues(workbook.getWorksheet("Jämförelse")!)).toEqual({ A1: "från en annan arbetsbok" });
  });
});

describe("cells the user typed into a result sheet (the .xlsx writer)", () => {
  it("says which cells it replaced, and keeps a removed result's sheet the user typed into", async () => {
    let workbook = inputs();
    write(workbook, run("B", 100));
    workbook = await roundTrip(workbook);
    // In Excel: a figure typed over, a formula beside the table, a note on the sheet that will go.
    workbook.getWorksheet("Jämförelse")!.getCell("B2").value = 99;
    workbook.getWorksheet("Jämförelse")!.getCell("D5").value = { formula: "B2*2", result: 198 } as ExcelJS.CellValue;
    workbook.getWorksheet("Flerår – A")!.getCell("C2").value = "kontrollerad";
    workbook = await roundTrip(workbook);

    const result = write(workbook, [run("B", 100)[0]!, run("B", 100)[2]!, run("B", 100)[3]!]);
    expect(result.removed).toEqual([]);
    expect(result.warnings.map((w) => [w.sheet, w.cell])).toEqual([["Flerår – A", "C2"], ["Jämförelse", "B2"]]);
    expect(result.warnings[1]!.message).toMatch(/”Jämförelse” hade någon ändrat cellerna B2 och D5\./u);
    workbook = await roundTrip(workbook);
    expect(workbook.getWorksheet("Jämförelse")!.getCell("B2").value).toBe(100);
    expect(workbook.getWorksheet("Jämförelse")!.getCell("D5").value).toBeNull();
    expect(sheetValues(workbook.getWorksheet("Flerår – A")!)).toMatchObject({ C2: "kontrollerad" });

    // The next run: nothing to say, and the released sheet stays.
    const again = write(workbook, [run("B", 100)[0]!, run("B", 100)[2]!, run("B", 100)[3]!]);
    expect(again.warnings).toEqual([]);
    expect(workbook.getWorksheet("Flerår – A")).toBeDefined();
  });
});
