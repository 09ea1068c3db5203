// One command-line run for bench/hostile.bench.ts, in its own process so that its peak memory is its
// own: prints {"exit", "ms", "peakMb", "lines"} as JSON.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { main } from "../src/cli/main.ts";

let lines = 0;
const start = performance.now();
const exit = await main(process.argv.slice(2), {
  stdout: () => { lines++; },
  stderr: () => { lines++; },
  now: () => new Date(),
  version: "bench",
});
const ms = Math.round(performance.now() - start);
// VmHWM is this process's own peak: getrusage's maxRSS keeps the spawning parent's peak across exec.
const hwm = /VmHWM:\s*(\d+) kB/u.exec(await readFile("/proc/self/status", "utf8").catch(() => ""));
const peakMb = Math.round((hwm === null ? process.resourceUsage().maxRSS : Number(hwm[1])) / 1024);
process.stdout.write(`${JSON.stringify({ exit, ms, peakMb, lines })}\n`);
