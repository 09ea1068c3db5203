import { describe, expect, it } from "vitest";
import { buildReport, invoiceScenario, invoiceYears } from "../../../src/workbook/report/index.ts";
import { memoPopulationJune2021 as memo } from "../../fixtures/memo.ts";
import { row, texts } from "./helpers.ts";
import { currentScenario, makeRun, meta, nextScenario } from "./run.ts";

describe("Fakturaunderlag <år>", () => {
  const run = makeRun();
  const sheets = buildReport(run, meta, { invoiceYears: [2024] });
  const sheet = sheets.find((s) => s.role === "invoice")!;
  const schedule = sheets.find((s) => s.name === "Flerår – Nytt avtal")!;
  const header = sheet.rows.findIndex((r) => r[0]!.value === "Kommunkod");

  it("is invoiced by the comparison's B when it covers the year, else by the first scenario that does", () => {
    expect(invoiceScenario(run, 2024)!.scenario.name).toBe("Nytt avtal (4 tjänster)");
    expect(invoiceScenario(run, 2022)!.scenario.name).toBe("Nuvarande avtal (3 tjänster)");
    expect(invoiceScenario(run, 2030)).toBeNull();
    expect(invoiceYears(run)).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
    expect(sheet.name).toBe("Fakturaunderlag 2024");
    expect(sheet.scenario).toBe("Nytt avtal (4 tjänster)");
  });

  it("lists kommunkod, name, share and the Flerår year's amount per municipality, and their sum", () => {
    const yearCol = schedule.rows[2]!.findIndex((cell) => cell.value === "2024");
    const body = sheet.rows.slice(header + 1, header + 1 + memo.length);
    expect(body.map((r) => r[0]!.value)).toEqual(memo.map((m) => m.code));
    expect(body.map((r) => r[1]!.value)).toEqual(memo.map((m) => m.name));
    for (const r of body) expect(r[3]!.value).toBe(row(schedule, r[1]!.value as string)[yearCol]!.value);
    const sum = row(sheet, "Summa kommuner");
    expect(sum[3]!.value).toBe(row(schedule, "Summa kommuner")[yearCol]!.value);
    expect(sum[2]!.value).toBe(1);
    expect(sum.every((cell) => cell.ruleAbove === true)).toBe(true);
  });

  it("cites the agreement, the year's total, the index and its status, the population date and the share", () => {
    const all = texts(sheet).join(" ");
    expect(all).toContain("Enligt avtalet (p. 8) fakturerar Region Dalarna varje kommun årligen dess andel av årets kostnad.");
    expect(all).toContain("Årets kostnad 2024: 4 124 000 kr (uppräkning: LPI 2024 3,1 % (prognos)).");
    const avesta = sheet.rows[header + 1]![4]!.value as string;
    expect(avesta).toMatch(/^Nytt avtal \(4 tjänster\) 2024 enligt avtal p\. 8: 7,92 % av kommunernas del \(befolkning 2023-12-31\) av årets kostnad 4 124 000 kr \(LPI 2024 3,1 % \(prognos\)\)\.$/u);
  });

  it("warns that a forecast decided the amounts, and says nothing of the kind for a year without uprating", () => {
    expect(texts(sheet).join(" ")).toContain("Obs! Årets kostnad bygger på prognos (LPI 2024 3,1 % (prognos)), inte utfall.");
    const none = buildReport(makeRun({ scenarios: [currentScenario(), nextScenario()] }), meta, { invoiceYears: [2022] }).find((s) => s.role === "invoice")!;
    expect(texts(none).join(" ")).not.toContain("Obs!");
    expect(texts(none).join(" ")).toContain("uppräkning: ingen uppräkning");
  });
});
