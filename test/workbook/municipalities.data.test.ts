import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MUNICIPALITIES } from "../../src/workbook/municipalities.data.ts";
import {
  MUNICIPALITIES_CSV,
  MUNICIPALITIES_MODULE,
  parseMunicipalitiesCsv,
  renderMunicipalitiesModule,
} from "../../scripts/generate-data.ts";

const root = new URL("../../", import.meta.url);
const csv = readFileSync(new URL(MUNICIPALITIES_CSV, root), "utf8");

describe("municipalities.data.ts", () => {
  it("is in sync with data/kommuner.csv (run `npx tsx scripts/generate-data.ts` if not)", () => {
    expect(readFileSync(new URL(MUNICIPALITIES_MODULE, root), "utf8")).toBe(renderMunicipalitiesModule(csv));
    expect(MUNICIPALITIES).toEqual(parseMunicipalitiesCsv(csv));
  });

  it("says it is generated and from which file", () => {
    const text = readFileSync(new URL(MUNICIPALITIES_MODULE, root), "utf8");
    expect(text.split("\n")[0]).toMatch(/GENERATED .*scripts\/generate-data\.ts.*data\/kommuner\.csv/);
  });

  it("has 290 municipalities in 21 counties, 15 in Dalarna", () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.countyCode)).size).toBe(21);
    const dalarna = MUNICIPALITIES.filter((m) => m.countyCode === "20");
    expect(dalarna).toHaveLength(15);
    expect(dalarna.every((m) => m.county === "Dalarnas län" && m.region === "Region Dalarna")).toBe(true);
  });

  it("has unique four-digit codes inside their county, Avesta as in the brief", () => {
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    for (const m of MUNICIPALITIES) {
      expect(m.code).toMatch(/^\d{4}$/);
      expect(m.code.startsWith(m.countyCode)).toBe(true);
    }
    expect(MUNICIPALITIES.find((m) => m.code === "2084")).toEqual({
      code: "2084",
      name: "Avesta",
      countyCode: "20",
      county: "Dalarnas län",
      region: "Region Dalarna",
    });
    expect(MUNICIPALITIES.find((m) => m.name === "Heby")?.code).toBe("0331");
  });

  it("one county name and one region per county code", () => {
    const byCounty = new Map<string, Set<string>>();
    for (const m of MUNICIPALITIES) byCounty.set(m.countyCode, (byCounty.get(m.countyCode) ?? new Set()).add(`${m.county}|${m.region}`));
    for (const names of byCounty.values()) expect(names.size).toBe(1);
  });
});

describe("parseMunicipalitiesCsv", () => {
  const header = "kommunkod,kommun,lanskod,lan,region";
  it("accepts LF and CRLF", () => {
    const row = "2084,Avesta,20,Dalarnas län,Region Dalarna";
    expect(parseMunicipalitiesCsv(`${header}\n${row}\n`)).toEqual(parseMunicipalitiesCsv(`${header}\r\n${row}\r\n`));
  });
  it.each([
    ["wrong header", "kod,kommun\n2084,Avesta"],
    ["three-digit code", `${header}\n114,Upplands Väsby,01,Stockholms län,Region Stockholm`],
    ["code outside county", `${header}\n2084,Avesta,21,Gävleborgs län,Region Gävleborg`],
    ["missing cell", `${header}\n2084,Avesta,20,Dalarnas län`],
    ["duplicate code", `${header}\n2084,Avesta,20,Dalarnas län,Region Dalarna\n2084,Avesta,20,Dalarnas län,Region Dalarna`],
  ])("rejects %s", (_, text) => {
    expect(() => parseMunicipalitiesCsv(text)).toThrow();
  });
});
