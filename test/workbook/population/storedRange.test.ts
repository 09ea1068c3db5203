// Which stored name the population update widens, and to what: only one range on the table's sheet
// that held the whole table; the source line below the table is not the table.
import { describe, expect, it } from "vitest";
import { absoluteReference, tableGrowth, widenedRange } from "../../../src/workbook/population/storedRange.ts";
import { populationLayout, type CellWrite } from "../../../src/workbook/population/update.ts";
import type { SheetGrid } from "../../../src/workbook/grid.ts";

// Title in row 1, header in row 3 (B3:D3), two municipalities and a total: the table is B3:D6.
const grid: SheetGrid = {
  sheet: "Mina data", top: 0, left: 1, formats: [],
  values: [
    ["Befolkning", null, null],
    [null, null, null],
    ["Kommun", 44196, 44561],
    ["Avesta", 22986, 22900],
    ["Borlänge", 52460, 52500],
    ["Summa", 75446, 75400],
  ],
};
const layout = populationLayout(grid)!;
const newDate: CellWrite[] = [{ row: 2, col: 4, value: 45657 }, { row: 3, col: 4, value: 23000 }, { row: 5, col: 4, value: 75000 }];
const sourceLine: CellWrite = { row: 7, col: 1, value: "Källa: SCB" };

describe("tableGrowth and widenedRange", () => {
  it("grows the table by the new date column, not by the source line below it", () => {
    const growth = tableGrowth("Mina data", layout, [...newDate, sourceLine])!;
    expect(growth.before).toEqual({ startRow: 2, startCol: 1, endRow: 5, endCol: 3 });
    expect(growth.after).toEqual({ startRow: 2, startCol: 1, endRow: 5, endCol: 4 });
    expect(tableGrowth("Mina data", layout, [{ row: 3, col: 2, value: 1 }, sourceLine])).toBeNull();
  });

  it("widens a name that held the whole table, with its title row, and keeps the sheet's quoting", () => {
    const growth = tableGrowth("Mina data", layout, newDate)!;
    const widened = widenedRange("='Mina data'!$B$1:$D$6", growth)!;
    expect(widened).toEqual({ startRow: 0, startCol: 1, endRow: 5, endCol: 4 });
    expect(absoluteReference("Mina data", widened)).toBe("'Mina data'!$B$1:$E$6");
    expect(widenedRange("'MINA DATA'!$B$3:$D$6", growth)).toEqual({ startRow: 2, startCol: 1, endRow: 5, endCol: 4 });
  });

  it("leaves a name on part of the table, on another sheet, of several areas, or already wide enough", () => {
    const growth = tableGrowth("Mina data", layout, newDate)!;
    expect(widenedRange("'Mina data'!$B$3:$C$6", growth)).toBeNull();
    expect(widenedRange("'Mina data'!$B$4:$D$6", growth)).toBeNull();
    expect(widenedRange("Befolkning!$B$1:$D$6", growth)).toBeNull();
    expect(widenedRange("'Mina data'!$B$1:$D$6,'Mina data'!$H$1", growth)).toBeNull();
    expect(widenedRange("#REF!", growth)).toBeNull();
    expect(widenedRange("'Mina data'!$A$1:$Z$100", growth)).toBeNull();
  });
});
