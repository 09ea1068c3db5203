// `samfinansiering ny` and `samfinansiering befolkning` end to end against the SCB replay server on
// localhost, with the written workbooks read back.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseInputs } from "../../src/workbook/parse/index.ts";
import { readWorkbookFile } from "../../src/xlsx/file.ts";
import { definedNameRanges } from "../../src/xlsx/names.ts";
import { readInputs } from "../../src/xlsx/readInputs.ts";
import { startScbReplay, type ScbReplay } from "../fakes/scb/server.ts";
import { writeExampleXlsx } from "../fixtures/xlsx.ts";
import { runCli, tempDir } from "./helpers.ts";

let scb: ScbReplay;
let env: Record<string, string>;
beforeAll(async () => {
  scb = await startScbReplay();
  env = { SAMF_SCB_URL: scb.url };
});
afterAll(() => scb.close());
beforeEach(() => scb.reset());

async function inputsOf(path: string) {
  const workbook = await readWorkbookFile(path);
  return { workbook, outcome: parseInputs(readInputs(workbook).grids) };
}

/** The example workbook in `dir` with the given workbook names (name → reference). */
async function exampleWithNames(dir: string, names: Record<string, string>): Promise<string> {
  const path = join(dir, "namn.xlsx");
  await writeExampleXlsx(path);
  const workbook = await readWorkbookFile(path);
  for (const [name, reference] of Object.entries(names)) workbook.definedNames.add(reference, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

// Each test writes and reads back .xlsx files and calls the replay server: generous under load.
const SLOW = { timeout: 30_000 };

describe("samfinansiering ny", SLOW, () => {
  it("creates the input sheets for a county, fetches the population, and the workbook then runs", async () => {
    const dir = await tempDir();
    const path = join(dir, "dalarna.xlsx");
    const created = await runCli(["ny", path, "--län", "Dalarnas län", "--datum", "2024-12-31,2025-12-31"], env);
    expect(created.stderr).toContain("Skapade");
    expect(created.code).toBe(0);
    const { workbook, outcome } = await inputsOf(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Instruktioner", "Befolkning", "Index", "Scenarier"]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.inputs.population.dates).toEqual(["2024-12-31", "2025-12-31"]);
    expect(outcome.inputs.population.municipalities).toHaveLength(15);
    expect(outcome.inputs.population.source).toBe("Källa: SCB, Statistikdatabasen tabellerna TAB638, TAB5557, hämtad 2026-11-23");
    expect(outcome.inputs.region?.name).toBe("Region Dalarna");

    const run = await runCli([path, "--json"]);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as { scenarios: { years: { year: number; total: number; rows: { amount: number }[] }[] }[] };
    expect(results.scenarios[0]!.years.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(results.scenarios[0]!.years[0]!.total).toBe(1_000_000);
    expect(results.scenarios[0]!.years[0]!.rows).toHaveLength(16);
  });

  it("refuses to overwrite an existing file", async () => {
    const dir = await tempDir();
    const path = join(dir, "finns.xlsx");
    await writeFile(path, "x");
    const result = await runCli(["ny", path, "--län", "20"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("finns redan och skrivs inte över");
  });

  it("without dates leaves Befolkning without figures, and says what is missing when run", async () => {
    const dir = await tempDir();
    const path = join(dir, "gotland.xlsx");
    expect((await runCli(["ny", path, "--län", "09"], env)).code).toBe(0);
    expect(scb.requests).toEqual([]);
    const run = await runCli([path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Det finns ingen befolkningskolumn");
  });
});

describe("samfinansiering befolkning", SLOW, () => {
  it("adds a column per new date and the source line; equal figures are left alone", async () => {
    const dir = await tempDir();
    const input = join(dir, "exempel.xlsx");
    await writeExampleXlsx(input);
    const out = join(dir, "med-2025.xlsx");
    const result = await runCli(["befolkning", input, "--datum", "2024-12-31,2025-06-30", "--out", out, "--json"], env);
    expect(result.stderr).toContain("Befolkningen för 2024-12-31 finns redan med samma siffror.");
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { municipalities: { code: string; population: Record<string, number> }[]; calls: number };
    expect(printed.municipalities.find((m) => m.code === "2080")!.population["2024-12-31"]).toBe(59945);
    expect(printed.calls).toBe(6); // config, three tables' metadata, two data calls
    const { outcome } = await inputsOf(out);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.inputs.population.dates).toEqual(["2019-12-31", "2021-06-30", "2021-12-31", "2023-12-31", "2024-12-31", "2025-06-30"]);
    expect(outcome.inputs.population.source).toBe("Källa: SCB, Statistikdatabasen tabellerna TAB638, TAB6471, hämtad 2026-11-23");
    // the total row got the new column's sum, so it still checks
    expect(outcome.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("widens a stored Samf_Befolkning that held the table to the new date column; other names are left alone", async () => {
    const dir = await tempDir();
    const input = await exampleWithNames(dir, { Samf_Befolkning: "Befolkning!$A$1:$G$17", Anteckning: "Scenarier!$A$1:$A$2", Mina_kommuner: "Befolkning!$A$1:$B$17" });
    const out = join(dir, "med-2025.xlsx");
    expect((await runCli(["befolkning", input, "--datum", "2025-06-30", "--out", out], env)).code).toBe(0);

    const { workbook, outcome } = await inputsOf(out);
    expect(definedNameRanges(workbook, "Samf_Befolkning")).toEqual(["Befolkning!$A$1:$H$17"]);
    expect(definedNameRanges(workbook, "Anteckning")).toEqual(["Scenarier!$A$1:$A$2"]);
    expect(definedNameRanges(workbook, "Mina_kommuner")).toEqual(["Befolkning!$A$1:$B$17"]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.inputs.population.dates).toContain("2025-06-30");
    const run = await runCli([out, "--out", join(dir, "resultat.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("Samf_Befolkning pekar");
  });

  it("writes nothing beside a Samf_Befolkning already too narrow, where the new column would overwrite an earlier date", async () => {
    const dir = await tempDir();
    const input = await exampleWithNames(dir, { Samf_Befolkning: "Befolkning!$A$1:$F$17" });
    const out = join(dir, "ut.xlsx");
    const result = await runCli(["befolkning", input, "--datum", "2025-06-30", "--out", out], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Befolkning!G1 har redan ett värde (2024-12-31) men ligger utanför området som befolkningen läses från, så inget har skrivits.");
    expect(existsSync(out)).toBe(false);
  });

  it("lists figures that differ and writes nothing; --ersätt replaces them", async () => {
    const dir = await tempDir();
    const input = join(dir, "andrad.xlsx");
    await writeExampleXlsx(input, (s) => {
      s.population[1]![6] = 22_400; // Avesta 2024-12-31; SCB has 22 417
      s.population[16]![6] = (s.population[16]![6] as number) - 17;
    });
    const out = join(dir, "ut.xlsx");
    const refused = await runCli(["befolkning", input, "--datum", "2024-12-31", "--out", out], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("G2: Avesta 2024-12-31 är 22400, SCB har 22 417.");
    expect(refused.stderr).toContain("Kör igen med --ersätt");
    expect(existsSync(out)).toBe(false);

    const replaced = await runCli(["befolkning", input, "--datum", "2024-12-31", "--out", out, "--ersätt"], env);
    expect(replaced.code).toBe(0);
    expect(replaced.stderr).toContain("En siffra ersattes med SCB:s.");
    const { outcome } = await inputsOf(out);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.inputs.data.municipalities.find((m) => m.id === "2084")!.population.get("2024-12-31")!.toNumber()).toBe(22417);
  });

  it("replaces an existing --out only when it is a workbook, or with --skriv-över", async () => {
    const dir = await tempDir();
    const input = join(dir, "exempel.xlsx");
    await writeExampleXlsx(input);
    const out = join(dir, "anteckningar.xlsx");
    await writeFile(out, "inte en arbetsbok");
    const refused = await runCli(["befolkning", input, "--datum", "2025-06-30", "--out", out], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("är ingen Excel-arbetsbok");
    expect(await readFile(out, "utf8")).toBe("inte en arbetsbok");
    expect(scb.requests.length).toBe(0);

    const forced = await runCli(["befolkning", input, "--datum", "2025-06-30", "--out", out, "--skriv-över"], env);
    expect(forced.code).toBe(0);
    expect((await inputsOf(out)).outcome.ok).toBe(true);
  });

  it("writes nothing when SCB fails, with SCB's message and exit code 1", async () => {
    const dir = await tempDir();
    const input = join(dir, "exempel.xlsx");
    await writeExampleXlsx(input);
    scb.faults.push({ path: /\/data$/u, fault: { kind: "status", status: 502 } });
    const result = await runCli(["befolkning", input, "--datum", "2025-12-31"], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SCB:s tjänst svarade med fel (HTTP 502)");
    expect(existsSync(join(dir, "exempel-befolkning.xlsx"))).toBe(false);
  });

  it.each([
    [["befolkning", "x.xlsx", "--datum", "2024-06-15"], "2024-06-15 är inget månadsslut"],
    [["befolkning", "x.xlsx"], "Ange datum med --datum"],
    [["ny", "x.xlsx", "--län", "Atlantis"], "”Atlantis” är inget län"],
    [["ny", "x.xlsx"], "Ange länet med --län"],
  ])("refuses %j with usage and exit code 2", async (argv, message) => {
    const result = await runCli(argv, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(scb.requests).toEqual([]);
  });
});
