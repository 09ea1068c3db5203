// Pictures of the result sheets for the user guide (docs/bilder/): runs the command line on the
// example workbook (with --faktura 2024), prints each result sheet with LibreOffice in a Swedish
// locale ("22 986", "63,2 %") and turns the first page into a PNG.
// Needs LibreOffice and poppler-utils (pdftoppm); not part of the tests. Run: npm run docs:images
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main.ts";
import { buildReport } from "../src/workbook/report/index.ts";
import { runInputs } from "../src/workbook/run.ts";
import { readInputs } from "../src/xlsx/readInputs.ts";

const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "samf-bilder-"));
const output = join(work, "exempel-resultat.xlsx");
const code = await main([join(root, "assets/exempel.xlsx"), "--faktura", "2024", "--out", output], {
  stdout: () => undefined,
  stderr: (text) => console.error(text),
  now: () => new Date("2026-01-01T08:00:00Z"),
  version: "exempel",
});
if (code !== 0) process.exit(code);

// A LibreOffice profile of its own whose locale is Swedish: numbers print as a Swedish Excel shows them,
// whatever the machine's locale.
const profile = join(work, "profil");
mkdirSync(join(profile, "user"), { recursive: true });
writeFileSync(join(profile, "user", "registrymodifications.xcu"), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
`);
const swedish = { ...process.env, LANG: "sv_SE.UTF-8", LC_ALL: "sv_SE.UTF-8" };

const pictures: [string, (name: string) => boolean][] = [
  ["resultat-jamforelse", (name) => name === "Jämförelse"],
  ["resultat-flerar", (name) => name === "Flerår – Nytt avtal"],
  ["resultat-faktura", (name) => name === "Fakturaunderlag 2024"],
  ["resultat-underlag", (name) => name === "Underlag"],
];
// The Jämförelse chart as the add-in draws it (the command line cannot write charts): its ranges from
// the report model, drawn by LibreOffice through scripts/render-chart.py.
const example = new ExcelJS.Workbook();
await example.xlsx.readFile(join(root, "assets/exempel.xlsx"));
const outcome = runInputs(readInputs(example).grids);
if (!outcome.ok) throw new Error("The example workbook has input errors");
const chart = buildReport(outcome.run, { generatedAt: "2026-01-01T08:00:00Z", version: "exempel" }).find((sheet) => sheet.role === "comparison")?.chart ?? null;
const chartSpec = join(work, "diagram.json");
if (chart !== null) writeFileSync(chartSpec, JSON.stringify(chart));

for (const [file, wanted] of pictures) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  for (const sheet of [...workbook.worksheets]) if (!wanted(sheet.name)) workbook.removeWorksheet(sheet.id);
  const single = join(work, `${file}.xlsx`);
  await workbook.xlsx.writeFile(single);
  if (file === "resultat-jamforelse" && chart !== null) {
    execFileSync("/usr/bin/python3", [join(root, "scripts/render-chart.py"), `file://${profile}`, single, join(work, `${file}.pdf`), chartSpec], { stdio: "inherit", env: swedish });
  } else {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, single], { stdio: "ignore", env: swedish });
  }
  execFileSync("pdftoppm", ["-png", "-r", file === "resultat-jamforelse" ? "110" : "80", "-f", "1", "-l", "1", "-singlefile", join(work, `${file}.pdf`), join(work, file)]);
  renameSync(join(work, `${file}.png`), join(root, "docs/bilder", `${file}.png`));
  console.log(`docs/bilder/${file}.png`);
}
