import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ReportSheet } from "../../src/workbook/report/model.ts";
import { ownerName } from "../../src/workbook/report/ownership.ts";
import { alternativeName, writeReport } from "../../src/xlsx/writeReport.ts";
import { workbookContent } from "../../scripts/build-assets.ts";
import { reportSheet, roundTrip, sheetValues } from "./helpers.ts";

const TOKEN = "0123abcd";
const ownerNames = (workbook: ExcelJS.Workbook) =>
  workbook.definedNames.model.filter((name) => name.name.startsWith("Samf_Resultat_")).sort((a, b) => a.ranges[0]!.localeCompare(b.ranges[0]!));

/** Writes with a Scenarier sheet (added first when missing: the token's anchor) and a fixed token. */
function write(workbook: ExcelJS.Workbook, sheets: ReportSheet[]) {
  if (workbook.getWorksheet("Scenarier") === undefined) workbook.addWorksheet("Scenarier");
  return writeReport(workbook, sheets, { inputSheets: ["Scenarier", "Befolkning"], scenarioSheet: "Scenarier", newToken: () => TOKEN });
}

function firstRun(): ReportSheet[] {
  return [
    reportSheet("Jämförelse", [["Avesta", 159413], ["Borlänge", 363820]], "comparison"),
    reportSheet("Flerår – Nuvarande avtal", [["Avesta", 97685]]),
    reportSheet("Flerår – Nytt avtal", [["Avesta", 159413], ["Borlänge", 363820], ["Falun", 414416]]),
    reportSheet("Underlag", [["Befolkning", 288382]], "audit"),
  ];
}

