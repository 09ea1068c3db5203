// Hostile and huge workbooks (issue 10), each through the command line in a process of its own: time
// and peak memory at each stated limit (src/workbook/limits.ts). Target: a workbook within the limits
// is read in under 5 s and 1 GB, one beyond them refused in under 5 s. Prints figures; asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { MAX_CELL_CHARS, MAX_INPUT_COLUMNS, MAX_INPUT_ROWS } from "../src/workbook/limits.ts";
import { countyMunicipalities } from "../src/workbook/register.ts";
import { duplicateRows, hostileWorkbooks } from "../test/fixtures/hostileWorkbooks.ts";
import { writeExampleXlsx } from "../test/fixtures/xlsx.ts";

interface Case {
  name: string;
  write: (path: string) => Promise<void>;
}

/** Dalarna's 15 municipalities × `dates` population columns, read in full. */
async function widePopulation(path: string, dates: number): Promise<void> {
  await writeExampleXlsx(path, (s) => {
    const header = ["Kommunkod", "Kommun", ...Array.from({ length: dates }, (_, d) => `${1900 + d}-12-31`)];
    const rows = countyMunicipalities("20").map((m, i) => [m.code, m.name, ...Array.from({ length: dates }, () => 5_000 + i)]);
    s.population = [header, ...rows];
  });
}

/** A sheet of `rows` × `columns` numbers as Befolkning, through ExcelJS's streaming writer. */
async function fullSheet(path: string, rows: number, columns: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = writer.addWorksheet("Befolkning");
  sheet.addRow(["Kommun", ...Array.from({ length: columns - 1 }, (_, c) => `${1900 + c}-12-31`)]).commit();
  for (let r = 1; r < rows; r++) sheet.addRow(["Avesta", ...Array.from({ length: columns - 1 }, () => r)]).commit();
  sheet.commit();
  writer.addWorksheet("Scenarier").addRow(["Parameter", "A"]).commit();
  await writer.commit();
}

const cases: Case[] = [
  { name: `Befolkning at the column limit: 15 municipalities × ${MAX_INPUT_COLUMNS - 2} dates (read in full; the dates from 1900 give input errors)`, write: (p) => widePopulation(p, MAX_INPUT_COLUMNS - 2) },
  { name: `Befolkning at the row and column limits: ${MAX_INPUT_ROWS} × ${MAX_INPUT_COLUMNS} cells (errors, 50 listed)`, write: (p) => fullSheet(p, MAX_INPUT_ROWS, MAX_INPUT_COLUMNS) },
  { name: `Befolkning one row beyond the limit: ${MAX_INPUT_ROWS + 1} × ${MAX_INPUT_COLUMNS} (refused)`, write: (p) => fullSheet(p, MAX_INPUT_ROWS + 1, MAX_INPUT_COLUMNS) },
  { name: "1 000 000 duplicate rows (refused)", write: (p) => fullSheet(p, 1_000_000, 7) },
  { name: `30 unknown municipality names of ${MAX_CELL_CHARS} characters`, write: (p) => writeExampleXlsx(p, (s) => { for (let r = 1; r <= 15; r++) { s.population[r]![0] = null; s.population[r]![1] = `${"Avesta ".repeat(4_681)}`.slice(0, MAX_CELL_CHARS); } }) },
  { name: `Övriga parter of ${MAX_CELL_CHARS} characters`, write: (p) => writeExampleXlsx(p, (s) => { s.scenarios[12]![2] = `${"a ".repeat(16_000)}${"1".repeat(700)}`.slice(0, MAX_CELL_CHARS); }) },
  ...hostileWorkbooks.filter((h) => !h.name.includes("duplicate")).map((h) => ({ name: h.name, write: h.write })),
  { name: "4 999 duplicate rows (errors, 50 listed)", write: (p) => writeExampleXlsx(p, duplicateRows(4_999)) },
];

const dir = await mkdtemp(join(tmpdir(), "samf-bench-"));
console.log("Hostile workbooks through the command line (own process each):");
for (const [i, c] of cases.entries()) {
  const input = join(dir, `fall-${i}.xlsx`);
  const t = performance.now();
  await c.write(input);
  const written = Math.round(performance.now() - t);
  const size = (await stat(input)).size;
  const run = spawnSync(process.execPath, ["--import", "tsx", new URL("./hostileRun.ts", import.meta.url).pathname, input, "--out", join(dir, `ut-${i}.xlsx`)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const result = run.stdout.trim().split("\n").at(-1) ?? "";
  let figures = `no result (${run.status ?? run.signal}) ${run.stderr.slice(0, 200)}`;
  try {
    const r = JSON.parse(result) as { exit: number; ms: number; peakMb: number; lines: number };
    figures = `exit ${r.exit}, ${r.ms} ms, peak ${r.peakMb} MB, ${r.lines} lines printed`;
  } catch {
    // The figures line is missing: the process failed; its status is shown.
  }
  console.log(`  ${c.name}\n    file ${Math.round(size / 1024)} KB (generated in ${written} ms): ${figures}`);
}
await rm(dir, { recursive: true, force: true });
