// "Kontrollera Excel": runs every kind of Excel call the add-in makes on a temporary sheet and
// temporary names, reads each back, removes everything it made (also when a step fails) and reports.
//
// Every request waits for a cell edit (RunOptions.delayForCellEdit), as all of the add-in's do.
// Syncs: the read the task pane starts with (readWorkbook's own); then the set-up (1) and, as the
// real write does, one request that queues every write (1) and reads it back (1); the undo group in
// requests of its own (3); then the clean-up (2).
// When a request fails, Office.js cannot say which of the capabilities in it failed and later ones
// never ran, so each capability is run again on its own fresh temporary sheet — slower, but the report
// names the capability, gives Excel's error for it, and every other capability still runs.
import { REQUIRED_EXCEL_API } from "../requirements.ts";
import type { ExcelApi } from "../api.ts";
import { readWorkbook } from "../readWorkbook.ts";
import { selfCheckText } from "../../strings/selfCheck.ts";
import { sheetKey } from "../../workbook/report/placement.ts";
import { ownerName } from "../../workbook/report/ownership.ts";
import { deleteSheet } from "../writeResults.ts";
import { writeSheet } from "../writeSheet.ts";
import { CAPABILITIES, CHECK_TOKEN, type Capability, type ReadBack, type Scratch } from "./capabilities.ts";
import { CAPABILITY_IDS, excelFailure, type CapabilityId, type CapabilityOutcome, type SelfCheckEnvironment, type SelfCheckReport } from "./model.ts";
import { sampleReport } from "./sampleReport.ts";

/** Every temporary sheet and name starts with this (no owner name of the add-in does). */
export const TEMPORARY_PREFIX = "Samf_Kontroll_";

/** As every request of the add-in: wait while the user edits a cell rather than fail. */
const WAIT_FOR_EDIT = { delayForCellEdit: true } as const;

/** The ExcelApi sets of the two steps outside CAPABILITIES. */
const READ_REQUIREMENT = "1.7";
const CLEANUP_REQUIREMENT = "1.4";

export async function runSelfCheck(excel: ExcelApi, environment: SelfCheckEnvironment): Promise<SelfCheckReport> {
  const outcomes = new Map<CapabilityId, CapabilityOutcome>();
  const supported = (requirement: string) => environment.isSetSupported("ExcelApi", requirement) !== false;

  // 1. The read the task pane does first, on the user's own workbook (nothing is written).
  const taken = new Set<string>();
  try {
    const reading = await excel.run(WAIT_FOR_EDIT, (context) => readWorkbook(context));
    for (const item of [...reading.sheets, ...reading.names]) taken.add(sheetKey(item.name));
    outcomes.set("read", { status: "passed", detail: selfCheckText.detail.read(reading.sheets.length, reading.names.length) });
  } catch (error) {
    outcomes.set("read", { status: "failed", error: excelFailure(error), mismatch: null });
  }

  const base = temporaryName(taken);
  const made = new Set<string>();
  const runnable = CAPABILITIES.filter((capability) => supported(capability.requirement));
  for (const capability of CAPABILITIES) if (!runnable.includes(capability)) outcomes.set(capability.id, { status: "unsupported" });
  try {
    // 2. All capabilities in one request, as the real write; on an error, each on its own. Those
    //    with run options of their own (the undo group) always run on their own.
    let together: Map<CapabilityId, ReadBack> | null = null;
    try {
      together = await runCapabilities(excel, base, runnable.filter((capability) => capability.runOptions === undefined), made);
    } catch {
      together = null;
    }
    for (const [i, capability] of runnable.entries()) {
      let result = together?.get(capability.id);
      if (result === undefined) {
        try {
          result = (await runCapabilities(excel, `${base}_${i + 1}`, [capability], made)).get(capability.id)!;
        } catch (error) {
          outcomes.set(capability.id, { status: "failed", error: excelFailure(error), mismatch: null });
          continue;
        }
      }
      outcomes.set(capability.id, result.ok ? { status: "passed", detail: result.detail } : { status: "failed", error: null, mismatch: result.mismatch });
    }
  } finally {
    // 3. Whatever happened above.
    outcomes.set("cleanup", await cleanUp(excel, made));
  }

  const requirement = (id: CapabilityId) =>
    id === "read" ? READ_REQUIREMENT : id === "cleanup" ? CLEANUP_REQUIREMENT : CAPABILITIES.find((c) => c.id === id)!.requirement;
  const versions = [...new Set([...CAPABILITY_IDS.map(requirement), REQUIRED_EXCEL_API])].sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]));
  const diagnostics = environment.diagnostics;
  return {
    checkedAt: environment.now().toISOString(),
    addinVersion: environment.addinVersion,
    manifestRequirement: `ExcelApi ${REQUIRED_EXCEL_API}`,
    host: diagnostics?.host ?? null,
    platform: diagnostics?.platform ?? null,
    officeVersion: diagnostics?.version ?? null,
    requirementSets: versions.map((version) => ({ name: `ExcelApi ${version}`, supported: environment.isSetSupported("ExcelApi", version) })),
    capabilities: CAPABILITY_IDS.map((id) => ({ id, requirement: `ExcelApi ${requirement(id)}`, outcome: outcomes.get(id)! })),
  };
}

