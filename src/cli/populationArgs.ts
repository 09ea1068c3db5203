// Arguments of the subcommands that bring population in:
//   samfinansiering befolkning <arbetsbok.xlsx> --datum 2024-12-31[,2025-06-30…] [--län <kod|namn>] [--out <fil.xlsx>] [--skriv-över] [--json] [--ersätt]
//   samfinansiering ny <arbetsbok.xlsx> --län <kod|namn> [--datum …] [--json]
import { ScbError } from "../scb/http.ts";
import { checkDates, splitDateList } from "../scb/population.ts";
import { scbCliText } from "../strings/scb.ts";
import { findCounty, type County } from "../workbook/register.ts";

export type PopulationArgs =
  | {
      kind: "befolkning" | "ny";
      input: string;
      dates: string[];
      county: County | null;
      out: string | null;
      json: boolean;
      replace: boolean;
      /** --skriv-över: replace --out even when it is no workbook (as the main command). */
      overwrite: boolean;
    }
  | { kind: "help"; command: "befolkning" | "ny" }
  | { kind: "usage-error"; command: "befolkning" | "ny"; message: string };

export function parsePopulationArgs(command: "befolkning" | "ny", argv: readonly string[]): PopulationArgs {
  let input: string | null = null;
  let dates: string[] = [];
  let county: County | null = null;
  let out: string | null = null;
  let json = false;
  let replace = false;
  let overwrite = false;
  const error = (message: string): PopulationArgs => ({ kind: "usage-error", command, message });
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitInline(argv[i]!);
    const value = (): string | null => inline ?? (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--") ? argv[++i]! : null);
    if (flag === "--help" || flag === "-h") return { kind: "help", command };
    else if (flag === "--json") json = true;
    else if ((flag === "--ersätt" || flag === "--ersatt") && command === "befolkning") replace = true;
    else if ((flag === "--skriv-över" || flag === "--skriv-over") && command === "befolkning") overwrite = true;
    else if (flag === "--datum") {
      const text = value();
      if (text === null) return error(scbCliText.missingDates());
      dates = [...dates, ...splitDateList(text)];
    } else if (flag === "--län" || flag === "--lan") {
      const text = value();
      const found = text === null ? undefined : findCounty(text);
      if (found === undefined) return error(scbCliText.unknownCounty(text ?? ""));
      county = found;
    } else if ((flag === "--out" || flag === "-o") && command === "befolkning") {
      out = value();
      if (out === null || !/\.xlsx$/iu.test(out)) return error(scbCliText.outNotXlsx(out ?? ""));
    } else if (flag.startsWith("-")) return error(scbCliText.unknownOption(flag));
    else if (input !== null) return error(scbCliText.tooManyInputs(flag));
    else input = flag;
  }
  if (input === null) return error(scbCliText.missingWorkbook());
  if (!/\.xlsx$/iu.test(input) && command === "ny") return error(scbCliText.outNotXlsx(input));
  if (command === "befolkning" && dates.length === 0) return error(scbCliText.missingDates());
  if (command === "ny" && county === null) return error(scbCliText.missingCounty());
  if (dates.length > 0) {
    try {
      dates = checkDates(dates);
    } catch (failure) {
      if (failure instanceof ScbError) return error(failure.message);
      throw failure;
    }
  }
  return { kind: command, input, dates, county, out, json, replace, overwrite };
}

/** "--datum=2024-12-31" → ["--datum", "2024-12-31"]. */
function splitInline(arg: string): [string, string | null] {
  const at = arg.indexOf("=");
  return arg.startsWith("--") && at > 0 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg, null];
}
