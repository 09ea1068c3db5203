import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/engine/index.ts";
import { formatProblem } from "../../../src/workbook/problems.ts";
import { buildReport, type ReportSheet } from "../../../src/workbook/report/index.ts";
import { memoPopulationJune2021 as memo } from "../../fixtures/memo.ts";
import { row, rowIndex, texts, values } from "./helpers.ts";
import { currentScenario, makeRun, meta, nextScenario, warnings } from "./run.ts";

function audit(run = makeRun()): ReportSheet {
  const sheets = buildReport(run, meta);
  const sheet = sheets[sheets.length - 1]!;
  expect(sheet.role).toBe("audit");
  return sheet;
}

describe("Underlag", () => {
  const sheet = audit();

  it("has bold section titles in order", () => {
    expect(sheet.name).toBe("Underlag");
    const titles = ["Körning", "Metod", "Scenarier", "Befolkning (läst från Befolkning!A1:G17)", "Index (läst från Index!A1:D7)", "Avrundningsdifferenser", "Varningar"];
    const at = titles.map((title) => rowIndex(sheet, title));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const i of at) expect(sheet.rows[i]![0]!.bold).toBe(true);
  });

  it("shows the population's source line under the section title", () => {
    const run = makeRun();
    run.inputs.population.source = "Källa: SCB, Statistikdatabasen tabell TAB638, hämtad 2026-11-29";
    const withSource = audit(run);
    const at = rowIndex(withSource, "Befolkning (läst från Befolkning!A1:G17)");
    expect(values(withSource.rows[at + 1]!)[0]).toBe("Källa: SCB, Statistikdatabasen tabell TAB638, hämtad 2026-11-29");
  });

  it("records the run's time and program version", () => {
    // 07:08 UTC is 09:08 in Swedish summer time.
    expect(values(row(sheet, "Tidpunkt (svensk tid)")).slice(0, 2)).toEqual(["Tidpunkt (svensk tid)", "2024-05-06 09:08"]);
    expect(values(row(sheet, "Programversion")).slice(0, 2)).toEqual(["Programversion", meta.version]);
  });

  it("explains largest remainder and its tie rule", () => {
    // Long notes are broken into rows; read them as one text.
    expect(texts(sheet).join(" ")).toContain("vid lika rest går enheten till största nyckeltal, därefter lägsta kommunkod");
  });

  it("lists every scenario parameter in a column per scenario", () => {
    expect(values(row(sheet, "Parameter")).slice(0, 3)).toEqual(["Parameter", "Nuvarande avtal (3 tjänster)", "Nytt avtal (4 tjänster)"]);
    expect(values(row(sheet, "Antal tjänster")).slice(0, 3)).toEqual(["Antal tjänster", "–", 4]);
    expect(values(row(sheet, "Kostnad per tjänst (kr)")).slice(1, 3)).toEqual(["–", 1_000_000]);
    expect(values(row(sheet, "Årskostnad (kr)")).slice(1, 3)).toEqual([2_451_070, 4_000_000]);
    expect(values(row(sheet, "Basår")).slice(1, 3)).toEqual([2022, 2023]);
    expect(values(row(sheet, "Sista år")).slice(1, 3)).toEqual([2022, 2026]);
    expect(values(row(sheet, "Förlängningsår")).slice(1, 3)).toEqual([0, 1]);
    expect(values(row(sheet, "Indexserie")).slice(1, 3)).toEqual(["Ingen", "LPI"]);
    expect(values(row(sheet, "Indexeftersläpning (år)")).slice(1, 3)).toEqual([0, 0]);
    expect(values(row(sheet, "Uppräkning")).slice(1, 3)).toEqual(["Från basår", "Från basår"]);
    expect(row(sheet, "Andel Region Dalarna")[2]).toEqual({ value: 0.5, format: "0 %" });
    expect(values(row(sheet, "Fördelningsnyckel")).slice(1, 3)).toEqual(["Befolkning", "Befolkning"]);
    expect(values(row(sheet, "Befolkning avser")).slice(1, 3)).toEqual([
      "2021-06-30",
      "2023: 2021-06-30; övriga år: senaste datum före årets början",
    ]);
    expect(values(row(sheet, "Avrundning")).slice(1, 3)).toEqual(["Exakt summa (största rest)", "Exakt summa (största rest)"]);
    expect(values(row(sheet, "Avrundningsenhet")).slice(1, 3)).toEqual([1, 1]);
    expect(values(row(sheet, "Deltagande kommuner")).slice(1, 3)).toEqual(["Alla (15)", "Alla (15)"]);
  });

  it("describes other keys and participant lists in Swedish", () => {
    const blend = nextScenario({
      name: "Blandad",
      municipalities: {
        participants: ["2039", "2084"],
        key: { kind: "blend", parts: [{ key: { kind: "population" }, weight: new Dec(70) }, { key: { kind: "equal" }, weight: new Dec(30) }] },
        populationDate: { kind: "latest-before-year" },
      },
    });
    const fixed = nextScenario({
      name: "Fast del",
      municipalities: {
        participants: "all",
        key: { kind: "fixed-plus-remainder", amountPerMember: new Dec(50_000), remainderKey: { kind: "population" } },
        populationDate: { kind: "latest-before-year" },
      },
    });
    const sheet = audit(makeRun({ scenarios: [blend, fixed], comparison: null }));
    expect(values(row(sheet, "Fördelningsnyckel")).slice(1, 3)).toEqual([
      "70 % befolkning + 30 % lika delar",
      "50 000 kr per kommun, resten efter befolkning",
    ]);
    expect(row(sheet, "Deltagande kommuner")[1]!.value).toBe("Avesta, Älvdalen");
    expect(row(sheet, "Befolkning avser")[2]!.value).toBe("Senaste datum före årets början");
  });

  it("shows the population read, per municipality and date, with a sum", () => {
    const head = row(sheet, "Kommunkod");
    expect(values(head)).toEqual(["Kommunkod", "Kommun", "2019-12-31", "2021-06-30", "2021-12-31", "2023-12-31", "2024-12-31"]);
    const avesta = row(sheet, "2084");
    expect(values(avesta).slice(0, 4)).toEqual(["2084", "Avesta", 23178, memo[0]!.population]);
    expect(avesta[3]!.format).toBe("#,##0");
    expect(row(sheet, "Summa")[3]!.value).toBe(288_382);
  });

  it("shows every index value with its status and source", () => {
    const start = rowIndex(sheet, "Serie") + 1;
    const indexRows = sheet.rows.slice(start, start + 5).map((r) => values(r).slice(0, 5));
    expect(indexRows).toEqual([
      ["LPI (årlig förändring)", 2023, 0.045, "Prognos", "Exempel"],
      ["LPI (årlig förändring)", 2024, 0.031, "Prognos", "Exempel"],
      ["LPI (årlig förändring)", 2025, 0.028, "Prognos", "Exempel"],
      ["LPI (årlig förändring)", 2026, 0.025, "Prognos", "Exempel"],
      ["LPI (årlig förändring)", 2027, 0.024, "Prognos", "Exempel"],
    ]);
    expect(sheet.rows[start]![2]!.format).toBe("0.0 %");
  });

  it("says all rounding differences are zero, or lists every scenario-year when one is not", () => {
    expect(texts(sheet)).toContain("Alla avrundningsdifferenser är noll: raderna summerar exakt till totalen varje år.");
    const legacy = audit(makeRun({ scenarios: [currentScenario(), nextScenario({ rounding: { method: "round-each", unit: new Dec(1) } })] }));
    const start = rowIndex(legacy, "Avrundningsdifferenser") + 2;
    expect(legacy.rows.slice(start, start + 7).map((r) => values(r).slice(0, 3))).toEqual([
      ["Nuvarande avtal (3 tjänster)", 2022, 0],
      ["Nytt avtal (4 tjänster)", 2023, 4],
      ["Nytt avtal (4 tjänster)", 2024, 0],
      ["Nytt avtal (4 tjänster)", 2025, 2],
      ["Nytt avtal (4 tjänster)", 2026, 2],
      ["Nytt avtal (4 tjänster)", 2027, 2],
      [null, null, null],
    ]);
    expect(values(row(legacy, "Avrundning")).slice(1, 3)).toEqual(["Exakt summa (största rest)", "Varje rad (äldre metod)"]);
  });

  it("lists the warnings, formatted with their address, or Inga", () => {
    const start = rowIndex(sheet, "Varningar");
    expect(sheet.rows.slice(start + 1).map((r) => r[0]!.value)).toEqual(warnings.map(formatProblem));
    expect(sheet.rows[start + 1]![0]!.value).toBe("Index!B6: Värdet för 2027 är en prognos.");
    const quiet = audit(makeRun({ warnings: [] }));
    expect(quiet.rows[rowIndex(quiet, "Varningar") + 1]![0]!.value).toBe("Inga");
  });

  it("says when no index series were read", () => {
    const run = makeRun({ scenarios: [currentScenario(), nextScenario({ indexation: { series: null, lag: 0, method: "from-base" } })], series: [] });
    run.inputs.index = null;
    const sheet = audit(run);
    expect(sheet.rows[rowIndex(sheet, "Index") + 1]![0]!.value).toBe("Inga indexserier.");
  });
});

