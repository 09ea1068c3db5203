// The sizes the add-in and the command line accept, each checked where the input arrives and met
// with a message (src/strings/workbook.ts). `npm run bench` measures time and memory at each limit.
import { rangeAddress } from "./address.ts";

/**
 * Rows and columns read per input range. The largest real input is SCB's population of all 290
 * municipalities with a few dozen dates; the limits leave room for far more while keeping a read
 * within a second and well below Office.js's 5 MB response limit.
 */
export const MAX_INPUT_ROWS = 5_000;
export const MAX_INPUT_COLUMNS = 200;

/** Excel's own limit on the characters of a cell (Excel specifications and limits). */
export const MAX_CELL_CHARS = 32_767;

/** Significant digits of a number read exactly: well within the engine's 60 (src/engine/decimal.ts), so products of several inputs stay exact. */
export const MAX_SIGNIFICANT_DIGITS = 20;

/**
 * Characters of a name that the result sheets show in headers and sheet names: a scenario, an index
 * series, a key column, another party. Longer text is no name, and would make those cells too long.
 */
export const MAX_NAME_CHARS = 255;

/** Errors listed one by one; the rest are counted in one line. */
export const MAX_LISTED_ERRORS = 50;

/** Input files read by the command line (an .xlsx of the largest accepted inputs is a few MB). */
export const MAX_INPUT_FILE_BYTES = 100 * 1024 * 1024;

/**
 * The unpacked size of a workbook the command line loads. ExcelJS holds every cell of every sheet in
 * memory: the inputs at their limits unpack to about 30 MB and peak near 0.5 GB.
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** Whether a rectangle of rows × columns may be read as an input range. */
export function withinInputLimits(rows: number, columns: number): boolean {
  return rows <= MAX_INPUT_ROWS && columns <= MAX_INPUT_COLUMNS;
}

/**
 * The part of a result sheet of ours that a re-run compares with what it wrote there: far beyond the
 * largest result sheet (Underlag for all 290 municipalities lists some 12 000 rows). Cells beyond it
 * are the user's; they are counted, not compared one by one, and the read stays small.
 */
export const MAX_CHECKED_RESULT_ROWS = 50_000;
export const MAX_CHECKED_RESULT_COLUMNS = 300;
/** That area as an address (A1:…). */
export const CHECKED_AREA = rangeAddress(null, 0, 0, MAX_CHECKED_RESULT_ROWS - 1, MAX_CHECKED_RESULT_COLUMNS - 1);

/** Cells the user typed into a result sheet that a warning names one by one; the rest are counted. */
export const MAX_LISTED_CELLS = 10;
