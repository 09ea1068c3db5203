// The Office.js host against the in-memory Excel: the demo case, sync counts, a failing validation,
// re-runs, the user's own sheets, and the Scenarier sheet edits.
import { describe, expect, it } from "vitest";
import type { CalculationOutcome } from "../../src/excel/host.ts";
import { REQUIRED_EXCEL_API } from "../../src/excel/officeHost.ts";
import { ownerName, tokenName } from "../../src/workbook/report/ownership.ts";
import { cellInput, columnWidthPoints } from "../../src/excel/writeSheet.ts";
import { editsFor } from "../../src/taskpane/scenarioFields.ts";
import { badInputs } from "../fixtures/badInputs.ts";
import { editedSheets } from "../fixtures/grids.ts";
import { memoPopulationJune2021 } from "../fixtures/memo.ts";
import { exampleWorkbook, FakeWorkbook } from "../fakes/excel/index.ts";
import { hostOn, largeCountyWorkbook, TOKEN } from "./helpers.ts";

const A = "Nuvarande avtal (3 tjänster)";
const B = "Nytt avtal (4 tjänster)";
/** As a header writes them: no-break spaces inside the brackets, so they never wrap there. */
const headerA = "Nuvarande avtal (3\u00A0tjänster)";
const headerB = "Nytt avtal (4\u00A0tjänster)";
const RESULT_SHEETS = ["Jämförelse", "Flerår – Nuvarande avtal", "Flerår – Nytt avtal", "Underlag"];

function ok(outcome: CalculationOutcome): Extract<CalculationOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`Expected a result, got problems: ${outcome.problems.map((p) => `${p.sheet}!${p.cell}: ${p.message}`).join("; ")}`);
  return outcome;
}

/** The fake workbook of an edited example (the bad-input corpus's shape). */
function editedWorkbook(edit: Parameters<typeof editedSheets>[0]): FakeWorkbook {
  const sheets = editedSheets(edit);
  const all = { Befolkning: sheets.population, Index: sheets.index, Scenarier: sheets.scenarios } as const;
  const kinds = { Befolkning: "population", Index: "index", Scenarier: "scenarios" } as const;
  const kept = Object.fromEntries(Object.entries(all).filter(([name]) => !sheets.omit.includes(kinds[name as keyof typeof kinds])));
  const formats = { Befolkning: sheets.formats.population, Index: sheets.formats.index, Scenarier: sheets.formats.scenarios };
  const fake = FakeWorkbook.fromSheets(Object.keys(kept).length > 0 ? (kept as Record<string, never[][]>) : { Blad1: [] }, formats);
  return fake;
}

describe("calculate: Fakturaunderlag", () => {
  it("writes Fakturaunderlag <år> when asked, rewrites it on every later run, and refuses a year no scenario computes", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    const first = ok(await host.calculate({ invoiceYear: 2024 }));
    expect(first.summary.written).toEqual([...RESULT_SHEETS.slice(0, 3), "Fakturaunderlag 2024", "Underlag"]);
    expect(fake.values("Fakturaunderlag 2024", "A9:D9")).toEqual([["2084", "Avesta", expect.any(Number), 163_329]]);
    // A later Beräkna keeps the invoice basis (and every reference into it), rewritten from the inputs.
    const again = ok(await host.calculate());
    expect(again.summary.written).toContain("Fakturaunderlag 2024");
    const before = fake.snapshot();
    const outside = await host.calculate({ invoiceYear: 2040 });
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.problems[0]!.message).toBe("Inget scenario räknar år 2040. Välj ett av åren 2022, 2023, 2024, 2025, 2026, 2027.");
    expect(fake.snapshot()).toBe(before);
  });
});

