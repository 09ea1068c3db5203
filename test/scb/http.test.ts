// The HTTP layer alone: the rate limit from /config, 429 waits, and json-stat2 read by its `id` order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScbHttp, retryWaitMs } from "../../src/scb/http.ts";
import { parseDataset } from "../../src/scb/jsonStat.ts";
import { startScbReplay, type ScbReplay } from "../fakes/scb/server.ts";

let scb: ScbReplay;
beforeAll(async () => {
  scb = await startScbReplay();
});
afterAll(() => scb.close());

describe("ScbHttp", () => {
  it("waits before a call that would exceed the calls per time window", async () => {
    let clock = 1_000_000;
    const waits: number[] = [];
    const http = new ScbHttp(scb.url, {
      fetch: (input, init) => globalThis.fetch(input, init),
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      now: () => clock,
      timeoutMs: 2_000,
    });
    http.setRateLimit({ maxCalls: 2, windowMs: 10_000 });
    await http.get("config", "config");
    clock += 4_000;
    await http.get("config", "config");
    await http.get("config", "config");
    expect(waits).toEqual([6_000]);
    expect(http.calls).toBe(3);
  });
});

describe("retryWaitMs", () => {
  const now = Date.parse("2026-11-29T12:00:00Z");
  it.each([
    [{ "retry-after": "7" }, 7_000],
    [{ "retry-after": "Sun, 29 Nov 2026 12:00:05 GMT" }, 5_000],
    [{ "x-rate-limit-reset": "2026-11-29T12:00:02Z" }, 2_000],
    [{}, 10_000],
  ])("reads %j as %i ms", (headers, expected) => {
    expect(retryWaitMs(new Headers(headers), now, 10_000)).toBe(expected);
  });
});

describe("parseDataset", () => {
  it("finds values by the dimension order of `id`, whatever it is, and reads sparse values", () => {
    const text = JSON.stringify({
      version: "2.0", class: "dataset", id: ["Tid", "Region"], size: [2, 2],
      dimension: {
        Region: { label: "region", category: { index: { "2080": 0, "2084": 1 } } },
        Tid: { label: "år", category: { index: ["2023", "2024"] } },
      },
      value: { "0": 1, "1": 2, "3": 4 }, status: { "2": ".." },
    });
    const data = parseDataset(text);
    expect(data.value(["2024", "2084"])).toBe(4);
    expect(data.value(["2023", "2084"])).toBe(2);
    expect(data.value(["2024", "2080"])).toBeUndefined();
    expect(data.status(["2024", "2080"])).toBe("..");
    expect(data.value(["2024", "0180"])).toBeUndefined();
  });

  it.each([
    ["{", /invalid JSON/u],
    ['{"class":"collection"}', /not a dataset/u],
    ['{"class":"dataset","id":["A"],"size":[2],"dimension":{"A":{"category":{"index":{"x":0}}}},"value":[1,2]}', /does not match its size/u],
    ['{"class":"dataset","id":["A"],"size":[1],"dimension":{"A":{"category":{"index":{"x":0}}}},"value":["1"]}', /neither a number/u],
  ])("refuses %s", (text, message) => {
    expect(() => parseDataset(text)).toThrow(message);
  });
});
