// Every text a user sees (task pane, sheets, CLI, errors) is Swedish and comes from here.
// One file per area keeps parallel work apart; this index is the single import point.
export * from "./engine.ts";