/** A sheet name (≤ 31 characters, also usable inside a workbook name) that the workbook does not have. */
function temporaryName(taken: ReadonlySet<string>): string {
  for (;;) {
    const name = `${TEMPORARY_PREFIX}${Math.floor(Math.random() * 0x1000000).toString(16).padStart(6, "0")}`;
    if (!taken.has(sheetKey(name)) && ![...taken].some((key) => key.startsWith(sheetKey(name)))) return name;
  }
}

function scratchNames(sheetName: string): Scratch["names"] {
  return { single: `${sheetName}_Namn`, multiArea: `${sheetName}_Flera`, missing: `${sheetName}_Saknas`, owner: ownerName(CHECK_TOKEN, "comparison", sheetName) };
}

/**
 * The set-up request adds the temporary sheets (the one "newSheet" renames under its temporary name)
 * and writes the sheet "inPlace" rewrites; the next request queues the capabilities' calls, with
 * their run options, and reads them back. Throws Excel's error when any request fails.
 */
async function runCapabilities(excel: ExcelApi, sheetName: string, capabilities: readonly Capability[], made: Set<string>): Promise<Map<CapabilityId, ReadBack>> {
  const names = scratchNames(sheetName);
  const renamed = capabilities.some((capability) => capability.id === "newSheet");
  const firstName = renamed ? `${sheetName}_ny` : sheetName;
  const rewrittenName = capabilities.some((capability) => capability.rewrites) ? `${sheetName}_om` : null;
  const report = sampleReport(sheetName);
  for (const name of [sheetName, firstName, rewrittenName ?? sheetName, names.single, names.multiArea, names.owner]) made.add(name);
  await excel.run(WAIT_FOR_EDIT, async (context) => {
    context.workbook.worksheets.add(firstName);
    if (rewrittenName !== null) writeSheet(context.workbook.worksheets.add(rewrittenName), report, rewrittenName);
    await context.sync();
  });
  const options = capabilities.find((capability) => capability.runOptions !== undefined)?.runOptions ?? {};
  return excel.run({ ...WAIT_FOR_EDIT, ...options }, async (context) => {
    const { worksheets } = context.workbook;
    const scratch: Scratch = {
      context,
      sheet: worksheets.getItem(firstName),
      sheetName,
      rewritten: rewrittenName === null ? null : { sheet: worksheets.getItem(rewrittenName), name: rewrittenName },
      report,
      names,
    };
    for (const capability of capabilities) capability.queue(scratch);
    await context.sync();
    const judges = capabilities.map((capability) => [capability.id, capability.readBack(scratch)] as const);
    await context.sync();
    return new Map(judges.map(([id, judge]) => [id, judge()]));
  });
}

/** Deletes every temporary name, then every temporary sheet, and confirms that none is left. */
async function cleanUp(excel: ExcelApi, made: ReadonlySet<string>): Promise<CapabilityOutcome> {
  try {
    return await excel.run(WAIT_FOR_EDIT, async (context) => {
      const { worksheets, names } = context.workbook;
      // Every temporary thing is looked up both as a sheet and as a name: the names are the sheets' names + a suffix.
      const lookUp = () => [...made].map((name) => ({ name, sheet: worksheets.getItemOrNullObject(name), item: names.getItemOrNullObject(name) }));
      const found = lookUp();
      await context.sync();
      // Names first: a name on a deleted sheet would stay behind as #REF!.
      for (const { item } of found) if (!item.isNullObject) item.delete();
      // A temporary sheet may be very hidden ("record"), which Excel refuses to delete.
      for (const { sheet } of found) if (!sheet.isNullObject) deleteSheet(sheet, true);
      const left = lookUp();
      await context.sync();
      const remaining = left.filter(({ sheet, item }) => !sheet.isNullObject || !item.isNullObject).map(({ name }) => name);
      return remaining.length === 0
        ? { status: "passed", detail: null }
        : { status: "failed", error: null, mismatch: selfCheckText.mismatch.leftBehind(remaining.join(", ")) };
    });
  } catch (error) {
    return { status: "failed", error: excelFailure(error), mismatch: null };
  }
}
