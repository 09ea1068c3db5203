import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/engine/index.ts";
import { buildReport, type ReportSheet } from "../../../src/workbook/report/index.ts";
import { exampleLpi } from "../../fixtures/engine.ts";
import { memoPopulationJune2021 as memo } from "../../fixtures/memo.ts";
import { row, rowIndex, values } from "./helpers.ts";
import { currentScenario, makeRun, meta, nextScenario } from "./run.ts";

function schedules(run = makeRun()): ReportSheet[] {
  return buildReport(run, meta).filter((sheet) => sheet.role === "schedule");
}

/** The party rows (fixed parties and municipalities) between the header and "Summa kommuner". */
function partyRows(sheet: ReportSheet) {
  return sheet.rows.slice(3, rowIndex(sheet, "Summa kommuner"));
}

describe("Flerår", () => {
  const [current, next] = schedules();

  it("is one sheet per scenario, in scenario order, linked to its scenario", () => {
    expect(current!.scenario).toBe("Nuvarande avtal (3 tjänster)");
    expect(next!.scenario).toBe("Nytt avtal (4 tjänster)");
    expect(next!.rows[0]![0]).toEqual({
      value: "Nytt avtal (4 tjänster): fördelning per år 2023–2026, med förlängning till och med 2027",
      bold: true,
    });
    expect(next!.freezeRows).toBe(3);
    expect(next!.columnWidths).toHaveLength(7);
  });

  it("has a column per year, the extension year marked, and Summa perioden", () => {
    expect(values(next!.rows[2]!)).toEqual(["Part", "2023", "2024", "2025", "2026", "2027 (förlängning)", "Summa perioden"]);
    expect(values(current!.rows[2]!)).toEqual(["Part", "2022", "Summa perioden"]);
  });

  it("lists the region first, then the municipalities in the first year's order", () => {
    expect(partyRows(next!).map((r) => r[0]!.value)).toEqual(["Region Dalarna", ...memo.map((m) => m.name)]);
    expect(values(next!.rows[4]!).slice(0, 2)).toEqual(["Avesta", memo[0]!.largestRemainder]);
  });

  it("adds up: parties to Totalt in every year, Totalt to the year's total, Summa perioden to the row sum", () => {
    for (const [sheet, result] of [[current!, makeRun().results[0]!], [next!, makeRun().results[1]!]] as const) {
      const years = result.years.length;
      const parties = partyRows(sheet);
      const municipalities = parties.filter((r) => r[0]!.value !== "Region Dalarna");
      const total = row(sheet, "Totalt");
      const municipalTotal = row(sheet, "Summa kommuner");
      expect(total.every((cell) => cell.bold === true)).toBe(true);
      expect(municipalTotal.every((cell) => cell.bold === true)).toBe(true);
      for (let c = 1; c <= years; c++) {
        const column = (rows: typeof parties) => rows.reduce((acc, r) => acc + (r[c]!.value as number), 0);
        expect(column(parties)).toBe(total[c]!.value);
        expect(column(municipalities)).toBe(municipalTotal[c]!.value);
        expect(total[c]!.value).toBe(result.years[c - 1]!.total.toNumber());
      }
      for (const r of [...parties, municipalTotal, total]) {
        const yearSum = r.slice(1, years + 1).reduce((acc, cell) => acc + (cell.value as number), 0);
        expect(r[years + 1]!.value).toBe(yearSum);
        expect(r.slice(1).every((cell) => cell.format === "#,##0" && typeof cell.value === "number")).toBe(true);
      }
    }
  });

  it("shows the index factor, the population date and the index values newly used each year", () => {
    const factor = row(next!, "Indexfaktor från basår");
    expect(values(factor)).toEqual(["Indexfaktor från basår", 1, 1.031, 1.059868, 1.0863647, 1.1124374528, null]);
    expect(factor[2]!.format).toBe("0.000000");
    expect(values(row(next!, "Befolkning avser"))).toEqual([
      "Befolkning avser", "2021-06-30", "2023-12-31", "2024-12-31", "2024-12-31", "2024-12-31", null,
    ]);
    expect(values(row(next!, "Indexvärden"))).toEqual([
      "Indexvärden", "–", "LPI 2024 3,1 % (prognos)", "LPI 2025 2,8 % (prognos)", "LPI 2026 2,5 % (prognos)", "LPI 2027 2,4 % (prognos)", null,
    ]);
    expect(() => rowIndex(next!, "Avrundningsdifferens")).toThrow();
  });

  it("notes the cost basis, uprating, shares and rounding", () => {
    const notes = next!.rows.filter((r) => r[0]!.italic === true).map((r) => r[0]!.value);
    expect(notes).toEqual([
      "Kostnad: 4 tjänster × 1 000 000 kr, basår 2023.",
      "Uppräkning: LPI, eftersläpning 0 år, från basår.",
      "Fördelning: Region Dalarna 50 % och kommunerna gemensamt 50 % fördelat efter befolkning.",
      "Avrundning: största rest – raderna summerar exakt till totalen.",
    ]);
    const chained = schedules(makeRun({ scenarios: [currentScenario(), nextScenario({ indexation: { series: "LPI", lag: 1, method: "chained" } })], comparison: null }))[1]!;
    expect(chained.rows.some((r) => r[0]!.value === "Uppräkning: LPI, eftersläpning 1 år, kedjad på föregående års avrundade belopp.")).toBe(true);
    const annual = current!.rows.filter((r) => r[0]!.italic === true).map((r) => r[0]!.value);
    expect(annual.slice(0, 2)).toEqual(["Kostnad: 2 451 070 kr per år, basår 2022.", "Uppräkning: ingen – samma belopp varje år."]);
  });

  it("shows the rounding differences per year when any is non-zero (legacy round-each)", () => {
    const legacy = nextScenario({ rounding: { method: "round-each", unit: new Dec(1) } });
    const sheet = schedules(makeRun({ scenarios: [currentScenario(), legacy] }))[1]!;
    const difference = row(sheet, "Avrundningsdifferens");
    expect(difference[1]).toEqual({ value: 4, format: "#,##0" });
    expect(row(sheet, "Summa kommuner")[1]!.value).toBe(2_000_004);
    expect(row(sheet, "Totalt")[1]!.value).toBe(4_000_000);
  });

  it("gives a party missing in some year 0 there", () => {
    const police = { id: "polisen", name: "Polisen", share: new Dec("0.1") };
    const early = nextScenario({ name: "Med polisen", fixedParties: [{ id: "region", name: "Region Dalarna", share: new Dec("0.4") }, police] });
    const run = makeRun({ scenarios: [currentScenario(), early], comparison: null });
    // Take the police out of the later years by hand: a party that is not in every year.
    const result = run.results[1]!;
    result.years = result.years.map((year, i) => (i === 0 ? year : { ...year, rows: year.rows.filter((r) => r.partyId !== "polisen") }));
    const sheet = schedules(run)[1]!;
    const policeRow = row(sheet, "Polisen");
    expect(values(policeRow)).toEqual(["Polisen", 400_000, 0, 0, 0, 0, 400_000]);
    expect(partyRows(sheet)[0]![0]!.value).toBe("Region Dalarna");
    expect(partyRows(sheet)[1]![0]!.value).toBe("Polisen");
  });

  it("lists the values a first year after the base year already uses, with their status, in Swedish form", () => {
    const lagged = nextScenario({ indexation: { series: "LPI", lag: 1, method: "from-base" }, baseYear: 2022, firstYear: 2023, extensionYears: 0 });
    const lpi = { ...exampleLpi, values: new Map([...exampleLpi.values, [2022, { value: new Dec("0.0305"), status: "utfall" as const, source: "SKR" }]]) };
    const sheet = schedules(makeRun({ scenarios: [currentScenario(), lagged], comparison: null, series: [lpi] }))[1]!;
    expect(values(row(sheet, "Indexvärden")).slice(1, 5)).toEqual([
      "LPI 2022 3,05 % (utfall)",
      "LPI 2023 4,5 % (prognos)",
      "LPI 2024 3,1 % (prognos)",
      "LPI 2025 2,8 % (prognos)",
    ]);
  });

  it("shows a level series' levels and status", () => {
    const levels = {
      name: "PKV",
      kind: "level" as const,
      values: new Map([
        [2023, { value: new Dec("100"), status: "utfall" as const, source: "SKR" }],
        [2024, { value: new Dec("103.25"), status: "prognos" as const, source: "SKR" }],
      ]),
    };
    const scenario = nextScenario({ indexation: { series: "PKV", lag: 0, method: "from-base" }, lastYear: 2024, extensionYears: 0 });
    const sheet = schedules(makeRun({ scenarios: [currentScenario(), scenario], comparison: null, series: [levels] }))[1]!;
    expect(values(row(sheet, "Indexvärden"))).toEqual(["Indexvärden", "PKV 2023 100 (utfall)", "PKV 2024 103,25 (prognos)", null]);
    expect(row(sheet, "Indexfaktor från basår")[2]!.value).toBe(1.0325);
  });
});
