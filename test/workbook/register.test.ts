import { describe, expect, it } from "vitest";
import {
  COUNTIES,
  MUNICIPALITIES,
  countiesOf,
  countyByCode,
  countyMunicipalities,
  findCounty,
  findMunicipality,
  municipalityByCode,
  suggestMunicipalities,
  type Municipality,
} from "../../src/workbook/register.ts";

const severalCounties = (list: Parameters<typeof countiesOf>[0]) => countiesOf(list).length > 1;

function nameOf(cell: unknown, countyCode?: string): string {
  const match = findMunicipality(cell, countyCode === undefined ? {} : { countyCode });
  return match.ok ? match.municipality.name : `miss:${match.reason}`;
}

function byName(name: string): Municipality {
  const found = MUNICIPALITIES.find((m) => m.name === name);
  if (found === undefined) throw new Error(name);
  return found;
}

describe("findMunicipality by code", () => {
  it.each<[unknown, string]>([
    ["2084", "Avesta"],
    [2084, "Avesta"],
    [" 2084 ", "Avesta"],
    ["0114", "Upplands Väsby"],
    ["114", "Upplands Väsby"],
    [114, "Upplands Väsby"],
    ["0331", "Heby"],
    ["2039", "Älvdalen"],
  ])("%j → %s", (cell, name) => {
    const match = findMunicipality(cell);
    expect(match.ok && match.municipality.name).toBe(name);
    expect(match.ok && match.matchedBy).toBe("code");
  });

  it.each<[unknown]>([["1917"], [1917], ["9999"], ["02084"], [20840], [2084.5], [-2084], [0], ["0"]])("%j is an unknown code", (cell) => {
    const match = findMunicipality(cell);
    expect(match.ok).toBe(false);
    if (!match.ok) {
      expect(match.reason).toBe("unknownCode");
      expect(match.suggestions).toEqual([]);
    }
  });

  it("municipalityByCode", () => {
    expect(municipalityByCode("2084")?.name).toBe("Avesta");
    expect(municipalityByCode(114)?.name).toBe("Upplands Väsby");
    expect(municipalityByCode("20 84")).toBeUndefined();
    expect(municipalityByCode(Number.NaN)).toBeUndefined();
  });
});

