// The in-memory Excel fake: typed against @types/office-js through src/excel/api.ts, usable by the
// Node tests and bundled into the browser test page (no Node APIs anywhere in this folder).
export { FakeWorkbook, type CellInput, type FormatInput } from "./workbook.ts";
export { FakeRequestContext, REQUEST_LIMIT_BYTES, type SyncRecord } from "./context.ts";
export { FakeExcelError, type CellState, type ChartState, type Scalar, type SeriesState } from "./state.ts";
export { dateSerial, exampleWorkbook } from "./exampleWorkbook.ts";
export { formatAddress, parseAddress, type Rect } from "./address.ts";
export { clearFailures, failAt } from "./failures.ts";
