// The command line: `samfinansiering <arbetsbok.xlsx> [--out <fil.xlsx>] [--json]`. Reads the
// workbook's inputs, runs every scenario and writes a copy with the result sheets; the input file
// is never modified. Exit codes: 0 done, 1 input errors (nothing written), 2 usage or file problem.
import { basename, dirname, extname, join, resolve } from "node:path";
import { cliText } from "../strings/cli.ts";
import { formatProblem } from "../workbook/problems.ts";
import { buildReport } from "../workbook/report/index.ts";
import { runInputs } from "../workbook/run.ts";
import { xlsxText } from "../strings/xlsx.ts";
import type { Problem } from "../workbook/problems.ts";
import { XlsxFileError, loadWorkbookFile, saveWorkbookAtomically } from "../xlsx/file.ts";
import { readInputs } from "../xlsx/readInputs.ts";
import { writeReport } from "../xlsx/writeReport.ts";
import { parseArgs } from "./args.ts";
import { comparisonTable, errorsJson, resultsJson } from "./output.ts";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock, for the audit sheet's time stamp. */
  now: () => Date;
  version: string;
}

export const EXIT = { done: 0, inputErrors: 1, usage: 2 } as const;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
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
  if (out === resolve(args.input)) {
    io.stderr(cliText.outIsInput());
    return EXIT.usage;
  }

  try {
    const { workbook, droppedOnSave } = await loadWorkbookFile(args.input);
    const reading = readInputs(workbook);
    const outcome = runInputs(reading.grids);
    if (!outcome.ok) {
      const errors = outcome.problems.filter((p) => p.severity === "error");
      if (args.json) io.stdout(errorsJson(errors));
      for (const problem of errors) io.stderr(formatProblem(problem));
      io.stderr(cliText.inputErrors(errors.length));
      return EXIT.inputErrors;
    }
    const { run } = outcome;
    const sheets = buildReport(run, { generatedAt: io.now().toISOString(), version: io.version });
    const written = writeReport(workbook, sheets);
    await saveWorkbookAtomically(workbook, out);

    const copyWarnings: Problem[] = droppedOnSave.length === 0
      ? []
      : [{ severity: "warning", sheet: null, cell: null, message: xlsxText.partsNotCopied(droppedOnSave) }];
    const warnings = [...reading.warnings, ...run.warnings, ...written.warnings, ...copyWarnings];
    if (args.json) io.stdout(resultsJson(run.results, warnings));
    else io.stdout(run.comparison === null ? cliText.noComparison() : comparisonTable(run.comparison));
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

/** "budget.xlsx" → "budget-resultat.xlsx" beside it. */
export function defaultOutput(input: string): string {
  const extension = extname(input);
  return join(dirname(input), `${basename(input, extension)}-resultat${extension === "" ? ".xlsx" : extension}`);
}
