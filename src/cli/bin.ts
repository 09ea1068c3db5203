// Entry point of the `samfinansiering` command: the real process, clock and version.
import packageJson from "../../package.json" with { type: "json" };
import { cliText } from "../strings/cli.ts";
import { removeTemporariesOnSignal } from "../xlsx/temporaryFiles.ts";
import { main } from "./main.ts";

removeTemporariesOnSignal();

const io = {
  stdout: (text: string) => process.stdout.write(`${text}\n`),
  stderr: (text: string) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
  version: packageJson.version,
  env: process.env,
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.stderr(cliText.unexpected(error instanceof Error ? error.message : String(error)));
    process.exitCode = 2;
  },
);
