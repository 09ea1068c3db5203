// One command-line run for bench/hostile.bench.ts, in its own process so that its peak memory is its
// own: prints {"exit", "ms", "peakMb", "lines"} as JSON.
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
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ exit, ms, peakMb, lines })}\n`);
