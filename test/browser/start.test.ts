// The start view in Chromium: an empty fake workbook, "Skapa indatablad" for Dalarna with population
// fetched from the SCB replay server (SCB's origin routed to localhost; nothing leaves the machine),
// then Beräkna, which was disabled with its reason until then, gives the expected table.
import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SCB_URL } from "../../src/scb/http.ts";
import { taskpaneText } from "../../src/strings/taskpane.ts";
import type { FakeWorkbook } from "../fakes/excel/index.ts";
import { startScbReplay, type ScbReplay } from "../fakes/scb/server.ts";
import { CHROMIUM, startTaskpane, type TaskpaneSession } from "./page.ts";

declare global {
  interface Window {
    samfFake: FakeWorkbook;
  }
}

const available = existsSync(CHROMIUM);

describe.skipIf(!available)("the start view in Chromium", () => {
  let pane: TaskpaneSession;
  let scb: ScbReplay;

  beforeAll(async () => {
    scb = await startScbReplay();
    pane = await startTaskpane();
  }, 180_000);

  afterAll(async () => {
    await pane?.close();
    await scb?.close();
  });

  /** The task pane on an empty workbook, with SCB's API answered by the replay server. */
  async function emptyWorkbook(): Promise<Page> {
    const page = await pane.open(320, "?tom");
    await page.route(`${DEFAULT_SCB_URL}**`, async (route) => {
      const asked = route.request().url().slice(DEFAULT_SCB_URL.length);
      await route.fulfill({ response: await route.fetch({ url: `${scb.url}${asked}` }) });
    });
    await page.getByRole("button", { name: "Skapa indatablad" }).waitFor();
    return page;
  }

  const cell = (page: Page, sheet: string, address: string) => page.evaluate(([s, a]) => window.samfFake.value(s!, a!), [sheet, address]);

  it("creates the input sheets, fetches the population, and Beräkna then gives the expected table", async () => {
    const page = await emptyWorkbook();
    const calculate = page.getByRole("button", { name: "Beräkna", exact: true });
    expect(await calculate.isDisabled()).toBe(true);
    expect(await page.locator(".calculate-reason").textContent()).toBe("Beräkna behöver bladet Befolkning och minst ett scenario.");

    await page.getByLabel("Län").selectOption("20");
    await page.getByRole("textbox", { name: "Datum" }).fill("2021-06-30");
    await page.getByRole("button", { name: "Skapa indatablad" }).click();
    await page.getByText("Skapade Instruktioner, Befolkning, Index, Scenarier.", { exact: false }).waitFor();

    expect(await cell(page, "Befolkning", "A2")).toBe("2021");
    expect(await cell(page, "Befolkning", "B2")).toBe("Vansbro");
    expect(await cell(page, "Befolkning", "C2")).toBe(6790);
    expect(String(await cell(page, "Befolkning", "A18"))).toMatch(/^Källa: SCB, Statistikdatabasen tabell TAB5444, hämtad \d{4}-\d{2}-\d{2}$/u);
    expect(scb.requests.map((r) => r.path.split("?")[0])).toEqual(["config", "tables/TAB5444/metadata", "tables/TAB5444/data"]);

    await expect.poll(() => calculate.isDisabled()).toBe(false);
    await calculate.click();
    await page.getByTestId("summary").waitFor();
    const summary = await page.getByTestId("summary").textContent();
    expect(summary).toMatch(/Scenario 1, 20\d\d: 1 000 000 kr/u);
    expect(summary).toContain("Fördelning");
  }, 60_000);

  it("says in Swedish that the start view could not be loaded, with the rest of the pane shown, and Försök igen loads it", async () => {
    let offline = true;
    const page = await pane.open(320, "?tom", undefined, async (p) => {
      await p.route(/\/start\.[0-9a-f]+\.js$/u, (route) => (offline ? route.abort("internetdisconnected") : route.fallback()));
    });
    await page.getByText(taskpaneText.onDemand.failed).waitFor();
    expect(await page.getByRole("heading", { name: "Indata" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Beräkna", exact: true }).isVisible()).toBe(true);

    offline = false;
    await page.getByRole("button", { name: "Försök igen" }).click();
    await page.getByRole("button", { name: "Skapa indatablad" }).waitFor();
    expect(await page.getByText(taskpaneText.onDemand.failed).count()).toBe(0);
  }, 60_000);

  it("tells which sheets already exist and leaves them untouched", async () => {
    const page = await emptyWorkbook();
    await page.evaluate(() => {
      // A sheet of the user's own named Index, created in Excel before the start view is used.
      void window.samfFake.run(async (context) => {
        context.workbook.worksheets.add("Index").getRange("A1").values = [["Mitt eget"]];
        await context.sync();
      });
    });
    await page.getByRole("checkbox", { name: "Hämta befolkningen från SCB i samma steg" }).uncheck();
    await page.getByRole("button", { name: "Skapa indatablad" }).click();
    await page.getByText("Index fanns redan och lämnades orörda.", { exact: false }).waitFor();
    expect(await cell(page, "Index", "A1")).toBe("Mitt eget");
    expect(await page.locator(".calculate-reason").textContent()).toContain("befolkningssiffror");
  }, 60_000);
});
