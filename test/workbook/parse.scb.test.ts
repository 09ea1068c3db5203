// SCB's own table formats pasted into Befolkning: the county row above or below, Riket, code-and-name
// cells, the header "region", year and month headers (2024, 2021M06), source and footnote lines, and
// the 2025+ noise that lets a county's total differ from its municipalities.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/workbook/cell.ts";
import { UncalculatedFormula } from "../../src/workbook/cell.ts";
import { parseInputs } from "../../src/workbook/parse/index.ts";
import { formatProblem } from "../../src/workbook/problems.ts";
import { runInputs } from "../../src/workbook/run.ts";
import { exampleGrids, populationValues } from "../fixtures/grids.ts";

/** The example's municipalities as SCB exports them: "2084 Avesta", then 2019, 2021M06, 2021, 2023, 2024. */
const municipalityRows = (): CellValue[][] => populationValues().slice(1, 16).map(([code, name, ...values]) => [`${String(code)} ${String(name)}`, ...values]);
const SCB_HEADER: CellValue[] = ["region", 2019, "2021M06", 2021, 2023, 2024];
const countyTotals = (rows: CellValue[][]) => SCB_HEADER.slice(1).map((_, i) => rows.reduce((acc, r) => acc + (r[i + 1] as number), 0));

function outcomeOf(population: CellValue[][]) {
  return parseInputs(exampleGrids((s) => { s.population = population; }));
}

function messages(population: CellValue[][]) {
  return outcomeOf(population).problems.map(formatProblem);
}

function expectOk(population: CellValue[][]) {
  const outcome = outcomeOf(population);
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
  return outcome;
}

describe("SCB's table formats", () => {
  it("a title, the header region, year and month headers, the county row above with code and name", () => {
    const rows = municipalityRows();
    const outcome = expectOk([["Folkmängden efter region och år"], [], SCB_HEADER, ["20 Dalarnas län", ...countyTotals(rows)], ...rows]);
    expect(outcome.inputs.population.dates).toEqual(["2019-12-31", "2021-06-30", "2021-12-31", "2023-12-31", "2024-12-31"]);
    expect(outcome.inputs.population.municipalities).toHaveLength(15);
    expect(outcome.problems.filter((p) => p.sheet === "Befolkning")).toEqual([]);
  });

  it("the county row by name below the municipalities, and Riket, skipped with a warning", () => {
    const rows = municipalityRows();
    const all = messages([SCB_HEADER, ["00 Riket", 10_327_589, 10_379_295, 10_452_326, 10_551_707, 10_587_710], ...rows, ["Dalarnas län", ...countyTotals(rows)]]);
    expect(all).toEqual(["Befolkning!A2: Raden Riket läses inte; fördelningen räknar med kommunraderna."]);
  });

  it("a county row that does not add up before 2025 is an error", () => {
    const rows = municipalityRows();
    const totals = countyTotals(rows);
    totals[0] = totals[0]! + 10;
    expect(messages([SCB_HEADER, ...rows, ["20 Dalarnas län", ...totals]])).toEqual([
      "Befolkning!B17: Raden Dalarnas län säger 287 976, men länets kommuner i tabellen summerar till 287 966. Rätta värdet, lägg till de kommuner som saknas eller ta bort raden.",
    ]);
  });

  it("source and footnote lines under the table, without a total row: the source is read, notes are warned of", () => {
    const rows = municipalityRows();
    const outcome = expectOk([SCB_HEADER, ...rows, [], ["Källa: SCB, Statistikdatabasen tabell TAB638, hämtad 2026-11-29"], [".. = uppgift saknas"]]);
    expect(outcome.inputs.population.source).toBe("Källa: SCB, Statistikdatabasen tabell TAB638, hämtad 2026-11-29");
    expect(outcome.problems.map(formatProblem)).toContain("Befolkning!A19: Raden med text (”.. = uppgift saknas”) läses inte som kommuner.");
  });

  it("source lines under a total row are read, not warned of as rows after the total", () => {
    const rows = municipalityRows();
    const outcome = expectOk([SCB_HEADER, ...rows, ["Summa", ...countyTotals(rows)], ["Källa: SCB"]]);
    expect(outcome.inputs.population.source).toBe("Källa: SCB");
    expect(outcome.problems.filter((p) => p.sheet === "Befolkning")).toEqual([]);
  });

  it("a 2025 table with SCB's noise runs, with a warning that states the difference; the split uses the municipalities", () => {
    const rows = municipalityRows().map(([name, , , , , v2024]) => [name, (v2024 as number) + 7]);
    const sum = rows.reduce((acc, r) => acc + (r[1] as number), 0);
    const outcome = runInputs(exampleGrids((s) => {
      s.population = [["region", 2025], ["20 Dalarnas län", sum + 4], ...rows];
      for (const col of [1, 2]) s.scenarios[15]![col] = "2025-12-31";
    }));
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    expect(outcome.run.warnings.map(formatProblem)).toContain(
      `Befolkning!B2: Raden Dalarnas län säger ${(sum + 4).toLocaleString("sv-SE").replace(/\u00a0/gu, " ")} för 2025-12-31, men kommunerna summerar till ${sum.toLocaleString("sv-SE").replace(/\u00a0/gu, " ")} (skillnad 4). Från 2025 lägger SCB avsiktligt brus på befolkningssiffrorna, så länets summa behöver inte stämma; fördelningen räknar med kommunraderna.`,
    );
  });

  it("a user's own Summa row that is wrong stays an error, 2025 or not", () => {
    const rows = municipalityRows().map(([name, , , , , v2024]) => [name, v2024]);
    const sum = rows.reduce((acc, r) => acc + (r[1] as number), 0);
    const outcome = outcomeOf([["region", 2025], ...rows, ["Summa", sum + 4]]);
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.map(formatProblem).join("\n")).toMatch(/Summaraden säger/u);
  });
});

describe("cells without a value to read", () => {
  it("a formula without a saved value says to recalculate and save in Excel", () => {
    expect(messages(populationValues().map((r, i) => (i === 3 ? [r[0], r[1], r[2], new UncalculatedFormula("SUM(X1:X3)"), ...r.slice(4)] : r)))).toContain(
      "Befolkning!D4: Cellen har formeln =SUM(X1:X3) men inget sparat värde (filen är skriven av ett program och aldrig beräknad). Öppna arbetsboken i Excel, räkna om (F9) och spara.",
    );
  });

  it("an error value says which error, in a value cell and in the municipality column", () => {
    const all = messages(populationValues().map((r, i) => (i === 2 ? [r[0], r[1], "#N/A", ...r.slice(3)] : i === 5 ? [null, "#REF!", ...r.slice(2)] : r)));
    expect(all).toContain("Befolkning!C3: Formeln i cellen ger felet #N/A. Rätta formeln (eller det den hänvisar till) så att den ger ett tal, eller skriv värdet direkt.");
    expect(all).toContain("Befolkning!B6: Formeln i cellen ger felet #REF!. Rätta formeln (eller det den hänvisar till) så att den ger ett tal, eller skriv värdet direkt.");
  });
});
