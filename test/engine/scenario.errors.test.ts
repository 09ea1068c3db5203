import { describe, expect, it } from "vitest";
import { Dec, EngineError, compareScenarios, computeScenario, computeScenarios, type Scenario } from "../../src/engine/index.ts";
import { changeSeries, dalarnaData, rssScenario } from "../fixtures/engine.ts";

function errorOf(run: () => unknown): EngineError {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error("expected an EngineError");
}

const population = { kind: "population" } as const;
const latest = { kind: "latest-before-year" } as const;

const cases: [string, Partial<Scenario>, ReturnType<typeof dalarnaData> | null, string, RegExp][] = [
  ["a missing index value names the series and year", {}, dalarnaData([changeSeries("LPI", { 2024: "0.03", 2026: "0.02" })]), "missingIndexValue", /LPI saknar värde för år 2025/],
  ["an unknown index series lists the known ones", { indexation: { series: "PKV", lag: 0, method: "from-base" } }, null, "unknownIndexSeries", /PKV finns inte.*LPI/],
  ["a change of −100 %", {}, dalarnaData([changeSeries("LPI", { 2024: "-1", 2025: "0", 2026: "0" })]), "indexChangeTooLow", /2024/],
  ["first year after last year", { firstYear: 2027, lastYear: 2026 }, null, "firstYearAfterLastYear", /Första år \(2027\)/],
  ["a first year before the base year", { firstYear: 2022 }, null, "yearBeforeBaseYear", /2022.*basåret 2023/],
  ["a negative number of extensions", { extensionYears: -1 }, null, "negativeExtensions", /-1/],
  ["a negative lag", { indexation: { series: "LPI", lag: -1, method: "from-base" } }, null, "negativeLag", /eftersläpningen/],
  ["an implausible year", { firstYear: 23, lastYear: 2026 }, null, "invalidYear", /23/],
  ["a region share above 100 %", { fixedParties: [{ id: "region", name: "Region Dalarna", share: new Dec("1.2") }] }, null, "sharesAboveWhole", /120 %/],
  ["a negative share", { fixedParties: [{ id: "region", name: "Region Dalarna", share: new Dec("-0.1") }] }, null, "negativeShare", /Region Dalarna/],
  ["a negative cost", { cost: { kind: "annual", amount: new Dec(-5) } }, null, "negativeCost", /negativ/],
  ["an unknown participant", { municipalities: { participants: ["9999"], key: population, populationDate: latest } }, null, "unknownParticipant", /9999/],
  ["no participants while the municipalities pay", { municipalities: { participants: [], key: population, populationDate: latest } }, null, "noParticipants", /inga deltagande/],
  ["no population date before the first year", { baseYear: 2019, firstYear: 2019, indexation: { series: null, lag: 0, method: "from-base" } }, null, "noPopulationDate", /före år 2019/],
  ["a chosen population date that does not exist", { municipalities: { participants: "all", key: population, populationDate: { kind: "fixed", date: "2022-12-31" } } }, null, "unknownPopulationDate", /2022-12-31/],
  ["an unknown key column", { municipalities: { participants: "all", key: { kind: "column", column: "Skattekraft" }, populationDate: latest } }, null, "missingKeyValue", /Skattekraft/],
  ["a fixed amount larger than the pool", { municipalities: { participants: "all", key: { kind: "fixed-plus-remainder", amountPerMember: new Dec(200_000), remainderKey: population }, populationDate: latest } }, null, "fixedAmountTooLarge", /200 000 kr per kommun/],
  ["a blend of only zero weights", { municipalities: { participants: "all", key: { kind: "blend", parts: [{ key: population, weight: new Dec(0) }] }, populationDate: latest } }, null, "emptyBlend", /minst en del/],
];

describe("scenario input errors", () => {
  it.each(cases)("%s", (_, overrides, data, code, message) => {
    const error = errorOf(() => computeScenario(rssScenario(overrides), data ?? dalarnaData()));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("a municipality without population for the date", () => {
    const data = dalarnaData();
    const municipalities = data.municipalities.map((m, i) => (i === 3 ? { ...m, population: new Map() } : m));
    const error = errorOf(() => computeScenario(rssScenario(), { ...data, municipalities }));
    expect(error.code).toBe("missingPopulation");
    expect(error.message).toMatch(/Gagnef saknar befolkning för 2021-12-31/);
  });

  it("two scenarios with the same name", () => {
    const error = errorOf(() => computeScenarios([rssScenario(), rssScenario()], dalarnaData()));
    expect(error.code).toBe("duplicateScenarioName");
  });

  it("a comparison year outside a scenario", () => {
    const result = computeScenario(rssScenario(), dalarnaData());
    const error = errorOf(() => compareScenarios(result, result, { yearA: 2030 }));
    expect(error.message).toMatch(/inget resultat för år 2030/);
  });
});
