import { describe, expect, it } from "vitest";
import { findLabel, foldDiacritics, labelKey, normalizeLabel, parseLabel } from "../../src/workbook/labels.ts";

const labelMatches = (cell: unknown, expected: string) => findLabel(cell, [expected]) !== null;

describe("foldDiacritics", () => {
  it.each<[string, string]>([
    ["åäö", "aao"],
    ["ÅÄÖ", "AAO"],
    ["é è ê ü", "e e e u"],
    ["Malung-Sälén", "Malung-Salen"],
    ["ø Ø æ Æ ß", "o O ae AE ss"],
    ["a\u0308", "a"],
    ["plain", "plain"],
  ])("%j → %j", (text, folded) => {
    expect(foldDiacritics(text)).toBe(folded);
  });
});

describe("normalizeLabel", () => {
  it.each<[string, string]>([
    ["Kostnad per tjänst", "kostnad per tjanst"],
    ["  Malung/Sälen ", "malung salen"],
    ["MALUNG-SÄLEN", "malung salen"],
    ["Malung – Sälen", "malung salen"],
    ["Malung—Sälen", "malung salen"],
    ["Malung\u2011Sälen", "malung salen"],
    ["Malung_Sälen", "malung salen"],
    ["Malung\\Sälen", "malung salen"],
    ["Upplands\u00A0Väsby", "upplands vasby"],
    ["Upplands\u202FVäsby", "upplands vasby"],
    ["Upplands \t\n Väsby", "upplands vasby"],
    ["Regionens andel (%)", "regionens andel (%)"],
    ["", ""],
    [" - / ", ""],
    ["a\u0308lvdalen", "alvdalen"],
  ])("%j → %j", (text, normalized) => {
    expect(normalizeLabel(text)).toBe(normalized);
  });

  it("can keep diacritics (composed)", () => {
    expect(normalizeLabel("  MALUNG/SÄLEN ", { keepDiacritics: true })).toBe("malung sälen");
    expect(normalizeLabel("A\u0308lvdalen", { keepDiacritics: true })).toBe("älvdalen");
    expect(normalizeLabel("Ålvdalen", { keepDiacritics: true })).not.toBe(normalizeLabel("Älvdalen", { keepDiacritics: true }));
  });
});

describe("parseLabel", () => {
  it.each<[string, string, string | null]>([
    ["Kostnad per tjänst (kr)", "kostnad per tjanst", "kr"],
    ["Regionens andel (%)", "regionens andel", "%"],
    ["Regionens andel (%):", "regionens andel", "%"],
    ["Regionens andel: (%)", "regionens andel", "%"],
    ["Årskostnad [kr]", "arskostnad", "kr"],
    ["Indexeftersläpning (år)", "indexeftersläpning".normalize("NFD").replace(/\p{M}/gu, ""), "år"],
    ["Basår:", "basar", null],
    ["Basår :", "basar", null],
    ["Antal tjänster", "antal tjanster", null],
    ["Avrundningsenhet ( kr )", "avrundningsenhet", "kr"],
    ["Regionens andel (%) (kr)", "regionens andel", "%"],
    ["(kr)", "(kr)", null],
    ["", "", null],
  ])("%j → %j, unit %j", (text, key, unit) => {
    expect(parseLabel(text)).toEqual({ key, unit });
  });

  it("labelKey", () => {
    expect(labelKey("  Kostnad per tjänst (kr): ")).toBe("kostnad per tjanst");
  });
});

describe("labelMatches", () => {
  it.each<[string, string]>([
    ["Kostnad per tjänst (kr)", "kostnad per tjanst"],
    ["Kostnad per tjänst", "Kostnad per tjänst (kr)"],
    ["Regionens andel (%)", "Regionens andel"],
    ["REGIONENS ANDEL:", "Regionens andel (%)"],
    ["  Första år ", "Första år"],
    ["Forsta ar", "Första år"],
    ["Deltagande  kommuner", "Deltagande kommuner"],
    ["Befolkning avser:", "Befolkning avser"],
    ["Indexeftersläpning (år)", "Indexeftersläpning"],
    ["Fördelnings-nyckel", "Fördelnings nyckel"],
  ])("%j matches %j", (cell, expected) => {
    expect(labelMatches(cell, expected)).toBe(true);
  });

  it.each<[unknown, string]>([
    ["Kostnad per tjänst extra", "Kostnad per tjänst"],
    ["Kostnad", "Kostnad per tjänst"],
    ["Regionens andel", "Kommunernas andel"],
    ["Fördelningsnyckel", "Fördelnings nyckel"],
    ["", ""],
    ["(%)", ""],
    [42, "42"],
    [null, "Basår"],
    [undefined, "Basår"],
  ])("%j does not match %j", (cell, expected) => {
    expect(labelMatches(cell, expected)).toBe(false);
  });

  it("findLabel returns the matched label as given", () => {
    const labels = ["Kostnad per tjänst (kr)", "Årskostnad (kr)", "Basår"] as const;
    expect(findLabel("arskostnad:", labels)).toBe("Årskostnad (kr)");
    expect(findLabel(" KOSTNAD PER TJÄNST ", labels)).toBe("Kostnad per tjänst (kr)");
    expect(findLabel("Sista år", labels)).toBeNull();
    expect(findLabel(2021, labels)).toBeNull();
    expect(findLabel("  ", labels)).toBeNull();
  });
});