describe("writeReport: cells and sheet settings", () => {
  it("writes numbers as numbers with their format, text as text, fonts, wrap, widths, frozen rows and print setup", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet: ReportSheet = {
      ...reportSheet("Jämförelse", [], "comparison"),
      rows: [
        [{ value: "Kommun", bold: true, wrap: true }, { value: "Skillnad %", bold: true, wrap: true, alignRight: true }, { value: null }],
        [{ value: "Avesta" }, { value: 0.632, format: "0.0%" }, { value: "=SUM(A1)" }],
        [{ value: "Summa kommuner", bold: true }, { value: 2000000, format: "#,##0", bold: true }, { value: null, format: "#,##0" }],
        [{ value: "Not: exempelvärden", italic: true }, { value: null }, { value: null }],
      ],
      columnWidths: [24, 12, 8],
      freezeRows: 1,
    };
    const { written, warnings } = write(workbook, [sheet]);
    expect(written).toEqual(["Jämförelse"]);
    expect(warnings).toEqual([]);
    expect(workbook.calcProperties.fullCalcOnLoad).toBe(true);

    const result = (await roundTrip(workbook)).getWorksheet("Jämförelse")!;
    expect(result.getCell("B2").value).toBe(0.632);
    expect(result.getCell("B1").alignment).toMatchObject({ horizontal: "right", wrapText: true });
    expect(result.getCell("A1").alignment?.horizontal).toBeUndefined();
    expect(result.getCell("B2").numFmt).toBe("0.0%");
    expect(result.getCell("B3").value).toBe(2000000);
    expect(typeof result.getCell("B3").value).toBe("number");
    expect(result.getCell("B3").numFmt).toBe("#,##0");
    expect(result.getCell("B3").font?.bold).toBe(true);
    expect(result.getCell("A1").font?.bold).toBe(true);
    expect(result.getCell("A1").alignment?.wrapText).toBe(true);
    expect(result.getCell("A4").font?.italic).toBe(true);
    expect(result.getCell("A2").font?.bold).toBeFalsy();
    // Text that looks like a formula stays text.
    expect(result.getCell("C2").value).toBe("=SUM(A1)");
    expect(result.getCell("C1").value).toBeNull();
    expect(result.getCell("C3").value).toBeNull();
    expect([1, 2, 3].map((c) => result.getColumn(c).width)).toEqual([24, 12, 8]);
    expect(result.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(result.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(result.pageSetup.printTitlesRow).toBe("1:1");
  });

  it("names the font on every cell, draws rules above sums, indents, and prints on A4 with a footer", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet: ReportSheet = {
      ...reportSheet("Flerår – A", [], "schedule"),
      rows: [
        [{ value: "Kommun", bold: true }, { value: null }],
        [{ value: "Summa kommuner", bold: true, ruleAbove: true }, { value: 5, ruleAbove: true }],
        [{ value: "LPI" }, { value: "Prognos", indent: 1 }],
      ],
      columnWidths: [20, 12],
      freezeRows: 1,
      font: { name: "Calibri", size: 11 },
      print: { orientation: "landscape", fitToPagesWide: 1, paperSize: "A4", footer: { left: "&A", center: "Sida &P av &N", right: "Beräknad 2026-01-15 10:30" } },
    };
    write(workbook, [sheet]);
    const result = (await roundTrip(workbook)).getWorksheet("Flerår – A")!;
    for (const address of ["A1", "B1", "A2", "B2", "A3", "B3"]) expect(result.getCell(address).font, address).toMatchObject({ name: "Calibri", size: 11 });
    expect(result.getCell("A1").font?.bold).toBe(true);
    expect(result.getCell("A2").border?.top?.style).toBe("thin");
    expect(result.getCell("B2").border?.top?.style).toBe("thin");
    expect(result.getCell("A3").border?.top).toBeUndefined();
    expect(result.getCell("B3").alignment?.indent).toBe(1);
    expect(result.pageSetup.paperSize).toBe(9);
    expect(result.headerFooter.oddFooter).toBe("&L&A&CSida &P av &N&RBeräknad 2026-01-15 10:30");
  });

  it("marks every result sheet as the add-in's own with a name on its A1", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Befolkning").getCell("A1").value = "Kommun";
    write(workbook, firstRun());
    const loaded = await roundTrip(workbook);
    expect(ownerNames(loaded)).toEqual([
      { name: ownerName(TOKEN, "schedule", "Flerår – Nuvarande avtal"), ranges: ["'Flerår – Nuvarande avtal'!$A$1"] },
      { name: ownerName(TOKEN, "schedule", "Flerår – Nytt avtal"), ranges: ["'Flerår – Nytt avtal'!$A$1"] },
      { name: ownerName(TOKEN, "comparison", "Jämförelse"), ranges: ["'Jämförelse'!$A$1"] },
      { name: ownerName(TOKEN, "record", "Samf_Minne"), ranges: ["'Samf_Minne'!$A$1"] },
      { name: ownerName(TOKEN, "audit", "Underlag"), ranges: ["Underlag!$A$1"] },
    ]);
    expect(loaded.definedNames.model.find((name) => name.name.startsWith("Samf_Arbetsbok_"))).toEqual({ name: `Samf_Arbetsbok_${TOKEN}`, ranges: ["Scenarier!$A$1"] });
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual([
      "Befolkning",
      "Scenarier",
      "Jämförelse",
      "Flerår – Nuvarande avtal",
      "Flerår – Nytt avtal",
      "Underlag",
      "Samf_Minne",
    ]);
    expect(loaded.getWorksheet("Samf_Minne")!.state).toBe("veryHidden");
  });

  it("does not freeze anything when freezeRows is 0, and writes portrait when asked", async () => {
    const workbook = new ExcelJS.Workbook();
    write(workbook, [{ ...reportSheet("Underlag", [["a", 1]]), freezeRows: 0, print: { orientation: "portrait", fitToPagesWide: 1 } }]);
    const sheet = (await roundTrip(workbook)).getWorksheet("Underlag")!;
    expect((sheet.views ?? []).some((view) => view.state === "frozen")).toBe(false);
    expect(sheet.pageSetup.orientation).toBe("portrait");
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
  });

  it("checks the whole report before changing the workbook", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Befolkning");
    const ragged = reportSheet("Underlag", [["a", 1]]);
    ragged.rows[1] = [{ value: "a" }];
    const nan = reportSheet("Jämförelse", [["a", Number.NaN]]);
    const badName = reportSheet("Flerår: A/B", [["a", 1]]);
    const duplicate = [reportSheet("Underlag", []), reportSheet("UNDERLAG", [])];
    for (const report of [[reportSheet("Jämförelse", []), ragged], [nan], [badName], duplicate]) {
      expect(() => write(workbook, report)).toThrow(RangeError);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Befolkning", "Scenarier"]);
      expect(workbook.definedNames.model).toEqual([]);
    }
  });
});

