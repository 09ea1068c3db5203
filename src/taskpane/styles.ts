// The task pane's layout: one column that works at Excel's narrowest pane (320 px).
export const taskpaneCss = `
html, body { margin: 0; padding: 0; }
.app { min-height: 100vh; box-sizing: border-box; }
main { padding: 12px; display: flex; flex-direction: column; gap: 12px; max-width: 640px; }
.app-title { font-size: 20px; font-weight: 600; margin: 0; }
/* Fluent's Divider as a plain rule (the same line, without its code in the bundle). */
.divider { width: 100%; margin: 0; border: 0; border-top: 1px solid var(--colorNeutralStroke2); }
.section { display: flex; flex-direction: column; gap: 8px; }
.section-title { font-size: 16px; font-weight: 600; margin: 0; }
.stack { display: flex; flex-direction: column; gap: 8px; }
.inputs { margin: 0; display: flex; flex-direction: column; gap: 8px; }
.inputs dd { margin: 0; display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
.range { font-family: monospace; }
.scenario-card { border: 1px solid var(--colorNeutralStroke1); border-radius: 6px; background: var(--colorNeutralBackground1); }
.scenario-card > summary { cursor: pointer; padding: 8px 10px; display: flex; flex-direction: column; gap: 2px; }
.scenario-card > summary:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 1px; }
.card-title { font-size: 14px; font-weight: 600; overflow-wrap: anywhere; }
.card-summary { font-size: 12px; color: var(--colorNeutralForeground3); }
.card-body { display: flex; flex-direction: column; gap: 8px; padding: 0 10px 10px; }
.card-actions { display: flex; gap: 4px; }
.problems { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.advanced { border-top: 1px solid var(--colorNeutralStroke2); padding-top: 6px; }
.advanced > summary { cursor: pointer; font-weight: 600; font-size: 13px; padding: 4px 0; }
.card-body-inner { display: flex; flex-direction: column; gap: 8px; padding-top: 4px; }
.calculate-bar { position: sticky; bottom: 0; z-index: 1; margin: 0 -12px -12px; padding: 8px 12px;
  background: var(--colorNeutralBackground1); border-top: 1px solid var(--colorNeutralStroke2); display: flex; }
.calculate-bar > button { flex: 1; }
.calculate-bar:has(.calculate-reason) { flex-direction: column; gap: 4px; }
.conflicts { margin: 4px 0; padding-left: 18px; }
.invoice { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; }
.summary ul { margin: 4px 0; padding-left: 18px; }
.self-check-results { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; font-size: 12px; }
.self-check-results li { display: grid; grid-template-columns: 6em 1fr; gap: 4px; }
.self-check-status { font-weight: 600; }
.self-check-results [data-status="failed"] .self-check-status { color: var(--colorPaletteRedForeground1); }
.footer-link { display: inline-block; margin-top: 8px; font-size: 12px; }
.self-check-text textarea { font-family: monospace; font-size: 11px; }
`;
