// SCB's four population tables as the replay server serves them, in the shape of SCB's genuine
// recorded PxWebApi 2 answers (rOpenGov/pxweb, tests/testthat/statistikdatabasen.scb.se/api/v2/:
// config.json, tables/TAB638/metadata-*.json, tables/TAB638/data-*-POST.json): json-stat2 with
// `id`/`size`, category `index` and `label`, PxWeb's `extension.elimination` per variable, no
// role.geo. The figures are the project's own: Dalarna's real ones from data/dalarna-befolkning.csv
// where known, else a fixed function of kommunkod and period.
import { readFileSync } from "node:fs";
import { COUNTIES, MUNICIPALITIES } from "../../../src/workbook/register.ts";

export const CONFIG = {
  apiVersion: "2.3.2",
  appVersion: "1.0.0",
  languages: [{ id: "en", label: "English" }, { id: "sv", label: "Svenska" }],
  defaultLanguage: "sv",
  maxDataCells: 150000,
  maxCallsPerTimeWindow: 30,
  timeWindow: 10,
  license: "https://creativecommons.org/share-your-work/public-domain/cc0/",
  sourceReferences: [{ language: "en", text: "Source: Statistics Sweden" }, { language: "sv", text: "Källa: SCB" }],
  defaultDataFormat: "json-stat2",
  dataFormats: ["json-stat2", "csv", "px", "xlsx", "html", "json-px"],
  features: [{ id: "CORS", params: [{ key: "enabled", value: "True" }] }],
};

export interface Variable {
  id: string;
  label: string;
  codes: string[];
  labels: string[];
  elimination: boolean;
}

export interface FakeTable {
  id: string;
  label: string;
  variables: Variable[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const months = (fromYear: number, toYear: number, lastMonthOfLastYear = 12) =>
  range(fromYear, toYear).flatMap((y) => range(1, y === toYear ? lastMonthOfLastYear : 12).map((m) => `${y}M${String(m).padStart(2, "0")}`));

/** Riket, then each county followed by its municipalities, as SCB orders Region. */
const REGIONS = [
  { code: "00", label: "Riket" },
  ...COUNTIES.flatMap((c) => [{ code: c.code, label: c.name }, ...MUNICIPALITIES.filter((m) => m.countyCode === c.code).map((m) => ({ code: m.code, label: m.name }))]),
];

const region = (): Variable => ({ id: "Region", label: "region", codes: REGIONS.map((r) => r.code), labels: REGIONS.map((r) => r.label), elimination: true });
const sex = (): Variable => ({ id: "Kon", label: "kön", codes: ["1", "2"], labels: ["män", "kvinnor"], elimination: true });
const ages = (total: string, eliminable: boolean): Variable => ({
  id: "Alder",
  label: "ålder",
  codes: [...range(0, 99).map(String), "100+", total],
  labels: [...range(0, 99).map((a) => `${a} år`), "100+ år", "totalt ålder"],
  elimination: eliminable,
});
const time = (codes: string[], label: string): Variable => ({ id: "Tid", label, codes, labels: codes, elimination: false });
const contents = (codes: string[], labels: string[]): Variable => ({ id: "ContentsCode", label: "tabellinnehåll", codes, labels, elimination: false });

export const TABLES: Record<string, FakeTable> = {
  TAB638: {
    id: "TAB638",
    label: "Folkmängden efter region, civilstånd, ålder och kön.  År 1968-2024",
    variables: [
      region(),
      { id: "Civilstand", label: "civilstånd", codes: ["OG", "G", "SK", "ÄNKL"], labels: ["ogifta", "gifta", "skilda", "änkor/änklingar"], elimination: true },
      ages("tot", true),
      sex(),
      contents(["BE0101N1", "BE0101N2"], ["Folkmängd", "Folkökning"]),
      time(range(1968, 2024).map(String), "år"),
    ],
  },
  TAB5557: {
    id: "TAB5557",
    label: "Folkmängden efter region, ålder och kön. År 2025-",
    variables: [region(), ages("tot", true), sex(), contents(["000007Y0"], ["Folkmängd"]), time(["2025"], "år")],
  },
  TAB5444: {
    id: "TAB5444",
    label: "Folkmängden per månad efter region, ålder och kön. År 2000M01-2024M12",
    variables: [region(), ages("tot", true), sex(), contents(["000003O5"], ["Folkmängd"]), time(months(2000, 2024), "månad")],
  },
  TAB6471: {
    id: "TAB6471",
    label: "Folkmängden per månad efter region, ålder och kön. År 2025M01-",
    // Ålder cannot be left out here: the query must select TotSA.
    variables: [region(), ages("TotSA", false), sex(), contents(["000007Y1"], ["Folkmängd"]), time(months(2025, 2026, 9), "månad")],
  },
};

const KNOWN = readKnownFigures();

/** A municipality's population at a period ("2024", "2021M06"): Dalarna's real figures where known. */
export function population(code: string, period: string): number {
  const known = KNOWN.get(`${code}|${period}`);
  if (known !== undefined) return known;
  let hash = 0;
  for (const ch of `${code}${period}`) hash = (hash * 31 + ch.charCodeAt(0)) % 100_000;
  return 2_000 + hash;
}

/** The sum of the municipalities of a county, or of all for "00"; from 2025 off by SCB's noise. */
export function regionPopulation(code: string, period: string): number {
  if (code.length === 4) return population(code, period);
  const members = MUNICIPALITIES.filter((m) => code === "00" || m.countyCode === code);
  const sum = members.reduce((acc, m) => acc + population(m.code, period), 0);
  return Number(period.slice(0, 4)) >= 2025 ? sum + 3 : sum;
}

function readKnownFigures(): Map<string, number> {
  const csv = readFileSync(new URL("../../../data/dalarna-befolkning.csv", import.meta.url), "utf8").trim().split(/\r?\n/u);
  const dates = csv[0]!.split(",").slice(2);
  const known = new Map<string, number>();
  for (const line of csv.slice(1)) {
    const [code, , ...values] = line.split(",");
    dates.forEach((date, i) => {
      const period = date.endsWith("-12-31") ? date.slice(0, 4) : `${date.slice(0, 4)}M${date.slice(5, 7)}`;
      known.set(`${code}|${period}`, Number(values[i]));
    });
  }
  return known;
}