describe("writeReport: a re-run", () => {
  it("replaces the add-in's sheets in place: same count, no stale cells, a removed scenario's sheet gone", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Befolkning").getCell("A1").value = "Kommun";
    write(workbook, firstRun());
    let loaded = await roundTrip(workbook);
    // The user adds a sheet of their own between the results.
    loaded.addWorksheet("Anteckningar").getCell("A1").value = "mina anteckningar";
    // ExcelJS orders sheets by orderNo (0-based after loading a file).
    (loaded.getWorksheet("Anteckningar") as unknown as { orderNo: number }).orderNo = 2.5;
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual([
      "Befolkning",
      "Scenarier",
      "Jämförelse",
      "Anteckningar",
      "Flerår – Nuvarande avtal",
      "Flerår – Nytt avtal",
      "Underlag",
      "Samf_Minne",
    ]);

    // Second run: the first scenario is deleted, the new agreement has fewer rows.
    const second = [
      reportSheet("Jämförelse", [["Avesta", 1]], "comparison"),
      reportSheet("Flerår – Nytt avtal", [["Avesta", 2]]),
      reportSheet("Underlag", [["Befolkning", 3]], "audit"),
    ];
    const { written, warnings } = write(loaded, second);
    expect(written).toEqual(["Jämförelse", "Flerår – Nytt avtal", "Underlag"]);
    expect(warnings).toEqual([]);
    loaded = await roundTrip(loaded);
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual([
      "Befolkning",
      "Scenarier",
      "Jämförelse",
      "Anteckningar",
      "Flerår – Nytt avtal",
      "Underlag",
      "Samf_Minne",
    ]);
    expect(sheetValues(loaded.getWorksheet("Flerår – Nytt avtal")!)).toEqual({
      A1: "Kommun",
      B1: "Belopp (kr)",
      A2: "Avesta",
      B2: 2,
    });
    expect(loaded.getWorksheet("Anteckningar")!.getCell("A1").value).toBe("mina anteckningar");
    expect(ownerNames(loaded).map((name) => name.ranges[0])).toEqual([
      "'Flerår – Nytt avtal'!$A$1",
      "'Jämförelse'!$A$1",
      "'Samf_Minne'!$A$1",
      "Underlag!$A$1",
    ]);
  });

  it("keeps the user's names on a replaced sheet, and keeps a removed result's sheet the user named a range on (released)", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Befolkning").getCell("A1").value = "Kommun";
    write(workbook, firstRun());
    workbook.definedNames.add("'Jämförelse'!$B$2", "MinSumma");
    workbook.definedNames.add("'Flerår – Nuvarande avtal'!$B$2", "GammaltBelopp");
    workbook.definedNames.add("Befolkning!$A$1", "Rubrik");
    const loaded = await roundTrip(workbook);
    const { removed, warnings } = write(loaded, [firstRun()[0]!, firstRun()[2]!]);
    expect(removed).toEqual(["Underlag"]);
    expect(warnings).toEqual([
      expect.objectContaining({ sheet: "Flerår – Nuvarande avtal", message: expect.stringMatching(/behövs inte längre.*namnet GammaltBelopp pekar dit/) }),
    ]);
    const again = await roundTrip(loaded);
    const names = again.definedNames.model.filter((name) => !name.name.startsWith("Samf_"));
    expect(names.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "GammaltBelopp", ranges: ["'Flerår – Nuvarande avtal'!$B$2"] },
      { name: "MinSumma", ranges: ["'Jämförelse'!$B$2"] },
      { name: "Rubrik", ranges: ["Befolkning!$A$1"] },
    ]);
    // The released sheet is the user's: no marker of ours points at it any more.
    expect(ownerNames(again).some((name) => name.ranges[0]!.includes("Nuvarande"))).toBe(false);
    expect(again.getWorksheet("Flerår – Nuvarande avtal")!.getCell("B2").value).toBe(firstRun()[1]!.rows[1]![1]!.value);
  });

  it("puts a new result sheet after the previous result sheet of the run", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Scenarier").getCell("A1").value = "Parameter";
    write(workbook, [reportSheet("Flerår – A", []), reportSheet("Underlag", [])]);
    workbook.addWorksheet("Eget").getCell("A1").value = 1;
    write(workbook, [reportSheet("Jämförelse", []), reportSheet("Flerår – A", []), reportSheet("Flerår – B", []), reportSheet("Underlag", [])]);
    const loaded = await roundTrip(workbook);
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual(["Scenarier", "Jämförelse", "Flerår – A", "Flerår – B", "Underlag", "Samf_Minne", "Eget"]);
  });

  it("gives identical sheets for identical inputs", async () => {
    const once = new ExcelJS.Workbook();
    once.addWorksheet("Befolkning").getCell("A1").value = "Kommun";
    write(once, firstRun());
    const first = await roundTrip(once);
    const twice = await roundTrip(once);
    write(twice, firstRun());
    expect(workbookContent(await roundTrip(twice))).toEqual(workbookContent(first));
  });

  it("opens the file on Jämförelse, or the first result", async () => {
    const workbook = new ExcelJS.Workbook();
    write(workbook, [reportSheet("Flerår – A", []), reportSheet("Flerår – B", [])]);
    workbook.addWorksheet("Befolkning").getCell("A1").value = 1;
    workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 3, visibility: "visible" }];
    write(workbook, [reportSheet("Flerår – B", [])]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Scenarier", "Flerår – B", "Samf_Minne", "Befolkning"]);
    expect(workbook.views[0]!.activeTab).toBe(1);
    write(workbook, [reportSheet("Flerår – B", []), reportSheet("Jämförelse", [], "comparison")]);
    expect(workbook.worksheets[workbook.views[0]!.activeTab!]!.name).toBe("Jämförelse");
  });
});

