// The generated hostile corpus on the command line: each workbook gives its exit code and its cell;
// where an output is written it is well-formed and opened again by ExcelJS; no temporary file stays.
// Time and memory at each limit are measured by `npm run bench` (bench/hostile.bench.ts), not here.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hostileWorkbooks } from "../fixtures/hostileWorkbooks.ts";
import { runCli, tempDir } from "./helpers.ts";

/** Every XML part of the package parses (what LibreOffice and Excel need to open it). */
async function expectWellFormed(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/u.test(name)) continue;
    const xml = await entry.async("string");
    // XML 1.0 Char: no C0 controls but tab, LF, CR; no U+FFFE/U+FFFF; no lone surrogates.
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u.test(xml), name).toBe(false);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await readFile(path) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.length).toBeGreaterThan(0);
}

describe("hostile workbooks on the command line", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it.each(hostileWorkbooks.map((h, i) => [h.name, h, i] as const))("%s", { timeout: 60_000 }, async (_, hostile, i) => {
    const input = join(dir, `fientlig-${i}.xlsx`);
    const output = join(dir, `fientlig-${i}-resultat.xlsx`);
    await hostile.write(input);
    const { code, stderr } = await runCli([input]);
    expect(code, stderr).toBe(hostile.exit);
    if (hostile.at !== null) {
      const line = stderr.split("\n").find((l) => l.startsWith(`${hostile.at}: `));
      expect(line, stderr.slice(0, 2000)).toBeDefined();
      if (hostile.message !== undefined) expect(line).toMatch(hostile.message);
    }
    if (hostile.exit === 0) await expectWellFormed(output);
    else expect(existsSync(output)).toBe(false);
  });

  it("keeps a user's text that XML cannot carry, escaped as Excel stores it", async () => {
    const i = hostileWorkbooks.findIndex((h) => h.name.startsWith("a user's own sheet"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, `fientlig-${i}-resultat.xlsx`));
    expect(workbook.getWorksheet("Anteckningar")!.getCell("A1").value).toBe("a\uFFFEb\u001Bc");
  });

  it("lists the first 50 errors of 1 000 duplicate rows and counts the rest", async () => {
    const i = hostileWorkbooks.findIndex((h) => h.name === "1 000 duplicate rows");
    const { stderr } = await runCli([join(dir, `fientlig-${i}.xlsx`)]);
    const lines = stderr.split("\n");
    expect(lines.filter((line) => line.startsWith("Befolkning!"))).toHaveLength(50);
    expect(lines).toContain("… och 949 fel till, som inte visas. Rätta felen ovan först; ofta har flera fel samma orsak.");
    expect(lines.at(-1)).toMatch(/^999 fel i indata/);
    const json = JSON.parse((await runCli([join(dir, `fientlig-${i}.xlsx`), "--json"])).stdout) as { errors: unknown[]; unlisted: number };
    expect([json.errors.length, json.unlisted]).toEqual([50, 949]);
  });

  it("left no temporary files behind", async () => {
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
