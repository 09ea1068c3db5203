import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/workbook/report/index.ts";
import { makeRun, meta, currentScenario, nextScenario } from "./run.ts";
import { isValidSheetName } from "./helpers.ts";

describe("buildReport", () => {
  it("gives Jämförelse, one Flerår sheet per scenario in order, then Underlag", () => {
    const sheets = buildReport(makeRun(), meta);
    expect(sheets.map((s) => s.role)).toEqual(["comparison", "schedule", "schedule", "audit"]);
    expect(sheets.map((s) => s.scenario)).toEqual([null, "Nuvarande avtal (3 tjänster)", "Nytt avtal (4 tjänster)", null]);
    expect(sheets.map((s) => s.name)).toEqual([
      "Jämförelse",
      "Flerår – Nuvarande avtal",
      "Flerår – Nytt avtal",
      "Underlag",
    ]);
  });

  it("gives Fördelning instead of Jämförelse when no comparison was chosen", () => {
    const sheets = buildReport(makeRun({ comparison: null }), meta);
    expect(sheets.map((s) => s.role)).toEqual(["distribution", "schedule", "schedule", "audit"]);
  });

  it("adds a Fakturaunderlag for each year asked for, after the Flerår sheets", () => {
    const sheets = buildReport(makeRun(), meta, { invoiceYears: [2025, 2024, 2025, 1999] });
    expect(sheets.map((s) => s.name)).toEqual([
      "Jämförelse", "Flerår – Nuvarande avtal", "Flerår – Nytt avtal", "Fakturaunderlag 2024", "Fakturaunderlag 2025", "Underlag",
    ]);
  });

  it("makes valid, unique names from long names, forbidden characters and names that collide after truncation", () => {
    const scenarios = [
      currentScenario({ name: "Alternativ A: 3/4 tjänster [utkast] med lång beskrivning" }),
      nextScenario({ name: "Alternativ A: 3/4 tjänster [utkast] med lång beskrivning, version 2" }),
      nextScenario({ name: "'History'" }),
      nextScenario({ name: "Befolkning" }),
    ];
    const sheets = buildReport(makeRun({ scenarios, comparison: null }), meta);
    const names = sheets.map((s) => s.name);
    for (const name of names) expect(isValidSheetName(name), name).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[0]).toBe("Fördelning");
    // Cut between words the first two would be the same: numbered by position instead.
    expect(names[1]).toBe("Flerår 1");
    expect(names[2]).toBe("Flerår 2");
    expect(names[3]).toBe("Flerår – 'History"); // no apostrophe at the end
  });

  it("never takes the name of an input sheet", () => {
    const run = makeRun();
    run.inputs.population.range = "Underlag!A1:G17";
    const names = buildReport(run, meta).map((s) => s.name);
    expect(names).toContain("Underlag (2)");
    expect(names).not.toContain("Underlag");
  });

  it("makes every sheet rectangular, with a width per column and the header frozen", () => {
    for (const sheet of buildReport(makeRun(), meta)) {
      const width = sheet.rows[0]!.length;
      expect(sheet.rows.every((r) => r.length === width), sheet.name).toBe(true);
      expect(sheet.columnWidths).toHaveLength(width);
      expect(sheet.columnWidths.every((w) => w >= 8 && w <= 40)).toBe(true);
      expect(sheet.freezeRows).toBeGreaterThanOrEqual(1);
      expect(sheet.print.fitToPagesWide).toBe(1);
    }
  });

  it("stores only strings, finite numbers and null", () => {
    for (const sheet of buildReport(makeRun(), meta)) {
      for (const cell of sheet.rows.flat()) {
        expect(cell.value === null || typeof cell.value === "string" || Number.isFinite(cell.value)).toBe(true);
      }
    }
  });

  it("is deterministic: the same inputs give the same sheets", () => {
    const first = buildReport(makeRun(), meta);
    const second = buildReport(makeRun(), meta);
    expect(second).toStrictEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const run = makeRun();
    expect(buildReport(run, meta)).toStrictEqual(buildReport(run, meta));
  });
});
