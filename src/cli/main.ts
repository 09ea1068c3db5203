// The command line: `samfinansiering <arbetsbok.xlsx> [--out <fil.xlsx>] [--faktura <år>] [--json]`. Reads the
// workbook's inputs, runs every scenario and writes a copy with the result sheets; the input file
// is never modified. Exit codes: 0 done, 1 input errors (nothing written), 2 usage or file problem.
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { cliText } from "../strings/cli.ts";
import { formatProblem, listedProblems } from "../workbook/problems.ts";
import { buildReport, invoiceScenario, invoiceYears, keptInvoiceYears } from "../workbook/report/index.ts";
import { reportSizeProblems } from "../workbook/report/placement.ts";
import { runInputs } from "../workbook/run.ts";
import { xlsxText } from "../strings/xlsx.ts";
import type { Problem } from "../workbook/problems.ts";
import { XlsxFileError, isReplaceableWorkbook, loadWorkbookFile, saveWorkbookAtomically } from "../xlsx/file.ts";
import { readInputs } from "../xlsx/readInputs.ts";
import { workbookOwnership } from "../xlsx/names.ts";
import { writeReport } from "../xlsx/writeReport.ts";
import { parseArgs } from "./args.ts";
import { populationCommand } from "./population.ts";
import { errorsJson, printable, resultsJson, sheetAsText } from "./output.ts";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock, for the audit sheet's time stamp. */
  now: () => Date;
  version: string;
  /** Environment variables (SAMF_SCB_URL); absent in tests that do not need them. */
  env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT = { done: 0, inputErrors: 1, usage: 2 } as const;

export async function main(argv: readonly string[], terminal: CliIo): Promise<number> {
  // Cell texts and file names reach the terminal: control characters in them could move the cursor,
  // recolour or rewrite what is shown. JSON escapes them itself.
  const io: CliIo = { ...terminal, stdout: (text) => terminal.stdout(printable(text)), stderr: (text) => terminal.stderr(printable(text)) };
  const [command, ...rest] = argv;
  if (command === "befolkning" || command === "ny") return populationCommand(command, rest, io);
  const args = parseArgs(argv);
  if (args.kind === "help") {
    io.stdout(cliText.usage());
    return EXIT.done;
  }
  if (args.kind === "version") {
    io.stdout(io.version);
    return EXIT.done;
  }
  if (args.kind === "usage-error") {
    io.stderr(`${args.message}\n\n${cliText.usage()}`);
    return EXIT.usage;
  }
  const out = resolve(args.out ?? defaultOutput(args.input));
  const refusal = await outputRefusal(args.input, out, args.overwrite);
  if (refusal !== null) {
    io.stderr(refusal);
    return EXIT.usage;
  }

  try {
    const { workbook, droppedOnSave } = await loadWorkbookFile(args.input);
    const reading = readInputs(workbook);
    const outcome = runInputs(reading.grids);
    if (!outcome.ok) {
      const errors = outcome.problems.filter((p) => p.severity === "error");
      const { listed, unlisted } = listedProblems(errors);
      if (args.json) io.stdout(errorsJson(listed, unlisted));
      for (const problem of listed) io.stderr(formatProblem(problem));
      if (unlisted > 0) io.stderr(cliText.unlistedErrors(unlisted));
      io.stderr(cliText.inputErrors(errors.length));
      return EXIT.inputErrors;
    }
    const { run } = outcome;
    const outside = args.invoiceYears.find((year) => invoiceScenario(run, year) === null);
    if (outside !== undefined) {
      io.stderr(cliText.invoiceYearOutside(outside, invoiceYears(run)));
      return EXIT.usage;
    }
    const inputSheets = Object.values(reading.grids).flatMap((grid) => (grid === null ? [] : [grid.sheet]));
    const kept = keptInvoiceYears(workbook.worksheets.map((sheet) => sheet.name), workbookOwnership(workbook, inputSheets).owned);
    const sheets = buildReport(run, { generatedAt: io.now().toISOString(), version: io.version }, { invoiceYears: [...kept, ...args.invoiceYears] });
    const tooLarge = reportSizeProblems(sheets);
    if (tooLarge.length > 0) {
      for (const problem of tooLarge) io.stderr(formatProblem(problem));
      return EXIT.inputErrors;
    }
    const written = writeReport(workbook, sheets, { inputSheets, scenarioSheet: reading.grids.scenarios!.sheet });
    await saveWorkbookAtomically(workbook, out);

    const copyWarnings: Problem[] = droppedOnSave.length === 0
      ? []
      : [{ severity: "warning", sheet: null, cell: null, message: xlsxText.partsNotCopied(droppedOnSave) }];
    const warnings = [...reading.warnings, ...run.warnings, ...written.warnings, ...copyWarnings];
    if (args.json) io.stdout(resultsJson(run.results, warnings));
    else {
      // The memo's table: Jämförelse with its paragraph, or Fördelning for a single scenario.
      const memo = sheets.find((sheet) => sheet.role === "comparison" || sheet.role === "distribution");
      if (memo !== undefined) io.stdout(sheetAsText(memo));
    }
    for (const warning of warnings) io.stderr(cliText.warning(formatProblem(warning)));
    io.stderr(cliText.written(out, written.written));
    return EXIT.done;
  } catch (error) {
    if (error instanceof XlsxFileError) {
      io.stderr(error.message);
      return EXIT.usage;
    }
    throw error;
  }
}

/**
 * "budget.xlsx" → "budget-resultat.xlsx" beside it. Always .xlsx, whatever the input's extension:
 * the copy is a plain workbook, which Excel refuses to open under .xlsm.
 */
export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-resultat.xlsx`);
}

/**
 * Why `out` may not be written, or null: it is the input, or an existing file that is no workbook
 * (replaced only with --skriv-över). Both commands that write a copy follow this rule.
 */
export async function outputRefusal(input: string, out: string, overwrite: boolean): Promise<string | null> {
  if (await sameFile(input, out)) return cliText.outIsInput();
  if (!overwrite && !(await isReplaceableWorkbook(out))) return cliText.outNotWorkbook(out);
  return null;
}

/**
 * Whether `out` names the input file. Comparing paths is not enough: on a case-insensitive file
 * system "EXEMPEL.xlsx" is "exempel.xlsx", and a symbolic or hard link is another path to the same
 * file — the atomic rename would then replace the input. So when `out` exists, the files are
 * compared: same device and inode, or the same real path.
 */
export async function sameFile(input: string, out: string): Promise<boolean> {
  if (resolve(input) === resolve(out)) return true;
  const [inputStat, outStat] = await Promise.all([stat(input, { bigint: true }).catch(() => null), stat(out, { bigint: true }).catch(() => null)]);
  // A missing input is reported when it is read; a missing output cannot be the input.
  if (inputStat === null || outStat === null) return false;
  // Some file systems report no inode numbers (0): there only the real paths decide.
  if (inputStat.ino !== 0n && inputStat.dev === outStat.dev && inputStat.ino === outStat.ino) return true;
  const [inputReal, outReal] = await Promise.all([realpath(input).catch(() => null), realpath(out).catch(() => null)]);
  return inputReal !== null && inputReal === outReal;
}
