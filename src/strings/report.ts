// Swedish texts of the result sheets (Jämförelse, Flerår – <scenario>, Underlag): titles, headers,
// labels and notes. Numbers arrive already formatted in Swedish ("1 000 000", "3,1 %").

/** "A", "A och B", "A, B och C". */
function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** A change in kronor for the memo's sentence: the amount without sign, and in thousands, roughly. */
export type MemoChange = { kind: "none" } | { kind: "increase" | "decrease"; amount: string; approx: string };

const memoChangeWord = { increase: "kostnadsökning", decrease: "kostnadsminskning" } as const;

export const reportText = {
  // Sheet names (made valid and unique by sheetName).
  comparisonSheet: "Jämförelse",
  scheduleSheet: (scenario: string) => `Flerår – ${scenario}`,
  /** When the scenarios' names, cut to fit, cannot tell their sheets apart: by position on Scenarier. */
  scheduleSheetNumbered: (position: number) => `Flerår ${position}`,
  distributionSheet: "Fördelning",
  invoiceSheet: (year: number) => `Fakturaunderlag ${year}`,
  auditSheet: "Underlag",
  /** The very hidden sheet of what the add-in wrote (src/workbook/report/writtenRecord.ts). */
  recordSheet: "Samf_Minne",
  /** The comment on a result sheet's owner name (Namnhanteraren): the area written, ending the text. */
  ownerComment: (area: string) => `Samfinansiering: resultatblad, skrivet område ${area}`,
  /** Used when a desired sheet name has nothing left after cleaning. */
  sheetFallback: "Blad",

  // Printed pages' footer (Excel's codes: &P the page, &N the number of pages).
  footerPage: "Sida &P av &N",
  footerRun: (time: string) => `Beräknad ${time}`,

  // Shared labels.
  none: "–",
  municipalitiesTotal: "Summa kommuner",
  total: "Totalt",
  roundingDifference: "Avrundningsdifferens",
  statusLower: { prognos: "prognos", utfall: "utfall" },
  statusLabel: { prognos: "Prognos", utfall: "Utfall" },
  kr: (amount: string) => `${amount} kr`,
  percent: (value: string) => `${value} %`,

  // Jämförelse.
  comparisonTitle: (a: string, yearA: number, b: string, yearB: number) => `Jämförelse: ${a} ${yearA} mot ${b} ${yearB}`,
  municipality: "Kommun",
  population: "Befolkning",
  populationOn: (date: string) => `Befolkning ${date}`,
  allocationKey: "Fördelningsnyckel",
  scenarioYear: (scenario: string, year: number) => `${scenario} ${year}`,
  differenceKr: "Skillnad kr",
  differencePercent: "Skillnad %",
  chartTitle: (a: string, yearA: number, b: string, yearB: number) => `Kostnad per kommun: ${a} ${yearA} mot ${b} ${yearB}`,
  /** A key column when A and B are split by different keys, dates or participants. */
  keyOfScenario: (key: string, scenario: string) => `${key} – ${scenario}`,
  /** In an amount column: the municipality takes no part in that scenario (it pays nothing, not 0 kr of a share). */
  notParticipating: "deltar ej",
  memoSection: "Text till tjänsteskrivelsen",
  /** "För Region Dalarna medför Nytt avtal (4 tjänster) en kostnadsökning om 774 465 kr (ca 770 tkr) per år jämfört med Nuvarande avtal (3 tjänster) 2022." */
  memoFixedParty: (party: string, b: string, change: MemoChange, a: string, yearA: number) =>
    change.kind === "none"
      ? `För ${party} medför ${b} ingen kostnadsförändring jämfört med ${a} ${yearA}.`
      : `För ${party} medför ${b} en ${memoChangeWord[change.kind]} om ${change.amount} kr (ca ${change.approx} tkr) per år jämfört med ${a} ${yearA}.`,
  memoMunicipalities: (change: MemoChange) =>
    change.kind === "none"
      ? "För kommunerna tillsammans är kostnaden oförändrad"
      : `För kommunerna tillsammans blir det en ${memoChangeWord[change.kind]} om ${change.amount} kr (ca ${change.approx} tkr)`,
  /** Continues memoMunicipalities: "…; per kommun från 18 235 kr (Vansbro) till 160 467 kr (Falun)." */
  memoRange: (lowest: string, lowestName: string, highest: string, highestName: string) =>
    `; per kommun från ${lowest} kr (${lowestName}) till ${highest} kr (${highestName}).`,
  memoEnd: ".",
  memoJoining: (names: readonly string[], scenario: string) => `${andList(names)} deltar bara i ${scenario}.`,
  roundingPhrase: {
    "largest-remainder": "största rest – raderna summerar exakt till totalen",
    "round-each":
      "varje rad avrundad för sig (äldre metod) – raderna summerar inte alltid till totalen, skillnaden visas som avrundningsdifferens",
  },
  roundingNote: (phrase: string) => `Avrundning: ${phrase}.`,
  roundingNoteFor: (scenario: string, phrase: string) => `Avrundning för ${scenario}: ${phrase}.`,
  roundingUnitNote: (scenario: string, unit: string) => `${scenario}: beloppen är avrundade till hela ${unit} kr.`,
  roundingDifferenceExplained: (scenario: string, year: number, difference: string, rowsMoreThanTotal: boolean) =>
    `${scenario} ${year}: raderna är avrundade var för sig och summerar därför inte till totalen – ` +
    `summan av raderna är ${difference} kr ${rowsMoreThanTotal ? "högre" : "lägre"} än totalen.`,
  forecastsNote: (values: readonly string[]) => `Prognoser (inte utfall) bland indexvärdena: ${values.join("; ")}.`,
  populationDateNote: (scenario: string, year: number, date: string) =>
    `${scenario} ${year} är fördelat efter befolkningen ${date}.`,

  // Fördelning (one scenario, its first year).
  distributionTitle: (scenario: string, year: number) => `${scenario}: fördelning ${year}`,
  shareOfMunicipalities: "Andel av kommunernas del",
  amountInYear: (year: number) => `Belopp ${year} (kr)`,

  // Fakturaunderlag <år>.
  invoiceTitle: (year: number, scenario: string) => `Fakturaunderlag ${year}: ${scenario}`,
  theRegion: "regionen",
  invoiceIntro: (region: string) =>
    `Enligt avtalet (p. 8) fakturerar ${region} varje kommun årligen dess andel av årets kostnad.`,
  invoiceTotal: (year: number, total: string, index: string) => `Årets kostnad ${year}: ${total} kr (uppräkning: ${index}).`,
  invoicePool: (share: string, pool: string, populationDate: string) =>
    `Kommunerna betalar tillsammans ${share} av kostnaden, ${pool} kr, fördelat efter befolkningen ${populationDate}.`,
  invoiceText: "Fakturatext",
  invoiceLine: (scenario: string, year: number, share: string, populationDate: string, total: string, index: string) =>
    `${scenario} ${year} enligt avtal p. 8: ${share} av kommunernas del (befolkning ${populationDate}) av årets kostnad ${total} kr (${index}).`,
  invoiceForecastWarning: (values: readonly string[]) =>
    `Obs! Årets kostnad bygger på prognos (${values.join("; ")}), inte utfall. Beloppen kan behöva justeras när utfallet är känt.`,
  invoiceRoundingDifference: (difference: string) =>
    `Raderna är avrundade var för sig (äldre metod); deras summa avviker från kommunernas del med ${difference} kr.`,
  noUprating: "ingen uppräkning",

  // Flerår – <scenario>.
  scheduleTitle: (scenario: string, firstYear: number, lastYear: number, extensionYears: number) =>
    `${scenario}: fördelning per år ${firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`}` +
    (extensionYears > 0 ? `, med förlängning till och med ${lastYear + extensionYears}` : ""),
  party: "Part",
  yearHeader: (year: number) => String(year),
  extensionYear: (year: number) => `${year} (förlängning)`,
  /** The sum of the agreement period's years, extension years not included. */
  periodTotal: (firstYear: number, lastYear: number) => `Summa ${firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`}`,
  indexFactor: "Indexfaktor från basår",
  populationRefers: "Befolkning avser",
  indexValues: "Indexvärden",
  /** "LPI 2024 3,1 % (prognos)". */
  indexValue: (series: string, year: number, value: string, status: string) => `${series} ${year} ${value} (${status})`,
  costPositionsNote: (positions: string, perPosition: string, baseYear: number) =>
    `Kostnad: ${positions} tjänster × ${perPosition} kr, basår ${baseYear}.`,
  costAnnualNote: (amount: string, baseYear: number) => `Kostnad: ${amount} kr per år, basår ${baseYear}.`,
  indexationNote: (series: string, lag: number, method: string) =>
    `Uppräkning: ${series}, eftersläpning ${lag} år, ${method.toLowerCase()}.`,
  noIndexationNote: "Uppräkning: ingen – samma belopp varje år.",
  sharesNote: (fixedParties: readonly string[], municipalities: string) =>
    `Fördelning: ${andList([...fixedParties, municipalities])}.`,
  partyShare: (party: string, percent: string) => `${party} ${percent}`,
  municipalitiesShare: (percent: string, key: string) => `kommunerna gemensamt ${percent} fördelat efter ${key}`,

  // Scenario parameters, as the Scenarier sheet names them.
  indexationMethod: { "from-base": "Från basår", chained: "Kedjad på föregående års avrundade belopp" },
  roundingMethod: { "largest-remainder": "Exakt summa (största rest)", "round-each": "Varje rad (äldre metod)" },
  noIndexSeries: "Ingen",
  keyPopulation: "befolkning",
  keyEqual: "lika delar",
  keyColumn: (column: string) => `kolumnen ${column}`,
  keyFixedPlusRemainder: (amount: string, remainder: string) => `${amount} kr per kommun, resten efter ${remainder}`,
  keyBlendPart: (percent: string, key: string) => `${percent} ${key}`,
  keyBlend: (parts: readonly string[]) => parts.join(" + "),
  populationLatestBeforeYear: "senaste datum före årets början",
  populationPerYear: (years: readonly string[]) => `${years.join("; ")}; övriga år: senaste datum före årets början`,
  populationYearDate: (year: number, date: string) => `${year}: ${date}`,
  allParticipants: (count: number) => `Alla (${count})`,

  // Underlag.
  auditTitle: "Underlag för beräkningen",
  runSection: "Körning",
  generatedAt: "Tidpunkt (svensk tid)",
  programVersion: "Programversion",
  regionLabel: "Region",
  comparisonLabel: "Jämförelse",
  comparisonChoice: (a: string, yearA: number, b: string, yearB: number) => `${a} ${yearA} mot ${b} ${yearB}`,
  noComparison: "Ingen",
  methodSection: "Metod",
  scenario: "Scenario",
  rounding: "Avrundning",
  indexation: "Uppräkning",
  explanation: "Förklaring",
  levelsExplanation:
    "Årets total delas först mellan de fasta parterna och kommunerna gemensamt, därefter delas kommunernas del efter fördelningsnyckeln. Är två delar lika stora och en enhet blir över går den i första hand till kommunerna gemensamt.",
  roundingExplanation: {
    "largest-remainder":
      "Största rest: varje part får heltalsdelen av sin exakta andel och de enheter som blir över går till de största resterna " +
      "(vid lika rest går enheten till största nyckeltal, därefter lägsta kommunkod), så att raderna summerar exakt till totalen.",
    "round-each":
      "Varje rad: varje parts andel avrundas för sig (hälften uppåt), så raderna kan avvika från totalen; avvikelsen redovisas som avrundningsdifferens.",
  },
  indexationExplanation: {
    "from-base": "Från basår: basårets belopp gånger den oavrundade indexfaktorn sedan basåret; årets total avrundas en gång.",
    chained: "Kedjad: föregående års avrundade belopp gånger årets indexförändring; årets total avrundas en gång.",
    none: "Ingen uppräkning: basårets belopp gäller varje år.",
  },
  scenariosSection: "Scenarier",
  parameter: "Parameter",
  positions: "Antal tjänster",
  costPerPosition: "Kostnad per tjänst (kr)",
  annualCost: "Årskostnad (kr)",
  baseYear: "Basår",
  firstYear: "Första år",
  lastYear: "Sista år",
  extensionYears: "Förlängningsår",
  indexSeries: "Indexserie",
  indexLag: "Indexeftersläpning (år)",
  indexationLabel: "Uppräkning",
  fixedShare: (party: string) => `Andel ${party}`,
  municipalitiesShareLabel: "Andel kommunerna gemensamt",
  allocationKeyLabel: "Fördelningsnyckel",
  populationRefersLabel: "Befolkning avser",
  roundingLabel: "Avrundning",
  roundingUnit: "Avrundningsenhet",
  participants: "Deltagande kommuner",
  populationSection: (range: string) => `Befolkning (läst från ${range})`,
  municipalityCode: "Kommunkod",
  populationTotal: "Summa",
  indexSection: (range: string) => `Index (läst från ${range})`,
  indexSectionNoRange: "Index",
  noIndexSeriesRead: "Inga indexserier.",
  series: "Serie",
  year: "År",
  value: "Värde",
  status: "Status",
  source: "Källa",
  changeSeries: "årlig förändring",
  levelSeries: "indexnivå",
  seriesKind: (series: string, kind: string) => `${series} (${kind})`,
  roundingDifferencesSection: "Avrundningsdifferenser",
  difference: "Differens (kr)",
  allRoundingDifferencesZero: "Alla avrundningsdifferenser är noll: raderna summerar exakt till totalen varje år.",
  sharesSection: "Exakta andelar och avrundning",
  sharesExplanation:
    "Exakt andel är partens oavrundade andel av sin nivå i kronor (regionen av årets total, en kommun av kommunernas del). " +
    "”Ja” i sista kolumnen: parten fick en av de enheter som blev över när beloppen avrundades.",
  exactShare: "Exakt andel (kr)",
  roundedAmount: "Belopp (kr)",
  extraUnit: "Fick extra enhet",
  yes: "ja",
  warningsSection: "Varningar",
  noWarnings: "Inga",
} as const;
