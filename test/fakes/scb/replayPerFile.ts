// The SCB replay server for one test file: started before its tests, reset before each, closed after.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startScbReplay, type ScbReplay } from "./server.ts";

/** Registers the hooks; the function returned gives the running server inside a test. */
export function scbReplayPerFile(): () => ScbReplay {
  let scb: ScbReplay | null = null;
  beforeAll(async () => {
    scb = await startScbReplay();
  });
  afterAll(() => scb?.close());
  beforeEach(() => scb?.reset());
  return () => {
    if (scb === null) throw new Error("The SCB replay server is not running");
    return scb;
  };
}
