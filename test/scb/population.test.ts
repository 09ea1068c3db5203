// The SCB client against the localhost replay of PxWebApi 2: table choice from metadata, few calls,
// and a clear Swedish message (and no figures) for every failure.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ScbError, realTransport, type ScbTransport } from "../../src/scb/http.ts";
import { parsePopulationArgs } from "../../src/cli/populationArgs.ts";
import { fetchPopulation, splitDateList, type PopulationQuery } from "../../src/scb/population.ts";
import { parseDateList } from "../../src/taskpane/populationFetch.ts";
import { MUNICIPALITIES } from "../../src/workbook/register.ts";
import { startScbReplay, type ScbReplay } from "../fakes/scb/server.ts";

const DALARNA = MUNICIPALITIES.filter((m) => m.countyCode === "20");
const query = (dates: string[], municipalities: PopulationQuery["municipalities"] = DALARNA): PopulationQuery => ({ municipalities, dates });

let scb: ScbReplay;
let waits: number[];
let transport: ScbTransport;

beforeAll(async () => {
  scb = await startScbReplay();
});
afterAll(() => scb.close());
beforeEach(() => {
  scb.reset();
  waits = [];
  transport = { ...realTransport(2_000), sleep: async (ms) => void waits.push(ms) };
});

const fetchFrom = (q: PopulationQuery, baseUrl = scb.url) => fetchPopulation(q, { baseUrl, transport });

async function failure(q: PopulationQuery, baseUrl = scb.url): Promise<string> {
  const error = await fetchFrom(q, baseUrl).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ScbError);
  return (error as ScbError).message;
}

