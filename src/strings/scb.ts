// Swedish messages of the population fetch from SCB's Statistikdatabasen (PxWebApi 2).
const RETRY = "Försök igen om en stund, eller klistra in befolkningen från SCB:s webbplats för hand.";

export const scbText = {
  sourceLine: (tables: readonly string[], fetchedOn: string) =>
    `Källa: SCB, Statistikdatabasen ${tables.length === 1 ? "tabell" : "tabellerna"} ${tables.join(", ")}, hämtad ${fetchedOn}`,

  // What the user asked for
  notMonthEnd: (date: string) =>
    `${date} är inget månadsslut. SCB redovisar befolkningen den sista dagen i varje månad, t.ex. 2021-06-30 eller 2024-12-31.`,
  noDates: () => "Ange minst ett datum, t.ex. 2024-12-31.",
  tooManyDates: (count: number, max: number) => `${count} datum är för många; högst ${max} kan hämtas på en gång.`,
  unknownCounty: (input: string) => `”${input}” är inget län. Ange länskoden (t.ex. 20) eller namnet (t.ex. Dalarnas län).`,

  // The network and the answer
  offline: (origin: string) => `SCB (${origin}) svarar inte. Kontrollera nätverket. ${RETRY}`,
  timeout: (seconds: number) => `SCB svarade inte inom ${seconds} sekunder. ${RETRY}`,
  rateLimited: () => `SCB tar emot för många frågor just nu och svarade ”för många anrop” två gånger. ${RETRY}`,
  waitTooLong: (seconds: number) => `SCB ber oss vänta ${seconds} sekunder innan nästa fråga. ${RETRY}`,
  serverError: (status: number) => `SCB:s tjänst svarade med fel (HTTP ${status}). ${RETRY}`,
  requestRefused: (status: number, detail: string) =>
    `SCB avvisade frågan (HTTP ${status}${detail === "" ? "" : `: ${detail}`}). Tabellen kan ha ändrats; hämta befolkningen från SCB:s webbplats och klistra in den.`,
  malformed: (what: string) => `SCB:s svar på ${what} gick inte att läsa (inte giltig JSON-stat). ${RETRY}`,
  tooLarge: (what: string, limitMb: number) => `SCB:s svar på ${what} är större än ${limitMb} MB och läses inte.`,
  badConfig: () => "SCB:s gränser för anrop (/config) gick inte att läsa. Kontrollera adressen till SCB:s API.",
  tableChanged: (table: string, detail: string) =>
    `SCB:s tabell ${table} ser inte ut som väntat (${detail}). Hämta befolkningen från SCB:s webbplats och klistra in den.`,
  noTableForDate: (date: string, tables: readonly string[]) =>
    `SCB har ingen befolkning för ${date} ännu (sökt i ${tables.join(", ")}). Välj ett tidigare datum.`,
  municipalityNotInTable: (name: string, code: string, table: string) =>
    `${name} (${code}) finns inte i SCB:s tabell ${table}. Kommunindelningen kan ha ändrats; klistra in befolkningen för hand.`,
  missingMunicipality: (name: string, code: string, date: string) =>
    `SCB:s svar saknar ${name} (${code}) för ${date}. Inget har skrivits. ${RETRY}`,
  wrongPeriod: (asked: string, got: string) =>
    `SCB svarade med perioden ${got} när ${asked} efterfrågades. Inget har skrivits. ${RETRY}`,
  missingValue: (name: string, code: string, date: string, status: string) =>
    `SCB har inget värde för ${name} (${code}) ${date}${status === "" ? "" : ` (markerat ”${status}”)`}. Välj ett annat datum eller fyll i värdet för hand.`,
  notPopulation: (value: string, name: string, date: string) =>
    `SCB:s värde ${value} för ${name} ${date} är inget antal invånare. Inget har skrivits.`,
} as const;
