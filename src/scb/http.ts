// Calls to SCB's PxWebApi 2 over the global fetch (Node 20 and the browser alike): a time-out per
// call, the API's own rate limit kept (calls per time window from /config), one retry after HTTP
// 429 once the wait the answer asks for has passed, a size limit on answers, and every failure as
// an ScbError with a Swedish message. No Office or file access.
import { scbText } from "../strings/scb.ts";

export const DEFAULT_SCB_URL = "https://statistikdatabasen.scb.se/api/v2/";
/** A call that takes longer is abandoned. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** A wait asked for by a 429 answer up to this long is kept; a longer one fails the fetch. */
export const MAX_RETRY_WAIT_MS = 60_000;
/** An answer larger than this is not read (a county's metadata is ~60 kB, its data a few kB). */
export const MAX_ANSWER_BYTES = 10 * 1024 * 1024;

export class ScbError extends Error {
  override name = "ScbError";
}

export interface ScbTransport {
  fetch: typeof fetch;
  /** Waits; tests record the waits instead of sleeping. */
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  timeoutMs: number;
}

export const realTransport = (timeoutMs = DEFAULT_TIMEOUT_MS): ScbTransport => ({
  fetch: (input, init) => globalThis.fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  timeoutMs,
});

export interface RateLimit {
  maxCalls: number;
  windowMs: number;
}

export class ScbHttp {
  private readonly base: URL;
  private readonly callTimes: number[] = [];
  private limit: RateLimit | null = null;
  /** Calls made (retries included), for the benchmark and the tests. */
  calls = 0;

  constructor(baseUrl: string, private readonly transport: ScbTransport) {
    this.base = new URL(baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  }

  get origin(): string {
    return this.base.origin;
  }

  setRateLimit(limit: RateLimit): void {
    this.limit = limit;
  }

  get(path: string, what: string): Promise<string> {
    return this.call(path, { method: "GET" }, what);
  }

  post(path: string, body: unknown, what: string): Promise<string> {
    return this.call(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }, what);
  }

  private async call(path: string, init: RequestInit, what: string): Promise<string> {
    const url = new URL(path, this.base).toString();
    let response = await this.send(url, init);
    if (response.status === 429) {
      const waitMs = retryWaitMs(response.headers, this.transport.now(), this.limit?.windowMs ?? 10_000);
      await response.body?.cancel();
      if (waitMs > MAX_RETRY_WAIT_MS) throw new ScbError(scbText.waitTooLong(Math.ceil(waitMs / 1000)));
      await this.transport.sleep(waitMs);
      response = await this.send(url, init);
      if (response.status === 429) {
        await response.body?.cancel();
        throw new ScbError(scbText.rateLimited());
      }
    }
    if (response.status >= 500) {
      await response.body?.cancel();
      throw new ScbError(scbText.serverError(response.status));
    }
    const text = await this.readBody(response, what);
    if (!response.ok) throw new ScbError(scbText.requestRefused(response.status, refusalDetail(text)));
    return text;
  }

  /** One call within the rate limit and the time-out; network failures become ScbErrors. */
  private async send(url: string, init: RequestInit): Promise<Response> {
    await this.keepRateLimit();
    this.calls++;
    this.callTimes.push(this.transport.now());
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.transport.timeoutMs);
    try {
      return await this.transport.fetch(url, { ...init, signal: controller.signal });
    } catch {
      if (controller.signal.aborted) throw new ScbError(scbText.timeout(Math.round(this.transport.timeoutMs / 1000)));
      throw new ScbError(scbText.offline(this.base.origin));
    } finally {
      clearTimeout(timer);
    }
  }

  private async readBody(response: Response, what: string): Promise<string> {
    const declared = Number(response.headers.get("content-length") ?? "0");
    const tooLarge = new ScbError(scbText.tooLarge(what, MAX_ANSWER_BYTES / 1024 / 1024));
    if (declared > MAX_ANSWER_BYTES) {
      await response.body?.cancel();
      throw tooLarge;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.transport.timeoutMs);
    try {
      const text = await response.text();
      if (text.length > MAX_ANSWER_BYTES) throw tooLarge;
      return text;
    } catch (error) {
      if (error instanceof ScbError) throw error;
      throw new ScbError(scbText.timeout(Math.round(this.transport.timeoutMs / 1000)));
    } finally {
      clearTimeout(timer);
    }
  }

  /** Waits until one more call fits in the window (SCB: 30 calls per 10 s). */
  private async keepRateLimit(): Promise<void> {
    if (this.limit === null) return;
    const now = this.transport.now();
    while (this.callTimes.length > 0 && this.callTimes[0]! <= now - this.limit.windowMs) this.callTimes.shift();
    if (this.callTimes.length >= this.limit.maxCalls) await this.transport.sleep(this.callTimes[0]! + this.limit.windowMs - now);
  }
}

/**
 * How long a 429 answer asks us to wait: Retry-After (seconds or an HTTP date, RFC 9110 §10.2.3),
 * else X-Rate-Limit-Reset (a date or seconds), else one whole rate-limit window.
 */
export function retryWaitMs(headers: Headers, now: number, windowMs: number): number {
  for (const name of ["retry-after", "x-rate-limit-reset"]) {
    const value = headers.get(name)?.trim();
    if (value === undefined || value === "") continue;
    if (/^\d+(\.\d+)?$/u.test(value)) return Math.ceil(Number(value) * 1000);
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return windowMs;
}

/** SCB's 400 answers are problem details ({"title", "detail"}); the detail says what was refused. */
function refusalDetail(text: string): string {
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json === "object" && json !== null) {
      const { detail, title } = json as { detail?: unknown; title?: unknown };
      const message = typeof detail === "string" ? detail : typeof title === "string" ? title : "";
      return message.slice(0, 200);
    }
  } catch {
    // not JSON: no detail
  }
  return "";
}
