// Reading and saving .xlsx files with ExcelJS, with errors a user can act on (Swedish messages).
import { constants } from "node:fs";
import { open, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { resolve } from "node:path";
import { MAX_INPUT_FILE_BYTES, MAX_UNPACKED_BYTES } from "../workbook/limits.ts";
import { unpackedSize } from "./packageSize.ts";
import { removeStaleTemporaries, temporaryPathFor, trackTemporary, untrackTemporary } from "./temporaryFiles.ts";
import ExcelJS from "exceljs";
import { xlsxText } from "../strings/xlsx.ts";
import { escapeUnsavableText } from "./unsavableText.ts";

export type XlsxFileErrorKind =
  /** No file at the path. */
  | "not-found"
  /** The path is a folder. */
  | "not-a-file"
  /** The file exists but could not be read (permissions, I/O). */
  | "not-readable"
  /** Not a zip package, or a zip that ExcelJS cannot read as a workbook (corrupt, .ods, .docx …). */
  | "not-xlsx"
  /** An OLE compound file: the old binary .xls format, or an .xlsx encrypted with a password. */
  | "legacy-or-encrypted"
  /** Larger than MAX_INPUT_FILE_BYTES. */
  | "too-large"
  /** Saving: the folder does not exist. */
  | "folder-missing"
  /** Saving: the file could not be written or replaced (permissions, open in Excel on Windows). */
  | "not-writable";

/** A file problem with a Swedish message for the user; `cause` keeps the underlying error. */
export class XlsxFileError extends Error {
  override readonly name = "XlsxFileError";

  constructor(
    readonly kind: XlsxFileErrorKind,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Loads an .xlsx file; throws XlsxFileError telling "not found" apart from "not an xlsx / corrupt". */
export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  return (await loadWorkbookFile(path)).workbook;
}

/** Parts of a workbook that ExcelJS does not keep when it saves a copy, by their folder in the package. */
const PARTS_EXCELJS_DROPS = [
  ["xl/charts/", "diagram"],
  ["xl/pivotTables/", "pivottabeller"],
  ["xl/slicers/", "utsnitt"],
  ["xl/threadedComments/", "trådade kommentarer"],
  ["xl/vbaProject.bin", "makron"],
] as const;

/**
 * The workbook, and the kinds of content (Swedish, e.g. "diagram") that a copy saved by ExcelJS will
 * lack. Zip entry names are stored uncompressed, so a byte search finds the parts.
 */
export async function loadWorkbookFile(path: string): Promise<{ workbook: ExcelJS.Workbook; droppedOnSave: string[] }> {
  const bytes = await readRegularFile(path);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new XlsxFileError("legacy-or-encrypted", path, xlsxText.legacyOrEncrypted(path));
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new XlsxFileError("not-xlsx", path, xlsxText.notXlsx(path));
  const unpacked = unpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES) throw new XlsxFileError("too-large", path, xlsxText.unpackedTooLarge(path, unpacked));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxFileError("not-xlsx", path, xlsxText.notXlsx(path), { cause: error });
  }
  // ExcelJS accepts any zip (a .docx, an .ods) and returns a workbook without sheets; every .xlsx has one.
  if (workbook.worksheets.length === 0) throw new XlsxFileError("not-xlsx", path, xlsxText.notXlsx(path));
  const droppedOnSave = PARTS_EXCELJS_DROPS.filter(([part]) => bytes.includes(part)).map(([, kind]) => kind);
  return { workbook, droppedOnSave };
}

/** Opening never waits: a FIFO without a writer would otherwise block the open itself. */
const OPEN_NONBLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file of at most MAX_INPUT_FILE_BYTES. Anything else — a folder, a FIFO, a
 * device such as /dev/zero, which would be read until memory runs out — is refused before reading.
 */
async function readRegularFile(path: string): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, OPEN_NONBLOCKING);
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new XlsxFileError("not-a-file", path, xlsxText.notAFile(path));
    if (!stats.isFile()) throw new XlsxFileError("not-a-file", path, xlsxText.notRegularFile(path));
    if (stats.size > MAX_INPUT_FILE_BYTES) throw new XlsxFileError("too-large", path, xlsxText.fileTooLarge(path, stats.size));
    return await handle.readFile();
  } catch (error) {
    if (error instanceof XlsxFileError) throw error;
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxFileError("not-found", path, xlsxText.fileNotFound(path), { cause: error });
    if (code === "EISDIR") throw new XlsxFileError("not-a-file", path, xlsxText.notAFile(path), { cause: error });
    throw new XlsxFileError("not-readable", path, xlsxText.fileNotReadable(path, reason(error)), { cause: error });
  } finally {
    await handle?.close();
  }
}

/**
 * Whether the path holds an .xlsx workbook that a save may replace: a regular file, a zip package with
 * a workbook part. A missing file counts as replaceable; a folder, a device or any other file does not.
 */
export async function isReplaceableWorkbook(path: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path);
  } catch (error) {
    return error instanceof XlsxFileError && error.kind === "not-found";
  }
  return startsWith(bytes, ZIP_MAGIC) && bytes.includes("xl/workbook.xml");
}

/**
 * Writes the workbook to a temporary file in the target's folder and renames it over the target, so
 * the target is either the old file or the complete new one, never half written. The temporary file
 * is removed when anything fails. Sets fullCalcOnLoad so Excel recomputes formulas on opening.
 */
export async function saveWorkbookAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  markForRecalculation(workbook);
  escapeUnsavableText(workbook);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const target = resolve(path);
  await removeStaleTemporaries(target);
  const temporary = temporaryPathFor(target);
  // Keep the permissions of the file being replaced.
  const mode = await stat(target).then(
    (stats) => (stats.isFile() ? stats.mode & 0o777 : undefined),
    () => undefined,
  );
  let created = false;
  try {
    trackTemporary(temporary);
    const handle = await open(temporary, "wx", mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    created = false;
  } catch (error) {
    if (created) await unlink(temporary).catch(() => undefined);
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new XlsxFileError("folder-missing", path, xlsxText.folderMissing(path), { cause: error });
    }
    if (code === "EISDIR") throw new XlsxFileError("not-a-file", path, xlsxText.notAFile(path), { cause: error });
    throw new XlsxFileError("not-writable", path, xlsxText.fileNotWritable(path, reason(error)), { cause: error });
  } finally {
    untrackTemporary(temporary);
  }
}

/** Asks Excel to recalculate every formula when the file is opened (ExcelJS computes nothing). */
export function markForRecalculation(workbook: ExcelJS.Workbook): void {
  workbook.calcProperties = { ...(workbook.calcProperties ?? {}), fullCalcOnLoad: true };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

function errorCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

function reason(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}
