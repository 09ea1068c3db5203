// The sizes the add-in and the command line accept, each checked where the input arrives and met
// with a message (src/strings/workbook.ts). `npm run bench` measures time and memory at each limit.

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
 * The size of a result sheet. The largest real one, Underlag for all 290 municipalities with a few
 * scenarios and a decade, lists some 12 000 rows of exact shares; past these limits the run stops
 * with a message before anything is written (and a re-run's comparison with the record stays small).
 */
export const MAX_RESULT_ROWS = 50_000;
export const MAX_RESULT_COLUMNS = 300;

/**
 * Cells beyond what the add-in wrote into a result sheet that a re-run reads to list the user's
 * values there one by one; with more (a note far down the sheet) they are only mentioned.
 */
export const MAX_EXTRA_CHECKED_CELLS = 20_000;

/** Cells the user typed into a result sheet that a warning names one by one; the rest are counted. */
export const MAX_LISTED_CELLS = 10;
