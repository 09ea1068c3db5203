// The build's add-in files (webpack.config.js): the page template, the manifest (rewritten for
// production), the icons and the help page. A stub entry stands in for the task pane, so this
// runs in seconds; `npm run build` and `npm run bench` build the real thing.
import { connectOrigins, helpPolicy, taskpanePolicy } from "../../scripts/csp.js";
import { DEFAULT_SCB_URL } from "../../src/scb/http.ts";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import webpack from "webpack";
import { afterAll, describe, expect, it } from "vitest";
import { rewriteManifestUrls } from "../../scripts/addin-manifest.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const manifestText = readFileSync(join(root, "manifest.xml"), "utf8");
const PUBLIC_URL = "https://example.invalid/samfinansiering/";
const temp = mkdtempSync(join(tmpdir(), "samf-build-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Built { dir: string; files: string[]; errors: string[] }

async function build(mode: "production" | "development", options: { publicUrl?: string; plugin?: Record<string, string> } = {}): Promise<Built> {
  const saved = process.env.ADDIN_PUBLIC_URL;
  if (options.publicUrl === undefined) delete process.env.ADDIN_PUBLIC_URL;
  else process.env.ADDIN_PUBLIC_URL = options.publicUrl;
  try {
    const module = await import(pathToFileURL(join(root, "webpack.config.js")).href);
    const config = await module.default({}, { mode });
    const dir = mkdtempSync(join(temp, `${mode}-`));
    config.entry = { taskpane: join(root, "test/manifest/fixtures/entry.ts") };
    config.output.path = dir;
    config.infrastructureLogging = { level: "error" };
    if (options.plugin !== undefined) {
      const at = config.plugins.findIndex((p: object) => p instanceof module.AddinFilesPlugin);
      config.plugins[at] = new module.AddinFilesPlugin({ publicUrl: mode === "production" ? PUBLIC_URL : null, ...options.plugin });
    }
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      webpack(config, (error, result) => (error ? reject(error) : resolve(result!)));
    });
    const errors = stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message) ?? [];
    const files = existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1).replaceAll("\\", "/")).sort() : [];
    return { dir, files, errors };
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
}

describe("the development build", async () => {
  const built = await build("development");

  it("succeeds without ADDIN_PUBLIC_URL and copies the manifest unchanged", () => {
    expect(built.errors).toEqual([]);
    expect(readFileSync(join(built.dir, "manifest.xml"), "utf8")).toBe(manifestText);
  });

  it("writes the page, the bundle, the icons and the help page", () => {
    expect(built.files).toEqual(expect.arrayContaining([
      "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png",
      "hjalp.html", "manifest.xml", "taskpane.html", "taskpane.js",
    ]));
    for (const icon of ["16", "32", "64", "80"]) {
      expect(readFileSync(join(built.dir, `assets/icon-${icon}.png`)).equals(readFileSync(join(root, `assets/icon-${icon}.png`)))).toBe(true);
    }
  });
});

describe("the production build", async () => {
  const built = await build("production", { publicUrl: PUBLIC_URL.slice(0, -1) });

  it("writes the manifest with the production URLs", () => {
    expect(built.errors).toEqual([]);
    const manifest = readFileSync(join(built.dir, "manifest.xml"), "utf8");
    expect(manifest).toBe(rewriteManifestUrls(manifestText, PUBLIC_URL));
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain(`${PUBLIC_URL}taskpane.html`);
  });

  it("names the bundle by content, without source maps", () => {
    const scripts = built.files.filter((f) => f.endsWith(".js"));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^taskpane\.[0-9a-f]{16,}\.js$/);
    expect(built.files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(readFileSync(join(built.dir, scripts[0]!), "utf8")).not.toMatch(/sourceMappingURL/);
  });

  it("loads office.js from Microsoft's CDN before the bundle, in a Swedish page", () => {
    const html = readFileSync(join(built.dir, "taskpane.html"), "utf8");
    expect(html).toMatch(/<html lang="?sv"?>/);
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts[1]).toMatch(/^taskpane\.[0-9a-f]+\.js$/);
    expect(html).toMatch(/<div id="?root"?>/);
  });

  it("gives each page a Content-Security-Policy that allows only what it loads", () => {
    const policyOf = (file: string) => {
      const html = readFileSync(join(built.dir, file), "utf8");
      const meta = /<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/iu.exec(html)?.[0] ?? "";
      return /content="([^"]*)"/u.exec(meta)?.[1] ?? null;
    };
    expect(policyOf("taskpane.html")).toBe(taskpanePolicy({ connect: connectOrigins(process.env) }));
    expect(connectOrigins({})).toEqual([new URL(DEFAULT_SCB_URL).origin]);
    expect(connectOrigins({ SAMF_SCB_URL: "https://proxy.example.se/scb/api/v2/" })).toEqual(["https://proxy.example.se"]);
    expect(taskpanePolicy()).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(taskpanePolicy()).toMatch(/^default-src 'none'; /u);
    expect(policyOf("hjalp.html")).toBe(helpPolicy());
    expect(taskpanePolicy({ connect: ["https://statistikdatabasen.scb.se"] })).toContain("connect-src 'self' https://appsforoffice.microsoft.com https://statistikdatabasen.scb.se;");
    expect(() => taskpanePolicy({ connect: ["http://example.invalid"] })).toThrow(/https origin/);
  });
});

describe("the build refuses", () => {
  it("a production build without ADDIN_PUBLIC_URL, or with an http one", async () => {
    await expect(build("production")).rejects.toThrow(/ADDIN_PUBLIC_URL is not set/);
    await expect(build("production", { publicUrl: "http://example.invalid/" })).rejects.toThrow(/ADDIN_PUBLIC_URL must use https/);
  });

  it("a manifest whose ExcelApi version differs from REQUIRED_EXCEL_API", async () => {
    const manifestFile = join(temp, "manifest-1.1.xml");
    writeFileSync(manifestFile, manifestText.replace(/(<Set Name="ExcelApi" MinVersion=")[^"]*"/, '$11.1"'));
    const built = await build("development", { plugin: { manifestFile } });
    expect(built.errors.join("\n")).toMatch(/manifest\.xml declares ExcelApi 1\.1, but src\/excel\/requirements\.ts says REQUIRED_EXCEL_API = "1\.\d+"/);
  });

  it("a manifest pointing at a file the build does not produce", async () => {
    const manifestFile = join(temp, "manifest-missing.xml");
    writeFileSync(manifestFile, manifestText.replace("https://localhost:3000/hjalp.html", "https://localhost:3000/saknas.html"));
    const built = await build("development", { plugin: { manifestFile } });
    expect(built.errors.join("\n")).toMatch(/points at https:\/\/localhost:3000\/saknas\.html, which the build does not produce/);
  });
});
