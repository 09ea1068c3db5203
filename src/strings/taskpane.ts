// Swedish texts of the task pane.

/** What to do when Excel refuses a request the way it does while several sheet tabs are grouped. */
const GROUPED_TABS =
  "Är flera bladflikar markerade samtidigt (det står [Grupp] i namnlisten)? Högerklicka då på en av dem och välj Dela upp blad.";

export const taskpaneText = {
  title: "Samfinansiering",
  loading: "Läser arbetsboken …",
  inputs: {
    heading: "Indata",
    population: "Befolkning",
    index: "Index",
    scenarios: "Scenarier",
    notFound: "Hittades inte. Fyll i bladet enligt mallen eller markera området och välj Använd markering.",
    useSelection: "Använd markering",
    useSelectionFor: (what: string) => `Använd markeringen som ${what.toLowerCase()}`,
    stored: (what: string, address: string) => `${what} läses nu från ${address}.`,
    populationSummary: (municipalities: number, dates: readonly string[]) =>
      `${municipalities} kommuner, befolkning ${dates.length === 1 ? dates[0] : `${dates[0]} … ${dates[dates.length - 1]}`}`,
    seriesSummary: (name: string, first: number, last: number, forecasts: number) =>
      `${name} ${first}–${last}${forecasts > 0 ? `, ${forecasts} ${forecasts === 1 ? "prognos" : "prognoser"}` : ""}`,
    scenarioSummary: (count: number) => `${count} ${count === 1 ? "scenario" : "scenarier"}`,
  },
  scenarios: {
    heading: "Scenarier",
    /** The header of the label column of a Scenarier sheet the task pane creates (as the template's). */
    parameterHeader: "Parameter",
    none: "Det finns inga scenarier ännu.",
    add: "Lägg till scenario",
    newName: (n: number) => `Scenario ${n}`,
    copyName: (name: string) => `${name} (kopia)`,
    name: "Namn",
    duplicate: "Duplicera",
    remove: "Ta bort",
    removeLabel: (name: string) => `Ta bort scenariot ${name}`,
    confirmRemove: "Bekräfta: ta bort",
    confirmRemoveLabel: (name: string) => `Bekräfta att scenariot ${name} och dess kolumn på bladet Scenarier tas bort`,
    duplicateLabel: (name: string) => `Duplicera scenariot ${name}`,
    cardLabel: (name: string) => `Scenario ${name}`,
    invalidAmount: "Skriv ett belopp i kronor, t.ex. 1 000 000.",
    invalidPercent: "Skriv en andel i procent, t.ex. 50 %.",
    none_: "Ingen",
    keyChoices: { population: "Befolkning", equal: "Lika delar", fixed: "Fast belopp + befolkning" },
    columnKey: (column: string) => `Kolumn: ${column}`,
    latestBefore: "Senaste före året",
    fromBase: "Från basår",
    chained: "Kedjad",
    exact: "Exakt summa",
    eachRow: "Varje rad",
    noUprating: "ingen uppräkning",
    advanced: "Avancerat",
    increment: (field: string) => `Öka ${field}`,
    decrement: (field: string) => `Minska ${field}`,
    participantsHint: "Alla, en lista (Avesta, Borlänge …) eller Alla utom Gagnef",
    otherPartiesHint: "T.ex. Polisen 20 %; Högskolan 5 %",
  },
  startHeading: "Kom igång",
  calculate: {
    heading: "Beräkna",
    needs: (missing: readonly string[]) => `Beräkna behöver ${missing.join(" och ")}.`,
    needPopulation: "bladet Befolkning",
    needPopulationFigures: "befolkningssiffror (hämta dem från SCB under Indata)",
    needScenarios: "minst ett scenario",
    button: "Beräkna",
    running: "Beräknar …",
    done: "Klart. Resultatbladen är skrivna.",
    firstYearTotal: (name: string, year: number, total: string) => `${name}, ${year}: ${total} kr`,
    regionChange: (region: string, change: string) => `${region}: ${change} kr`,
    municipalitiesChange: (change: string) => `Kommunerna tillsammans: ${change} kr`,
    invoiceHeading: "Fakturaunderlag",
    invoiceYear: "År",
    invoiceButton: "Skriv fakturaunderlag",
    invoiceHint: "Bladet Fakturaunderlag <år> listar varje kommuns belopp och fakturatext för året.",
    invoiceYearMissing: "Skriv ett år med fyra siffror, t.ex. 2024.",
    invoiceYearOutside: (year: number, years: readonly number[]) =>
      `Inget scenario räknar år ${year}. Välj ett av åren ${years.join(", ")}.`,
    changeHeading: "Förändring från första till andra scenariot",
    failed: "Beräkningen stoppades av felen under Problem. Inget har skrivits.",
    workbookProtected:
      "Arbetsbokens struktur är skyddad, så resultatbladen kan inte läggas till eller tas bort. Ta bort skyddet (Granska › Skydda arbetsbok) och välj Beräkna igen.",
    writtenHeading: "Skrivna blad (klicka för att gå dit):",
    goToSheet: (sheet: string) => `Gå till bladet ${sheet}`,
    removed: (sheets: readonly string[]) => `Tog bort ${sheets.join(", ")}: scenariot finns inte längre.`,
    sheetNameTaken: (sheets: readonly string[]) =>
      `Ett blad som tillägget inte kan se, till exempel ett diagramblad, heter redan ${sheets.map((sheet) => `”${sheet}”`).join(", ")}. Byt namn på det bladet och välj Beräkna igen. Inget nytt blad har lagts till.`,
    resultSheetProtected: (sheet: string) =>
      `Resultatbladet ”${sheet}” är skyddat, så det kan inte skrivas om. Ta bort skyddet (Granska › Ta bort skydd för blad) och välj Beräkna igen. Inget har skrivits.`,
    /** Excel on the web refused the write request for its size (5 MB): Excel sends nothing of it. */
    writeTooLarge:
      "Resultatet är för stort för att skrivas i ett svep i Excel på webben (högst 5 MB per anrop). Minska antalet scenarier, år eller deltagande kommuner, eller beräkna i Excel för Windows eller Mac. Inget har skrivits.",
    writeFailed: (reason: string, maybeGroupedTabs = false) =>
      `Excel avbröt skrivningen av resultatbladen (${reason}).${maybeGroupedTabs ? ` ${GROUPED_TABS}` : ""} Välj Beräkna igen: det som hann skrivas görs då klart eller tas bort.`,
  },
  excel: {
    selectionSeveralAreas:
      "Markeringen består av flera områden. Markera ett enda sammanhängande område (utan Ctrl) och välj Använd markering igen.",
    selectionNotRange:
      "Det som är markerat är inte celler (t.ex. ett diagram eller en form). Klicka i en cell, markera tabellen och välj Använd markering igen.",
    sheetProtected: (sheet: string) =>
      `Bladet ”${sheet}” är skyddat, så det kan inte ändras. Ta bort skyddet (Granska › Ta bort skydd för blad) och försök igen. Inget har ändrats.`,
    refused: (code: string) => `Excel avvisade tilläggets begäran (${code}). ${GROUPED_TABS} Försök sedan igen. Inget har ändrats.`,
    structureProtected:
      "Arbetsbokens struktur är skyddad, så bladet Scenarier kan inte läggas till. Ta bort skyddet (Granska › Skydda arbetsbok) och försök igen.",
  },
  problems: {
    heading: "Problem",
    none: "Inga problem.",
    error: "Fel",
    warning: "Varning",
    goToCell: "Gå till cell",
    goToCellLabel: (address: string) => `Gå till cell ${address}`,
    count: (errors: number, warnings: number) => `${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}`,
    unlisted: (count: number) => `… och ${count} till, som inte visas. Rätta dem ovan först; ofta har flera samma orsak.`,
  },
  onDemand: {
    loading: "Laddar …",
    failed: "Den här delen av tillägget kunde inte laddas. Kontrollera nätverksanslutningen och välj Försök igen.",
    retry: "Försök igen",
  },
  unexpected: (message: string) => `Något gick fel: ${message}`,
  footer: "Felsökning",
  checkPage: "Kontrollsidan (för den som installerar tillägget)",
  needsExcel: "Tillägget behöver Excel med stöd för ExcelApi 1.9 (Microsoft 365, Excel 2021 eller senare, Excel på webben).",
} as const;