describe("findMunicipality by name", () => {
  it.each<[string, string]>([
    // case, whitespace
    ["Avesta", "Avesta"],
    ["avesta", "Avesta"],
    ["AVESTA", "Avesta"],
    ["  Avesta\t", "Avesta"],
    ["\u00A0Avesta\u202F", "Avesta"],
    ["Upplands\u00A0Väsby", "Upplands Väsby"],
    ["Upplands  Väsby", "Upplands Väsby"],
    // suffixes and genitive forms of official names
    ["Avesta kommun", "Avesta"],
    ["Borlänge kommun", "Borlänge"],
    ["Falu kommun", "Falun"],
    ["falu", "Falun"],
    ["Säters kommun", "Säter"],
    ["Malung-Sälens kommun", "Malung-Sälen"],
    ["Leksands kommun", "Leksand"],
    ["Hofors kommun", "Hofors"],
    ["Alingsås kommun", "Alingsås"],
    ["Stockholms stad", "Stockholm"],
    ["Göteborgs Stad", "Göteborg"],
    ["Båstads kommun", "Båstad"],
    ["Region Gotland", "Gotland"],
    ["Gotlands kommun", "Gotland"],
    // diacritics missing or added
    ["Rattvik", "Rättvik"],
    ["alvdalen", "Älvdalen"],
    ["ÄLVDALEN", "Älvdalen"],
    ["Orebro", "Örebro"],
    ["Habo", "Habo"],
    ["Håbo", "Håbo"],
    ["HÅBO", "Håbo"],
    ["habo kommun", "Habo"],
    // hyphen/space/slash variants
    ["Malung-Sälen", "Malung-Sälen"],
    ["Malung/Sälen", "Malung-Sälen"],
    ["Malung Sälen", "Malung-Sälen"],
    ["Malung-Salen", "Malung-Sälen"],
    ["MALUNG-SÄLEN", "Malung-Sälen"],
    ["Malung – Sälen", "Malung-Sälen"],
    ["Malung‑Sälen", "Malung-Sälen"],
    ["MalungSälen", "Malung-Sälen"],
    ["Upplands Bro", "Upplands-Bro"],
    ["Dals Ed", "Dals-Ed"],
    ["Upplands-Väsby", "Upplands Väsby"],
    // the memo's own spellings (tjänsteskrivelse 3.1.2 and the table)
    ["Säters", "Säter"],
    ["Malung-Sälén", "Malung-Sälen"],
  ])("%j → %s", (cell, name) => {
    const match = findMunicipality(cell);
    expect(match.ok ? match.municipality.name : match).toBe(name);
    expect(match.ok && match.matchedBy).toBe("name");
  });

  it("finds every municipality by its register name and its genitive with 'kommun'", () => {
    for (const m of MUNICIPALITIES) {
      expect(nameOf(m.name)).toBe(m.name);
      expect(nameOf(`${m.name}s kommun`)).toBe(m.name);
      expect(nameOf(m.name.toUpperCase())).toBe(m.name);
    }
  });

  it("'Ålvdalen' (å for ä) is a miss that suggests Älvdalen first", () => {
    const match = findMunicipality("Ålvdalen");
    expect(match.ok).toBe(false);
    if (!match.ok) {
      expect(match.reason).toBe("unknownName");
      expect(match.input).toBe("Ålvdalen");
      expect(match.suggestions).toHaveLength(2);
      expect(match.suggestions[0]?.name).toBe("Älvdalen");
    }
    const inDalarna = findMunicipality("Ålvdalen", { countyCode: "20" });
    expect(!inDalarna.ok && inDalarna.suggestions[0]?.name).toBe("Älvdalen");
  });

  it("'Gäddede' is no municipality: a miss with two suggestions, Gagnef among them in Dalarna", () => {
    const match = findMunicipality("Gäddede");
    expect(match.ok).toBe(false);
    if (!match.ok) {
      expect(match.reason).toBe("unknownName");
      expect(match.suggestions).toHaveLength(2);
    }
    const inDalarna = findMunicipality("Gäddede", { countyCode: "20" });
    expect(!inDalarna.ok && inDalarna.suggestions.map((m) => m.name)).toContain("Gagnef");
  });

  it("reads the memo's list of Vård- och omsorgscollege municipalities (3.1.2)", () => {
    const list =
      "Avesta, Borlänge, Falun, Gäddede, Hedemora, Leksand, Ludvika, Malung/Sälen, Mora, Orsa, Rättvik, Smedjebacken, Säters och Ålvdalen";
    const names = list.split(/, | och /).map((name) => nameOf(name, "20"));
    expect(names.filter((n) => n.startsWith("miss"))).toHaveLength(2);
    expect(names[3]).toBe("miss:unknownName");
    expect(names[13]).toBe("miss:unknownName");
    expect(names[7]).toBe("Malung-Sälen");
    expect(names[12]).toBe("Säter");
  });

  it.each<[string]>([["Malmo stad x"], ["Avest"], ["Borlänge-Falun"], ["Summa"], ["Falun kommuner"]])("%j is a miss with two suggestions", (cell) => {
    const match = findMunicipality(cell);
    expect(match.ok).toBe(false);
    if (!match.ok) {
      expect(match.reason).toBe("unknownName");
      expect(match.suggestions).toHaveLength(2);
    }
  });

  it("suggests the closest names: a typo, a prefix, a swap", () => {
    expect(suggestMunicipalities("Avest")[0]?.name).toBe("Avesta");
    expect(suggestMunicipalities("Borlagne")[0]?.name).toBe("Borlänge");
    expect(suggestMunicipalities("Malung")[0]?.name).toBe("Malung-Sälen");
    expect(suggestMunicipalities("Upplands").map((m) => m.name).sort()).toEqual(["Upplands Väsby", "Upplands-Bro"]);
    expect(suggestMunicipalities("Ludvka", { count: 1 }).map((m) => m.name)).toEqual(["Ludvika"]);
    expect(suggestMunicipalities("Mora", { count: 5 })).toHaveLength(5);
    expect(suggestMunicipalities("  ")).toEqual([]);
  });

  it("prefers the hinted county's municipalities", () => {
    const anywhere = suggestMunicipalities("Gäddede").map((m) => m.countyCode);
    const inDalarna = suggestMunicipalities("Gäddede", { countyCode: "20" }).map((m) => m.countyCode);
    expect(anywhere).not.toEqual(["20", "20"]);
    expect(inDalarna).toEqual(["20", "20"]);
    // A county hint does not hide an exact-looking name in another county.
    expect(suggestMunicipalities("Ålvkarleby", { countyCode: "20" })[0]?.name).toBe("Älvkarleby");
  });

  it.each<[unknown, string, string]>([
    [null, "empty", ""],
    [undefined, "empty", ""],
    ["", "empty", ""],
    ["   ", "empty", ""],
    ["kommun", "empty", "kommun"],
    [" - / ", "empty", "- /"],
    [true, "notText", "SANT"],
    [new Date(0), "notText", "1970-01-01"],
  ])("%j is a miss (%s)", (cell, reason, input) => {
    const match = findMunicipality(cell);
    expect(match).toEqual({ ok: false, reason, input, suggestions: [] });
  });
});

