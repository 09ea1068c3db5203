import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, link, readFile, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultOutput } from "../../src/cli/main.ts";
import { memoPopulationJune2021 as memo } from "../fixtures/memo.ts";
import { writeExampleXlsx } from "../fixtures/xlsx.ts";
import { runCli, tempDir } from "./helpers.ts";

const example = new URL("../../assets/exempel.xlsx", import.meta.url).pathname;
const sha = async (path: string) => createHash("sha256").update(await readFile(path)).digest("hex");

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The rows of a sheet as arrays of values (1-based columns dropped to 0-based). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = Array.from({ length: sheet.columnCount }, (_, c) => row.getCell(c + 1).value);
  });
  return Array.from({ length: sheet.rowCount }, (_, i) => rows[i] ?? []);
}

describe("the command line on the example workbook", () => {
  let dir: string;
  let input: string;
  let output: string;
  let result: { code: number; stdout: string; stderr: string };
  let inputHash: string;

  beforeAll(async () => {
    dir = await tempDir();
    input = join(dir, "exempel.xlsx");
    await copyFile(example, input);
    inputHash = await sha(input);
    output = defaultOutput(input);
    result = await runCli([input]);
  });

  it("exits 0, prints the comparison table and says what it wrote", () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Jämförelse: Nuvarande avtal \(3 tjänster\) 2022 mot Nytt avtal \(4 tjänster\) 2023/);
    expect(result.stdout).toMatch(/Avesta\s+22 986\s+97 683\s+159 413\s+61 730\s+63,2 %/);
    expect(result.stdout).toMatch(/Region Dalarna\s+1 225 535\s+2 000 000\s+774 465/);
    expect(result.stderr).toContain(`Skrev ${output}`);
  });

  it("prints the memo's paragraph", () => {
    const text = result.stdout.replace(/\s+/gu, " ");
    expect(text).toContain("För Region Dalarna medför Nytt avtal (4 tjänster) en kostnadsökning om 774 465 kr (ca 770 tkr) per år jämfört med Nuvarande avtal (3 tjänster) 2022.");
    expect(text).toContain("per kommun från 18 235 kr (Vansbro) till 160 467 kr (Falun).");
  });

  it("writes <name>-resultat.xlsx and never modifies the input", async () => {
    expect(output).toBe(join(dir, "exempel-resultat.xlsx"));
    expect(existsSync(output)).toBe(true);
    expect(await sha(input)).toBe(inputHash);
  });

  it("has the memo's figures (largest remainder) in Jämförelse, as numbers with #,##0", async () => {
    const sheet = (await load(output)).getWorksheet("Jämförelse")!;
    const rows = rowsOf(sheet);
    const header = rows.findIndex((r) => r[0] === "Kommun");
    const body = rows.slice(header + 1, header + 16);
    expect(body.map((r) => r[0])).toEqual(memo.map((m) => m.name));
    expect(body.map((r) => r[3])).toEqual(memo.map((m) => m.largestRemainder));
    const sumRow = rows[header + 16]!;
    expect(sumRow[0]).toBe("Summa kommuner");
    expect(sumRow[3]).toBe(2_000_000);
    expect(sheet.getCell(header + 2, 4).numFmt).toBe("#,##0");
    expect(typeof sheet.getCell(header + 2, 4).value).toBe("number");
  });

  it("has a Flerår sheet per scenario whose rows add up to each year's total", async () => {
    const workbook = await load(output);
    const schedules = workbook.worksheets.filter((s) => s.name.startsWith("Flerår – "));
    expect(schedules.map((s) => s.name)).toHaveLength(2);
    for (const sheet of schedules) {
      const rows = rowsOf(sheet);
      const header = rows.findIndex((r) => r[1] === "Part");
      const totalRow = rows.findIndex((r) => r[1] === "Totalt");
      const sumRow = rows.findIndex((r) => r[1] === "Summa kommuner");
      const parties = rows.slice(header + 1, sumRow);
      const yearCols = rows[header]!.map((h, c) => [h, c] as const).filter(([h]) => /^\d{4}/u.test(String(h))).map(([, c]) => c);
      expect(rows[header]![0]).toBe("Kommunkod");
      expect(yearCols.length).toBeGreaterThan(0);
      for (const col of yearCols) {
        const total = parties.reduce((acc, r) => acc + (r[col] as number), 0);
        expect(total).toBe(rows[totalRow]![col]);
      }
    }
  });

  it("has an Underlag sheet with the run's time and version", async () => {
    const rows = rowsOf((await load(output)).getWorksheet("Underlag")!).flat().map(String);
    expect(rows).toContain("2026-11-23 13:00"); // 12:00 UTC in Swedish winter time
    expect(rows).toContain("0.0.0-test");
  });

  it("gives identical result sheets on a re-run of its own output, with no duplicated sheets", async () => {
    const again = join(dir, "igen.xlsx");
    const rerun = await runCli([output, "--out", again]);
    expect(rerun.code).toBe(0);
    const [first, second] = [await load(output), await load(again)];
    expect(second.worksheets.map((s) => s.name)).toEqual(first.worksheets.map((s) => s.name));
    for (const sheet of first.worksheets) expect(rowsOf(second.getWorksheet(sheet.name)!)).toEqual(rowsOf(sheet));
  });

  it("prints the results as JSON with --json: amounts as integers, codes for municipalities", async () => {
    const json = await runCli([input, "--json", "--out", join(dir, "json.xlsx")]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { scenarios: { name: string; years: { year: number; total: number; roundingDifference: number; rows: { party: string; code: string | null; amount: number }[] }[] }[]; warnings: unknown[] };
    expect(parsed.scenarios.map((s) => s.name)).toEqual(["Nuvarande avtal (3 tjänster)", "Nytt avtal (4 tjänster)"]);
    const first = parsed.scenarios[1]!.years[0]!;
    expect(first).toMatchObject({ year: 2023, total: 4_000_000 });
    expect(first.rows[0]).toEqual({ party: "Region Dalarna", code: null, amount: 2_000_000 });
    expect(first.rows[1]).toEqual({ party: "Avesta", code: "2084", amount: 159_413 });
    for (const year of parsed.scenarios.flatMap((s) => s.years)) {
      expect(year.rows.reduce((a, r) => a + r.amount, 0)).toBe(year.total);
      expect(year.roundingDifference).toBe(0);
    }
    expect(Array.isArray(parsed.warnings)).toBe(true);
  });
});

