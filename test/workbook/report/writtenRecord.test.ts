import { describe, expect, it } from "vitest";
import type { ReportSheet } from "../../../src/workbook/report/model.ts";
import { cellDigest, readRecord, recordSheet, typedCells } from "../../../src/workbook/report/writtenRecord.ts";

function sheet(name: string, rows: (string | number | null)[][]): ReportSheet {
  return {
    role: "schedule",
    name,
    scenario: null,
    rows: rows.map((row) => row.map((value) => ({ value }))),
    columnWidths: rows[0]!.map(() => 10),
    freezeRows: 0,
    chart: null,
    print: { orientation: "portrait", fitToPagesWide: 1 },
  };
}

/** The record as a reader gets it back: its cell values from A1. */
function readBack(record: ReportSheet) {
  return readRecord({ top: 0, left: 0, values: record.rows.map((row) => row.map((cell) => cell.value ?? "")) });
}

describe("cellDigest", () => {
  it("gives the same digest for a value as each reader reads it back", () => {
    expect(cellDigest(null)).toBe(cellDigest(""));
    expect(cellDigest(undefined)).toBe(cellDigest(null));
    // Excel keeps 15 significant digits.
    expect(cellDigest(0.1 + 0.2)).toBe(cellDigest(0.3));
    expect(cellDigest(0.123456789012345678)).toBe(cellDigest(0.123456789012346));
    // ExcelJS reads a date-formatted number as a Date of its serial number (1900 system).
    expect(cellDigest(new Date(Date.UTC(2021, 5, 30)))).toBe(cellDigest(44377));
  });

  it("tells text from numbers and different values apart", () => {
    expect(cellDigest("1")).not.toBe(cellDigest(1));
    expect(cellDigest(159_413)).not.toBe(cellDigest(159_414));
    expect(cellDigest("Avesta")).not.toBe(cellDigest("avesta"));
    expect(cellDigest(true)).not.toBe(cellDigest("true"));
    expect(cellDigest(0)).not.toBe(cellDigest(null));
    expect(cellDigest("x")).toMatch(/^[0-9a-v]{3}$/u);
  });
});

describe("the record sheet", () => {
  const report = [sheet("Jämförelse", [["Kommun", "Belopp"], ["Avesta", 159_413], [null, 1]]), sheet("Underlag", [["Tidpunkt"]])];

  it("has one column per result sheet: its name, then its row digests (three characters a cell) joined by ;", () => {
    const record = recordSheet(report, ["Jämförelse (2)", "Underlag"]);
    expect(record.role).toBe("record");
    expect(record.name).toBe("Samf_Minne");
    expect(record.rows).toHaveLength(2);
    expect(record.rows[0]!.map((cell) => cell.value)).toEqual(["Jämförelse (2)", "Underlag"]);
    expect(record.rows[1]![0]!.value).toMatch(/^[0-9a-v]{6};[0-9a-v]{6};[0-9a-v]{6}$/u);
    expect(record.rows[1]![1]!.value).toMatch(/^[0-9a-v]{3}$/u);
  });

  it("spreads a long sheet's digests over cells of at most 8 000 characters, never splitting a row", () => {
    const long = sheet("Underlag", Array.from({ length: 20_000 }, (_, r) => [r]));
    const record = recordSheet([report[0]!, long], ["Jämförelse", "Underlag"]);
    const cells = record.rows.slice(1).map((row) => row[1]!.value as string);
    expect(cells).toHaveLength(10);
    for (const cell of cells) expect(cell.length).toBeLessThanOrEqual(8_000);
    for (const cell of cells) expect(cell.split(";").every((digest) => digest.length === 3)).toBe(true);
    expect(record.rows[2]![0]!.value).toBeNull();
    const read = readBack(record).get("underlag")!;
    expect(read).toHaveLength(20_000);
    expect(typedCells(read, { top: 0, left: 0, values: Array.from({ length: 20_000 }, (_, r) => [r === 12_345 ? -1 : r]) })).toEqual(["A12346"]);
  });

  it("reads back by sheet name, ignoring case; a column that is no record is left out", () => {
    const record = recordSheet(report, ["Jämförelse", "Underlag"]);
    const read = readBack(record);
    expect([...read.keys()]).toEqual(["jämförelse", "underlag"]);
    expect(read.get("jämförelse")).toHaveLength(3);
    const edited = { top: 0, left: 0, values: [["Jämförelse", "Underlag"], ["xyz!", "abc"]] };
    expect([...readRecord(edited).keys()]).toEqual(["underlag"]);
    expect(readRecord({ ...edited, top: 1 }).size).toBe(0);
  });
});

describe("typedCells", () => {
  const report = [sheet("Jämförelse", [["Kommun", "Belopp"], ["Avesta", 159_413], [null, 1]])];
  const recorded = readBack(recordSheet(report, ["Jämförelse"])).get("jämförelse")!;
  const asWritten = () => [["Kommun", "Belopp"], ["Avesta", 159_413], ["", 1]] as unknown[][];

  it("finds nothing in the cells as written", () => {
    expect(typedCells(recorded, { top: 0, left: 0, values: asWritten() })).toEqual([]);
  });

  it("finds a value typed over, typed into an empty cell of the table, typed beside it, and one cleared", () => {
    const values = asWritten();
    values[1]![1] = 2_000_004;
    values[2]![0] = "Summa";
    values[0]![1] = "";
    values[0]![3] = "not";
    values.push([], [null, null, "långt ner"]);
    expect(typedCells(recorded, { top: 0, left: 0, values })).toEqual(["B1", "D1", "B2", "A3", "C5"]);
  });

  it("reads a grid that starts below or to the right of A1 (an empty first row or column)", () => {
    expect(typedCells(recorded, { top: 1, left: 1, values: [[159_413], [1]] })).toEqual(["A1", "B1", "A2"]);
    expect(typedCells(recorded, null)).toEqual(["A1", "B1", "A2", "B2", "B3"]);
  });
});
