// The command line's file rules (issue 10): what --out may replace, inputs that are no regular file,
// temporary files after a signal or a crash, control characters on the terminal, and `--`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { writeExampleXlsx } from "../fixtures/xlsx.ts";
import { runCli, tempDir } from "./helpers.ts";

describe("command-line files", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = await tempDir();
    input = join(dir, "exempel.xlsx");
    await writeExampleXlsx(input);
  });

  it("does not replace an --out file that is no workbook; --skriv-över does", async () => {
    const notes = join(dir, "anteckningar.xlsx");
    await writeFile(notes, "mina anteckningar");
    const refused = await runCli([input, "--out", notes]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/finns redan och är ingen Excel-arbetsbok.*--skriv-över/u);
    expect(await readFile(notes, "utf8")).toBe("mina anteckningar");
    const forced = await runCli([input, "--out", notes, "--skriv-över"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect((await readFile(notes)).subarray(0, 2).toString()).toBe("PK");
  });

  it("replaces an --out file that is a workbook (an earlier result)", async () => {
    const out = join(dir, "resultat.xlsx");
    await writeExampleXlsx(out);
    expect((await runCli([input, "--out", out])).code).toBe(0);
  });

  it("refuses a device as input before reading it (/dev/zero would fill the memory)", async () => {
    const { code, stderr } = await runCli(["/dev/zero", "--out", join(dir, "noll.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/”\/dev\/zero” är ingen vanlig fil/u);
  });

  it("refuses a workbook that unpacks beyond 64 MB before unpacking it (a million rows, a zip bomb)", { timeout: 60_000 }, async () => {
    const zip = await JSZip.loadAsync(await readFile(input));
    zip.file("xl/media/stor.bin", Buffer.alloc(70 * 1024 * 1024));
    const big = join(dir, "uppblast.xlsx");
    await writeFile(big, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } }));
    const { code, stderr } = await runCli([big]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/blir 70 MB uppackad, men högst 64 MB läses/u);
  });

  it("refuses a FIFO as input without waiting for a writer", async () => {
    const fifo = join(dir, "ror.xlsx");
    execFileSync("mkfifo", [fifo]);
    const { code, stderr } = await runCli([fifo]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/ingen vanlig fil/u);
  });

  it("strips control characters before printing", async () => {
    const { code, stderr } = await runCli([join(dir, "fel\u001b[31mnamn\u0007\u009b.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain("fel[31mnamn.xlsx");
    expect(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u.test(stderr)).toBe(false);
  });

  it("accepts -- as the end of options: a file name may then start with -", async () => {
    expect((await runCli(["-indata.xlsx"])).stderr).toMatch(/^Okänt val: -indata\.xlsx/u);
    const after = await runCli(["--", "-indata.xlsx", "--out", join(dir, "ut.xlsx")]);
    expect(after.stderr).toMatch(/Bara en arbetsbok/u);
    const { code, stderr } = await runCli(["--out", join(dir, "ut.xlsx"), "--", "-indata.xlsx"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Filen ”-indata\.xlsx” finns inte/u);
  });

  it("removes stale temporary files of a process that is gone, not those of a live one", async () => {
    const out = join(dir, "stale.xlsx");
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    const stale = join(dir, `.stale.xlsx.${gone}.0123456789ab.tmp`);
    const live = join(dir, `.stale.xlsx.${process.ppid}.0123456789ab.tmp`);
    const other = join(dir, ".annan.xlsx.1.0123456789ab.tmp");
    for (const file of [stale, live, other]) await writeFile(file, "halvskriven");
    expect((await runCli([input, "--out", out])).code).toBe(0);
    expect([existsSync(stale), existsSync(live), existsSync(other)]).toEqual([false, true, true]);
  });

  it("removes its temporary file when interrupted by SIGINT or SIGTERM", { timeout: 60_000 }, async () => {
    for (const [signal, exit] of [["SIGTERM", 143], ["SIGINT", 130]] as const) {
      const temporary = join(dir, `.signal.xlsx.${signal}.tmp`);
      // A process that has a temporary file open, as a save between writing and renaming, then gets the signal.
      const script = [
        `import { removeTemporariesOnSignal, trackTemporary } from ${JSON.stringify(new URL("../../src/xlsx/temporaryFiles.ts", import.meta.url).pathname)};`,
        `import { writeFileSync } from "node:fs";`,
        `removeTemporariesOnSignal();`,
        `writeFileSync(${JSON.stringify(temporary)}, "halvskriven"); trackTemporary(${JSON.stringify(temporary)});`,
        `process.kill(process.pid, ${JSON.stringify(signal)}); setTimeout(() => {}, 10000);`,
      ].join("\n");
      const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
      expect(child.status, child.stderr).toBe(exit);
      expect(existsSync(temporary)).toBe(false);
    }
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp") && f.includes("signal"))).toEqual([]);
  });
});
