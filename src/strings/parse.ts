// Swedish messages for the input sheets Befolkning, Index and Scenarier. No addresses: the problem
// list puts "Sheet!A1: " in front.
const list = (items: readonly string[]) => items.join(", ");

export const parseText = {
  // Whole sheets
  missingPopulationSheet: () =>
    "Bladet Befolkning saknas. Lägg till det (se mallen) eller markera befolkningstabellen och välj Använd markering.",
  missingScenarioSheet: () =>
    "Bladet Scenarier saknas. Lägg till det (se mallen) eller markera scenariotabellen och välj Använd markering.",
  missingIndexSheet: (scenario: string, series: string) =>
    `Scenariot ${scenario} räknar upp med ${series}, men bladet Index saknas. Lägg till bladet Index eller välj Indexserie Ingen.`,
  emptySheet: (sheet: string) => `Bladet ${sheet} är tomt. Fyll i tabellen enligt mallen.`,

  // Befolkning
  noPopulationHeader: () =>
    "Hittar ingen rubrikrad. Första raden ska ha Kommun (eller Kommunkod) och ett datum per befolkningskolumn, t.ex. 2021-06-30.",
  noPopulationColumns: () =>
    "Det finns ingen befolkningskolumn. Ge varje befolkningskolumn ett datum som rubrik, t.ex. 2021-06-30 eller 2021 (31 december).",
  duplicateDateColumn: (date: string) => `Datumet ${date} finns i två kolumner. Ta bort den ena.`,
  duplicateKeyColumn: (header: string) => `Kolumnen ${header} finns två gånger. Ge kolumnerna olika rubriker.`,
  headerlessColumn: () => "Kolumnen har värden men ingen rubrik. Skriv ett datum eller ett namn som rubrik.",
  duplicateMunicipality: (name: string, firstRow: number) =>
    `${name} finns redan på rad ${firstRow}. Ta bort den ena raden.`,
  codeNameMismatch: (code: string, codeName: string, name: string) =>
    `Kommunkoden ${code} är ${codeName}, men namnet är ”${name}”. Rätta koden eller namnet.`,
  noMunicipalities: () => "Tabellen har inga kommuner. Fyll i en rad per kommun under rubrikraden.",
  negativeValue: (value: string) => `${value} är negativt. Befolkning och nyckeltal kan inte vara negativa.`,
  fractionalPopulation: (value: string) => `${value} är inget heltal. Befolkning anges i hela invånare.`,
  percentInPopulation: (value: string) => `${value} är en procentsats. Skriv antalet invånare.`,
  totalMismatch: (stated: string, computed: string) =>
    `Summaraden säger ${stated}, men kommunerna summerar till ${computed}. Rätta summan eller ta bort summaraden.`,
  countyMismatch: (county: string, stated: string, computed: string) =>
    `Raden ${county} säger ${stated}, men länets kommuner i tabellen summerar till ${computed}. Rätta värdet, lägg till de kommuner som saknas eller ta bort raden.`,
  countyNoise: (county: string, date: string, stated: string, computed: string, difference: string) =>
    `Raden ${county} säger ${stated} för ${date}, men kommunerna summerar till ${computed} (skillnad ${difference}). Från 2025 lägger SCB avsiktligt brus på befolkningssiffrorna, så länets summa behöver inte stämma; fördelningen räknar med kommunraderna.`,
  countryRowSkipped: () => "Raden Riket läses inte; fördelningen räknar med kommunraderna.",
  notesSkipped: (count: number, first: string) =>
    `${count === 1 ? "Raden" : `${count} rader`} med text (”${first}”${count === 1 ? "" : " …"}) läses inte som kommuner.`,
  rowsAfterTotal: () => "Raderna under summaraden läses inte. Flytta dem ovanför summaraden om de ska räknas med.",
  missingPopulation: (name: string, date: string, scenario: string, year: number) =>
    `${name} saknar befolkning för ${date}, som scenariot ${scenario} använder för ${year}. Fyll i värdet.`,
  missingKeyValue: (name: string, column: string, scenario: string) =>
    `${name} saknar värde i kolumnen ${column}, som scenariot ${scenario} fördelar efter. Fyll i värdet.`,

  // Index
  noIndexHeader: () => "Hittar ingen rubrikrad med År. Första raden ska ha År och en kolumn per indexserie, t.ex. LPI.",
  noIndexSeries: () => "Det finns ingen indexserie. Lägg till en kolumn med seriens namn som rubrik, t.ex. LPI.",
  duplicateSeries: (name: string) => `Indexserien ${name} finns två gånger. Ge kolumnerna olika namn.`,
  invalidYear: (value: string) => `”${value}” är inget årtal. Skriv året med fyra siffror, t.ex. 2024.`,
  duplicateYear: (year: number, firstRow: number) => `År ${year} finns redan på rad ${firstRow}. Ta bort den ena raden.`,
  ambiguousPercent: (value: string, asPercent: string) =>
    `${value} är tvetydigt: menar du ${asPercent} %? Skriv förändringen i procentenheter (t.ex. 3,1) eller formatera cellen som procent.`,
  percentLevel: (series: string) =>
    `${series} är en nivåserie men cellen är i procent. Skriv indexnivån (t.ex. 103,1) utan procentformat, eller ta bort ”nivå” ur rubriken om värdena är förändringar.`,
  changeTooLow: (value: string) => `En förändring på ${value} % går inte att räkna med (−100 % eller lägre). Kontrollera värdet.`,
  levelNotPositive: (value: string) => `Indexnivån ${value} måste vara större än noll.`,
  percentTypedAsWhole: (shown: string, meant: string) =>
    `Cellen visar ${shown} % – en årlig förändring som inget index har. Menade du ${meant} %? Skriv ${meant} % i cellen (med procenttecknet) eller ${meant} i en cell utan procentformat.`,
  largeChange: (value: string) => `En årlig förändring på ${value} % är ovanligt stor. Kontrollera att värdet är i procent.`,
  invalidStatus: (value: string) => `”${value}” är ingen status. Skriv Prognos eller Utfall.`,
  statusMissing: (series: string, years: string) =>
    `Status saknas för ${series} ${years}. Värdena behandlas som prognoser; skriv Prognos eller Utfall i en kolumn Status (för alla serier) eller Status ${series}.`,
  missingIndexYear: (series: string, year: number, scenario: string) =>
    `${series} saknar värde för ${year}, som scenariot ${scenario} behöver. Lägg till värdet för ${year} på bladet Index.`,

  // Scenarier
  noScenarios: () => "Det finns inga scenarier. Skriv scenariots namn i första raden, ett scenario per kolumn.",
  unnamedScenario: () => "Kolumnen har värden men inget scenarionamn i första raden. Skriv ett namn.",
  duplicateScenario: (name: string) => `Det finns redan ett scenario som heter ${name}. Ge scenarierna olika namn.`,
  unknownParameter: (label: string, known: readonly string[]) =>
    `Okänd parameter ”${label}”; raden läses inte. Kända parametrar: ${list(known)}.`,
  duplicateParameter: (label: string, firstRow: number) => `Parametern ${label} finns redan på rad ${firstRow}. Ta bort den ena raden.`,
  missingParameter: (label: string, scenario: string) => `${label} saknas för scenariot ${scenario}. Fyll i värdet.`,
  missingParameterRow: (label: string) => `Raden ${label} saknas. Lägg till den (se mallen).`,
  costBothWays: () =>
    "Ange antingen Kostnad per tjänst (med Antal tjänster) eller Årskostnad – inte båda. Töm den ena.",
  costMissing: (scenario: string) =>
    `Kostnaden saknas för scenariot ${scenario}. Fyll i Antal tjänster och Kostnad per tjänst, eller Årskostnad.`,
  positionsWithoutCost: () => "Antal tjänster är ifyllt men Kostnad per tjänst saknas. Fyll i kostnaden per tjänst.",
  costWithoutPositions: () => "Kostnad per tjänst är ifylld men Antal tjänster saknas. Fyll i antalet tjänster.",
  notPositive: (label: string) => `${label} måste vara större än noll.`,
  percentForAmount: (label: string) => `${label} är ett belopp i kronor, inte en procentsats. Skriv t.ex. 1 000 000.`,
  amountTooLarge: (label: string, max: string) => `${label} är större än ${max} kr, vilket inte kan vara rätt. Kontrollera beloppet.`,
  ambiguousShare: (value: string, asPercent: string) =>
    `${value} är tvetydigt: menar du ${asPercent} %? Skriv andelen med procenttecken (t.ex. 50 %) eller formatera cellen som procent.`,
  tooMany: (label: string, max: number) => `${label} kan vara högst ${max}.`,
  periodTooLong: (first: number, last: number, max: number) =>
    `Perioden ${first}–${last} är längre än ${max} år. Kontrollera första och sista år.`,
  notNonNegative: (label: string) => `${label} kan inte vara negativ.`,
  notWholeNumber: (label: string, value: string) => `${label} måste vara ett heltal (nu ${value}).`,
  notYear: (label: string, value: string) => `${label} måste vara ett år med fyra siffror, t.ex. 2023 (nu ”${value}”).`,
  firstAfterLast: (first: number, last: number) => `Första år (${first}) ligger efter sista år (${last}). Ändra åren.`,
  baseAfterFirst: (base: number, first: number) =>
    `Basåret (${base}) ligger efter första år (${first}). Basåret är året kostnaden avser och får inte vara senare än första år.`,
  shareOutOfRange: (value: string) => `Regionens andel ${value} ligger utanför 0–100 %. Skriv t.ex. 50 %.`,
  sharesAboveWhole: (total: string) => `Regionens och övriga parters andelar är tillsammans ${total} %, mer än 100 %. Minska andelarna.`,
  invalidOtherParties: (value: string) =>
    `”${value}” går inte att läsa som parter. Skriv namn och andel, t.ex. Polisen 20 %; Högskolan 5 %.`,
  unknownChoice: (label: string, value: string, choices: readonly string[]) =>
    `”${value}” är inget giltigt värde för ${label}. Välj ${list(choices)}.`,
  unknownIndexSeries: (value: string, known: readonly string[]) =>
    `Indexserien ${value} finns inte på bladet Index` + (known.length > 0 ? ` (där finns ${list(known)}).` : ".") +
    " Skriv en serie som finns, eller Ingen.",
  invalidKey: (value: string) =>
    `”${value}” är ingen fördelningsnyckel. Skriv Befolkning, Lika delar, Fast belopp + befolkning, Kolumn: <rubrik> eller Viktad: 70 % befolkning, 30 % lika delar.`,
  unknownKeyColumn: (column: string, known: readonly string[]) =>
    `Kolumnen ${column} finns inte på bladet Befolkning` + (known.length > 0 ? ` (där finns ${list(known)}).` : ".") +
    " Lägg till kolumnen eller välj en annan nyckel.",
  fixedAmountMissing: () => "Fördelningsnyckeln Fast belopp + befolkning behöver Fast belopp per kommun. Fyll i beloppet.",
  fixedAmountUnused: () => "Fast belopp per kommun används bara med nyckeln Fast belopp + befolkning och läses inte här.",
  invalidPopulationDate: (value: string) =>
    `”${value}” går inte att läsa. Skriv Senaste före året, ett datum som 2021-06-30, eller per år: 2023: 2021-06-30; 2024: 2023-12-31.`,
  unknownPopulationDate: (date: string, known: readonly string[]) =>
    `Befolkning för ${date} finns inte på bladet Befolkning (där finns ${list(known)}). Välj ett av dem eller lägg till kolumnen.`,
  noPopulationBefore: (year: number, scenario: string, known: readonly string[]) =>
    `Scenariot ${scenario} behöver befolkning från före ${year}, men bladet Befolkning har bara ${list(known)}. Lägg till en äldre kolumn eller ange datum under Befolkning avser.`,
  blendNotWhole: (total: string) =>
    `Vikterna i den viktade nyckeln är tillsammans ${total} %, inte 100 %. Ändra dem så att de blir 100 % tillsammans.`,
  populationYearOutside: (year: number, first: number, last: number) =>
    `År ${year} under Befolkning avser ligger utanför scenariots år ${first}–${last}. Rätta årtalet.`,
  populationYearTwice: (year: number) => `År ${year} står två gånger under Befolkning avser. Ta bort det ena.`,
  legacyRounding: (scenario: string) =>
    `Scenariot ${scenario} avrundar varje rad för sig. Raderna summerar då inte alltid till totalen; skillnaden visas som avrundningsdifferens.`,
  tooManyParticipants: (count: number, all: number) =>
    `Listan har ${count} namn, men Sverige har bara ${all} kommuner. Skriv kommunerna åtskilda med komma, t.ex. ”Avesta, Borlänge”, eller ”Alla utom …”.`,
  unknownParticipant: (name: string, suggestions: readonly string[]) =>
    `Okänd kommun ”${name}” bland deltagande kommuner.` + (suggestions.length > 0 ? ` Menade du ${suggestions.join(" eller ")}?` : ""),
  participantNotInData: (name: string) =>
    `${name} är deltagande kommun men finns inte på bladet Befolkning. Lägg till kommunen där eller ta bort den ur listan.`,
  noParticipantsLeft: () => "Listan lämnar inga deltagande kommuner. Ange minst en kommun.",
  comparisonYearOutside: (year: number, first: number, last: number) =>
    `Jämförelseåret ${year} ligger utanför scenariots år ${first}–${last}. Välj ett år inom perioden.`,
  onlyOneScenario: () => "Det finns bara ett scenario, så ingen jämförelse görs. Lägg till ett scenario till för bladet Jämförelse.",
  severalCounties: (counties: readonly string[]) =>
    `Kommunerna hör till flera län (${list(counties)}). Regionens namn sätts till ”Regionen”; kontrollera att det är avsikten.`,
} as const;
