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
    expect(next!.columnWidths).toHaveLength(8);
  });

  it("has the kommunkod, a column per year, the period's sum, then the extension year apart", () => {
    expect(values(next!.rows[2]!)).toEqual(["Kommunkod", "Part", "2023", "2024", "2025", "2026", "Summa 2023–2026", "2027 (förlängning)"]);
    expect(values(current!.rows[2]!)).toEqual(["Kommunkod", "Part", "2022", "Summa 2022"]);
  });

  it("sums the agreement period only: the extension year stands apart", () => {
    const result = makeRun().results[1]!;
    for (const label of ["Region Dalarna", "Avesta", "Summa kommuner", "Totalt"]) {
      const cells = row(next!, label);
      const period = cells.slice(2, 6).reduce((acc, cell) => acc + (cell.value as number), 0);
      expect(cells[6]!.value, label).toBe(period);
    }
    expect(row(next!, "Totalt")[6]!.value).toBe(result.years.slice(0, 4).reduce((acc, y) => acc + y.total.toNumber(), 0));
    expect(row(next!, "Totalt")[7]!.value).toBe(result.years[4]!.total.toNumber());
  });

  it("lists the region first, then the municipalities in the first year's order", () => {
    expect(partyRows(next!).map((r) => r[1]!.value)).toEqual(["Region Dalarna", ...memo.map((m) => m.name)]);
    expect(values(next!.rows[4]!).slice(0, 3)).toEqual([memo[0]!.code, "Avesta", memo[0]!.largestRemainder]);
    expect(partyRows(next!)[0]![0]!.value).toBeNull();
  });

  it("adds up: parties to Totalt in every year, Totalt to the year's total, Summa perioden to the row sum", () => {
    for (const [sheet, result] of [[current!, makeRun().results[0]!], [next!, makeRun().results[1]!]] as const) {
      const years = result.years.length;
      const parties = partyRows(sheet);
      const municipalities = parties.filter((r) => r[1]!.value !== "Region Dalarna");
      const total = row(sheet, "Totalt");
      const municipalTotal = row(sheet, "Summa kommuner");
      expect(total.every((cell) => cell.bold === true)).toBe(true);
      expect(municipalTotal.every((cell) => cell.bold === true)).toBe(true);
      const period = result.years.filter((y) => !y.isExtension).length;
      // Column of each year: the period's years from column 2, then the sum, then the extension years.
      const columnOf = (y: number) => (y < period ? 2 + y : 3 + y);
      for (let y = 0; y < years; y++) {
        const c = columnOf(y);
        const column = (rows: typeof parties) => rows.reduce((acc, r) => acc + (r[c]!.value as number), 0);
        expect(column(parties)).toBe(total[c]!.value);
        expect(column(municipalities)).toBe(municipalTotal[c]!.value);
        expect(total[c]!.value).toBe(result.years[y]!.total.toNumber());
      }
      for (const r of [...parties, municipalTotal, total]) {
        const periodSum = r.slice(2, 2 + period).reduce((acc, cell) => acc + (cell.value as number), 0);
        expect(r[2 + period]!.value).toBe(periodSum);
        expect(r.slice(2).every((cell) => cell.format === "#,##0" && typeof cell.value === "number")).toBe(true);
      }
    }
  });

  it("shows the index factor, the population date and the index values newly used each year", () => {
    // Each value in its year's column (the period's sum column empty), right-aligned as the numbers are.
    const factor = row(next!, "Indexfaktor från basår");
    expect(values(factor)).toEqual([null, "Indexfaktor från basår", 1, 1.031, 1.059868, 1.0863647, null, 1.1124374528]);
    expect(factor[3]!.format).toBe("0.000000");
    const dates = row(next!, "Befolkning avser");
    expect(values(dates)).toEqual([null, "Befolkning avser", "2021-06-30", "2023-12-31", "2024-12-31", "2024-12-31", null, "2024-12-31"]);
    expect(dates[2]!.alignRight).toBe(true);
    expect(values(row(next!, "Indexvärden"))).toEqual([
      null, "Indexvärden", "–", "LPI 2024 3,1 % (prognos)", "LPI 2025 2,8 % (prognos)", "LPI 2026 2,5 % (prognos)", null, "LPI 2027 2,4 % (prognos)",
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
    // Above Totalt, with the sign that makes the column add up.
    const difference = row(sheet, "Avrundningsdifferens");
    expect(difference[2]).toEqual({ value: -4, format: "#,##0" });
    expect(row(sheet, "Summa kommuner")[2]!.value).toBe(2_000_004);
    expect(row(sheet, "Totalt")[2]!.value).toBe(4_000_000);
    expect(rowIndex(sheet, "Totalt")).toBe(rowIndex(sheet, "Avrundningsdifferens") + 1);
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
    expect(values(policeRow)).toEqual([null, "Polisen", 400_000, 0, 0, 0, 400_000, 0]);
    expect(partyRows(sheet)[0]![1]!.value).toBe("Region Dalarna");
    expect(partyRows(sheet)[1]![1]!.value).toBe("Polisen");
  });

  it("lists the values a first year after the base year already uses, with their status, in Swedish form", () => {
    const lagged = nextScenario({ indexation: { series: "LPI", lag: 1, method: "from-base" }, baseYear: 2022, firstYear: 2023, extensionYears: 0 });
    const lpi = { ...exampleLpi, values: new Map([...exampleLpi.values, [2022, { value: new Dec("0.0305"), status: "utfall" as const, source: "SKR" }]]) };
    const sheet = schedules(makeRun({ scenarios: [currentScenario(), lagged], comparison: null, series: [lpi] }))[1]!;
    expect(values(row(sheet, "Indexvärden")).slice(2, 6)).toEqual([
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
    expect(values(row(sheet, "Indexvärden"))).toEqual([null, "Indexvärden", "PKV 2023 100 (utfall)", "PKV 2024 103,25 (prognos)", null]);
    expect(row(sheet, "Indexfaktor från basår")[3]!.value).toBe(1.0325);
  });
});