describe("fetchPopulation", () => {
  it("gives the memo's figures for 31 December and a month end, from TAB638 and TAB5444, in four calls", async () => {
    const result = await fetchFrom(query(["2024-12-31", "2021-06-30", "2021-12-31"]));
    expect(result.figures.get("2021-06-30")!.get("2084")).toBe(22986);
    expect(result.figures.get("2024-12-31")!.get("2039")).toBe(6882);
    expect(result.figures.get("2021-12-31")!.size).toBe(15);
    expect(Object.fromEntries(result.tableOf)).toEqual({ "2021-06-30": "TAB5444", "2021-12-31": "TAB638", "2024-12-31": "TAB638" });
    expect(result.tables).toEqual(["TAB5444", "TAB638"]);
    // config, two metadata, two data calls
    expect(scb.requests.map((r) => `${r.method} ${r.path.split("?")[0]}`)).toEqual([
      "GET config", "GET tables/TAB638/metadata", "GET tables/TAB5444/metadata", "POST tables/TAB638/data", "POST tables/TAB5444/data",
    ]);
    expect(result.calls).toBe(5);
    expect(result.cells).toBe(15 * 3);
  });

  it("asks TAB638 for BE0101N1 and lets Civilstånd, Ålder and Kön be summed away", async () => {
    await fetchFrom(query(["2024-12-31"]));
    const data = scb.requests.find((r) => r.method === "POST")!;
    expect(data.path).toBe("tables/TAB638/data?lang=sv&outputFormat=json-stat2");
    expect(data.body).toEqual({ selection: [
      { variableCode: "Region", valueCodes: DALARNA.map((m) => m.code) },
      { variableCode: "ContentsCode", valueCodes: ["BE0101N1"] },
      { variableCode: "Tid", valueCodes: ["2024"] },
    ] });
  });

  it("takes 2025 from TAB5557 and 2025 month ends from TAB6471 with Alder=TotSA, chosen from the metadata", async () => {
    const result = await fetchFrom(query(["2025-12-31", "2025-06-30", "2024-06-30"]));
    expect(Object.fromEntries(result.tableOf)).toEqual({ "2024-06-30": "TAB5444", "2025-06-30": "TAB6471", "2025-12-31": "TAB5557" });
    const tab6471 = scb.requests.find((r) => r.path.startsWith("tables/TAB6471/data"))!;
    expect((tab6471.body as { selection: unknown[] }).selection).toContainEqual({ variableCode: "Alder", valueCodes: ["TotSA"] });
    expect(result.calls).toBe(1 + 4 + 3);
  });

  it("splits the dates over several calls when the cell limit requires it", async () => {
    const result = await fetchFrom(query(["2020-12-31", "2021-12-31", "2022-12-31", "2023-12-31"], MUNICIPALITIES));
    expect(result.cells).toBe(290 * 4);
    expect(scb.requests.filter((r) => r.method === "POST")).toHaveLength(1); // 1 160 cells fit in 150 000
    expect(result.figures.get("2023-12-31")!.size).toBe(290);
  });

  it("waits as a 429 answer says and retries once", async () => {
    scb.faults.push({ path: /\/data$/u, fault: { kind: "429", retryAfter: "3", times: 1 } });
    const result = await fetchFrom(query(["2024-12-31"]));
    expect(waits).toEqual([3000]);
    expect(result.figures.get("2024-12-31")!.get("2080")).toBe(59945);
  });

  it.each([
    ["no network", async () => {
      const closed = await startScbReplay();
      await closed.close();
      return failure(query(["2024-12-31"]), closed.url);
    }, /SCB \(http:\/\/127\.0\.0\.1:\d+\) svarar inte/u],
    ["a time-out", async () => {
      scb.faults.push({ path: /config/u, fault: { kind: "slow", ms: 3_000 } });
      return failure(query(["2024-12-31"]));
    }, /svarade inte inom 2 sekunder/u],
    ["429 twice", async () => {
      scb.faults.push({ path: /\/data$/u, fault: { kind: "429", retryAfter: "1" } });
      return failure(query(["2024-12-31"]));
    }, /för många anrop” två gånger/u],
    ["a 429 asking for a long wait", async () => {
      scb.faults.push({ path: /\/data$/u, fault: { kind: "429", retryAfter: "3600" } });
      return failure(query(["2024-12-31"]));
    }, /vänta 3600 sekunder/u],
    ["5xx", async () => {
      scb.faults.push({ path: /\/metadata$/u, fault: { kind: "status", status: 503 } });
      return failure(query(["2024-12-31"]));
    }, /HTTP 503/u],
    ["a connection closed mid-answer", async () => {
      scb.faults.push({ path: /\/data$/u, fault: { kind: "hangUp" } });
      return failure(query(["2024-12-31"]));
    }, /svarar inte/u],
    ["malformed JSON", async () => {
      scb.faults.push({ path: /\/data$/u, fault: { kind: "malformed" } });
      return failure(query(["2024-12-31"]));
    }, /svar på befolkningen i TAB638 gick inte att läsa/u],
    ["a municipality missing from the answer", async () => {
      scb.faults.push({ path: /\/data$/u, fault: { kind: "dropRegion", code: "2034" } });
      return failure(query(["2024-12-31"]));
    }, /saknar Orsa \(2034\) för 2024-12-31/u],
    ["an answer for another period", async () => {
      scb.faults.push({ path: /\/data$/u, fault: { kind: "wrongPeriod", period: "2023" } });
      return failure(query(["2024-12-31"]));
    }, /perioden 2023 när 2024 efterfrågades/u],
    ["a missing value", async () => {
      scb.faults.push({ path: /\/data$/u, fault: { kind: "nullValue", code: "2062", status: ".." } });
      return failure(query(["2024-12-31"]));
    }, /inget värde för Mora \(2062\) 2024-12-31 \(markerat ”\.\.”\)/u],
    ["a date SCB has not published", async () => failure(query(["2030-12-31"])), /ingen befolkning för 2030-12-31 ännu \(sökt i TAB638, TAB5557\)/u],
    ["a date that is no month end", async () => failure(query(["2024-06-15"])), /2024-06-15 är inget månadsslut/u],
    ["a municipality SCB does not have", async () => failure(query(["2024-12-31"], [{ code: "2099", name: "Påhittad" }])), /Påhittad \(2099\) finns inte i SCB:s tabell TAB638/u],
  ])("fails with a clear message on %s", async (_name, run, message) => {
    expect(await run()).toMatch(message);
  });

  it("turns a refused query into a message with SCB's reason", async () => {
    scb.faults.push({ path: /\/data$/u, fault: { kind: "status", status: 400 } });
    expect(await failure(query(["2024-12-31"]))).toMatch(/SCB avvisade frågan \(HTTP 400: Internal Server Error\)/u);
  });
});

describe("splitDateList: one rule for the task pane's date field and the command line's --datum", () => {
  const typed = " 2024-12-31, 2021-06-30;2020-12-31  2019-12-31 ;; ";
  const dates = ["2019-12-31", "2020-12-31", "2021-06-30", "2024-12-31"];

  it("splits at commas, semicolons and spaces, and drops the empty parts", () => {
    expect(splitDateList(typed)).toEqual(["2024-12-31", "2021-06-30", "2020-12-31", "2019-12-31"]);
    expect(splitDateList(" ,; ")).toEqual([]);
  });

  it("is what both the task pane and --datum use", () => {
    expect(parseDateList(typed)).toEqual(dates);
    const args = parsePopulationArgs("befolkning", ["bok.xlsx", "--datum", typed]);
    expect(args).toMatchObject({ kind: "befolkning", dates });
    expect(parsePopulationArgs("befolkning", ["bok.xlsx", `--datum=2024-12-31;2021-06-30`])).toMatchObject({ dates: ["2021-06-30", "2024-12-31"] });
  });
});