describe("command line usage and file problems (exit 2)", () => {
  it.each([
    [[], /Ange arbetsboken/],
    [["a.xlsx", "b.xlsx"], /Bara en arbetsbok/],
    [["a.xlsx", "--out"], /--out behöver ett filnamn/],
    [["a.xlsx", "--out", "b.csv"], /ska sluta på \.xlsx/],
    [["a.xlsx", "--snabbt"], /Okänt val: --snabbt/],
  ])("%j", async (argv, message) => {
    const { code, stderr } = await runCli(argv as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Användning: samfinansiering");
  });

  it("a file that does not exist", async () => {
    const { code, stderr } = await runCli([join(await tempDir(), "finns-inte.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/finns-inte\.xlsx/);
  });

  it("a file that is not a workbook", async () => {
    const path = join(await tempDir(), "text.xlsx");
    await writeFile(path, "inte en arbetsbok");
    const { code, stderr } = await runCli([path]);
    expect(code).toBe(2);
    expect(stderr.length).toBeGreaterThan(0);
  });

  it("refuses to write over the input", async () => {
    const { code, stderr } = await runCli([example, "--out", example]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/samma fil som arbetsboken/);
  });

  it.each([
    ["a symbolic link", symlink],
    ["a hard link", link],
  ])("refuses an --out that is %s to the input, and leaves the input as it was", async (_, makeLink) => {
    const dir = await tempDir();
    const input = join(dir, "exempel.xlsx");
    await copyFile(example, input);
    const hash = await sha(input);
    const other = join(dir, "länk.xlsx");
    await makeLink(input, other);
    const { code, stderr } = await runCli([input, "--out", other]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/samma fil som arbetsboken/);
    expect(await sha(input)).toBe(hash);
    // Either way round: the link as input, the file itself as output.
    expect((await runCli([other, "--out", input])).code).toBe(2);
    expect(await sha(input)).toBe(hash);
  });

  it("writes an --out that exists and is another file", async () => {
    const dir = await tempDir();
    const other = join(dir, "gammal.xlsx");
    await copyFile(example, other);
    const { code } = await runCli([example, "--out", other]);
    expect(code).toBe(0);
  });

  it("names the default output .xlsx whatever the input's extension", () => {
    expect(defaultOutput(join("mapp", "budget.xlsm"))).toBe(join("mapp", "budget-resultat.xlsx"));
    expect(defaultOutput(join("mapp", "budget.XLSX"))).toBe(join("mapp", "budget-resultat.xlsx"));
    expect(defaultOutput(join("mapp", "budget"))).toBe(join("mapp", "budget-resultat.xlsx"));
  });

  it("--help exits 0", async () => {
    expect((await runCli(["--help"])).code).toBe(0);
  });
});

describe("the installed command (a real process)", () => {
  it("runs bin/samfinansiering.js on the example and sets the exit code", async () => {
    const dir = await tempDir();
    const bin = new URL("../../bin/samfinansiering.js", import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, [bin, example, "--json", "--out", join(dir, "ut.xlsx")]);
    expect(JSON.parse(stdout).scenarios).toHaveLength(2);
    const failure = await promisify(execFile)(process.execPath, [bin, join(dir, "saknas.xlsx")]).catch((e: { code: number }) => e);
    expect((failure as { code: number }).code).toBe(2);
  }, 30_000);
});

describe("content the copy cannot keep", () => {
  it("warns when the workbook has charts or macros, which ExcelJS does not save", async () => {
    const { default: JSZip } = await import("jszip");
    const dir = await tempDir();
    const zip = await JSZip.loadAsync(await readFile(example));
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    const input = join(dir, "med-diagram.xlsx");
    await writeFile(input, await zip.generateAsync({ type: "nodebuffer" }));
    const { code, stderr } = await runCli([input]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Varning: Arbetsboken innehåller diagram, som inte följer med till resultatfilen/);
  });
});

describe("a result sheet the user has renamed", () => {
  it("is kept as the user's own on the next run, with a warning, even when the new name looks like a result's", async () => {
    const dir = await tempDir();
    const first = join(dir, "första.xlsx");
    expect((await runCli([example, "--out", first])).code).toBe(0);
    const workbook = await load(first);
    const sheet = workbook.worksheets.find((s) => s.name.startsWith("Flerår – Nytt"))!;
    const oldName = sheet.name;
    sheet.name = "Flerår – Nytt avtal mars";
    sheet.getCell("A40").value = "Min anteckning";
    // Excel moves the references of workbook names along with a renamed sheet; ExcelJS does not.
    workbook.definedNames.model = workbook.definedNames.model.map((name) => ({
      ...name,
      ranges: name.ranges.map((range) => range.replace(`'${oldName}'`, `'${sheet.name}'`)),
    }));
    const renamed = join(dir, "omdöpt.xlsx");
    await workbook.xlsx.writeFile(renamed);

    const second = join(dir, "andra.xlsx");
    const rerun = await runCli([renamed, "--out", second]);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain("Varning: Bladet ”Flerår – Nytt avtal mars” var ett resultatblad men har fått ett nytt namn.");
    const result = await load(second);
    expect(result.getWorksheet("Flerår – Nytt avtal mars")?.getCell("A40").value).toBe("Min anteckning");
    expect(result.worksheets.filter((s) => s.name === "Flerår – Nytt avtal")).toHaveLength(1);
  });
});

describe("the terminal table is the Jämförelse sheet", () => {
  it("shows the rounding difference of legacy rounding and the key's real header", async () => {
    const dir = await tempDir();
    const input = join(dir, "varje-rad.xlsx");
    await writeExampleXlsx(input, (s) => { s.scenarios[16]![2] = "Varje rad"; s.scenarios[13]![2] = "Lika delar"; });
    const { code, stdout } = await runCli([input, "--out", join(dir, "ut.xlsx")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Kommun\s+Befolkning 2021-06-30 – Nuvarande avtal \(3 tjänster\)\s+Fördelningsnyckel – Nytt avtal \(4 tjänster\)\s/mu);
    expect(stdout).toMatch(/^Avrundningsdifferens\s.*\d/mu);
  });

  it("carries the rounding difference per year in the JSON in round-each mode", async () => {
    const dir = await tempDir();
    const input = join(dir, "varje-rad.xlsx");
    await writeExampleXlsx(input, (s) => { s.scenarios[16]![2] = "Varje rad"; });
    const { code, stdout } = await runCli([input, "--json", "--out", join(dir, "ut.xlsx")]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { scenarios: { years: { year: number; total: number; roundingDifference: number; rows: { amount: number }[] }[] }[] };
    const first = parsed.scenarios[1]!.years[0]!;
    expect(first.roundingDifference).toBe(4);
    for (const year of parsed.scenarios.flatMap((s) => s.years)) {
      expect(year.rows.reduce((a, r) => a + r.amount, 0) - year.total).toBe(year.roundingDifference);
    }
  });
});

describe("a workbook with one scenario (command line)", () => {
  it("prints and writes Fördelning, the memo's table for its first year", async () => {
    const dir = await tempDir();
    const input = join(dir, "ett.xlsx");
    await writeExampleXlsx(input, (s) => { for (const row of s.scenarios) row.splice(2); });
    const out = join(dir, "ut.xlsx");
    const { code, stdout } = await runCli([input, "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Nuvarande avtal \(3 tjänster\): fördelning 2022/u);
    expect(stdout).toMatch(/^Kommun\s+Befolkning 2021-06-30\s+Andel av kommunernas del\s+Belopp 2022 \(kr\)/mu);
    expect(stdout).toMatch(/^Totalt\s+2 451 070$/mu);
    expect((await load(out)).worksheets.map((sheet) => sheet.name)).toContain("Fördelning");
  });
});

describe("Fakturaunderlag from the command line (--faktura <år>)", () => {
  it("writes Fakturaunderlag 2024 with the Flerår year's amounts and the invoice text", async () => {
    const dir = await tempDir();
    const input = join(dir, "exempel.xlsx");
    await copyFile(example, input);
    const out = join(dir, "faktura.xlsx");
    const { code, stderr } = await runCli([input, "--faktura", "2024", "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toContain("Fakturaunderlag 2024");
    const workbook = await load(out);
    const invoice = rowsOf(workbook.getWorksheet("Fakturaunderlag 2024")!);
    const schedule = rowsOf(workbook.getWorksheet("Flerår – Nytt avtal")!);
    const header = invoice.findIndex((r) => r[0] === "Kommunkod");
    const yearCol = schedule.find((r) => r[1] === "Part")!.indexOf("2024");
    const body = invoice.slice(header + 1, header + 16);
    expect(body.map((r) => r[0])).toEqual(memo.map((m) => m.code));
    for (const r of body) {
      const scheduled = schedule.find((s) => s[0] === r[0])!;
      expect(r[3]).toBe(scheduled[yearCol]);
      expect(String(r[4])).toMatch(/^Nytt avtal \(4 tjänster\) 2024 enligt avtal p\. 8: \d+,\d\d % av kommunernas del \(befolkning 2023-12-31\)/u);
    }
    const sum = invoice[header + 16]!;
    expect(sum[1]).toBe("Summa kommuner");
    expect(sum[3]).toBe(schedule.find((s) => s[1] === "Summa kommuner")![yearCol]);
    const text = invoice.flat().map(String).join(" ");
    expect(text).toContain("prognos");
    expect(text).toContain("Obs!");

    // A re-run of the output without --faktura writes the invoice basis again instead of deleting it.
    const again = join(dir, "igen.xlsx");
    expect((await runCli([out, "--out", again])).code).toBe(0);
    expect((await load(again)).getWorksheet("Fakturaunderlag 2024")).toBeDefined();
  });

  it("refuses a year no scenario computes, and writes nothing", async () => {
    const dir = await tempDir();
    const input = join(dir, "exempel.xlsx");
    await copyFile(example, input);
    const out = join(dir, "faktura.xlsx");
    const { code, stderr } = await runCli([input, "--faktura", "2040", "--out", out]);
    expect(code).toBe(2);
    expect(stderr).toContain("--faktura 2040: inget scenario räknar det året");
    expect(existsSync(out)).toBe(false);
    expect((await runCli([input, "--faktura", "tjugo"])).stderr).toContain("ange ett år med fyra siffror");
  });
});

describe("a stored range that the table has outgrown (command line)", () => {
  it("warns, and reads what the name points at", async () => {
    const dir = await tempDir();
    const workbook = await load(example);
    workbook.definedNames.add("Befolkning!$A$1:$F$17", "Samf_Befolkning");
    const input = join(dir, "namn.xlsx");
    await workbook.xlsx.writeFile(input);
    const { code, stderr } = await runCli([input, "--out", join(dir, "ut.xlsx")]);
    expect(code).toBe(0);
    expect(stderr).toContain("Varning: Namnet Samf_Befolkning pekar på Befolkning!A1:F17, men det finns värden direkt intill området");
  });
});

describe("the empty template", () => {
  it("lists everything that is missing at once: the municipalities and every required scenario parameter", async () => {
    const template = new URL("../../assets/mall.xlsx", import.meta.url).pathname;
    const { code, stderr } = await runCli([template, "--out", join(await tempDir(), "ut.xlsx")]);
    expect(code).toBe(1);
    for (const expected of ["Befolkning!B1: Tabellen har inga kommuner", "Scenarier!B4: Kostnaden saknas", "Scenarier!B6: Första år saknas", "Scenarier!B7: Sista år saknas", "Scenarier!B12: Regionens andel saknas"]) {
      expect(stderr).toContain(expected);
    }
  });
});
