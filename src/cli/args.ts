// Command-line arguments: `samfinansiering [--] <arbetsbok.xlsx> [--out <fil.xlsx>] [--skriv-över] [--faktura <år>] [--json]`.
// After `--` every argument is a file name, even one starting with "-".
import { cliText } from "../strings/cli.ts";

export type CliArgs =
  | { kind: "run"; input: string; out: string | null; json: boolean; invoiceYears: number[]; overwrite: boolean }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "usage-error"; message: string };

export function parseArgs(argv: readonly string[]): CliArgs {
  let input: string | null = null;
  let out: string | null = null;
  let json = false;
  let overwrite = false;
  let optionsEnded = false;
  const invoiceYears: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      if (input !== null) return { kind: "usage-error", message: cliText.tooManyInputs(arg) };
      input = arg;
    } else if (arg === "--") optionsEnded = true;
    else if (arg === "--help" || arg === "-h") return { kind: "help" };
    else if (arg === "--version") return { kind: "version" };
    else if (arg === "--json") json = true;
    else if (arg === "--skriv-över" || arg === "--skriv-over") overwrite = true;
    else if (arg === "--out" || arg === "-o") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("-")) return { kind: "usage-error", message: cliText.missingOutValue() };
      out = value;
    } else if (arg.startsWith("--out=")) out = arg.slice("--out=".length);
    else if (arg === "--faktura" || arg.startsWith("--faktura=")) {
      const value = arg === "--faktura" ? argv[++i] : arg.slice("--faktura=".length);
      const year = value === undefined ? null : invoiceYear(value);
      if (year === null) return { kind: "usage-error", message: cliText.badInvoiceYear(value ?? null) };
      invoiceYears.push(year);
    }
    else return { kind: "usage-error", message: cliText.unknownOption(arg) };
  }
  if (input === null) return { kind: "usage-error", message: cliText.missingInput() };
  if (out !== null && !/\.xlsx$/iu.test(out)) return { kind: "usage-error", message: cliText.outNotXlsx(out) };
  return { kind: "run", input, out, json, invoiceYears, overwrite };
}

/** A four-digit year from 1900 to 2199, or null: the limit a year has everywhere in the workbook. */
function invoiceYear(value: string): number | null {
  if (!/^\d{4}$/u.test(value.trim())) return null;
  const year = Number(value.trim());
  return year >= 1900 && year <= 2199 ? year : null;
}