describe("Underlag: exact shares and the extra units", () => {
  const sheet = buildReport(makeRun(), meta).find((s) => s.role === "audit")!;
  const start = rowIndex(sheet, "Exakta andelar och avrundning");
  const table = sheet.rows.slice(start).filter((r) => r[0]!.value === "Nytt avtal (4 tjänster)" && r[1]!.value === 2023);

  it("lists each party's exact share with its amount", () => {
    const avesta = table.find((r) => r[2]!.value === "Avesta")!;
    expect(avesta[3]!.value).toBeCloseTo((2_000_000 * 22_986) / 288_382, 6);
    expect(avesta[3]!.format).toBe("#,##0.000");
    expect(avesta[4]!.value).toBe(159_413);
  });

  it("marks exactly the parties that received the units left over", () => {
    const municipalities = table.filter((r) => r[2]!.value !== "Region Dalarna");
    const floors = municipalities.reduce((acc, r) => acc + Math.floor(r[3]!.value as number), 0);
    const marked = municipalities.filter((r) => r[5]!.value === "ja");
    expect(marked.length).toBe(2_000_000 - floors);
    for (const r of marked) expect(r[4]!.value).toBe(Math.floor(r[3]!.value as number) + 1);
  });

  it("stands its headers right-aligned over numbers, and indents the index status away from the value", () => {
    const header = sheet.rows[start + 1 + sheet.rows.slice(start + 1).findIndex((r) => r[0]!.value === "Scenario")]!;
    expect(header.map((c) => c.alignRight === true)).toEqual([false, true, false, true, true, true, ...header.slice(6).map(() => false)]);
    const status = sheet.rows.find((r) => r[3]!.value === "Prognos")!;
    expect(status[3]!.indent).toBe(1);
    expect(status[2]!.format).toMatch(/%$/u);
  });
});
