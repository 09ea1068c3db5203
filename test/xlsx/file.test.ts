import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readWorkbookFile, saveWorkbookAtomically, XlsxFileError } from "../../src/xlsx/file.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "samf-xlsx-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sampleWorkbook(value: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Befolkning").getCell("A1").value = value;
  return workbook;
}

async function readError(path: string): Promise<XlsxFileError> {
  const error = await readWorkbookFile(path).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(XlsxFileError);
  return error as XlsxFileError;
}

describe("readWorkbookFile", () => {
  it("reads an .xlsx file", async () => {
    const path = join(dir, "bok.xlsx");
    await writeFile(path, Buffer.from(await sampleWorkbook("Kommun").xlsx.writeBuffer()));
    const workbook = await readWorkbookFile(path);
    expect(workbook.getWorksheet("Befolkning")!.getCell("A1").value).toBe("Kommun");
  });

  it("tells a missing file apart from a folder", async () => {
    const missing = await readError(join(dir, "finns-inte.xlsx"));
    expect(missing.kind).toBe("not-found");
    expect(missing.message).toBe(`Filen ”${join(dir, "finns-inte.xlsx")}” finns inte. Kontrollera sökvägen och filnamnet.`);
    expect((await readError(join(dir, "saknas", "bok.xlsx"))).kind).toBe("not-found");
    const folder = await readError(dir);
    expect(folder.kind).toBe("not-a-file");
    expect(folder.message).toContain("är en mapp");
  });

  it("rejects a file that is not an xlsx, or a corrupt one", async () => {
    const text = join(dir, "data.csv");
    await writeFile(text, "kommun,befolkning\nAvesta,22986\n");
    const notXlsx = await readError(text);
    expect(notXlsx.kind).toBe("not-xlsx");
    expect(notXlsx.message).toContain("ingen Excel-arbetsbok i .xlsx-format");

    const bytes = Buffer.from(await sampleWorkbook("x").xlsx.writeBuffer());
    const truncated = join(dir, "trasig.xlsx");
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await readError(truncated)).kind).toBe("not-xlsx");

    const empty = join(dir, "tom.xlsx");
    await writeFile(empty, "");
    expect((await readError(empty)).kind).toBe("not-xlsx");
  });

  it("recognises the old .xls format and encrypted workbooks", async () => {
    const path = join(dir, "gammal.xls");
    await writeFile(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const error = await readError(path);
    expect(error.kind).toBe("legacy-or-encrypted");
    expect(error.message).toContain(".xls");
  });
});

describe("saveWorkbookAtomically", () => {
  it("writes the file, leaves no temporary file and asks Excel to recalculate", async () => {
    const path = join(dir, "resultat.xlsx");
    const workbook = sampleWorkbook("ny");
    await saveWorkbookAtomically(workbook, path);
    expect(await readdir(dir)).toEqual(["resultat.xlsx"]);
    expect(workbook.calcProperties.fullCalcOnLoad).toBe(true);
    expect((await readWorkbookFile(path)).getWorksheet("Befolkning")!.getCell("A1").value).toBe("ny");
  });

  it("replaces an existing file and keeps its permissions", async () => {
    const path = join(dir, "resultat.xlsx");
    await saveWorkbookAtomically(sampleWorkbook("gammal"), path);
    await chmod(path, 0o640);
    await saveWorkbookAtomically(sampleWorkbook("ny"), path);
    expect(await readdir(dir)).toEqual(["resultat.xlsx"]);
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    expect((await readWorkbookFile(path)).getWorksheet("Befolkning")!.getCell("A1").value).toBe("ny");
  });

  it("creates nothing when the folder does not exist", async () => {
    const path = join(dir, "saknas", "resultat.xlsx");
    const error = await saveWorkbookAtomically(sampleWorkbook("x"), path).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(XlsxFileError);
    expect((error as XlsxFileError).kind).toBe("folder-missing");
    expect(await readdir(dir)).toEqual([]);
  });

  it("does not touch the target and removes the temporary file when replacing fails", async () => {
    // The target is a folder: the temporary file is written, the rename fails.
    const target = join(dir, "resultat.xlsx");
    await mkdir(target);
    await writeFile(join(target, "innehåll.txt"), "orört");
    await expect(saveWorkbookAtomically(sampleWorkbook("x"), target)).rejects.toBeInstanceOf(XlsxFileError);
    expect(await readdir(dir)).toEqual(["resultat.xlsx"]);
    expect(await readFile(join(target, "innehåll.txt"), "utf8")).toBe("orört");
  });

  it("does not touch the target when the workbook cannot be written", async () => {
    const path = join(dir, "resultat.xlsx");
    await saveWorkbookAtomically(sampleWorkbook("gammal"), path);
    const before = await readFile(path);
    const broken = sampleWorkbook("ny");
    broken.xlsx.writeBuffer = () => Promise.reject(new Error("disk full"));
    await expect(saveWorkbookAtomically(broken, path)).rejects.toThrow("disk full");
    expect(await readdir(dir)).toEqual(["resultat.xlsx"]);
    expect(await readFile(path)).toEqual(before);
  });
});
