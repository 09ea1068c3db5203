// Reference dates in column headers ("2021-06-30", "2021", "juni 2021", an Excel date), as ISO
// "YYYY-MM-DD" strings.
import { normalizeLabel } from "./labels.ts";

export type ParsedDate =
  | {
      readonly ok: true;
      /** ISO date, "YYYY-MM-DD". */
      readonly date: string;
      /**
       * What the cell gave: a day; a month ("juni 2021", "2021-06": its last day); a year ("2021",
       * 2021: 31 December).
       */
      readonly precision: "day" | "month" | "year";
    }
  | { readonly ok: false; readonly reason: "empty" | "notDate" };

/** Years accepted as a bare number or text; numbers outside are Excel date serials. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;
/** Serial of 9999-12-31, Excel's last date. */
const LAST_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2,
  mars: 3, mar: 3,
  april: 4, apr: 4,
  maj: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  augusti: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * Parses a date column header.
 *
 * - Text "2021-06-30" (a day), "2021-06" or SCB's "2021M06" (end of month), "2021" (31 December).
 * - Swedish text "juni 2021" or "jun. 2021" (end of month), "30 juni 2021" (a day); any case.
 * - A number 1900–2999 is a year (31 December); any other number ≥ 1 is an Excel date serial
 *   (44377 → 2021-06-30; serial 60, Excel's non-existent 1900-02-29, is rejected; a time of day in
 *   the fraction is ignored).
 * - A Date (as ExcelJS returns dates: midnight UTC) gives its UTC calendar day.
 */
export function parseDateHeader(cell: unknown): ParsedDate {
  if (cell === null || cell === undefined) return { ok: false, reason: "empty" };
  if (cell instanceof Date) {
    const time = cell.getTime();
    return Number.isNaN(time) ? notDate() : day(new Date(time));
  }
  if (typeof cell === "number") return parseNumberHeader(cell);
  if (typeof cell !== "string") return notDate();

  const text = cell.trim();
  if (text === "") return { ok: false, reason: "empty" };

  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/u.exec(text);
  if (iso !== null) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    return iso[3] === undefined ? monthEnd(year, month) : calendarDay(year, month, Number(iso[3]));
  }
  if (/^\d{4}$/u.test(text)) return yearEnd(Number(text));
  // SCB's month codes, as its tables head month columns: "2021M06".
  const scbMonth = /^(\d{4})M(\d{2})$/iu.exec(text);
  if (scbMonth !== null) return monthEnd(Number(scbMonth[1]), Number(scbMonth[2]));

  const words = /^(?:(\d{1,2})\.? )?([a-z]+)\.? (\d{4})$/u.exec(normalizeLabel(text));
  const month = words === null ? undefined : MONTHS[words[2]!];
  if (words !== null && month !== undefined) {
    const year = Number(words[3]);
    return words[1] === undefined ? monthEnd(year, month) : calendarDay(year, month, Number(words[1]));
  }
  return notDate();
}

/** The ISO date of an Excel date serial (1900 date system), or null for a serial that is no day. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  // Excel counts 1900-02-29 (serial 60), which never existed; later serials are one day ahead.
  if (whole < 1 || whole === 60 || whole > LAST_SERIAL) return null;
  const daysAfter18991231 = whole > 60 ? whole - 1 : whole;
  return isoOf(new Date(Date.UTC(1899, 11, 31) + daysAfter18991231 * DAY_MS));
}

/** The Excel date serial (1900 date system) of an ISO date, or null for an invalid date. */
export function isoDateToExcelSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (match === null) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidDay(year, month, dayOfMonth) || year < FIRST_YEAR) return null;
  const days = (Date.UTC(year, month - 1, dayOfMonth) - Date.UTC(1899, 11, 31)) / DAY_MS;
  return days >= 60 ? days + 1 : days;
}

function parseNumberHeader(value: number): ParsedDate {
  if (!Number.isFinite(value)) return notDate();
  if (value >= FIRST_YEAR && value <= LAST_YEAR) return Number.isInteger(value) ? yearEnd(value) : notDate();
  const iso = excelSerialToIsoDate(value);
  return iso === null ? notDate() : { ok: true, date: iso, precision: "day" };
}

function yearEnd(year: number): ParsedDate {
  return year >= FIRST_YEAR && year <= LAST_YEAR ? { ok: true, date: `${year}-12-31`, precision: "year" } : notDate();
}

function monthEnd(year: number, month: number): ParsedDate {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return notDate();
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { ok: true, date: iso(year, month, last), precision: "month" };
}

function calendarDay(year: number, month: number, dayOfMonth: number): ParsedDate {
  if (year < FIRST_YEAR || year > LAST_YEAR || !isValidDay(year, month, dayOfMonth)) return notDate();
  return { ok: true, date: iso(year, month, dayOfMonth), precision: "day" };
}

function day(date: Date): ParsedDate {
  return { ok: true, date: isoOf(date), precision: "day" };
}

function isValidDay(year: number, month: number, dayOfMonth: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
}

function isoOf(date: Date): string {
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function iso(year: number, month: number, dayOfMonth: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
}

function notDate(): ParsedDate {
  return { ok: false, reason: "notDate" };
}