describe("calculate: the RSS Dalarna example", () => {
  it("writes the memo's table with largest-remainder figures into Jämförelse, numbers as numbers with #,##0", async () => {
    const fake = exampleWorkbook();
    const outcome = ok(await hostOn(fake).calculate());
    expect(outcome.summary.written).toEqual(RESULT_SHEETS);
    expect(outcome.warnings).toEqual([]);
    expect(fake.sheetNames()).toEqual(["Instruktioner", "Befolkning", "Index", "Scenarier", ...RESULT_SHEETS, "Samf_Minne"]);
    // The record of what was written (one column per result sheet) is very hidden: no tab, not in Visa.
    expect(fake.sheet("Samf_Minne").visibility).toBe("VeryHidden");
    expect(fake.values("Samf_Minne", "A1:D1")).toEqual([RESULT_SHEETS]);

    // Row 3 is the header; the municipalities follow in the sheet's order.
    expect(fake.values("Jämförelse", "A3:D3")).toEqual([["Kommun", "Befolkning 2021-06-30", `${headerA} 2022`, `${headerB} 2023`]]);
    memoPopulationJune2021.forEach((m, i) => {
      const row = 4 + i;
      expect(fake.values("Jämförelse", `A${row}:B${row}`)).toEqual([[m.name, m.population]]);
      const amount = fake.cell("Jämförelse", `D${row}`)!;
      expect(amount.value).toBe(m.largestRemainder);
      expect(typeof amount.value).toBe("number");
      expect(amount.format).toBe("#,##0");
    });
    // Avesta, Malung-Sälen, Säter and Älvdalen get one krona less than the memo; the column adds up.
    expect(fake.value("Jämförelse", "D4")).toBe(159413);
    expect(fake.values("Jämförelse", "A19:D19")).toEqual([["Summa kommuner", 288382, 1225535, 2000000]]);
    expect(fake.cell("Jämförelse", "D19")).toMatchObject({ bold: true, format: "#,##0" });
    expect(fake.values("Jämförelse", "A20:E20")).toEqual([["Region Dalarna", null, 1225535, 2000000, 774465]]);

    expect(outcome.summary).toMatchObject({
      scenarios: [{ name: A, firstYear: 2022, total: 2451070 }, { name: B, firstYear: 2023, total: 4000000 }],
      regionName: "Region Dalarna",
      regionChange: 774465,
      municipalitiesChange: 774465,
    });
  });

  it("adds a clustered column chart over the municipalities and the two scenario columns", async () => {
    const fake = exampleWorkbook();
    ok(await hostOn(fake).calculate());
    const charts = fake.charts("Jämförelse");
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      name: "Jämförelse",
      type: "ColumnClustered",
      series: [
        { name: `${headerA} 2022`, values: "Jämförelse!$C$4:$C$18", xValues: "Jämförelse!$A$4:$A$18" },
        { name: `${headerB} 2023`, values: "Jämförelse!$D$4:$D$18", xValues: "Jämförelse!$A$4:$A$18" },
      ],
      position: { start: "H3" },
    });
    expect(charts[0]!.title).toContain("Kostnad per kommun");
  });

  it("sets widths, wrapped header heights, the frozen header and the print layout", async () => {
    const fake = exampleWorkbook();
    ok(await hostOn(fake).calculate());
    const sheet = fake.sheet("Jämförelse");
    expect(sheet.columnWidths.get(0)).toBe(columnWidthPoints(22));
    expect(columnWidthPoints(22)).toBe(115.5);
    expect(sheet.rowHeights.get(2)).toBeGreaterThan(15);
    expect(fake.cell("Jämförelse", "C3")).toMatchObject({ bold: true, wrapText: true, verticalAlignment: "Top", horizontalAlignment: "Right" });
    expect(fake.cell("Jämförelse", "A3")?.horizontalAlignment).toBeUndefined();
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$1:$3",
      paperSize: "A4",
      footer: { left: "&A", center: "Sida &P av &N", right: "Beräknad 2026-01-15 10:30" },
    });
    // The font named on every cell; a rule above Summa kommuner (row 19) and Totalt (row 21), not between.
    expect(fake.cell("Jämförelse", "A3")).toMatchObject({ fontName: "Calibri", fontSize: 11, bold: true });
    expect(fake.cell("Jämförelse", "F25")).toMatchObject({ fontName: "Calibri" });
    expect(fake.cell("Jämförelse", "A19")?.borderTop).toEqual({ style: "Continuous", weight: "Thin" });
    expect(fake.cell("Jämförelse", "F21")?.borderTop).toEqual({ style: "Continuous", weight: "Thin" });
    expect(fake.cell("Jämförelse", "A20")?.borderTop).toBeUndefined();
    expect(fake.cell("Underlag", "A4")?.borderTop).toBeUndefined();
    // Text stays text: nothing written became a formula or a date.
    for (const name of RESULT_SHEETS) {
      for (const [, , cell] of fake.sheet(name).cellsIn({ top: 0, left: 0, bottom: 10_000, right: 100 })) expect(cell.formula).toBeUndefined();
    }
    expect(fake.values("Underlag", "A4:B4")).toEqual([["Tidpunkt (svensk tid)", "2026-01-15 10:30"]]);
    // Year headers are text, as the .xlsx writer writes them.
    expect(fake.value("Flerår – Nytt avtal", "C3")).toBe("2023");
  });

  it("marks each result sheet with a workbook name on its A1", async () => {
    const fake = exampleWorkbook();
    ok(await hostOn(fake).calculate());
    const byName = (a: { name: string }, b: { name: string }) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1);
    expect(fake.namedItems().sort(byName)).toEqual([
      { name: tokenName(TOKEN), formula: "=Scenarier!$A$1", type: "Range" },
      { name: ownerName(TOKEN, "comparison", "Jämförelse"), formula: "=Jämförelse!$A$1", type: "Range" },
      { name: ownerName(TOKEN, "schedule", "Flerår – Nuvarande avtal"), formula: "='Flerår – Nuvarande avtal'!$A$1", type: "Range" },
      { name: ownerName(TOKEN, "schedule", "Flerår – Nytt avtal"), formula: "='Flerår – Nytt avtal'!$A$1", type: "Range" },
      { name: ownerName(TOKEN, "audit", "Underlag"), formula: "=Underlag!$A$1", type: "Range" },
      { name: ownerName(TOKEN, "record", "Samf_Minne"), formula: "=Samf_Minne!$A$1", type: "Range" },
    ].sort(byName));
  });
});

