// The built task pane in headless Chromium with the in-memory Excel fake holding the example
// workbook: edit a scenario, calculate, check the written cells; an error with "Gå till cell";
// "Kontrollera Excel" in the pane's footer and on kontroll.html.
// Screenshots go to docs/bilder/ with SAMF_SCREENSHOTS=1 (for the user guide), else to a temp folder.
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { failAt, FakeWorkbook } from "../fakes/excel/index.ts";
import { CHROMIUM, startTaskpane, type TaskpaneSession } from "./page.ts";

declare global {
  interface Window {
    samfFake: FakeWorkbook;
    samfFailAt: typeof failAt;
  }
}

const available = existsSync(CHROMIUM);
// CI installs Chromium (.ci/run); there a missing browser is a failure, not a reason to skip.
if (!available && process.env.CI) throw new Error(`Chromium saknas (${CHROMIUM}) i CI.`);
if (!available) console.log(`Chromium saknas (${CHROMIUM}): webbläsartesterna hoppas över. .ci/run installerar paketet chromium.`);

describe.skipIf(!available)("the task pane in Chromium", () => {
  let pane: TaskpaneSession;
  let shots: string;

  beforeAll(async () => {
    shots = process.env.SAMF_SCREENSHOTS === "1" ? new URL("../../docs/bilder/", import.meta.url).pathname : await mkdtemp(join(tmpdir(), "samf-bilder-"));
    pane = await startTaskpane();
  }, 180_000);

  afterAll(async () => {
    await pane?.close();
  });

  const cell = (page: Page, sheet: string, address: string) => page.evaluate(([s, a]) => window.samfFake.value(s!, a!), [sheet, address]);
  /** A picture of the whole pane: the viewport made as tall as the page, so the Beräkna bar is at the bottom. */
  const shoot = async (page: Page, file: string) => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: page.viewportSize()!.width, height });
    await page.screenshot({ path: join(shots, file) });
  };
  const card = (page: Page, name: string) => page.locator(`details[data-scenario="${name}"]`);
  const loaded = async () => {
    const page = await pane.open();
    await page.getByText("Nytt avtal (4 tjänster)").first().waitFor();
    return page;
  };

  it("edits a scenario (4 → 5 positions), calculates and writes the result sheets", async () => {
    const page = await loaded();
    await shoot(page, "aktivitetsfonster.png");

    const next = card(page, "Nytt avtal (4 tjänster)");
    await next.locator("summary").first().click();
    const positions = next.getByRole("spinbutton", { name: "Antal tjänster" });
    await positions.fill("5");
    await positions.press("Tab");
    await expect.poll(() => cell(page, "Scenarier", "C2")).toBe(5);
    await expect.poll(() => next.locator(".card-summary").textContent()).toContain("5 × 1 000 000 kr");

    await page.getByRole("button", { name: "Beräkna" }).click();
    const summary = page.getByTestId("summary");
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toContain("Nytt avtal (4 tjänster), 2023: 5 000 000 kr");
    expect(await summary.textContent()).toContain("Region Dalarna: +1 274 465 kr");

    const sheets = await page.evaluate(() => window.samfFake.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(["Jämförelse", "Underlag"]));
    // Jämförelse: header in row 3, Avesta in row 4, Summa kommuner in row 19; column D is scenario B.
    expect(await cell(page, "Jämförelse", "A4")).toBe("Avesta");
    expect(await cell(page, "Jämförelse", "D19")).toBe(2_500_000);
    expect(await cell(page, "Jämförelse", "D21")).toBe(5_000_000);
    expect(await page.evaluate(() => window.samfFake.format("Jämförelse", "D4"))).toBe("#,##0");
    expect(await page.evaluate(() => window.samfFake.charts("Jämförelse").length)).toBe(1);
    await page.close();
  }, 60_000);

  it("calculates the example as it is (the guide's picture of the summary)", async () => {
    const page = await loaded();
    await page.getByRole("button", { name: "Beräkna", exact: true }).click();
    const summary = page.getByTestId("summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Nuvarande avtal (3 tjänster), 2022: 2 451 070 kr");
    expect(await summary.textContent()).toContain("Region Dalarna: +774 465 kr");
    await shoot(page, "aktivitetsfonster-resultat.png");
    await page.close();
  }, 60_000);

  it("shows each warning once after Beräkna: the calculation's warnings replace those read before", async () => {
    const page = await loaded();
    const next = card(page, "Nytt avtal (4 tjänster)");
    await next.locator("summary").first().click();
    await next.getByText("Avancerat").click();
    await next.getByRole("combobox", { name: "Avrundning", exact: true }).selectOption("Varje rad");
    await expect.poll(() => cell(page, "Scenarier", "C17")).toBe("Varje rad");
    const problems = page.getByRole("list", { name: "Problem" }).locator("li");
    const count = page.locator("section", { has: page.getByRole("heading", { name: "Problem" }) }).getByRole("status");
    await expect.poll(() => count.textContent()).toBe("0 fel, 1 varning");
    expect(await problems.count()).toBe(1);

    await page.getByRole("button", { name: "Beräkna" }).click();
    await page.getByTestId("summary").waitFor();
    expect(await count.textContent()).toBe("0 fel, 1 varning");
    expect(await problems.count()).toBe(1);
    expect(await problems.first().textContent()).toContain("Scenarier!C17");
    await page.close();
  }, 60_000);

  it("shows an input error, writes nothing, and Gå till cell selects the cell", async () => {
    const page = await loaded();
    const before = await page.evaluate(() => window.samfFake.snapshot());
    const next = card(page, "Nytt avtal (4 tjänster)");
    await next.locator("summary").first().click();
    const participants = next.getByRole("textbox", { name: "Deltagande kommuner" });
    await participants.fill("Avesta, Gäddede");
    await participants.press("Enter");
    await expect.poll(() => cell(page, "Scenarier", "C19")).toBe("Avesta, Gäddede");
    const edited = await page.evaluate(() => window.samfFake.snapshot());

    await page.getByRole("button", { name: "Beräkna" }).click();
    const problem = page.getByRole("list", { name: "Problem" }).getByText("Okänd kommun ”Gäddede” bland deltagande kommuner.", { exact: false });
    await problem.waitFor();
    expect(await page.getByText("Scenarier!C19").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.samfFake.snapshot())).toBe(edited);
    expect(edited).not.toBe(before);

    // The error stands at its field as well: a red outline (aria-invalid) and the message beside it.
    const field = next.getByRole("textbox", { name: "Deltagande kommuner" });
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    expect(await next.getByText("Okänd kommun ”Gäddede” bland deltagande kommuner.", { exact: false }).count()).toBe(1);

    await page.getByRole("button", { name: "Gå till cell Scenarier!C19" }).click();
    await expect.poll(() => page.evaluate(() => window.samfFake.selection())).toBe("Scenarier!C19");
    await problem.scrollIntoViewIfNeeded();
    await shoot(page, "aktivitetsfonster-fel.png");
    await page.close();
  }, 60_000);

  it("works with the keyboard alone, and every control has an accessible name", async () => {
    const page = await loaded();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, button, summary")].filter((element) => {
        const labelled = element as HTMLInputElement;
        const name = (labelled.labels?.length ?? 0) > 0 || element.getAttribute("aria-label") || element.getAttribute("aria-labelledby") || element.textContent?.trim();
        return !name;
      }).map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    // Every accessible name in Swedish: no "Increment value" from the spin buttons.
    await card(page, "Nytt avtal (4 tjänster)").locator("summary").first().click();
    await card(page, "Nytt avtal (4 tjänster)").getByText("Avancerat").click();
    const english = await page.evaluate(() =>
      [...document.querySelectorAll("[aria-label]")].map((element) => element.getAttribute("aria-label")!).filter((name) => /increment|decrement|value|close|open/iu.test(name)),
    );
    expect(english).toEqual([]);
    expect(await page.getByRole("button", { name: "Öka Antal tjänster" }).count()).toBe(1);

    let focused = "";
    for (let presses = 0; presses < 60 && focused !== "Beräkna"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    }
    expect(focused).toBe("Beräkna");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("summary").count()).toBe(1);
    await page.close();
  }, 60_000);

  it("shows an edit made on the Scenarier sheet in the cards", async () => {
    const page = await loaded();
    await page.evaluate(() => window.samfFake.userEdit("Scenarier", "C2", 6));
    const next = card(page, "Nytt avtal (4 tjänster)");
    await expect.poll(() => next.locator(".card-summary").textContent()).toContain("6 × 1 000 000 kr");
    await next.locator("summary").first().click();
    const positions = next.getByRole("spinbutton", { name: "Antal tjänster" });
    expect(await positions.inputValue()).toBe("6");

    // A fraction is shown with a decimal comma, and the SpinButton still steps from it.
    await page.evaluate(() => window.samfFake.userEdit("Scenarier", "C2", 3.5));
    await expect.poll(() => positions.inputValue()).toBe("3,5");
    await positions.focus();
    await positions.press("ArrowUp");
    await expect.poll(() => cell(page, "Scenarier", "C2")).toBe(4.5);
    await expect.poll(() => positions.inputValue()).toBe("4,5");
    await page.close();
  }, 60_000);

  it("removes a scenario only after a second, confirming press", async () => {
    const page = await loaded();
    const current = card(page, "Nuvarande avtal (3 tjänster)");
    await current.locator("summary").first().click();
    await current.getByRole("button", { name: "Ta bort scenariot Nuvarande avtal (3 tjänster)" }).click();
    expect(await cell(page, "Scenarier", "B1")).toBe("Nuvarande avtal (3 tjänster)");
    await current.getByRole("button", { name: /^Bekräfta att scenariot Nuvarande avtal/ }).click();
    await expect.poll(() => cell(page, "Scenarier", "B1")).toBe("Nytt avtal (4 tjänster)");
    await expect.poll(() => page.locator("details.scenario-card").count()).toBe(1);
    await page.close();
  }, 60_000);

  it("writes a Fakturaunderlag for a year typed in, and shows a bad year at its field", async () => {
    const page = await loaded();
    const year = page.getByRole("textbox", { name: "År" });
    await year.fill("20x4");
    await page.getByRole("button", { name: "Skriv fakturaunderlag" }).click();
    const message = page.getByText("Skriv ett år med fyra siffror, t.ex. 2024.");
    await message.waitFor();
    expect(await year.getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => window.samfFake.sheetNames())).not.toContain("Fakturaunderlag 2024");

    await year.fill("2024");
    await page.getByRole("button", { name: "Skriv fakturaunderlag" }).click();
    await page.getByTestId("summary").waitFor();
    expect(await message.count()).toBe(0);
    expect(await page.evaluate(() => window.samfFake.sheetNames())).toContain("Fakturaunderlag 2024");
    expect(await cell(page, "Fakturaunderlag 2024", "A9")).toBe("2084");
    expect(await cell(page, "Fakturaunderlag 2024", "D9")).toBe(163_329);
    await page.close();
  }, 60_000);

  it("keeps Beräkna in view at 320 px, with a card closed or open, and the open card short", async () => {
    const page = await loaded();
    const inView = () => page.getByRole("button", { name: "Beräkna", exact: true }).evaluate((button) => {
      const box = button.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(await inView()).toBe(true);
    const next = card(page, "Nytt avtal (4 tjänster)");
    await next.locator("summary").first().click();
    expect(await inView()).toBe(true);
    // Årskostnad is hidden when positions are given, the fixed amount with a population key, the rest under Avancerat.
    expect(await next.getByRole("textbox", { name: "Årskostnad (kr)" }).count()).toBe(0);
    expect(await next.getByRole("textbox", { name: "Fast belopp per kommun (kr)" }).count()).toBe(0);
    expect(await next.getByRole("combobox", { name: "Avrundning", exact: true }).isVisible()).toBe(false);
    expect(await next.evaluate((element) => element.getBoundingClientRect().height)).toBeLessThan(1_200);
    await page.close();
  }, 60_000);

  it("fits the narrow task pane: nothing wider than 320 px", async () => {
    const page = await loaded();
    await card(page, "Nytt avtal (4 tjänster)").locator("summary").first().click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  }, 60_000);

  const temporarySheets = (page: Page) => page.evaluate(() => window.samfFake.sheetNames().filter((name) => name.startsWith("Samf_Kontroll_")));

  it("Kontrollera Excel: asks first, runs every check, shows the report and copies it", async () => {
    const page = await loaded();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: pane.url.replace(/\/$/u, "") });
    const before = await page.evaluate(() => window.samfFake.snapshot());

    await page.getByRole("button", { name: "Kontrollera Excel" }).click();
    await page.getByText("tömmer Excel ångra-historiken", { exact: false }).waitFor();
    expect(await page.getByText("skriver, läser tillbaka och tar bort tillfälliga blad", { exact: false }).count()).toBe(1);
    expect(await temporarySheets(page)).toEqual([]);
    expect(await page.evaluate(() => window.samfFake.syncCount)).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Avbryt" }).click();
    await page.getByRole("button", { name: "Kontrollera Excel" }).click();

    await page.getByRole("button", { name: "Kör kontrollen" }).click();
    const summary = page.getByTestId("self-check-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toBe("Alla 17 kontroller gick igenom.");
    expect(await page.getByRole("list", { name: "Rapport" }).locator("li[data-status=passed]").count()).toBe(17);
    expect(await page.evaluate(() => window.samfFake.snapshot())).toBe(before);

    await page.getByRole("button", { name: "Kopiera rapport" }).click();
    await page.getByText("Rapporten är kopierad.", { exact: false }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Samfinansiering – Kontrollera Excel");
    expect(copied).toContain("Tillägg: version 0.1.0; manifestet kräver ExcelApi 1.9");
    expect(copied).toContain("Excel: okänt (utanför Office)");
    expect(copied).toContain("OK         Diagram med två serier (ExcelApi 1.7)");
    expect(await page.getByRole("textbox", { name: "Rapport" }).inputValue()).toBe(copied);
    await page.screenshot({ path: join(shots, "kontrollera-excel.png"), fullPage: true });
    await page.close();
  }, 60_000);

  it("kontroll.html runs the same check on its own page and names a call Excel refuses", async () => {
    const page = await pane.open(320, "", "kontroll.html");
    await page.getByRole("heading", { name: "Samfinansiering – kontrollera Excel" }).waitFor();
    expect(await page.getByRole("button", { name: "Beräkna" }).count()).toBe(0);
    const before = await page.evaluate(() => window.samfFake.snapshot());
    await page.evaluate(() => void window.samfFailAt(window.samfFake, /pageLayout\.zoom = /u, "InvalidArgument"));

    await page.getByRole("button", { name: "Kontrollera Excel" }).click();
    await page.getByRole("button", { name: "Kör kontrollen" }).click();
    const summary = page.getByTestId("self-check-summary");
    await summary.waitFor();
    // The print calls, and those that write a sheet with them too: the rewrite in place (also as one
    // undo step) and the record's set-up.
    expect(await summary.textContent()).toContain("4 av 17 kontroller misslyckades.");
    const failed = page.getByRole("list", { name: "Rapport" }).locator("li[data-status=failed]");
    expect(await failed.allTextContents()).toEqual([
      expect.stringContaining("Utskrift: liggande A4, en sida bred"),
      expect.stringContaining("Skriva om ett resultatblad på plats"),
      expect.stringContaining("Tilläggets minne av vad det skrev"),
      expect.stringContaining("ett enda ångra-steg"),
    ]);
    const report = await page.getByRole("textbox", { name: "Rapport" }).inputValue();
    expect(report).toContain("Excel: InvalidArgument");
    expect(report).toMatch(/Anrop \(debugInfo\.statement\): .*pageLayout\.zoom = /u);
    expect(await temporarySheets(page)).toEqual([]);
    expect(await page.evaluate(() => window.samfFake.snapshot())).toBe(before);
    await page.close();
  }, 60_000);
});
