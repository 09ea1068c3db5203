// A replay of SCB's PxWebApi 2 on localhost: GET config, GET tables/{id}/metadata and POST
// tables/{id}/data answered in SCB's json-stat2 shapes (see tables.ts), with SCB's rules: a variable
// that cannot be eliminated must be selected, unknown codes and too many cells are refused, calls
// beyond the rate limit get 429 with Retry-After and X-Rate-Limit-* headers. Faults are set per test.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CONFIG, TABLES, regionPopulation, type FakeTable, type Variable } from "./tables.ts";

export type Fault =
  | { kind: "status"; status: number; times?: number }
  | { kind: "429"; retryAfter: string; times?: number }
  | { kind: "slow"; ms: number; times?: number }
  | { kind: "malformed"; times?: number }
  | { kind: "dropRegion"; code: string }
  | { kind: "wrongPeriod"; period: string }
  | { kind: "nullValue"; code: string; status: string }
  | { kind: "hangUp" };

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

export interface ScbReplay {
  /** Base URL ending in "/", as SAMF_SCB_URL takes it. */
  url: string;
  requests: Recorded[];
  /** Faults by path pattern: the first matching one applies. */
  faults: { path: RegExp; fault: Fault }[];
  /** Forgets the requests, faults and the calls counted against the rate limit. */
  reset: () => void;
  close: () => Promise<void>;
}

const PREFIX = "/api/v2/";