describe("calculate: syncs and request size", () => {
  it("reads in two syncs and writes in one more (Dalarna)", async () => {
    const fake = exampleWorkbook();
    ok(await hostOn(fake).calculate());
    console.log(`Dalarna: ${fake.syncCount} syncs, requests ${fake.syncs.map((s) => `${s.operations} operations / ${s.requestBytes} bytes`).join(", ")}`);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
  });

  it("stays within 3 syncs for Västra Götaland: 49 municipalities × 10 years × 4 scenarios", async () => {
    const fake = largeCountyWorkbook(4, 10);
    const outcome = ok(await hostOn(fake).calculate());
    expect(outcome.summary.written).toHaveLength(6);
    expect(fake.values("Jämförelse", "A4:A4")).toEqual([["Härryda"]]);
    console.log(`Västra Götaland 49 × 10 × 4: ${fake.syncCount} syncs, requests ${fake.syncs.map((s) => `${s.operations} operations / ${s.requestBytes} bytes`).join(", ")}`);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
  });
});

describe("calculate: errors leave the workbook unchanged", () => {
  it("an unknown municipality: nothing written, the error with its cell", async () => {
    const fake = editedWorkbook((s) => {
      s.population[4]![0] = null;
      s.population[4]![1] = "Gäddede";
    });
    const before = fake.snapshot();
    const outcome = await hostOn(fake).calculate();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({ sheet: "Befolkning", cell: "B5", message: expect.stringMatching(/Okänd kommun ”Gäddede”\. Menade du Gagnef/) }),
    ]);
    expect(fake.snapshot()).toBe(before);
    expect(fake.syncCount).toBe(2);
  });

  it("every input of the bad-input corpus: its error at its cell, the workbook unchanged", { timeout: 30_000 }, async () => {
    for (const bad of badInputs) {
      const fake = editedWorkbook(bad.edit);
      const before = fake.snapshot();
      const outcome = await hostOn(fake).calculate();
      expect(outcome.ok, bad.name).toBe(false);
      if (outcome.ok) continue;
      const at = (p: { sheet: string | null; cell: string | null }) => (p.sheet === null ? p.cell : p.cell === null ? p.sheet : `${p.sheet}!${p.cell}`);
      // The same error may stand in several scenarios; the one at the expected cell must be there.
      const match = outcome.problems.find((p) => p.severity === "error" && bad.message.test(p.message) && at(p) === bad.at);
      expect(match, `${bad.name}: ${outcome.problems.map((p) => `${at(p)}: ${p.message}`).join(" | ")}`).toBeDefined();
      expect(fake.snapshot(), bad.name).toBe(before);
    }
  });
});

