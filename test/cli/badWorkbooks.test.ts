import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { badInputs } from "../fixtures/badInputs.ts";
import { writeExampleXlsx } from "../fixtures/xlsx.ts";
import { runCli, tempDir } from "./helpers.ts";

describe("bad workbooks on the command line", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it.each(badInputs.map((c, i) => [c.name, c, i] as const))("%s: its error at its cell, exit 1, no output file", async (_, bad, i) => {
    const input = join(dir, `fel-${i}.xlsx`);
    const output = join(dir, `fel-${i}-resultat.xlsx`);
    await writeExampleXlsx(input, bad.edit);
    const { code, stderr, stdout } = await runCli([input]);
    expect(code).toBe(1);
    const lines = stderr.split("\n");
    const prefix = bad.at === null ? "" : `${bad.at}: `;
    expect(lines.some((line) => line.startsWith(prefix) && bad.message.test(line.slice(prefix.length))), stderr).toBe(true);
    expect(stdout).toBe("");
    expect(existsSync(output)).toBe(false);
  });

  it("with --json, prints the errors as JSON with sheet, cell and message", async () => {
    const input = join(dir, "json-fel.xlsx");
    await writeExampleXlsx(input, (s) => { s.population[1]![3] = null; });
    const { code, stdout } = await runCli([input, "--json"]);
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as { errors: { sheet: string; cell: string; message: string }[] };
    expect(parsed.errors).toContainEqual({ sheet: "Befolkning", cell: "D2", message: expect.stringMatching(/Avesta saknar befolkning för 2021-06-30/) });
  });

  it("left no temporary or output files behind", async () => {
    const files = await readdir(dir);
    expect(files.filter((f) => !/^(fel-\d+|json-fel)\.xlsx$/u.test(f))).toEqual([]);
  });
});
