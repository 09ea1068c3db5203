import { describe, expect, it } from "vitest";
import type { ScenarioSheet } from "../../src/excel/host.ts";
import { taskpaneText } from "../../src/strings/taskpane.ts";
import { templateText } from "../../src/strings/xlsx.ts";
import {
  FIELDS, cellValueFor, choiceLabel, choicesFor, displayValue, editsFor, fieldApplies, fieldErrors, newScenarioEdits, scenarioSummary, spinNumber, spinPrecision, type FieldSpec,
} from "../../src/taskpane/scenarioFields.ts";

const field = (key: FieldSpec["key"]) => FIELDS.find((f) => f.key === key)!;

const sheet: ScenarioSheet = {
  sheet: "Scenarier",
  headerRow: 0,
  labelCol: 0,
  lastRow: 11,
  parameters: [
    { key: "positions", label: "Antal tjänster", row: 1 },
    { key: "regionShare", label: "Regionens andel (%)", row: 11 },
  ],
  scenarios: [{ name: "A", col: 1, values: { positions: 3, regionShare: 0.5 }, formats: { regionShare: "0%" } }],
};

describe("scenario card fields", () => {
  it("show cells the Swedish way", () => {
    expect(displayValue(field("costPerPosition"), 1_000_000, "#,##0")).toBe("1 000 000");
    expect(displayValue(field("regionShare"), 0.5, "0%")).toBe("50 %");
    expect(displayValue(field("regionShare"), 50, "General")).toBe("50 %");
    expect(displayValue(field("regionShare"), "50 %", "General")).toBe("50 %");
    expect(displayValue(field("populationDate"), new Date(Date.UTC(2021, 5, 30)), "yyyy-mm-dd")).toBe("2021-06-30");
    expect(displayValue(field("indexSeries"), null, "General")).toBe("Ingen");
    expect(displayValue(field("key"), "", "General")).toBe("Befolkning");
  });

  it("show counts and years the Swedish way, and the SpinButton reads them back", () => {
    expect(displayValue(field("positions"), 3.5, "General")).toBe("3,5");
    expect(displayValue(field("positions"), 4, "General")).toBe("4");
    expect(displayValue(field("positions"), 1200, "General")).toBe("1 200");
    expect(displayValue(field("firstYear"), 2023, "General")).toBe("2023");
    expect(displayValue(field("indexLag"), 0.25, "General")).toBe("0,25");
    expect(displayValue(field("unit"), 1000, "General")).toBe("1000");
    for (const value of [3.5, 4, 1200, 0.25, -1.5]) expect(spinNumber(displayValue(field("positions"), value, "General"))).toBe(value);
    expect(spinNumber(displayValue(field("firstYear"), 2023, "General"))).toBe(2023);
    expect(spinNumber("")).toBeNull();
    expect(spinNumber("tre")).toBeNull();
    expect(cellValueFor(field("positions"), "3,5")).toEqual({ ok: true, value: 3.5 });
    expect([spinPrecision(3.5), spinPrecision(4), spinPrecision(0.25), spinPrecision(null)]).toEqual([1, 0, 2, 0]);
  });

  it("turn entries into cell values and formats", () => {
    expect(cellValueFor(field("costPerPosition"), "1 000 000")).toEqual({ ok: true, value: 1_000_000, format: "#,##0" });
    expect(cellValueFor(field("annualCost"), "2 451 070 kr")).toEqual({ ok: true, value: 2_451_070, format: "#,##0" });
    expect(cellValueFor(field("costPerPosition"), "mycket")).toMatchObject({ ok: false });
    expect(cellValueFor(field("regionShare"), "50 %")).toEqual({ ok: true, value: 0.5, format: "0%" });
    expect(cellValueFor(field("regionShare"), "12,5")).toEqual({ ok: true, value: 0.125, format: "0.0%" });
    expect(cellValueFor(field("regionShare"), "hälften")).toMatchObject({ ok: false });
    expect(cellValueFor(field("positions"), "5")).toEqual({ ok: true, value: 5 });
    expect(cellValueFor(field("indexSeries"), "LPI")).toEqual({ ok: true, value: "LPI" });
    expect(cellValueFor(field("indexSeries"), "Ingen")).toEqual({ ok: true, value: null });
    expect(cellValueFor(field("unit"), "1000")).toEqual({ ok: true, value: 1000 });
    // A custom cell text kept as an option: a number when it reads as one, else written as it is.
    expect(cellValueFor(field("unit"), "1 000 kr")).toEqual({ ok: true, value: 1000 });
    expect(cellValueFor(field("unit"), "1 000")).toEqual({ ok: true, value: 1000 });
    expect(cellValueFor(field("unit"), "tusen")).toEqual({ ok: true, value: "tusen" });
    expect(cellValueFor(field("participants"), "  ")).toEqual({ ok: true, value: null });
  });

  it("offer the workbook's series, dates and key columns, and keep a custom value", () => {
    const context = { series: ["LPI", "LPIK"], dates: ["2021-06-30", "2023-12-31"], keyColumns: ["Skattekraft"] };
    expect(choicesFor("indexSeries", context, "LPI")).toEqual(["Ingen", "LPI", "LPIK"]);
    expect(choicesFor("key", context, "Viktad: 70 % befolkning, 30 % lika delar")).toEqual([
      "Befolkning", "Lika delar", "Fast belopp + befolkning", "Kolumn: Skattekraft", "Viktad: 70 % befolkning, 30 % lika delar",
    ]);
    expect(choicesFor("populationDate", context, "2023: 2021-06-30")).toEqual(["Senaste före året", "2021-06-30", "2023-12-31", "2023: 2021-06-30"]);
  });

  it("edit the parameter's row, or add the row with its label when the sheet lacks it", () => {
    expect(editsFor(sheet, "positions", 1, { value: 4 })).toEqual([{ row: 1, col: 1, value: 4 }]);
    expect(editsFor(sheet, "unit", 1, { value: 1000 })).toEqual([
      { row: 12, col: 0, value: "Avrundningsenhet" },
      { row: 12, col: 1, value: 1000 },
    ]);
  });

  it("add a parameter row below the sheet's last used row, never over a note row the parser skipped", () => {
    // Row 13 (0-based 12) holds a note ("Anm.: …") below the last parameter; row 14 is the last used.
    const withNote: ScenarioSheet = { ...sheet, lastRow: 13 };
    expect(editsFor(withNote, "unit", 1, { value: 1000 })).toEqual([
      { row: 14, col: 0, value: "Avrundningsenhet" },
      { row: 14, col: 1, value: 1000 },
    ]);
  });

  it("add a scenario column after the last, as a copy or with defaults", () => {
    expect(newScenarioEdits(sheet, "B", sheet.scenarios[0]!, 2027)).toEqual([
      { row: 0, col: 2, value: "B" },
      { row: 1, col: 2, value: 3 },
      { row: 11, col: 2, value: 0.5, format: "0%" },
    ]);
    expect(newScenarioEdits(sheet, "Scenario 2", null, 2027)).toEqual([
      { row: 0, col: 2, value: "Scenario 2" },
      { row: 1, col: 2, value: 1 },
      { row: 11, col: 2, value: 0.5, format: "0%" },
    ]);
    const fresh = newScenarioEdits(null, "Scenario 1", null, 2027);
    expect(fresh[0]).toEqual({ row: 0, col: 0, value: taskpaneText.scenarios.parameterHeader });
    // The same header as the template workbook's.
    expect(taskpaneText.scenarios.parameterHeader).toBe(templateText.scenarios.parameter);
    expect(fresh).toContainEqual({ row: 5, col: 1, value: 2027 });
    expect(fresh.filter((e) => e.col === 0)).toHaveLength(FIELDS.length + 1);
  });
});