describe("calculate: a protected workbook structure", () => {
  it("writes nothing at all when sheets must be added, and says how to remove the protection", async () => {
    const fake = exampleWorkbook();
    fake.state.protected = true;
    const before = fake.snapshot();
    const outcome = await hostOn(fake).calculate();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      { severity: "error", sheet: null, cell: null, message: expect.stringMatching(/skyddad.*Granska › Skydda arbetsbok/) },
    ]);
    expect(fake.snapshot()).toBe(before);
    expect(fake.syncCount).toBe(2);
  });

  it("rewrites the result sheets in place all the same: no sheet is added or deleted", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    ok(await host.calculate());
    const first = fake.snapshot();
    fake.state.protected = true;
    ok(await host.calculate());
    expect(fake.snapshot()).toBe(first);
  });

  it("shows the inputs' errors with it", async () => {
    const fake = editedWorkbook((s) => {
      s.population[4]![0] = null;
      s.population[4]![1] = "Gäddede";
    });
    fake.state.protected = true;
    const before = fake.snapshot();
    const outcome = await hostOn(fake).calculate();
    if (outcome.ok) throw new Error("expected problems");
    expect(outcome.problems.map((p) => p.cell)).toEqual(["B5"]);
    expect(fake.snapshot()).toBe(before);
  });
});

describe("calculate: re-runs", () => {
  it("is idempotent: the second run leaves the same workbook, without duplicated charts or names", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    ok(await host.calculate());
    const first = fake.snapshot();
    ok(await host.calculate());
    expect(fake.snapshot()).toBe(first);
    expect(fake.charts("Jämförelse")).toHaveLength(1);
    expect(fake.namedItems().map((n) => n.name.replace(/_[0-9a-f]{8}$/u, "")).sort()).toEqual(["Samf_Arbetsbok", "Samf_Resultat_audit", "Samf_Resultat_comparison", "Samf_Resultat_record", "Samf_Resultat_schedule", "Samf_Resultat_schedule"]);
  });

  it("removes the Flerår sheet of a scenario that was removed, and keeps the user's sheet between the results", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    ok(await host.calculate());
    fake.addSheet("Anteckningar", [["mina anteckningar"]]);
    fake.state.moveSheet(fake.sheet("Anteckningar"), 5);
    await host.removeScenarioColumn(1); // the current agreement (column B)
    expect(fake.values("Scenarier", "A1:C1")).toEqual([["Parameter", B, null]]);
    const outcome = ok(await host.calculate());
    // One scenario left: its memo table (Fördelning) instead of Jämförelse.
    expect(outcome.summary.written).toEqual(["Fördelning", "Flerår – Nytt avtal", "Underlag"]);
    expect(fake.sheetNames()).toEqual(["Instruktioner", "Befolkning", "Index", "Scenarier", "Anteckningar", "Fördelning", "Flerår – Nytt avtal", "Underlag", "Samf_Minne"]);
    expect(fake.value("Anteckningar", "A1")).toBe("mina anteckningar");
    expect(fake.namedItems().map((n) => n.formula).sort()).toEqual(["='Flerår – Nytt avtal'!$A$1", "=Fördelning!$A$1", "=Samf_Minne!$A$1", "=Scenarier!$A$1", "=Underlag!$A$1"]);
  });

  it("keeps a removed scenario's sheet that the user named a range on: released with a warning, the names still valid", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    ok(await host.calculate());
    fake.addName("MinAvesta", "'Flerår – Nuvarande avtal'!$B$4");
    fake.addName("MinIndata", "Befolkning!$C$2");
    await host.removeScenarioColumn(1); // the current agreement: its Flerår sheet and Jämförelse go
    const outcome = ok(await host.calculate());
    expect(outcome.summary.removed).toEqual(["Jämförelse"]);
    expect(fake.sheetNames()).toContain("Flerår – Nuvarande avtal");
    expect(outcome.warnings.filter((w) => w.sheet !== "Scenarier").map((w) => [w.sheet, w.message])).toEqual([
      ["Flerår – Nuvarande avtal", expect.stringMatching(/behövs inte längre.*namnet MinAvesta pekar dit.*lämnats kvar som ditt eget/)],
    ]);
    expect(fake.namedItems().filter((n) => !n.name.startsWith("Samf_"))).toEqual([
      { name: "MinAvesta", formula: "='Flerår – Nuvarande avtal'!$B$4", type: "Range" },
      { name: "MinIndata", formula: "=Befolkning!$C$2", type: "Range" },
    ]);
    // The sheet is the user's now: no marker of ours on it, and the next run leaves it alone.
    expect(fake.namedItems().filter((n) => n.formula.includes("Nuvarande"))).toHaveLength(1);
    const kept = JSON.stringify([...fake.sheet("Flerår – Nuvarande avtal").cells]);
    expect(ok(await host.calculate()).warnings.filter((w) => w.sheet !== "Scenarier")).toEqual([]);
    expect(JSON.stringify([...fake.sheet("Flerår – Nuvarande avtal").cells])).toBe(kept);
  });

  it("keeps the user's names on a result sheet that is written again", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    ok(await host.calculate());
    fake.addName("MinSumma", "Jämförelse!$D$19");
    ok(await host.calculate());
    expect(fake.namedItems().find((n) => n.name === "MinSumma")).toEqual({ name: "MinSumma", formula: "=Jämförelse!$D$19", type: "Range" });
  });

  it("keeps the active result sheet active", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    ok(await host.calculate());
    fake.select("Jämförelse", "D4");
    ok(await host.calculate());
    expect(fake.activeSheet()).toBe("Jämförelse");
  });
});

