import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type CliIo } from "../../src/cli/main.ts";

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "samf-cli-"));
}

/** Runs the command line in-process with captured output and a fixed clock. */
export async function runCli(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    now: () => new Date("2026-11-23T12:00:00Z"),
    version: "0.0.0-test",
    env,
  };
  const code = await main(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