describe("what the card shows", () => {
  it("hides Årskostnad when positions are given and the fixed amount unless the key uses it, never a field with a value", () => {
    expect(fieldApplies("annualCost", { positions: 4 })).toBe(false);
    expect(fieldApplies("annualCost", {})).toBe(true);
    expect(fieldApplies("annualCost", { positions: 4, annualCost: 100 })).toBe(true);
    expect(fieldApplies("fixedAmount", { key: "Befolkning" })).toBe(false);
    expect(fieldApplies("fixedAmount", { key: "Fast belopp + befolkning" })).toBe(true);
    expect(fieldApplies("fixedAmount", { fixedAmount: 50_000 })).toBe(true);
    expect(fieldApplies("positions", {})).toBe(true);
  });

  it("keeps the rarely changed parameters under Avancerat", () => {
    expect(FIELDS.filter((f) => f.advanced !== true).map((f) => f.key)).toEqual([
      "positions", "costPerPosition", "annualCost", "firstYear", "lastYear", "indexSeries", "regionShare", "key", "fixedAmount", "participants",
    ]);
  });

  it("finds the errors at a scenario's cells, by parameter", () => {
    const problems = [
      { severity: "error" as const, sheet: "Scenarier", cell: "B2", message: "Antal tjänster saknas." },
      { severity: "error" as const, sheet: "Scenarier", cell: "C2", message: "Ett annat scenario." },
      { severity: "warning" as const, sheet: "Scenarier", cell: "B12", message: "En varning." },
      { severity: "error" as const, sheet: "Scenarier", cell: "B1", message: "Namnet finns redan." },
      { severity: "error" as const, sheet: "Befolkning", cell: "B2", message: "Ett annat blad." },
    ];
    expect(fieldErrors(sheet, 1, problems)).toEqual({ positions: "Antal tjänster saknas.", name: "Namnet finns redan." });
  });

  it("reads Avrundningsenhet as kronor and says 'ingen uppräkning'", () => {
    expect(["1", "1000"].map((c) => choiceLabel("unit", c))).toEqual(["1 kr", "1 000 kr"]);
    expect(choiceLabel("rounding", "Exakt summa")).toBe("Exakt summa");
    expect(scenarioSummary({ annualCost: 2_451_070, firstYear: 2022, lastYear: 2022 }, {})).toBe("2 451 070 kr/år · 2022 · ingen uppräkning");
  });
});
