// The task pane's fetch on the Excel fake holding the example workbook, against the SCB replay
// server: equal figures do nothing, differing figures are listed and written only when confirmed,
// and a failed fetch changes nothing.
import { describe, expect, it } from "vitest";
import { createPopulationHost } from "../../src/excel/populationHost.ts";
import { fetchIntoWorkbook, writeFetched } from "../../src/taskpane/populationFetch.ts";
import { exampleWorkbook } from "../fakes/excel/index.ts";
import { scbReplayPerFile } from "../fakes/scb/replayPerFile.ts";

const replay = scbReplayPerFile();

const now = new Date("2026-11-29T10:00:00Z");

describe("fetchIntoWorkbook", { timeout: 30_000 }, () => {
  it("does nothing when the sheet already has SCB's figures", async () => {
    const workbook = exampleWorkbook();
    const outcome = await fetchIntoWorkbook(createPopulationHost(workbook), "2024-12-31", replay().url, now);
    expect(outcome).toEqual({ kind: "nothing" });
  });

  it("adds a new date column with the total and the source line", async () => {
    const workbook = exampleWorkbook();
    const outcome = await fetchIntoWorkbook(createPopulationHost(workbook), "2025-12-31", replay().url, now);
    expect(outcome).toEqual({ kind: "written", dates: ["2025-12-31"] });
    expect(workbook.value("Befolkning", "H1")).toBe(46022); // 2025-12-31 as a date serial
    expect(typeof workbook.value("Befolkning", "H2")).toBe("number");
    expect(workbook.value("Befolkning", "H17")).toBe(Array.from({ length: 15 }, (_, r) => workbook.value("Befolkning", `H${r + 2}`) as number).reduce((a, b) => a + b, 0));
    expect(workbook.value("Befolkning", "A19")).toBe("Källa: SCB, Statistikdatabasen tabell TAB5557, hämtad 2026-11-29");
  });

  it("lists differing figures, writes nothing, and replaces them when confirmed", async () => {
    const workbook = exampleWorkbook();
    const host = createPopulationHost(workbook);
    await host.writeCells("Befolkning", [{ row: 1, col: 6, value: 22400 }]);
    const outcome = await fetchIntoWorkbook(host, "2024-12-31", replay().url, now);
    if (outcome.kind !== "conflicts") throw new Error(outcome.kind);
    expect(outcome.conflicts).toEqual([{ date: "2024-12-31", municipality: "Avesta", cell: "G2", old: "22400", fetched: 22417 }]);
    expect(workbook.value("Befolkning", "G2")).toBe(22400);
    expect(await writeFetched(host, outcome.fetched, true)).toEqual({ kind: "written", dates: ["2024-12-31"] });
    expect(workbook.value("Befolkning", "G2")).toBe(22417);
  });

  it("changes nothing when SCB fails", async () => {
    const workbook = exampleWorkbook();
    replay().faults.push({ path: /\/data$/u, fault: { kind: "malformed" } });
    const outcome = await fetchIntoWorkbook(createPopulationHost(workbook), "2025-12-31", replay().url, now);
    expect(outcome.kind).toBe("failed");
    expect(workbook.value("Befolkning", "H1")).toBeNull();
    expect(workbook.value("Befolkning", "A19")).toBeNull();
  });
});
