// The self-check's report as data ("Kontrollera Excel"): where it ran, which requirement sets that
// Excel supports, and one outcome per capability. Turned into Swedish text by src/strings/selfCheck.ts.

/** The kinds of Excel call the add-in makes, in the order the check runs them. */
export const CAPABILITY_IDS = [
  "read",
  "newSheet",
  "values",
  "numberFormats",
  "fonts",
  "sizes",
  "freeze",
  "print",
  "chart",
  "names",
  "missingName",
  "multiAreaName",
  "ownerMarker",
  "inPlace",
  "record",
  "undoGroup",
  "cleanup",
] as const;
export type CapabilityId = (typeof CAPABILITY_IDS)[number];

/** Excel's own account of a failed call (OfficeExtension.Error and its debugInfo). */
export interface ExcelFailure {
  code: string;
  message: string;
  /** debugInfo.errorLocation: the object and member ("PageLayout.zoom"). */
  errorLocation: string | null;
  /** debugInfo.statement and surroundingStatements, when Excel gives them. */
  statement: string | null;
  surroundingStatements: string[];
}

export type CapabilityOutcome =
  | { status: "passed"; detail: string | null }
  /** Excel refused a call (`error`), or what was read back differs from what was written (`mismatch`). */
  | { status: "failed"; error: ExcelFailure | null; mismatch: string | null }
  /** Not run: its requirement set is not supported. */
  | { status: "unsupported" };

export interface CapabilityResult {
  id: CapabilityId;
  /** "ExcelApi 1.9" */
  requirement: string;
  outcome: CapabilityOutcome;
}

export interface SelfCheckReport {
  /** When the check ran (ISO 8601). */
  checkedAt: string;
  addinVersion: string;
  /** The requirement set the manifest declares ("ExcelApi 1.9"). */
  manifestRequirement: string;
  /** Office.context.diagnostics, or null outside Office. */
  host: string | null;
  platform: string | null;
  officeVersion: string | null;
  /** Every ExcelApi set the add-in uses, and whether this Excel supports it (null: unknown). */
  requirementSets: { name: string; supported: boolean | null }[];
  capabilities: CapabilityResult[];
}

/** What the check asks of its surroundings: Office's diagnostics and requirement sets, the add-in's version. */
export interface SelfCheckEnvironment {
  now: () => Date;
  addinVersion: string;
  diagnostics: { host: string; platform: string; version: string } | null;
  /** Office.context.requirements.isSetSupported; null when it cannot be asked (outside Office). */
  isSetSupported(name: string, version: string): boolean | null;
}

/** An error thrown by Excel.run or sync as the report shows it (any thrown value is accepted). */
export function excelFailure(error: unknown): ExcelFailure {
  const record = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
    debugInfo?: { errorLocation?: unknown; statement?: unknown; surroundingStatements?: unknown };
  };
  const debug = record.debugInfo ?? {};
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
  return {
    code: text(record.code) ?? text(record.name) ?? "Error",
    message: text(record.message) ?? String(error),
    errorLocation: text(debug.errorLocation),
    statement: text(debug.statement),
    surroundingStatements: Array.isArray(debug.surroundingStatements) ? debug.surroundingStatements.filter((s): s is string => typeof s === "string") : [],
  };
}
