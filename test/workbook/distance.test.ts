import { describe, expect, it } from "vitest";
import { editDistance, normalizedEditDistance } from "../../src/workbook/distance.ts";

describe("editDistance (Damerau–Levenshtein, optimal string alignment)", () => {
  it.each<[string, string, number]>([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["avesta", "avesta", 0],
    ["avesta", "avest", 1],
    ["avesta", "avessta", 1],
    ["avesta", "avexta", 1],
    ["borlange", "borlagne", 1],
    ["ab", "ba", 1],
    ["ca", "abc", 3],
    ["kitten", "sitting", 3],
    ["ålvdalen", "älvdalen", 1],
    ["gaddede", "gagnef", 4],
  ])("%j ↔ %j = %d", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(editDistance("😀a", "a")).toBe(1);
  });

  it("normalizes by the longer length", () => {
    expect(normalizedEditDistance("", "")).toBe(0);
    expect(normalizedEditDistance("abcd", "abce")).toBe(0.25);
    expect(normalizedEditDistance("abc", "xyz")).toBe(1);
    expect(normalizedEditDistance("ab", "abcd")).toBe(0.5);
  });
});
