import { execFile, execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.ts";

function findOffice(): string | null {
  for (const command of ["libreoffice", "soffice"]) {
    try {
      execFileSync("which", [command], { stdio: "pipe" });
      return command;
    } catch {
      // not on PATH
    }
  }
  return null;
}

const office = findOffice();
if (office === null) console.log("LibreOffice saknas på den här datorn: testet som öppnar resultatet i Calc hoppas över.");

describe("the result opens in LibreOffice Calc", () => {
  it.skipIf(office === null)("converts the demo output to PDF with libreoffice --headless", async () => {
    const dir = await tempDir();
    const output = join(dir, "exempel-resultat.xlsx");
    const example = new URL("../../assets/exempel.xlsx", import.meta.url).pathname;
    expect((await runCli([example, "--out", output])).code).toBe(0);
    await promisify(execFile)(office!, ["--headless", "--convert-to", "pdf", "--outdir", dir, output], { timeout: 120_000 });
    const pdf = join(dir, "exempel-resultat.pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
  }, 180_000);
});
