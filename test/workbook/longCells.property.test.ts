// Cells of any length up to Excel's 32 767 characters, in any input cell, built from the characters
// the parsers' patterns care about (spaces, digits, separators, colons, %, brackets, letters). Before
// issue 10, such cells took seconds each (suggestions, the Övriga parter pattern, label trimming);
// every parser is now linear in the cell's length. The guard is the test's time budget: 40 runs of
// quadratic work on 32 767 characters would take minutes. Speed itself is measured by `npm run bench`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInputs } from "../../src/workbook/parse/index.ts";
import { partyAndPercent } from "../../src/workbook/parse/scenarios.ts";
import type { Sheets } from "../fixtures/badInputs.ts";
import { editedSheets, grid } from "../fixtures/grids.ts";

const PIECES = [" ", "  ", "1", "22", ",", ".", ":", ";", "%", "(", ")", "[", "]", "-", "a", "Å", "kr", "\n", "\t", "Avesta", "alla utom", "viktad", "kolumn"];

/** Every place a text can stand: population names, numbers and headers; index headers, years, values; each scenario parameter. */
const TARGETS: ((s: Sheets, text: string) => void)[] = [
  (s, t) => { s.population[4]![0] = null; s.population[4]![1] = t; },
  (s, t) => { s.population[4]![3] = t; },
  (s, t) => { s.population[0]![3] = t; },
  (s, t) => { s.index[0]![2] = t; },
  (s, t) => { s.index[2]![0] = t; },
  (s, t) => { s.index[2]![1] = t; },
  (s, t) => { s.index[2]![3] = t; },
  ...Array.from({ length: 20 }, (_, row) => (s: Sheets, t: string) => { s.scenarios[row]![2] = t; }),
];

const longCell = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 32_767 }), fc.constantFrom("", "%", " %", "x", " 20 %"))
  .map(([unit, length, end]) => {
    const pattern = unit.join("");
    return (pattern.repeat(Math.ceil(length / pattern.length)) + end).slice(-length);
  });

describe("cells of any length up to 32 767 characters", () => {
  it("are parsed in linear time in every input cell", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(longCell, fc.integer({ min: 0, max: TARGETS.length - 1 }), (text, target) => {
        const sheets = editedSheets((s) => TARGETS[target]!(s, text));
        const outcome = parseInputs({
          population: grid("Befolkning", sheets.population),
          index: grid("Index", sheets.index),
          scenarios: grid("Scenarier", sheets.scenarios),
        });
        for (const problem of outcome.problems) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it("Övriga parter is read as the former pattern read it", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "B", " ", ":", "1", "2", ",", ".", "%", "\t"), { maxLength: 14 }).map((a) => a.join("")), (item) => {
        const former = /^(.*?[^\s:])\s*:?\s+(\d+(?:[.,]\d+)?)\s*%$/u.exec(item);
        const read = partyAndPercent(item);
        expect(read === null ? null : [read.name, read.percent]).toEqual(former === null ? null : [former[1], former[2]]);
      }),
      { numRuns: 5_000 },
    );
  });
});
