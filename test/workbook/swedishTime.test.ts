// Sweden's clock for what users read (a source line's date, a run's moment), in any machine time zone.
import { describe, expect, it } from "vitest";
import { swedishDate, swedishTime } from "../../src/workbook/swedishTime.ts";

describe("swedishDate and swedishTime", () => {
  it("give the day and minute on Sweden's clock, winter and summer time", () => {
    expect(swedishDate(new Date("2026-11-29T10:00:00Z"))).toBe("2026-11-29");
    expect(swedishTime("2026-01-15T09:30:00Z")).toBe("2026-01-15 10:30");
    expect(swedishTime("2026-07-01T09:30:00Z")).toBe("2026-07-01 11:30");
  });

  it("are on the next day in Sweden late in the evening UTC", () => {
    expect(swedishDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(swedishTime("2026-12-31T23:30:00Z")).toBe("2027-01-01 00:30");
  });

  it("leaves a text that is no timestamp as it is", () => {
    expect(swedishTime("okänd")).toBe("okänd");
  });
});
