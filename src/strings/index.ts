// Every text a user sees (task pane, sheets, CLI, errors) is Swedish and comes from here.
// One file per area keeps the texts near in size to what they serve; this index is the single import point.
export * from "./cli.ts";
export * from "./engine.ts";
export * from "./parse.ts";
export * from "./report.ts";
export * from "./workbook.ts";
export * from "./xlsx.ts";
export * from "./taskpane.ts";
export * from "./selfCheck.ts";
