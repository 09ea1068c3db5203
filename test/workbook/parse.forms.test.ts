import { describe, expect, it } from "vitest";
import { fractionToDecimal, sum } from "../../src/engine/index.ts";
import type { CellValue } from "../../src/workbook/cell.ts";
import { isDateFormat } from "../../src/workbook/grid.ts";
import { parseInputs } from "../../src/workbook/parse/index.ts";
import { formatProblem } from "../../src/workbook/problems.ts";
import { runInputs } from "../../src/workbook/run.ts";
import { exampleGrids, grid } from "../fixtures/grids.ts";
import { memoPopulationJune2021 as memo } from "../fixtures/memo.ts";
import type { Sheets } from "../fixtures/badInputs.ts";

function parsedOk(edit: (s: Sheets) => void) {
  const outcome = parseInputs(exampleGrids(edit));
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
  return outcome;
}

const NBSP = "\u00a0";

describe("accepted forms", () => {
  it("numbers as Swedish text: spaces, no-break spaces, decimal comma, kr and %", () => {
    const { inputs } = parsedOk((s) => {
      s.population[1]![3] = "22 986";
      s.population[2]![3] = `52${NBSP}460`;
      s.scenarios[3]![1] = "2 451 070 kr";
      s.scenarios[11]![2] = "50 %";
      s.scenarios[11]![1] = 50; // no percent format: percent points
      s.formats.scenarios["11,1"] = "General";
      s.index[2]![1] = "3,1 %"; // text with a percent sign
      s.index[3]![1] = "2,8"; // unformatted: percent points
      s.formats.index["3,1"] = "General";
    });
    expect(inputs.data.municipalities[1]!.population.get("2021-06-30")!.toNumber()).toBe(52460);
    expect(inputs.scenarios[0]!.cost).toMatchObject({ kind: "annual" });
    expect(inputs.scenarios.map((s) => s.fixedParties[0]!.share.toString())).toEqual(["0.5", "0.5"]);
    const lpi = inputs.index!.series[0]!;
    expect([2024, 2025].map((y) => lpi.values.get(y)!.value.toString())).toEqual(["0.031", "0.028"]);
  });

  it("date headers as dates, Excel serials and years; a title row above the header", () => {
    const { inputs } = parsedOk((s) => {
      s.population[0]![2] = new Date(Date.UTC(2019, 11, 31));
      s.population[0]![3] = 44377; // Excel's serial for 2021-06-30
      s.population[0]![6] = 2024; // a year means 31 December
      s.population.unshift(["Befolkning per kommun (SCB)"], []);
    });
    expect(inputs.population.dates).toEqual(["2019-12-31", "2021-06-30", "2021-12-31", "2023-12-31", "2024-12-31"]);
    expect(inputs.population.range).toBe("Befolkning!A1:G19");
  });

  it("names only, codes only, with 'kommun' suffixes and slash variants", () => {
    const namesOnly = parsedOk((s) => {
      s.population = s.population.map((row) => row.slice(1));
      s.population[8]![0] = "Malung/Sälen";
      s.population[13]![0] = "Säters kommun";
      s.population[3]![0] = "FALU KOMMUN";
    });
    expect(namesOnly.inputs.data.municipalities.map((m) => m.id)).toEqual(memo.map((m) => m.code));
    const codesOnly = parsedOk((s) => {
      s.population = s.population.map((row, i) => (i === 16 ? ["Summa", ...row.slice(2)] : [row[0]!, ...row.slice(2)]));
      s.population[0]![0] = "Kommunkod";
      s.population[1]![0] = 2084; // a number
    });
    expect(codesOnly.inputs.data.municipalities.map((m) => m.name)).toEqual(memo.map((m) => m.name));
  });

  it("any range: blank rows and columns around the table, and addresses that follow the range's position", () => {
    const grids = exampleGrids();
    const shifted = (values: CellValue[][]) => [[], [null, null], ...values.map((row) => [null, null, ...row, null])];
    const population = { ...grid("Data", shifted(grids.population!.values)), top: 4, left: 1 };
    population.values[6]![2] = null; // Gagnef's code gone: the row is read by its name
    population.values[6]![3] = "Gäddede";
    const outcome = parseInputs({ ...grids, population });
    expect(outcome.ok).toBe(false);
    // values[6] sits at sheet row 4 + 6 + 1 = 11, values[6][3] at column 1 + 3 = E.
    const errors = outcome.problems.filter((p) => p.severity === "error").map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Data!E11: Okänd kommun ”Gäddede”\. Menade du Gagnef/);
  });

  it("a level series, per-series status columns and a lag", () => {
    const outcome = runInputs(exampleGrids((s) => {
      s.index = [
        ["År", "PKV (nivå)", "Status PKV", "Källa"],
        [2022, 100, "Utfall", "Exempel"],
        [2023, 104, "Utfall", "Exempel"],
        [2024, 107.12, "Prognos", "Exempel"],
        [2025, 110, "Prognos", "Exempel"],
        [2026, 112, "Prognos", "Exempel"],
      ];
      s.scenarios[8]![2] = "PKV";
      s.scenarios[9]![2] = 1;
      s.scenarios[7]![2] = 0;
      s.formats.index = {};
    }));
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    const next = outcome.run.results[1]!;
    // 2024 uses level 2023 / level 2022 = 1.04
    expect(next.years.map((y) => y.total.toNumber())).toEqual([4_000_000, 4_160_000, 4_284_800, 4_400_000]);
    expect(outcome.run.inputs.index!.series[0]!.kind).toBe("level");
  });

  it("a subset of participants: Alla utom Gagnef gives 14 municipalities sharing the whole half", () => {
    const outcome = runInputs(exampleGrids((s) => { s.scenarios[18]![2] = "Alla utom Gagnef"; }));
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    const year = outcome.run.results[1]!.years[0]!;
    const municipalities = year.rows.filter((r) => r.kind === "municipality");
    expect(municipalities).toHaveLength(14);
    expect(municipalities.some((r) => r.name === "Gagnef")).toBe(false);
    expect(sum(municipalities.map((r) => r.amount)).toNumber()).toBe(2_000_000);
    // In the comparison Gagnef pays in A and nothing in B.
    const gagnef = outcome.run.comparison!.municipalities.find((r) => r.name === "Gagnef")!;
    expect(gagnef.b.toNumber()).toBe(0);
    // It keeps its place in the table, with its population in A and none in B, where it takes no part.
    expect(outcome.run.comparison!.municipalities.map((r) => r.name).indexOf("Gagnef")).toBe(3);
    expect(gagnef.weightB).toBeNull();
    expect(gagnef.weightA!.toNumber()).toBeGreaterThan(0);
    expect([gagnef.inA, gagnef.inB]).toEqual([true, false]);
  });

  it("keys: equal shares, a key column, a fixed amount plus population, and a blend", () => {
    const keyed = (key: string, fixed: CellValue = null) => runInputs(exampleGrids((s) => {
      s.population = s.population.map((row, i) => [...row, i === 0 ? "Skattekraft" : i === 16 ? null : 1000 + i]);
      s.scenarios[13]![2] = key;
      s.scenarios[14]![2] = fixed;
    }));
    const amounts = (outcome: ReturnType<typeof runInputs>) => {
      if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
      return outcome.run.results[1]!.years[0]!.rows.filter((r) => r.kind === "municipality");
    };
    expect(new Set(amounts(keyed("Lika delar")).map((r) => r.amount.toNumber()))).toEqual(new Set([133_333, 133_334]));
    expect(amounts(keyed("Kolumn: Skattekraft"))[0]!.weight.toNumber()).toBe(1001);
    expect(amounts(keyed("Skattekraft"))[0]!.weight.toNumber()).toBe(1001);
    expect(amounts(keyed("Fast belopp + befolkning", "50 000"))[0]!.amount.toNumber()).toBe(149_633);
    const blend = amounts(keyed("Viktad: 70 % befolkning, 30 % lika delar"));
    expect(sum(blend.map((r) => r.amount)).toNumber()).toBe(2_000_000);
    expect(fractionToDecimal(blend[0]!.exactShare).toDecimalPlaces(2).toNumber()).toBe(151_589.49);
  });

  it("other fixed parties beside the region", () => {
    const outcome = runInputs(exampleGrids((s) => { s.scenarios[11]![2] = 0.4; s.scenarios[12]![2] = "Polisen 20 %; Högskolan Dalarna 5 %"; }));
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    const rows = outcome.run.results[1]!.years[0]!.rows.filter((r) => r.kind === "fixed");
    expect(rows.map((r) => [r.name, r.amount.toNumber()])).toEqual([["Region Dalarna", 1_600_000], ["Polisen", 800_000], ["Högskolan Dalarna", 200_000]]);
  });

  it("legacy rounding (Varje rad) is accepted with a warning and shows its difference", () => {
    const outcome = runInputs(exampleGrids((s) => { s.scenarios[16]![2] = "Varje rad"; }));
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    expect(outcome.run.results[1]!.years[0]!.roundingDifference.toNumber()).toBe(4);
    expect(outcome.run.warnings.map((w) => w.message).join()).toMatch(/avrundar varje rad/);
  });
});

