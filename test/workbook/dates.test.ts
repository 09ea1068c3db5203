import { describe, expect, it } from "vitest";
import { excelSerialToIsoDate, isoDateToExcelSerial, parseDateHeader } from "../../src/workbook/dates.ts";

function parsed(cell: unknown): string {
  const result = parseDateHeader(cell);
  return result.ok ? `${result.date} ${result.precision}` : result.reason;
}

describe("parseDateHeader", () => {
  it.each<[unknown, string]>([
    // ISO text
    ["2021-06-30", "2021-06-30 day"],
    [" 2021-06-30 ", "2021-06-30 day"],
    ["2024-02-29", "2024-02-29 day"],
    ["2021-6-3", "2021-06-03 day"],
    ["2021-06", "2021-06-30 month"],
    ["2024-02", "2024-02-29 month"],
    ["2023-02", "2023-02-28 month"],
    // a year means 31 December
    ["2021", "2021-12-31 year"],
    [" 2026 ", "2026-12-31 year"],
    [2021, "2021-12-31 year"],
    [1900, "1900-12-31 year"],
    [2999, "2999-12-31 year"],
    // Excel date serials
    [44377, "2021-06-30 day"],
    [44561, "2021-12-31 day"],
    [45657, "2024-12-31 day"],
    [44377.75, "2021-06-30 day"],
    [1, "1900-01-01 day"],
    [59, "1900-02-28 day"],
    [61, "1900-03-01 day"],
    [2958465, "9999-12-31 day"],
    // JS dates as ExcelJS returns them (midnight UTC)
    [new Date(Date.UTC(2021, 5, 30)), "2021-06-30 day"],
    [new Date("2019-12-31T00:00:00.000Z"), "2019-12-31 day"],
    // Swedish text
    ["juni 2021", "2021-06-30 month"],
    ["Juni 2021", "2021-06-30 month"],
    ["JUNI 2021", "2021-06-30 month"],
    ["jun 2021", "2021-06-30 month"],
    ["jun. 2021", "2021-06-30 month"],
    ["februari 2024", "2024-02-29 month"],
    ["feb 2023", "2023-02-28 month"],
    ["mars 2022", "2022-03-31 month"],
    ["maj 2022", "2022-05-31 month"],
    ["sept 2022", "2022-09-30 month"],
    ["okt 2022", "2022-10-31 month"],
    ["december 2021", "2021-12-31 month"],
    ["30 juni 2021", "2021-06-30 day"],
    ["31 dec 2021", "2021-12-31 day"],
    ["1 januari 2022", "2022-01-01 day"],
    ["31 december\u00A02021", "2021-12-31 day"],
  ])("%j → %s", (cell, expected) => {
    expect(parsed(cell)).toBe(expected);
  });

  it.each<[unknown]>([
    ["2021-02-30"],
    ["2021-13-01"],
    ["2021-00-10"],
    ["2021-06-31"],
    ["2021-13"],
    ["30 juni"],
    ["31 juni 2021"],
    ["juno 2021"],
    ["Befolkning"],
    ["Summa"],
    ["1899"],
    ["0999"],
    ["3000"],
    ["21"],
    ["2021-06-30 12:00"],
    ["30/06/2021"],
    ["06/30/2021"],
    ["30.06.2021"],
    ["2021.5"],
    [2021.5],
    [0],
    [-1],
    [60],
    [0.5],
    [2958466],
    [Number.NaN],
    [Infinity],
    [new Date(Number.NaN)],
    [true],
    [{}],
  ])("%j is not a date", (cell) => {
    expect(parsed(cell)).toBe("notDate");
  });

  it.each<[unknown]>([[null], [undefined], [""], ["  "]])("%j is empty", (cell) => {
    expect(parsed(cell)).toBe("empty");
  });
});

describe("Excel date serials", () => {
  it.each<[number, string]>([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [36526, "2000-01-01"],
    [44377, "2021-06-30"],
    [44562, "2022-01-01"],
  ])("%d ↔ %s", (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso);
    expect(isoDateToExcelSerial(iso)).toBe(serial);
  });

  it("rejects serial 60 (1900-02-29, which Excel counts but never existed) and out-of-range serials", () => {
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(0)).toBeNull();
    expect(excelSerialToIsoDate(2958466)).toBeNull();
    expect(excelSerialToIsoDate(Number.NaN)).toBeNull();
  });

  it("rejects invalid ISO dates", () => {
    expect(isoDateToExcelSerial("2021-02-30")).toBeNull();
    expect(isoDateToExcelSerial("1899-12-31")).toBeNull();
    expect(isoDateToExcelSerial("2021-6-30")).toBeNull();
  });

  it("round-trips every day of 2020–2030", () => {
    for (let serial = 43831; serial <= 47849; serial++) {
      const iso = excelSerialToIsoDate(serial);
      expect(iso).not.toBeNull();
      expect(isoDateToExcelSerial(iso!)).toBe(serial);
    }
  });
});
