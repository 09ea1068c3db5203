// A stored population range (Samf_Befolkning) and population from SCB on the Office.js host: a new
// date column widens the name that held the table, in the same sync as the figures, so the next run
// reads the new date without the "direkt intill" warning; names pointing elsewhere are left alone, and
// nothing is written over values beside a name that is already too narrow.
import { describe, expect, it } from "vitest";
import { createPopulationHost } from "../../src/excel/populationHost.ts";
import { fetchIntoWorkbook } from "../../src/taskpane/populationFetch.ts";
import { exampleWorkbook } from "../fakes/excel/index.ts";
import { scbReplayPerFile } from "../fakes/scb/replayPerFile.ts";
import { hostOn } from "./helpers.ts";

const replay = scbReplayPerFile();

const now = new Date("2026-11-29T10:00:00Z");

describe("a stored population range and a fetched date", { timeout: 30_000 }, () => {
  it("widens the name to the new date column, and the next run uses the new date without a warning", async () => {
    const fake = exampleWorkbook();
    fake.addName("Samf_Befolkning", "Befolkning!$A$1:$G$17");
    fake.addName("Samf_Index", "Index!$A$1:$B$5");
    fake.addName("Mina_kommuner", "Befolkning!$A$1:$B$17");
    const before = await hostOn(fake).read();
    expect(before.summary.population?.dates).not.toContain("2025-12-31");

    expect(await fetchIntoWorkbook(createPopulationHost(fake), "2025-12-31", replay().url, now)).toEqual({ kind: "written", dates: ["2025-12-31"] });
    expect(fake.namedItems()).toEqual(expect.arrayContaining([
      { name: "Samf_Befolkning", formula: "=Befolkning!$A$1:$H$17", type: "Range" },
      { name: "Samf_Index", formula: "=Index!$A$1:$B$5", type: "Range" },
      { name: "Mina_kommuner", formula: "=Befolkning!$A$1:$B$17", type: "Range" },
    ]));
    const after = await hostOn(fake).read();
    expect(after.problems.map((p) => p.message).join("\n")).not.toContain("Samf_Befolkning pekar");
    expect(after.summary.population).toMatchObject({ range: "Befolkning!A1:H17" });
    expect(after.summary.population?.dates).toContain("2025-12-31");
  });

  it("leaves a name that already holds the new column, and one on another sheet than the table", async () => {
    const wide = exampleWorkbook();
    wide.addName("Samf_Befolkning", "Befolkning!$A$1:$K$20");
    await fetchIntoWorkbook(createPopulationHost(wide), "2025-12-31", replay().url, now);
    expect(wide.namedItems()).toEqual([{ name: "Samf_Befolkning", formula: "=Befolkning!$A$1:$K$20", type: "Range" }]);
    expect(wide.value("Befolkning", "H1")).toBe(46022);

    // Without a usable name the template sheet is read; a name pointing elsewhere is not the table.
    const elsewhere = exampleWorkbook();
    elsewhere.addName("Samf_Befolkning", "Befolkning!$A$30:$C$31");
    expect(await fetchIntoWorkbook(createPopulationHost(elsewhere), "2025-12-31", replay().url, now)).toMatchObject({ kind: "failed" });
    expect(elsewhere.namedItems()).toEqual([{ name: "Samf_Befolkning", formula: "=Befolkning!$A$30:$C$31", type: "Range" }]);
  });

  it("writes nothing beside a name already too narrow, where the new column would overwrite an earlier date", async () => {
    const fake = exampleWorkbook();
    fake.addName("Samf_Befolkning", "Befolkning!$A$1:$F$17");
    const before = fake.snapshot();
    await expect(fetchIntoWorkbook(createPopulationHost(fake), "2025-12-31", replay().url, now))
      .rejects.toThrow("Befolkning!G1 har redan ett värde (2024-12-31) men ligger utanför området som befolkningen läses från, så inget har skrivits.");
    expect(fake.snapshot()).toBe(before);
  });

  it("writes neither the figures nor the name when the sheet refuses the write", async () => {
    const fake = exampleWorkbook();
    fake.addName("Samf_Befolkning", "Befolkning!$A$1:$G$17");
    fake.sheet("Befolkning").protected = true;
    await expect(fetchIntoWorkbook(createPopulationHost(fake), "2025-12-31", replay().url, now)).rejects.toThrow();
    expect(fake.value("Befolkning", "H1")).toBeNull();
    expect(fake.namedItems()).toEqual([{ name: "Samf_Befolkning", formula: "=Befolkning!$A$1:$G$17", type: "Range" }]);
  });
});
