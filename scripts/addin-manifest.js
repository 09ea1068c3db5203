// The build's handling of manifest.xml, shared by webpack.config.js and test/manifest (types in
// addin-manifest.d.ts). Plain JavaScript because webpack-cli loads its config with Node itself,
// and Node 20 cannot import TypeScript.
//
// manifest.xml (committed) points at the dev server, https://localhost:3000/. A production build
// writes dist/manifest.xml with every such URL moved to ADDIN_PUBLIC_URL:
//   https://localhost:3000/<path>  →  <ADDIN_PUBLIC_URL><path>     (ADDIN_PUBLIC_URL ends in "/")
//   https://localhost:3000         →  the origin of ADDIN_PUBLIC_URL (as in <AppDomain>)

/** The address every URL in the committed manifest starts with. */
export const DEV_BASE_URL = "https://localhost:3000/";
export const DEV_ORIGIN = "https://localhost:3000";
export const PUBLIC_URL_VARIABLE = "ADDIN_PUBLIC_URL";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const LOCAL_ADDRESS = /(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?/gi;

const EXAMPLE = `${PUBLIC_URL_VARIABLE}=https://tillagg.example.se/samfinansiering/ npm run build`;

/**
 * Checks a production address and returns it normalised, ending in exactly one "/".
 * @param {string} raw
 * @returns {string}
 */
export function normalizePublicUrl(raw) {
  const text = String(raw ?? "").trim();
  if (text === "") throw new Error(`${PUBLIC_URL_VARIABLE} is empty. Set it to the https address the add-in is served from, e.g. ${EXAMPLE}`);
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${PUBLIC_URL_VARIABLE} is not a URL: "${text}". Expected e.g. https://tillagg.example.se/samfinansiering/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`${PUBLIC_URL_VARIABLE} must use https (Office loads add-ins only over https): "${text}"`);
  }
  if (url.username !== "" || url.password !== "") throw new Error(`${PUBLIC_URL_VARIABLE} must not contain a user name or password: "${text}"`);
  if (url.search !== "" || url.hash !== "" || text.includes("?") || text.includes("#")) {
    throw new Error(`${PUBLIC_URL_VARIABLE} must be a folder address without "?" or "#": "${text}"`);
  }
  if (LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(`${PUBLIC_URL_VARIABLE} must be an address every user's Office can reach, not ${url.hostname} (npm run build:dev builds for ${DEV_BASE_URL}): "${text}"`);
  }
  // One "/" at the end, however many were given (or none).
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/`;
}

/**
 * The production address from the environment; throws a message that says what to do when it is
 * missing or unusable.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function publicUrlFromEnv(env = process.env) {
  const raw = env[PUBLIC_URL_VARIABLE];
  if (raw === undefined || raw.trim() === "") {
    throw new Error(
      `${PUBLIC_URL_VARIABLE} is not set. The production build writes dist/manifest.xml with the https address ` +
        `the add-in will be served from, e.g.\n  ${EXAMPLE}\n(npm run build:dev builds for the dev server, ${DEV_BASE_URL}.)`,
    );
  }
  return normalizePublicUrl(raw);
}

/** @param {string} text */
function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * Moves every dev-server URL in the manifest text to the production address; nothing else changes.
 * @param {string} xml
 * @param {string} publicUrl
 * @returns {string}
 */
export function rewriteManifestUrls(xml, publicUrl) {
  const base = normalizePublicUrl(publicUrl);
  const origin = new URL(base).origin;
  for (const match of xml.matchAll(LOCAL_ADDRESS)) {
    if (match[0] !== DEV_ORIGIN) {
      throw new Error(`manifest.xml has a local address the build cannot rewrite: "${match[0]}" (write ${DEV_BASE_URL}… or ${DEV_ORIGIN})`);
    }
  }
  return xml.split(DEV_BASE_URL).join(escapeXml(base)).split(DEV_ORIGIN).join(escapeXml(origin));
}

/**
 * Reads REQUIRED_EXCEL_API from the text of src/excel/requirements.ts.
 * @param {string} source
 * @returns {string}
 */
export function readRequiredExcelApi(source) {
  const match = /export\s+const\s+REQUIRED_EXCEL_API\s*=\s*["'](\d+\.\d+)["']/.exec(source);
  if (match === null) throw new Error('src/excel/requirements.ts must contain `export const REQUIRED_EXCEL_API = "x.y";`');
  return /** @type {string} */ (match[1]);
}

/**
 * The MinVersion of every <Set Name="ExcelApi"> in the manifest text (base manifest and overrides).
 * @param {string} xml
 * @returns {string[]}
 */
export function manifestExcelApiVersions(xml) {
  const versions = [];
  for (const tag of xml.replace(/<!--[\s\S]*?-->/g, "").match(/<(?:\w+:)?Set\b[^>]*>/g) ?? []) {
    if (!/\bName\s*=\s*"ExcelApi"/.test(tag)) continue;
    versions.push(/\bMinVersion\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? "");
  }
  return versions;
}

/**
 * The files of this project the manifest points at (paths after https://localhost:3000/), sorted.
 * @param {string} xml
 * @returns {string[]}
 */
export function manifestLocalPaths(xml) {
  const paths = new Set();
  const pattern = new RegExp(`${DEV_BASE_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}([^"'<\\s?#]*)`, "g");
  for (const match of xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(pattern)) paths.add(match[1]);
  return [...paths].sort();
}
