// Loaded into the built task pane page (after office.js, before the bundle) by the browser tests:
// puts the in-memory Excel fake holding the example workbook where the task pane looks for Excel.
import { exampleWorkbook } from "../fakes/excel/index.ts";

const workbook = exampleWorkbook();
Object.assign(window, { Excel: workbook, samfFake: workbook });
