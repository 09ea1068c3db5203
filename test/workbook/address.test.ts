import { describe, expect, it } from "vitest";
import {
  MAX_COLUMNS,
  cellAddress,
  columnIndex,
  columnLetters,
  parseRangeAddress,
  quoteSheetName,
  rangeAddress,
  usedRectangle,
} from "../../src/workbook/address.ts";

describe("column letters", () => {
  it.each<[number, string]>([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%d ↔ %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  it("round-trips every column", () => {
    for (let i = 0; i < MAX_COLUMNS; i++) expect(columnIndex(columnLetters(i))).toBe(i);
  });

  it.each<[number]>([[-1], [16384], [1.5], [Number.NaN]])("columnLetters(%d) throws", (index) => {
    expect(() => columnLetters(index)).toThrow(RangeError);
  });

  it.each<[string]>([[""], ["XFE"], ["AAAA"], ["A1"], ["Ä"], [" A"]])("columnIndex(%j) throws", (letters) => {
    expect(() => columnIndex(letters)).toThrow(RangeError);
  });
});

describe("sheet names and cell addresses", () => {
  it.each<[string, string]>([
    ["Befolkning", "Befolkning"],
    ["Index", "Index"],
    ["Jämförelse", "Jämförelse"],
    ["Underlag_2", "Underlag_2"],
    ["Flerår – Nytt avtal", "'Flerår – Nytt avtal'"],
    ["Flerår – X", "'Flerår – X'"],
    ["Blad 1", "'Blad 1'"],
    ["2021", "'2021'"],
    ["1Blad", "'1Blad'"],
    ["A1", "'A1'"],
    ["xfd100", "'xfd100'"],
    ["R1C1", "'R1C1'"],
    ["R", "'R'"],
    ["c", "'c'"],
    ["RC", "'RC'"],
    ["TRUE", "'TRUE'"],
    ["Kim's", "'Kim''s'"],
    ["Data-2021", "'Data-2021'"],
    ["Blad.1", "'Blad.1'"],
    ["Rad", "Rad"],
    ["Col", "Col"],
  ])("%j → %s", (sheet, quoted) => {
    expect(quoteSheetName(sheet)).toBe(quoted);
  });

  it("rejects an empty sheet name", () => {
    expect(() => quoteSheetName("")).toThrow(RangeError);
  });

  it.each<[string | null, number, number, string]>([
    ["Befolkning", 6, 2, "Befolkning!C7"],
    ["Befolkning", 0, 0, "Befolkning!A1"],
    ["Flerår – Nytt avtal", 1, 1, "'Flerår – Nytt avtal'!B2"],
    ["Kim's", 0, 26, "'Kim''s'!AA1"],
    [null, 6, 2, "C7"],
    ["Blad1", 1_048_575, 16_383, "Blad1!XFD1048576"],
  ])("cellAddress(%j, %d, %d) → %s", (sheet, row, col, address) => {
    expect(cellAddress(sheet, row, col)).toBe(address);
  });

  it.each<[number, number]>([[-1, 0], [0, -1], [1_048_576, 0], [0, 16_384], [0.5, 0]])("cellAddress(…, %d, %d) throws", (row, col) => {
    expect(() => cellAddress("Befolkning", row, col)).toThrow(RangeError);
  });

  it("rangeAddress", () => {
    expect(rangeAddress("Befolkning", 0, 0, 16, 5)).toBe("Befolkning!A1:F17");
    expect(rangeAddress("Befolkning", 16, 5, 0, 0)).toBe("Befolkning!A1:F17");
    expect(rangeAddress("Flerår – X", 0, 0, 1, 1)).toBe("'Flerår – X'!A1:B2");
    expect(rangeAddress(null, 6, 2, 6, 2)).toBe("C7");
  });
});

describe("parseRangeAddress", () => {
  it.each<[string, string | null, number, number, number, number]>([
    ["Befolkning!A1:F17", "Befolkning", 0, 0, 16, 5],
    ["'Flerår – X'!A1:B2", "Flerår – X", 0, 0, 1, 1],
    ["'Flerår – Nytt avtal'!B2", "Flerår – Nytt avtal", 1, 1, 1, 1],
    ["'Kim''s'!AA1", "Kim's", 0, 26, 0, 26],
    ["=Befolkning!$A$1:$F$17", "Befolkning", 0, 0, 16, 5],
    ["  Befolkning!a1:f17 ", "Befolkning", 0, 0, 16, 5],
    ["Befolkning!F17:A1", "Befolkning", 0, 0, 16, 5],
    ["Befolkning!B17:E2", "Befolkning", 1, 1, 16, 4],
    ["Befolkning!C7", "Befolkning", 6, 2, 6, 2],
    ["Jämförelse!A1", "Jämförelse", 0, 0, 0, 0],
    ["A1:F17", null, 0, 0, 16, 5],
    ["C7", null, 6, 2, 6, 2],
    ["Blad1!XFD1048576", "Blad1", 1_048_575, 16_383, 1_048_575, 16_383],
    ["'Blad!1'!A1", "Blad!1", 0, 0, 0, 0],
  ])("%j", (text, sheet, startRow, startCol, endRow, endCol) => {
    expect(parseRangeAddress(text)).toEqual({ sheet, startRow, startCol, endRow, endCol });
  });

  it("round-trips with rangeAddress", () => {
    for (const sheet of ["Befolkning", "Flerår – Nytt avtal", "Kim's", "2021", "R1C1"]) {
      const text = rangeAddress(sheet, 2, 3, 40, 30);
      expect(parseRangeAddress(text)).toEqual({ sheet, startRow: 2, startCol: 3, endRow: 40, endCol: 30 });
    }
  });

  it.each<[string]>([
    [""],
    ["Befolkning"],
    ["Befolkning!"],
    ["!A1"],
    ["Befolkning!A0"],
    ["Befolkning!A1048577"],
    ["Befolkning!XFE1"],
    ["Befolkning!A:F"],
    ["Befolkning!1:17"],
    ["Befolkning!A1:"],
    ["Befolkning!A1:B2:C3"],
    ["'Flerår – X!A1"],
    ["'Flerår'X'!A1"],
    ["[Bok1]Befolkning!A1"],
    ["Befolkning!R1C1"],
    ["Befolkning!A1 B2"],
  ])("%j is not a range address", (text) => {
    expect(parseRangeAddress(text)).toBeNull();
  });
});

describe("usedRectangle", () => {
  it("trims blank rows and columns and reports the offsets", () => {
    const values = [
      [null, "", "   ", null],
      ["", "Kommun", 2021, ""],
      [undefined, "Avesta", 22986, "\u00A0"],
      ["", null, "", " "],
    ];
    expect(usedRectangle(values)).toEqual({
      rowOffset: 1,
      colOffset: 1,
      rowCount: 2,
      colCount: 2,
      values: [
        ["Kommun", 2021],
        ["Avesta", 22986],
      ],
    });
  });

  it("keeps blank cells and rows inside the used part", () => {
    const values = [
      ["Kommun", null, "2021"],
      [null, null, null],
      [null, "", 0],
    ];
    const used = usedRectangle(values);
    expect(used?.rowCount).toBe(3);
    expect(used?.colCount).toBe(3);
    expect(used?.values[1]).toEqual([null, null, null]);
    expect(used?.values[2]).toEqual([null, "", 0]);
  });

  it("counts 0 and false as values", () => {
    expect(usedRectangle([[null, 0]])).toMatchObject({ rowOffset: 0, colOffset: 1, rowCount: 1, colCount: 1 });
    expect(usedRectangle([[false]])).toMatchObject({ rowCount: 1, colCount: 1, values: [[false]] });
  });

  it("pads ragged rows with null", () => {
    const used = usedRectangle([[], ["", "a"], ["b", "c", "d"], [" "]]);
    expect(used).toEqual({
      rowOffset: 1,
      colOffset: 0,
      rowCount: 2,
      colCount: 3,
      values: [
        ["", "a", null],
        ["b", "c", "d"],
      ],
    });
  });

  it("lets callers report addresses of the original range", () => {
    const used = usedRectangle([
      [null, null, null],
      [null, null, "Befolkning"],
    ])!;
    expect(cellAddress("Befolkning", used.rowOffset + 0, used.colOffset + 0)).toBe("Befolkning!C2");
  });

  it.each<[unknown[][]]>([[[]], [[[]]], [[[null, "", " "], [undefined]]]])("returns null when all blank: %j", (values) => {
    expect(usedRectangle(values)).toBeNull();
  });
});
