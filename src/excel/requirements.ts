// The Office.js requirement set the add-in needs, in one place: manifest.xml declares it
// (<Set Name="ExcelApi" MinVersion="…"/>), the build refuses a manifest that disagrees
// (scripts/addin-manifest.js reads this line), and test/manifest checks both.
// Keep the form `export const REQUIRED_EXCEL_API = "x.y";` — the build reads it as text.

/** The lowest ExcelApi requirement set the Office.js code uses. */
export const REQUIRED_EXCEL_API = "1.9";

/** The set that lets a batch merge into one undo step (RunOptions.mergeUndoGroup); used where supported. */
export const UNDO_GROUP_EXCEL_API = "1.20";
