// The Content-Security-Policy of the add-in's pages: each allows only what the page loads.
//
// taskpane.html loads office.js (and the scripts office.js itself loads) from Microsoft's CDN, its
// own bundle from its own origin, and Fluent UI's styles, which Griffel inserts at run time as
// <style> elements (so style-src needs 'unsafe-inline'). It talks to Excel through office.js, not
// over the network; it fetches only from SCB's API (population): connect-src is the page's own
// origin plus SCB's, or the origin of SAMF_SCB_URL when the build sets one (src/taskpane/scbUrl.ts).
// Another origin the task pane must fetch from is one more entry of TASKPANE_CONNECT_ORIGINS.
// hjalp.html is static text with an inline stylesheet.

/** Origins the task pane may fetch from besides its own (fetch/XMLHttpRequest: connect-src). */
export const TASKPANE_CONNECT_ORIGINS = ["https://statistikdatabasen.scb.se"];

/**
 * The connect-src origins of a build: SAMF_SCB_URL's origin in place of SCB's when it is set.
 * @param {Record<string, string | undefined>} env
 */
export function connectOrigins(env) {
  const scbUrl = env.SAMF_SCB_URL?.trim();
  return scbUrl ? [new URL(scbUrl).origin] : TASKPANE_CONNECT_ORIGINS;
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** @param {Record<string, string[]>} directives */
function policy(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** @param {{ connect?: readonly string[] }} [options] */
export function taskpanePolicy(options = {}) {
  const connect = options.connect ?? TASKPANE_CONNECT_ORIGINS;
  for (const origin of connect) {
    // https only (plain http on this machine, for a test build).
    if (!/^(https:\/\/[a-z0-9.-]+|http:\/\/(localhost|127\.0\.0\.1))(:\d+)?$/u.test(origin)) throw new Error(`Not an https origin for connect-src: ${origin}`);
  }
  return policy({
    "default-src": ["'none'"],
    "script-src": ["'self'", OFFICE_CDN],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", OFFICE_CDN, ...connect],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "object-src": ["'none'"],
  });
}

export function helpPolicy() {
  return policy({
    "default-src": ["'none'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  });
}
