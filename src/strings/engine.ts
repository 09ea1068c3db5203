// Swedish messages raised by the allocation engine. Each says what is wrong and how to fix it; the
// workbook layer adds the cell where the input came from.
import type Decimal from "decimal.js";
import { swedishNumber } from "./number.ts";

const kr = (amount: Decimal.Value) => `${swedishNumber(amount)} kr`;

export const engineText = {
  noParts: () => "Det finns inga parter att fördela kostnaden på. Ange minst en deltagande part.",
  duplicatePart: (id: string) => `Parten ${id} förekommer mer än en gång. Ta bort dubbletten.`,
  negativeWeight: (id: string, weight: Decimal.Value) =>
    `Fördelningsnyckeln för ${id} är negativ (${swedishNumber(weight)}). Ange ett värde som är noll eller större.`,
  invalidWeight: (id: string, weight: string) =>
    `Fördelningsnyckeln för ${id} är inte ett tal (${weight}). Ange ett tal.`,
  allZeroWeights: () =>
    "Alla parter har fördelningsnyckeln noll, så kostnaden kan inte fördelas. Ange minst ett värde större än noll.",
  invalidUnit: (unit: string) => `Avrundningsenheten ${unit} är ogiltig. Ange ett positivt tal, till exempel 1 eller 1000.`,
  totalNotWholeUnits: (total: Decimal.Value, unit: Decimal.Value) =>
    `Beloppet ${kr(total)} är inte ett helt antal avrundningsenheter (${kr(unit)}). Avrunda beloppet till enheten eller välj en mindre avrundningsenhet.`,
  invalidTotal: (total: string) => `Beloppet ${total} är inte ett tal.`,
  missingIndexValue: (series: string, year: number) =>
    `Indexserien ${series} saknar värde för år ${year}. Fyll i värdet för ${year} i indexserien.`,
  unknownIndexSeries: (series: string, known: readonly string[]) =>
    `Indexserien ${series} finns inte.` +
    (known.length > 0 ? ` Tillgängliga serier: ${known.join(", ")}.` : " Lägg till serien på bladet Index."),
  zeroIndexLevel: (series: string, year: number) =>
    `Indexserien ${series} har nivån noll för år ${year}. En indexnivå måste vara större än noll.`,
  indexChangeTooLow: (series: string, year: number) =>
    `Indexserien ${series} har en förändring för år ${year} på −100 % eller lägre. Kontrollera värdet.`,
  yearBeforeBaseYear: (year: number, baseYear: number) =>
    `År ${year} ligger före basåret ${baseYear}. Ange ett basår som är samma som eller före första år.`,
  firstYearAfterLastYear: (first: number, last: number) =>
    `Första år (${first}) ligger efter sista år (${last}). Ändra så att första år är högst sista år.`,
  invalidYear: (year: number) => `Året ${year} är ogiltigt. Ange ett år med fyra siffror, till exempel 2023.`,
  negativeExtensions: (count: number) =>
    `Antalet förlängningsår (${count}) kan inte vara negativt. Ange 0 eller fler.`,
  negativeLag: (lag: number) =>
    `Indexeftersläpningen (${lag} år) måste vara ett heltal som är 0 eller större.`,
  sharesAboveWhole: (percent: Decimal.Value) =>
    `De fasta parternas andelar är tillsammans ${swedishNumber(percent)} %, mer än 100 %. Minska andelarna.`,
  negativeShare: (party: string) => `Andelen för ${party} är negativ. Ange en andel mellan 0 och 100 %.`,
  negativeCost: () => "Kostnaden är negativ. Ange en kostnad som är noll eller större.",
  noPopulationDate: (year: number, dates: readonly string[]) =>
    `Det finns ingen befolkningsuppgift från före år ${year}` +
    (dates.length > 0 ? ` (tillgängliga datum: ${dates.join(", ")}).` : ".") +
    " Lägg till en kolumn med befolkning eller välj ett datum under Befolkning avser.",
  unknownPopulationDate: (date: string, dates: readonly string[]) =>
    `Befolkningsdatumet ${date} finns inte bland uppgifterna (${dates.join(", ") || "inga"}). Välj ett datum som finns.`,
  missingPopulation: (municipality: string, date: string) =>
    `${municipality} saknar befolkning för ${date}. Fyll i värdet.`,
  unknownKeyColumn: (column: string, known: readonly string[]) =>
    `Nyckelkolumnen ${column} finns inte` + (known.length > 0 ? ` (tillgängliga: ${known.join(", ")}).` : ".") +
    " Ange en kolumn som finns på bladet Befolkning.",
  missingKeyValue: (municipality: string, column: string) =>
    `${municipality} saknar värde i kolumnen ${column}. Fyll i värdet.`,
  unknownParticipant: (id: string) =>
    `Den deltagande kommunen ${id} finns inte i befolkningsuppgifterna. Lägg till den eller ta bort den ur listan.`,
  noParticipants: () =>
    "Det finns inga deltagande kommuner, men kommunerna ska betala en andel. Ange minst en kommun.",
  fixedAmountTooLarge: (perMember: Decimal.Value, count: number, pool: Decimal.Value) =>
    `Det fasta beloppet ${kr(perMember)} per kommun för ${count} kommuner är mer än kommunernas del ${kr(pool)}. Sänk det fasta beloppet.`,
  fixedAmountNotWholeUnits: (amount: Decimal.Value, unit: Decimal.Value) =>
    `Det fasta beloppet ${kr(amount)} är inte ett helt antal avrundningsenheter (${kr(unit)}). Ändra beloppet eller avrundningsenheten.`,
  emptyBlend: () => "En viktad fördelningsnyckel måste ha minst en del med vikt större än noll.",
  negativeBlendWeight: () => "En vikt i den viktade fördelningsnyckeln är negativ. Ange vikter som är 0 eller större.",
  missingYearInResult: (scenario: string, year: number) =>
    `Scenariot ${scenario} har inget resultat för år ${year}. Välj ett år inom scenariots period.`,
  duplicateScenarioName: (name: string) => `Det finns två scenarier som heter ${name}. Ge dem olika namn.`,
} as const;