describe("calculate: the user's own sheets", () => {
  it("never touches a user's sheet named Jämförelse: the result goes to Jämförelse (2), with a warning", async () => {
    const fake = exampleWorkbook();
    fake.addSheet("Jämförelse", [["min egen jämförelse"], [null, 42]]);
    const own = JSON.stringify(JSON.parse(fake.snapshot()).sheets.find((s: { name: string }) => s.name === "Jämförelse"));
    const host = hostOn(fake);
    const outcome = ok(await host.calculate());
    expect(outcome.summary.written[0]).toBe("Jämförelse (2)");
    expect(outcome.warnings).toEqual([
      {
        severity: "warning",
        sheet: null,
        cell: null,
        message: "Bladet ”Jämförelse” är ditt eget och har lämnats som det är. Resultatet skrevs till bladet ”Jämförelse (2)” i stället.",
      },
    ]);
    const after = () => JSON.stringify(JSON.parse(fake.snapshot()).sheets.find((s: { name: string }) => s.name === "Jämförelse"));
    expect(after()).toBe(own);
    expect(fake.value("Jämförelse (2)", "D4")).toBe(159413);
    expect(fake.charts("Jämförelse (2)")).toHaveLength(1);

    // The next run replaces "Jämförelse (2)" (ours now) and still leaves the user's sheet alone.
    ok(await host.calculate());
    expect(after()).toBe(own);
    expect(fake.sheetNames().filter((n) => n.startsWith("Jämförelse"))).toEqual(["Jämförelse", "Jämförelse (2)"]);
    expect(fake.charts("Jämförelse (2)")).toHaveLength(1);
  });
});

