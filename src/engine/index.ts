// The allocation engine: pure (no Office, DOM, file or clock access) and exact (no binary floats).
export * from "./apportion.ts";
export * from "./allocation.ts";
export * from "./comparison.ts";
export * from "./decimal.ts";
export * from "./errors.ts";
export * from "./indexation.ts";
export * from "./keys.ts";
export * from "./scenario.ts";
export * from "./years.ts";
