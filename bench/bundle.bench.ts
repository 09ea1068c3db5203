// Bundle-size benchmark (npm run bench): a production build (webpack CLI, as `npm run build`) into a
// temporary folder, then the raw and gzip -9 size of every script and stylesheet taskpane.html loads
// besides office.js (which comes from Microsoft's CDN), and their sum against the target.
// Prints figures; asserts nothing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";

const TARGET_GZIP_KB = 150;
const PUBLIC_URL = "https://example.invalid/samfinansiering/";
const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;

const root = fileURLToPath(new URL("..", import.meta.url));
const webpackCli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const out = mkdtempSync(join(tmpdir(), "samf-bundle-"));
try {
  const started = performance.now();
  execFileSync(process.execPath, [webpackCli, "--mode", "production", "--output-path", out], {
    cwd: root,
    env: { ...process.env, ADDIN_PUBLIC_URL: PUBLIC_URL },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const seconds = (performance.now() - started) / 1000;

  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  const loaded = [
    ...[...html.matchAll(/<script\b[^>]*?\bsrc=("[^"]*"|'[^']*'|[^\s>]+)/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*?\brel=("?)stylesheet\1[^>]*?\bhref=("[^"]*"|'[^']*'|[^\s>]+)/g)].map((m) => m[2]!),
  ].map((src) => src.replace(/^["']|["']$/g, ""));

  const rows: { file: string; raw: number; gzip: number }[] = [];
  const skipped: string[] = [];
  for (const src of loaded) {
    if (OFFICE_JS.test(src)) continue;
    const local = src.startsWith(PUBLIC_URL) ? src.slice(PUBLIC_URL.length) : src;
    const file = join(out, decodeURIComponent(local.replace(/^\.?\//, "")));
    if (/^[a-z]+:\/\//i.test(local) || !existsSync(file)) {
      skipped.push(src);
      continue;
    }
    const bytes = readFileSync(file);
    rows.push({ file: local, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  // Chunks the page may load later (dynamic import()), not counted in the sum.
  const onDemand = readdirSync(out).filter((f) => /\.(js|css)$/.test(f) && !rows.some((r) => r.file === f));

  const total = rows.reduce((acc, r) => ({ raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip }), { raw: 0, gzip: 0 });
  const width = Math.max(...rows.map((r) => r.file.length), 5);
  const within = total.gzip <= TARGET_GZIP_KB * 1024;
  console.log(`Åtgärdsfönstrets kod: produktionsbygge på ${seconds.toFixed(1)} s (1 KB = 1024 byte; office.js från Microsofts CDN räknas inte)`);
  for (const r of rows) console.log(`  ${r.file.padEnd(width)}  rå ${kb(r.raw).padStart(9)}  gzip -9 ${kb(r.gzip).padStart(8)}`);
  console.log(`  ${"summa".padEnd(width)}  rå ${kb(total.raw).padStart(9)}  gzip -9 ${kb(total.gzip).padStart(8)}`);
  console.log(`  mål: högst ${TARGET_GZIP_KB} KB gzip — ${within ? "inom målet" : "ÖVER målet"}, ` +
    `${kb(Math.abs(TARGET_GZIP_KB * 1024 - total.gzip))} ${within ? "kvar" : "för mycket"}`);
  for (const src of skipped) console.log(`  inte uppmätt (finns inte i bygget): ${src}`);
  for (const f of onDemand) {
    const bytes = readFileSync(join(out, f));
    console.log(`  laddas vid behov, ingår inte i summan: ${f}  rå ${kb(bytes.length)}  gzip -9 ${kb(gzipSync(bytes, { level: 9 }).length)}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