describe("read and the Scenarier sheet", () => {
  it("reads the inputs in two syncs (the lists, then sizes and cells; nothing is asked of an object that may be null): the summary, the scenario sheet and no problems", async () => {
    const fake = exampleWorkbook();
    const state = await hostOn(fake).read();
    expect(fake.syncCount).toBe(2);
    expect(state.problems).toEqual([]);
    expect(state.summary).toEqual({
      population: { range: "Befolkning!A1:G17", municipalities: 15, dates: ["2019-12-31", "2021-06-30", "2021-12-31", "2023-12-31", "2024-12-31"], keyColumns: [] },
      index: { range: "Index!A1:E6", series: [{ name: "LPI", firstYear: 2023, lastYear: 2027, forecasts: 4 }, { name: "LPIK", firstYear: 2023, lastYear: 2027, forecasts: 4 }] },
      scenarios: { range: "Scenarier!A1:C20", count: 2 },
    });
    const sheet = state.scenarioSheet!;
    expect(sheet).toMatchObject({ sheet: "Scenarier", headerRow: 0, labelCol: 0 });
    expect(sheet.parameters[0]).toEqual({ key: "positions", label: "Antal tjänster", row: 1 });
    expect(sheet.scenarios.map((s) => [s.name, s.col, s.values["positions"], s.values["regionShare"], s.formats["regionShare"]])).toEqual([
      [A, 1, 3, 0.5, "0%"],
      [B, 2, 4, 0.5, "0%"],
    ]);
    expect(sheet.scenarios[0]!.values["otherParties"]).toBeNull();
  });

  it("useSelection stores the selection as the input's name, replacing an earlier one, and the next read uses it", async () => {
    const fake = exampleWorkbook();
    fake.addSheet("Mina data", [["Kommun", "2021-06-30"], ["Avesta", 22986], ["Borlänge", 52460]]);
    fake.addName("Samf_Befolkning", "Befolkning!$A$1:$G$17");
    const host = hostOn(fake);
    fake.select("Mina data", "A1:B3");
    expect(await host.useSelection("population")).toBe("'Mina data'!A1:B3");
    expect(fake.namedItems()).toEqual([{ name: "Samf_Befolkning", formula: "='Mina data'!$A$1:$B$3", type: "Range" }]);
    const state = await host.read();
    expect(state.summary.population).toEqual({ range: "'Mina data'!A1:B3", municipalities: 2, dates: ["2021-06-30"], keyColumns: [] });
  });

  it("a name that points nowhere gives a warning and the template sheet is read", async () => {
    const fake = exampleWorkbook();
    fake.addSheet("Gammalt", [["x"]]);
    fake.addName("Samf_Index", "Gammalt!$A$1:$C$5");
    fake.state.deleteSheet(fake.sheet("Gammalt"));
    const state = await hostOn(fake).read();
    expect(state.summary.index?.range).toBe("Index!A1:E6");
    expect(state.problems).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringMatching(/Samf_Index pekar på ”#REF!\$A\$1:\$C\$5”.*Bladet Index lästes i stället/) })]);
  });

  it("selectCell activates the sheet and selects the cell", async () => {
    const fake = exampleWorkbook();
    await hostOn(fake).selectCell("Befolkning", "C7");
    expect(fake.activeSheet()).toBe("Befolkning");
    expect(fake.selection()).toBe("Befolkning!C7");
  });

  it("editScenarioSheet writes values with their formats, keeps text as text and clears with null", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    await host.editScenarioSheet([
      { row: 0, col: 3, value: "Alternativ" },
      { row: 11, col: 3, value: 0.6, format: "0%" },
      { row: 15, col: 3, value: "2023: 2021-06-30" },
      { row: 15, col: 2, value: "2021-06-30" },
      { row: 18, col: 2, value: null },
    ]);
    expect(fake.value("Scenarier", "D1")).toBe("Alternativ");
    expect(fake.cell("Scenarier", "D12")).toMatchObject({ value: 0.6, format: "0%" });
    expect(fake.value("Scenarier", "D16")).toBe("2023: 2021-06-30");
    expect(fake.value("Scenarier", "C16")).toBe("2021-06-30");
    expect(fake.value("Scenarier", "C19")).toBeNull();
    const state = await host.read();
    expect(state.scenarioSheet!.scenarios.map((s) => s.name)).toEqual([A, B, "Alternativ"]);
  });

  it("editScenarioSheet enters text as the result sheets do (one rule): what Excel would convert stays text", async () => {
    const fake = exampleWorkbook();
    await hostOn(fake).editScenarioSheet([
      { row: 0, col: 3, value: "jun 2021" },
      { row: 1, col: 3, value: "=1+1" },
      { row: 2, col: 3, value: "50 %" },
    ]);
    expect(fake.values("Scenarier", "D1:D3")).toEqual([["jun 2021"], ["=1+1"], ["50 %"]]);
    expect(fake.cell("Scenarier", "D2")?.formula).toBeUndefined();
    expect([cellInput("jun 2021"), cellInput("=1+1"), cellInput("Avesta"), cellInput(3), cellInput(null)]).toEqual(["'jun 2021", "'=1+1", "Avesta", 3, null]);
  });

  it("a new parameter row goes below the sheet's last used row, so a note row the parser skips stays", async () => {
    const fake = FakeWorkbook.fromSheets({ Scenarier: [["Parameter", "A"], ["Antal tjänster", 3], [null, null], ["Anm.: preliminära siffror", null]] });
    const host = hostOn(fake);
    const sheet = (await host.read()).scenarioSheet!;
    expect(sheet.lastRow).toBe(3);
    expect((await hostOn(exampleWorkbook()).read()).scenarioSheet!.lastRow).toBe(19);
    await host.editScenarioSheet(editsFor(sheet, "unit", 1, { value: 1000 }));
    expect(fake.values("Scenarier", "A4:B5")).toEqual([["Anm.: preliminära siffror", null], ["Avrundningsenhet", 1000]]);
  });

  it("editScenarioSheet creates the Scenarier sheet when there is none", async () => {
    const fake = FakeWorkbook.fromSheets({ Befolkning: [["Kommun", "2021-06-30"], ["Avesta", 22986]] });
    const host = hostOn(fake);
    expect((await host.read()).scenarioSheet).toBeNull();
    await host.editScenarioSheet([{ row: 0, col: 0, value: "Parameter" }, { row: 1, col: 0, value: "Antal tjänster" }, { row: 0, col: 1, value: "Scenario 1" }, { row: 1, col: 1, value: 4 }]);
    expect(fake.sheetNames()).toEqual(["Befolkning", "Scenarier"]);
    expect(fake.values("Scenarier", "A1:B2")).toEqual([["Parameter", "Scenario 1"], ["Antal tjänster", 4]]);
    expect((await host.read()).scenarioSheet?.scenarios.map((s) => s.values["positions"])).toEqual([4]);
  });

  it("onScenarioSheetChanged calls back on a change of the Scenarier sheet until unsubscribed", async () => {
    const fake = exampleWorkbook();
    const host = hostOn(fake);
    let calls = 0;
    const off = await host.onScenarioSheetChanged(() => {
      calls++;
    });
    fake.userEdit("Scenarier", "C2", 5);
    await fake.settled();
    expect(calls).toBe(1);
    fake.userEdit("Befolkning", "C2", 1);
    await fake.settled();
    expect(calls).toBe(1);
    off();
    await fake.settled();
    fake.userEdit("Scenarier", "C2", 6);
    await fake.settled();
    expect(calls).toBe(1);
  });
});

describe("REQUIRED_EXCEL_API", () => {
  it("is 1.9: Worksheet.pageLayout, the highest set the code uses", () => {
    expect(REQUIRED_EXCEL_API).toBe("1.9");
  });
});

describe("a stored range that the table has outgrown", () => {
  it("warns when values stand right next to the range a name points at", async () => {
    const fake = exampleWorkbook();
    fake.addName("Samf_Befolkning", "Befolkning!$A$1:$F$17");
    const warnings = (await hostOn(fake).read()).problems.filter((p) => p.severity === "warning").map((p) => p.message);
    expect(warnings.join("\n")).toContain("Namnet Samf_Befolkning pekar på Befolkning!A1:F17, men det finns värden direkt intill området");
    const fitting = exampleWorkbook();
    fitting.addName("Samf_Befolkning", "Befolkning!$A$1:$G$17");
    expect((await hostOn(fitting).read()).problems.map((p) => p.message).join("\n")).not.toContain("direkt intill");
  });
});