export async function startScbReplay(): Promise<ScbReplay> {
  const requests: Recorded[] = [];
  const faults: ScbReplay["faults"] = [];
  const callTimes: number[] = [];

  const server = createServer(async (request, response) => {
    // The task pane calls across origins: CORS as SCB enables it (config "features": CORS).
    response.setHeader("access-control-allow-origin", "*");
    if (request.method === "OPTIONS") {
      response.writeHead(204, { "access-control-allow-methods": "GET, POST", "access-control-allow-headers": "content-type" }).end();
      return;
    }
    const url = new URL(request.url ?? "/", "http://x");
    const path = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname;
    const bodyText = await readBody(request);
    let body: unknown = null;
    try {
      body = bodyText === "" ? null : JSON.parse(bodyText);
    } catch {
      body = bodyText;
    }
    requests.push({ method: request.method ?? "", path: `${path}${url.search}`, body });

    const now = Date.now();
    while (callTimes.length > 0 && callTimes[0]! <= now - CONFIG.timeWindow * 1000) callTimes.shift();
    callTimes.push(now);
    if (callTimes.length > CONFIG.maxCallsPerTimeWindow) {
      tooMany(response, String(CONFIG.timeWindow));
      return;
    }

    const entry = faults.find((f) => f.path.test(path));
    const fault = entry?.fault;
    // A fault with `times` applies that many times, then the server answers normally again.
    if (fault !== undefined && "times" in fault && fault.times !== undefined && --fault.times <= 0) faults.splice(faults.indexOf(entry!), 1);
    await respond(path, request.method ?? "", body, response, fault);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${PREFIX}`,
    requests,
    faults,
    reset: () => {
      requests.length = 0;
      faults.length = 0;
      callTimes.length = 0;
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function respond(path: string, method: string, body: unknown, response: ServerResponse, fault: Fault | undefined): Promise<void> {
  if (fault?.kind === "hangUp") {
    response.socket?.destroy();
    return;
  }
  if (fault?.kind === "status") return problem(response, fault.status, "Internal Server Error");
  if (fault?.kind === "429") return tooMany(response, fault.retryAfter);
  if (fault?.kind === "slow") await new Promise((resolve) => setTimeout(resolve, fault.ms));
  if (fault?.kind === "malformed") {
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end('{"version":"2.0","class":"dataset","id":["Region"');
    return;
  }

  if (method === "GET" && path === "config") return json(response, CONFIG);
  const match = /^tables\/([^/]+)\/(metadata|data)$/u.exec(path);
  const table = match === null ? undefined : TABLES[match[1]!.toUpperCase()];
  if (match === null || table === undefined) return problem(response, 404, "Not Found");
  if (match[2] === "metadata" && method === "GET") return json(response, dataset(table, table.variables, []));
  if (match[2] === "data" && method === "POST") return data(response, table, body, fault);
  return problem(response, 405, "Method Not Allowed");
}

function data(response: ServerResponse, table: FakeTable, body: unknown, fault: Fault | undefined): void {
  const selection = (body as { selection?: { variableCode: string; valueCodes: string[] }[] } | null)?.selection;
  if (!Array.isArray(selection)) return problem(response, 400, "Bad Request", "No selection");
  const chosen: Variable[] = [];
  for (const variable of table.variables) {
    const picked = selection.find((s) => s.variableCode === variable.id);
    if (picked === undefined) {
      if (!variable.elimination) return problem(response, 400, "Bad Request", `Mandatory variable ${variable.id} not selected`);
      continue; // eliminated: summed over, and absent from the answer
    }
    const unknown = picked.valueCodes.find((c) => !variable.codes.includes(c));
    if (unknown !== undefined) return problem(response, 400, "Bad Request", `Non-existent value ${unknown} for ${variable.id}`);
    const codes = variable.codes.filter((c) => picked.valueCodes.includes(c));
    chosen.push({ ...variable, codes, labels: codes.map((c) => variable.labels[variable.codes.indexOf(c)]!) });
  }
  const extra = selection.find((s) => !table.variables.some((v) => v.id === s.variableCode));
  if (extra !== undefined) return problem(response, 400, "Bad Request", `Non-existent variable ${extra.variableCode}`);
  const cells = chosen.reduce((n, v) => n * v.codes.length, 1);
  if (cells > CONFIG.maxDataCells) return problem(response, 403, "Forbidden", `Too many cells selected (${cells})`);

  if (fault?.kind === "dropRegion") chosen[0] = { ...chosen[0]!, codes: chosen[0]!.codes.filter((c) => c !== fault.code) };
  if (fault?.kind === "wrongPeriod") {
    const time = chosen.findIndex((v) => v.id === "Tid");
    chosen[time] = { ...chosen[time]!, codes: [fault.period], labels: [fault.period] };
  }
  const values: (number | null)[] = [];
  const status: Record<string, string> = {};
  const walk = (d: number, at: Record<string, string>) => {
    if (d === chosen.length) {
      const isNull = fault?.kind === "nullValue" && at.Region === fault.code;
      if (isNull) status[String(values.length)] = fault.status;
      values.push(isNull ? null : regionPopulation(at.Region!, at.Tid!));
      return;
    }
    for (const code of chosen[d]!.codes) walk(d + 1, { ...at, [chosen[d]!.id]: code });
  };
  walk(0, {});
  json(response, { ...dataset(table, chosen, values), ...(Object.keys(status).length > 0 ? { status } : {}) });
}

/** A json-stat2 dataset in SCB's layout: role, id, size, dimension with category index/label and PxWeb's extension. */
function dataset(table: FakeTable, variables: Variable[], values: (number | null)[]) {
  return {
    version: "2.0",
    class: "dataset",
    label: table.label,
    source: "SCB",
    updated: "2025-02-21T07:00:00Z",
    role: { time: ["Tid"], metric: ["ContentsCode"] },
    id: variables.map((v) => v.id),
    size: variables.map((v) => v.codes.length),
    dimension: Object.fromEntries(variables.map((v) => [v.id, {
      label: v.label,
      category: {
        index: Object.fromEntries(v.codes.map((c, i) => [c, i])),
        label: Object.fromEntries(v.codes.map((c, i) => [c, v.labels[i]])),
        ...(v.id === "ContentsCode" ? { unit: Object.fromEntries(v.codes.map((c) => [c, { base: "antal personer", decimals: 0 }])) } : {}),
      },
      extension: { elimination: v.elimination, ...(v.id === "Region" ? { eliminationValueCode: "00" } : {}), show: v.id === "Tid" ? "code" : "value" },
    }])),
    extension: { px: { infofile: "BE0101", tableid: table.id, decimals: 0, "official-statistics": true, language: "sv", matrix: table.id } },
    value: values,
  };
}

function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

function problem(response: ServerResponse, status: number, title: string, detail?: string): void {
  response.writeHead(status, { "content-type": "application/problem+json; charset=utf-8" })
    .end(JSON.stringify({ type: "https://tools.ietf.org/html/rfc9110", title, status, ...(detail === undefined ? {} : { detail }) }));
}

function tooMany(response: ServerResponse, retryAfter: string): void {
  response.writeHead(429, {
    "content-type": "text/plain",
    "retry-after": retryAfter,
    "x-rate-limit-limit": `${CONFIG.timeWindow}s`,
    "x-rate-limit-remaining": "0",
    "x-rate-limit-reset": new Date(Date.now() + CONFIG.timeWindow * 1000).toISOString(),
  }).end(`API calls quota exceeded! maximum admitted ${CONFIG.maxCallsPerTimeWindow} per ${CONFIG.timeWindow}s.`);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
