// Loaded into the built task pane page (after office.js, before the bundle) by the browser tests:
// puts the in-memory Excel fake holding the example workbook where the task pane looks for Excel,
// and the fake's failure injection where a test can reach it.
import { FakeWorkbook, exampleWorkbook, failAt } from "../fakes/excel/index.ts";

// "?tom" opens an empty workbook (the start view's test), else the example.
const workbook = new URLSearchParams(location.search).has("tom") ? FakeWorkbook.fromSheets({ Blad1: [] }) : exampleWorkbook();
Object.assign(window, { Excel: workbook, samfFake: workbook, samfFailAt: failAt });
