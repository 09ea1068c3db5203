// The built task pane served on localhost, opened in Debian's Chromium through playwright-core, with
// the in-memory Excel fake as host. Shared by the browser tests and the task-pane benchmark.
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";
import makeConfig from "../../webpack.config.js";

export const CHROMIUM = "/usr/bin/chromium";
const root = new URL("../..", import.meta.url).pathname;
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeJsDir = join(root, "node_modules/@microsoft/office-js/dist");

/** Builds the production task pane plus the fake-host harness into a temporary folder. */
export async function buildTaskpane(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), "samf-taskpane-"));
  process.env.ADDIN_PUBLIC_URL ??= "https://samfinansiering.example/";
  const config = await makeConfig({}, { mode: "production" });
  config.entry = { ...(config.entry as Record<string, string>), harness: "./test/browser/harness.ts" };
  config.output = { ...config.output, path: out };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result!))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return out;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml" };

/** Serves `dir` on 127.0.0.1 (a free port); the pages with office.js get the harness script after it. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/u, "");
    try {
      let body: Buffer | string = await readFile(join(dir, path));
      if (path.endsWith("taskpane.html") || path.endsWith("kontroll.html")) {
        const harness = readdirHarness(dir);
        body = injectAfterOfficeJs(body.toString("utf8"), `<script src="${harness}"></script>`);
      }
      response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The page with `tag` right after the office.js script (minified HTML may drop the attribute's quotes). */
function injectAfterOfficeJs(html: string, tag: string): string {
  const injected = html.replace(/(<script src="?https:\/\/appsforoffice\.microsoft\.com\/[^>]*><\/script>)/u, `$1${tag}`);
  if (injected === html) throw new Error("taskpane.html has no office.js script tag");
  return injected;
}

function readdirHarness(dir: string): string {
  // The harness bundle's name carries a content hash in production builds.
  return readdirSync(dir).find((f) => /^harness(\.[0-9a-f]+)?\.js$/u.test(f))!;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * A page at the task pane's width in which office.js comes from the npm package instead of
 * Microsoft's CDN, and every other request leaving localhost is refused. `prepare` runs before the
 * page is opened (a route it adds is tried before these).
 */
export async function openTaskpane(
  browser: Browser,
  url: string,
  width = 320,
  query = "",
  file = "taskpane.html",
  prepare?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.route("**/*", async (route) => {
    const requested = route.request().url();
    if (requested.startsWith(url)) return route.continue();
    if (requested.startsWith(OFFICE_CDN)) {
      const file = join(officeJsDir, requested.slice(OFFICE_CDN.length).split("?")[0]!);
      if (existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
    }
    return route.abort();
  });
  await prepare?.(page);
  await page.goto(`${url}${file}${query}`);
  return page;
}

/** The built task pane served on localhost and a browser to open it in: the set-up of every browser test file. */
export interface TaskpaneSession {
  url: string;
  open: (width?: number, query?: string, file?: string, prepare?: (page: Page) => Promise<void>) => Promise<Page>;
  close: () => Promise<void>;
}

export async function startTaskpane(): Promise<TaskpaneSession> {
  const server = await serve(await buildTaskpane());
  const browser = await launch().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    url: server.url,
    open: (width, query, file, prepare) => openTaskpane(browser, server.url, width, query, file, prepare),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
