// Pictures of the result sheets for the user guide (docs/bilder/): runs the command line on the
// example workbook, prints each result sheet with LibreOffice and turns the first page into a PNG.
// Needs LibreOffice and poppler-utils (pdftoppm); not part of the tests. Run: npm run docs:images
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main.ts";

const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "samf-bilder-"));
const output = join(work, "exempel-resultat.xlsx");
const code = await main([join(root, "assets/exempel.xlsx"), "--out", output], {
  stdout: () => undefined,
  stderr: (text) => console.error(text),
  now: () => new Date("2026-01-01T08:00:00Z"),
  version: "exempel",
});
if (code !== 0) process.exit(code);

const pictures: [string, (name: string) => boolean][] = [
  ["resultat-jamforelse", (name) => name === "Jämförelse"],
  ["resultat-flerar", (name) => name.startsWith("Flerår – Nytt")],
  ["resultat-underlag", (name) => name === "Underlag"],
];
for (const [file, wanted] of pictures) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  for (const sheet of [...workbook.worksheets]) if (!wanted(sheet.name)) workbook.removeWorksheet(sheet.id);
  const single = join(work, `${file}.xlsx`);
  await workbook.xlsx.writeFile(single);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, single], { stdio: "ignore" });
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", join(work, `${file}.pdf`), join(work, file)]);
  renameSync(join(work, `${file}.png`), join(root, "docs/bilder", `${file}.png`));
  console.log(`docs/bilder/${file}.png`);
}