describe("counties", () => {
  it("has 21 counties in code order", () => {
    expect(COUNTIES).toHaveLength(21);
    expect(COUNTIES.map((c) => c.code)).toEqual([...COUNTIES.map((c) => c.code)].sort());
    expect(countyByCode("20")).toEqual({ code: "20", name: "Dalarnas län", region: "Region Dalarna" });
  });

  it.each<[unknown, string]>([
    ["20", "20"],
    [20, "20"],
    ["1", "01"],
    ["01", "01"],
    ["Region Dalarna", "20"],
    ["Dalarnas län", "20"],
    ["Dalarna", "20"],
    ["dalarnas lan", "20"],
    ["  REGION DALARNA ", "20"],
    ["Västra Götalandsregionen", "14"],
    ["Västra Götaland", "14"],
    ["Vastra-Gotalands lan", "14"],
    ["Region Sörmland", "04"],
    ["Södermanland", "04"],
    ["Region Jönköpings län", "06"],
    ["Jönköping", "06"],
    ["Region Jämtland Härjedalen", "23"],
    ["Jämtland", "23"],
    ["Region Gotland", "09"],
    ["Skåne", "12"],
    ["Stockholms län", "01"],
  ])("findCounty(%j) → %s", (cell, code) => {
    expect(findCounty(cell)?.code).toBe(code);
  });

  it("finds every county by its name and its region", () => {
    for (const county of COUNTIES) {
      expect(findCounty(county.name)).toBe(county);
      expect(findCounty(county.region)).toBe(county);
    }
  });

  it.each<[unknown]>([["02"], [2], ["Region"], ["län"], [""], ["Norrland"], [null], [20.5], ["200"]])("findCounty(%j) is undefined", (cell) => {
    expect(findCounty(cell)).toBeUndefined();
  });

  it("lists a county's municipalities in code order", () => {
    const dalarna = countyMunicipalities("20");
    expect(dalarna).toHaveLength(15);
    expect(dalarna[0]?.name).toBe("Vansbro");
    expect(dalarna.map((m) => m.code)).toEqual([...dalarna.map((m) => m.code)].sort());
    expect(countyMunicipalities(20)).toEqual(dalarna);
    expect(countyMunicipalities("9")).toEqual([byName("Gotland")]);
    expect(countyMunicipalities("14")).toHaveLength(49);
    expect(countyMunicipalities("02")).toEqual([]);
    expect(countyMunicipalities("abc")).toEqual([]);
  });

  it("detects municipalities from several counties", () => {
    const dalarna = countyMunicipalities("20");
    expect(severalCounties(dalarna)).toBe(false);
    expect(severalCounties([])).toBe(false);
    expect(countiesOf(dalarna).map((c) => c.code)).toEqual(["20"]);
    const mixed = [byName("Gävle"), ...dalarna, byName("Heby")];
    expect(severalCounties(mixed)).toBe(true);
    expect(countiesOf(mixed).map((c) => c.code)).toEqual(["03", "20", "21"]);
  });
});

describe("SCB's code-and-name cells", () => {
  it("reads '0305 Håbo' and '2084 Avesta kommun', and not a code with another municipality's name", () => {
    expect(findMunicipality("0305 Håbo")).toMatchObject({ ok: true, municipality: { code: "0305" } });
    expect(findMunicipality("2084 Avesta kommun")).toMatchObject({ ok: true, municipality: { name: "Avesta" } });
    expect(findMunicipality("2084 Borlänge").ok).toBe(false);
  });
});
