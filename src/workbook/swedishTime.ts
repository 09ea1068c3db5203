// Moments as a Swedish user reads them: on Sweden's clock (Europe/Stockholm, summer time included),
// whatever the computer's time zone. Pure: the moment is always passed in, never read from a clock.
const SWEDISH_DAY = { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" } as const;

/** "2026-11-29": the day in Sweden (a source line's "hämtad", a new workbook's date). */
export function swedishDate(time: Date): string {
  return new Intl.DateTimeFormat("sv-SE", SWEDISH_DAY).format(time);
}

/** "2026-01-15 10:30" in Swedish time, from an ISO timestamp (a run's moment); the text itself when it is none. */
export function swedishTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat("sv-SE", { ...SWEDISH_DAY, hour: "2-digit", minute: "2-digit" }).format(time);
}