describe("writeReport: the user's own sheets", () => {
  it("never touches a user's sheet with a result's name: the result gets another name and a warning", async () => {
    const workbook = new ExcelJS.Workbook();
    const own = workbook.addWorksheet("Jämförelse");
    own.getCell("A1").value = "min egen jämförelse";
    own.getCell("B7").value = 42;
    const { written, warnings } = write(workbook, firstRun());
    expect(written[0]).toBe("Jämförelse (2)");
    expect(warnings).toEqual([
      {
        severity: "warning",
        sheet: null,
        cell: null,
        message: "Bladet ”Jämförelse” är ditt eget och har lämnats som det är. Resultatet skrevs till bladet ”Jämförelse (2)” i stället.",
      },
    ]);
    let loaded = await roundTrip(workbook);
    expect(sheetValues(loaded.getWorksheet("Jämförelse")!)).toEqual({ A1: "min egen jämförelse", B7: 42 });
    expect(loaded.getWorksheet("Jämförelse (2)")!.getCell("B2").value).toBe(159413);

    // The next run replaces "Jämförelse (2)" (it is ours now) and still leaves the user's sheet alone.
    const again = write(loaded, firstRun());
    expect(again.written[0]).toBe("Jämförelse (2)");
    loaded = await roundTrip(loaded);
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual([
      "Jämförelse",
      "Scenarier",
      "Jämförelse (2)",
      "Flerår – Nuvarande avtal",
      "Flerår – Nytt avtal",
      "Underlag",
      "Samf_Minne",
    ]);
    expect(sheetValues(loaded.getWorksheet("Jämförelse")!)).toEqual({ A1: "min egen jämförelse", B7: 42 });
  });

  it("compares sheet names ignoring case and keeps alternative names within 31 characters", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("UNDERLAG");
    workbook.addWorksheet("Underlag (2)");
    const long = "Flerår – Ett mycket långt namn!"; // 31 characters
    expect(long).toHaveLength(31);
    workbook.addWorksheet(long);
    const { written } = write(workbook, [reportSheet("Underlag", []), reportSheet(long, [])]);
    expect(written).toEqual(["Underlag (3)", "Flerår – Ett mycket långt n (2)"]);
    expect(written.every((name) => name.length <= 31)).toBe(true);
  });

  it("finds the first free alternative name", () => {
    expect(alternativeName("Jämförelse", new Set(["jämförelse"]))).toBe("Jämförelse (2)");
    expect(alternativeName("Jämförelse", new Set(["jämförelse", "jämförelse (2)"]))).toBe("Jämförelse (3)");
    expect(alternativeName("A".repeat(31), new Set())).toBe(`${"A".repeat(27)} (2)`);
  });

  it("does not count a sheet as ours when only a user's name points to it", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Underlag").getCell("A1").value = "eget";
    workbook.definedNames.add("Underlag!$A$1", "MittNamn");
    const { written } = write(await roundTrip(workbook), [reportSheet("Underlag", [])]);
    expect(written).toEqual(["Underlag (2)"]);
  });
});