describe("forms a user types", () => {
  it("a total row labelled in the code column or with the county's name, a party followed by a colon, a series named with 'nivå'", () => {
    const inCode = parseInputs(exampleGrids((s) => { s.population[16]![0] = "Summa"; s.population[16]![1] = null; }));
    expect(inCode.ok).toBe(true);
    const county = parseInputs(exampleGrids((s) => { s.population[16]![1] = "Dalarnas län"; }));
    expect(county.ok).toBe(true);
    const outcome = runInputs(exampleGrids((s) => {
      s.scenarios[12]![2] = "Polisen: 20 %";
      s.scenarios[11]![2] = 0.3;
      s.index[0]![1] = "LPI (nivå)";
      for (const [r, level] of [[1, 100], [2, 103], [3, 106], [4, 109], [5, 112]] as const) s.index[r]![1] = level;
      for (let r = 1; r <= 5; r++) s.formats.index[`${r},1`] = "General"; // levels carry no percent format
      s.scenarios[8]![2] = "LPI nivå";
    }));
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    expect(outcome.run.results[1]!.years[0]!.rows.map((r) => r.name)).toContain("Polisen");
    expect(outcome.run.results[1]!.years[1]!.factor.toString()).toBe("1.03");
  });

  it("one error, not two, for a population cell that holds something wrong", () => {
    const outcome = parseInputs(exampleGrids((s) => { s.population[2]![3] = -5; }));
    expect(outcome.problems.filter((p) => p.severity === "error" && p.cell === "D3").map((p) => p.message)).toEqual(["−5 är negativt. Befolkning och nyckeltal kan inte vara negativa."]);
  });

  it("blend weights without percent signs are relative", () => {
    const outcome = runInputs(exampleGrids((s) => { s.scenarios[13]![2] = "Viktad: 2 befolkning, 1 lika delar"; }));
    expect(outcome.ok).toBe(true);
  });
});

