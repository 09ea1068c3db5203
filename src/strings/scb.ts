// Swedish messages of the population fetch from SCB's Statistikdatabasen (PxWebApi 2).
const RETRY = "Försök igen om en stund, eller klistra in befolkningen från SCB:s webbplats för hand.";

export const scbText = {
  sourceLine: (tables: readonly string[], fetchedOn: string) =>
    `Källa: SCB, Statistikdatabasen ${tables.length === 1 ? "tabell" : "tabellerna"} ${tables.join(", ")}, hämtad ${fetchedOn}`,

  // Where the figures go
  occupied: (cell: string, value: string) =>
    `${cell} har redan ett värde (${value}) men ligger utanför området som befolkningen läses från, så inget har skrivits. Markera hela tabellen, välj Använd markering vid Befolkning och hämta igen.`,

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

/** The command line's `befolkning` and `ny`. */
export const scbCliText = {
  usage: (command: "befolkning" | "ny") =>
    (command === "befolkning"
      ? [
          "Användning: samfinansiering befolkning <arbetsbok.xlsx> --datum 2024-12-31[,2025-06-30…] [--län <kod|namn>] [--out <fil.xlsx>] [--skriv-över] [--json] [--ersätt]",
          "",
          "Hämtar befolkningen för kommunerna på bladet Befolkning från SCB:s statistikdatabas och skriver en",
          "kopia av arbetsboken med en ny kolumn per datum och en källrad under tabellen. Arbetsboken du anger ändras aldrig.",
          "",
          "  --datum <datum>   31 december eller sista dagen i en månad; flera med komma, semikolon eller mellanslag emellan",
          "  --län <kod|namn>  länet (t.ex. 20 eller Dalarnas län), om bladet Befolkning saknas",
          "  --out <fil.xlsx>  var kopian skrivs (standard: <namn>-befolkning.xlsx bredvid arbetsboken)",
          "  --skriv-över      ersätt utfilen även om den inte är en Excel-arbetsbok (.xlsx)",
          "  --ersätt          ersätt befolkningssiffror som redan finns och skiljer sig från SCB:s",
          "  --json            skriv de hämtade siffrorna som JSON på standard ut",
        ]
      : [
          "Användning: samfinansiering ny <arbetsbok.xlsx> --län <kod|namn> [--datum 2024-12-31[,…]] [--json]",
          "",
          "Skapar en ny arbetsbok med bladen Instruktioner, Befolkning (länets kommuner), Index och Scenarier.",
          "Med --datum hämtas befolkningen från SCB i samma steg. En fil som redan finns skrivs aldrig över.",
        ]
    ).concat(["", "SCB:s adress kan ändras med miljövariabeln SAMF_SCB_URL (t.ex. en proxy).", "Slutkoder: 0 klart, 1 fel i indata eller hämtningen (inget skrivs), 2 fel i anropet eller filen."]).join("\n"),
  missingDates: () => "Ange datum med --datum, t.ex. --datum 2024-12-31.",
  missingCounty: () => "Ange länet med --län, t.ex. --län 20 eller --län \"Dalarnas län\".",
  unknownCounty: (input: string) => `”${input}” är inget län. Ange länskoden (t.ex. 20) eller namnet (t.ex. Dalarnas län).`,
  outNotXlsx: (path: string) => `Filen ${path} ska sluta på .xlsx.`,
  unknownOption: (option: string) => `Okänt val: ${option}.`,
  tooManyInputs: (extra: string) => `Bara en arbetsbok åt gången (${extra} är en till).`,
  missingWorkbook: () => "Ange arbetsboken, t.ex. samfinansiering befolkning budget.xlsx --datum 2024-12-31.",
  fileExists: (path: string) => `${path} finns redan och skrivs inte över. Välj ett annat filnamn.`,
  noPopulationSheet: () => "Bladet Befolkning saknas. Ange länet med --län så skapas det, eller skapa arbetsboken med samfinansiering ny.",
  noMunicipalities: (sheet: string) => `Bladet ${sheet} har inga kommuner. Skriv en kommun per rad under rubrikerna Kommunkod och Kommun.`,
  otherCounty: (county: string, sheet: string) => `--län ${county} stämmer inte med kommunerna på bladet ${sheet}. Ta bort --län eller välj rätt län.`,
  fetching: (count: number, dates: readonly string[]) => `Hämtar befolkningen för ${count} kommuner (${dates.join(", ")}) från SCB …`,
  conflicts: (count: number) =>
    `${count === 1 ? "En siffra" : `${count} siffror`} på bladet skiljer sig från SCB:s. Inget har skrivits. Kör igen med --ersätt för att ersätta dem.`,
  conflict: (cell: string, municipality: string, date: string, old: string, fetched: string) => `${cell}: ${municipality} ${date} är ${old}, SCB har ${fetched}.`,
  replaced: (count: number) => `${count === 1 ? "En siffra" : `${count} siffror`} ersattes med SCB:s.`,
  unchanged: (dates: readonly string[]) => `Befolkningen för ${dates.join(", ")} finns redan med samma siffror.`,
  nothingToDo: () => "Inget att göra: bladet har redan SCB:s siffror för alla datum. Ingen fil skrevs.",
  written: (path: string, dates: readonly string[]) => `Skrev ${path} med befolkningen för ${dates.join(", ")}.`,
  created: (path: string, sheets: readonly string[]) => `Skapade ${path} med bladen ${sheets.join(", ")}.`,
  calls: (calls: number, cells: number) => `${calls} anrop till SCB, ${cells} dataceller.`,
} as const;

/** The task pane's "Hämta befolkning från SCB" and start view. */
export const scbPaneText = {
  fetchHeading: "Hämta befolkning från SCB",
  datesLabel: "Datum",
  datesHint: "31 december eller sista dagen i en månad, t.ex. 2024-12-31, 2021-06-30",
  fetchButton: "Hämta befolkning från SCB",
  fetching: "Hämtar från SCB …",
  noPopulationSheet: "Bladet Befolkning saknas. Skapa indatabladen först.",
  noMunicipalities: (sheet: string) => `Bladet ${sheet} har inga kommuner att hämta befolkning för.`,
  written: (dates: readonly string[]) => `Befolkningen för ${dates.join(", ")} är hämtad från SCB och skriven på bladet Befolkning.`,
  nothingToDo: "Bladet har redan SCB:s siffror för alla datum. Inget ändrades.",
  conflictsHeading: (count: number) => `${count === 1 ? "En siffra" : `${count} siffror`} på bladet skiljer sig från SCB:s. Inget har ändrats.`,
  conflict: (cell: string, municipality: string, date: string, old: string, fetched: string) => `${cell} ${municipality} ${date}: ${old} → ${fetched}`,
  replaceButton: (count: number) => `Ersätt ${count === 1 ? "siffran" : `${count} siffror`} med SCB:s`,
  keepButton: "Behåll bladets siffror",
  startIntro: "Arbetsboken saknar indatabladen. Välj län så skapas Befolkning (länets kommuner), Index, Scenarier och Instruktioner.",
  countyLabel: "Län",
  fetchToo: "Hämta befolkningen från SCB i samma steg",
  createButton: "Skapa indatablad",
  creating: "Skapar bladen …",
  created: (sheets: readonly string[]) => `Skapade ${sheets.join(", ")}.`,
  existing: (sheets: readonly string[]) => `${sheets.join(", ")} fanns redan och lämnades orörda.`,
} as const;