describe("another county", () => {
  const uppsala = [["0305", "Håbo", 22_000], ["0319", "Älvkarleby", 9_500], ["0330", "Knivsta", 20_000], ["0331", "Heby", 14_000], ["0360", "Tierp", 21_000], ["0380", "Uppsala", 240_000], ["0381", "Enköping", 46_000], ["0382", "Östhammar", 22_000]] as const;

  it("splits an Uppsala agreement with Region Uppsala, codes with leading zeros", () => {
    const outcome = runInputs(exampleGrids((s) => {
      s.population = [["Kommunkod", "Kommun", "2023-12-31"], ...uppsala.map(([code, name, pop]) => [code, name, pop])];
      s.scenarios = s.scenarios.map((row) => row.slice(0, 3));
      s.scenarios[15]![1] = null;
      s.scenarios[15]![2] = null;
      s.scenarios[4]![1] = 2024; s.scenarios[5]![1] = 2024; s.scenarios[6]![1] = 2024; s.scenarios[19]![1] = 2024;
      s.scenarios[4]![2] = 2024; s.scenarios[5]![2] = 2024; s.scenarios[6]![2] = 2025; s.scenarios[7]![2] = 0; s.scenarios[19]![2] = 2024;
    }));
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    expect(outcome.run.inputs.region).toEqual({ countyCode: "03", county: "Uppsala län", name: "Region Uppsala" });
    const year = outcome.run.results[1]!.years[0]!;
    expect(year.rows[0]!.name).toBe("Region Uppsala");
    expect(year.rows.filter((r) => r.kind === "municipality").map((r) => r.partyId)).toEqual(uppsala.map(([code]) => code));
    expect(sum(year.rows.map((r) => r.amount)).toNumber()).toBe(4_000_000);
  });

  it("warns, and does not stop, when municipalities of two counties are mixed", () => {
    const outcome = parseInputs(exampleGrids((s) => {
      s.population.splice(16, 1); // no total row
      s.population.push(["2180", "Gävle", 100_000, 100_000, 100_000, 100_000, 100_000]);
    }));
    expect(outcome.ok).toBe(true);
    expect(outcome.problems.map(formatProblem)).toContain(
      "Befolkning: Kommunerna hör till flera län (Dalarnas län, Gävleborgs län). Regionens namn sätts till ”Regionen”; kontrollera att det är avsikten.",
    );
  });
});

describe("date headers as Office.js delivers them", () => {
  it("finds the header row by date-formatted serial numbers even without a Kommun label", () => {
    const grids = exampleGrids((s) => {
      s.population = s.population.map((row) => row.slice(1)); // names only
      s.population[0] = ["Område", 43830, 44377, 44561, 45291, 45657]; // 2019-12-31 … 2024-12-31 as serials
      for (let c = 1; c <= 5; c++) s.formats.population[`0,${c}`] = "yyyy-mm-dd";
    });
    const outcome = parseInputs(grids);
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    expect(outcome.inputs.population.dates).toEqual(["2019-12-31", "2021-06-30", "2021-12-31", "2023-12-31", "2024-12-31"]);
  });

  it("tells date formats from number and percent formats", () => {
    expect(["yyyy-mm-dd", "d mmm yyyy", "[$-41D]mmmm yyyy", "ÅÅÅÅ-MM-DD".toLowerCase().replace(/å/g, "y")].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(["General", "#,##0", "0.0%", '0 "dagar"', "@"].map(isDateFormat)).toEqual([false, false, false, false, false]);
  });
});

describe("an index change typed as a whole number into a percent-formatted cell", () => {
  it("is an error at the cell that suggests the percent meant (2,9 shown as 290 %)", async () => {
    const { runInputs } = await import("../../src/workbook/run.ts");
    const { exampleGrids } = await import("../fixtures/grids.ts");
    const outcome = runInputs(exampleGrids((s) => {
      s.index[2]![1] = 2.9;
      s.formats.index["2,1"] = "0.0%";
    }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const problem = outcome.problems.find((p) => p.sheet === "Index" && p.cell === "B3")!;
    expect(problem.severity).toBe("error");
    expect(problem.message).toContain("Cellen visar 290 %");
    expect(problem.message).toContain("Menade du 2,9 %?");
  });
});
