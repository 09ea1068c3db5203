// Swedish texts of the .xlsx file adapter (src/xlsx/) and of the example and template workbooks
// (scripts/build-assets.ts): file errors, warnings about result sheets, the Instruktioner sheet and the
// notes on the Scenarier sheet's parameter labels.
import { MAX_INPUT_FILE_BYTES, MAX_UNPACKED_BYTES } from "../workbook/limits.ts";
import { swedishNumber } from "./number.ts";

/** Cells a user changed (typed over, typed into, cleared): some listed, the rest counted, and those beyond the compared area. */
export interface TypedCells {
  cells: readonly string[];
  unlisted: number;
  /** The area compared cell by cell ("A1:F62") when there are values beyond it; otherwise null. */
  beyond: string | null;
}

/** "cellerna D19, F20 och 3 celler till samt celler utanför A1:F62". */
function cellList({ cells, unlisted, beyond }: TypedCells): string {
  const listed = unlisted > 0
    ? `cellerna ${cells.join(", ")} och ${unlisted} ${unlisted === 1 ? "cell" : "celler"} till`
    : cells.length === 1 ? `cell ${cells[0]}` : `cellerna ${cells.slice(0, -1).join(", ")} och ${cells[cells.length - 1]}`;
  return [...(cells.length > 0 ? [listed] : []), ...(beyond === null ? [] : [`celler utanför ${beyond}`])].join(" samt ");
}

export const xlsxText = {
  fileNotFound: (path: string) => `Filen ”${path}” finns inte. Kontrollera sökvägen och filnamnet.`,
  notAFile: (path: string) => `”${path}” är en mapp, inte en fil. Ange sökvägen till en Excel-arbetsbok (.xlsx).`,
  notRegularFile: (path: string) =>
    `”${path}” är ingen vanlig fil (utan t.ex. en enhet eller en namngiven pipe). Ange sökvägen till en Excel-arbetsbok (.xlsx).`,
  fileTooLarge: (path: string, bytes: number) =>
    `”${path}” är ${Math.round(bytes / 1024 / 1024)} MB, men högst ${MAX_INPUT_FILE_BYTES / 1024 / 1024} MB läses. Indata till en fördelning ryms i några MB; ta bort annat ur arbetsboken eller kopiera bladen Befolkning, Index och Scenarier till en ny arbetsbok.`,
  unpackedTooLarge: (path: string, bytes: number) =>
    `”${path}” blir ${Number.isFinite(bytes) ? `${Math.round(bytes / 1024 / 1024)} MB` : "flera GB"} uppackad, men högst ${MAX_UNPACKED_BYTES / 1024 / 1024} MB läses. Ta bort stora blad som inte behövs (eller tomma rader långt ner) eller kopiera bladen Befolkning, Index och Scenarier till en ny arbetsbok.`,
  fileNotReadable: (path: string, reason: string) => `Filen ”${path}” kunde inte läsas (${reason}).`,
  notXlsx: (path: string) =>
    `”${path}” är ingen Excel-arbetsbok i .xlsx-format, eller så är filen skadad. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).`,
  legacyOrEncrypted: (path: string) =>
    `”${path}” är en äldre Excel-fil (.xls) eller en lösenordsskyddad arbetsbok. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx) utan lösenord.`,
  folderMissing: (path: string) => `Mappen som ”${path}” ska sparas i finns inte.`,
  fileNotWritable: (path: string, reason: string) =>
    `Filen ”${path}” kunde inte sparas (${reason}). Om den är öppen i Excel: stäng den och försök igen.`,

  partsNotCopied: (kinds: readonly string[]) =>
    `Arbetsboken innehåller ${kinds.join(", ")}, som inte följer med till resultatfilen (programmet kan inte skriva dem). Originalet är oförändrat; använd tillägget i Excel om de ska finnas kvar i samma arbetsbok.`,
  renamedSheetReleased: (sheet: string) =>
    `Bladet ”${sheet}” var ett resultatblad men har fått ett nytt namn. Det räknas nu som ditt eget och lämnas som det är.`,
  /** Cells of a result sheet that the user had typed into (listed up to a limit) and the run replaced. */
  typedCellsReplaced: (sheet: string, typed: TypedCells) =>
    `I resultatbladet ”${sheet}” hade någon ändrat ${cellList(typed)}. Beräkningen har skrivit över det. ` +
    "Skriv egna uppgifter på ett eget blad och hänvisa till resultatbladet med formler, så får de vara kvar.",
  /** A result sheet whose scenario is gone, kept because the user changed it. */
  changedResultKept: (sheet: string, changes: TypedCells & { charts: number; names: readonly string[] }) =>
    `Resultatbladet ”${sheet}” behövs inte längre (dess scenario finns inte kvar), men bladet har ändrats: ` +
    [
      ...(changes.cells.length > 0 || changes.beyond !== null ? [`någon har ändrat ${cellList(changes)}`] : []),
      ...(changes.charts > 0 ? [changes.charts === 1 ? "det har ett eget diagram" : `det har ${changes.charts} egna diagram`] : []),
      ...(changes.names.length > 0 ? [`${changes.names.length === 1 ? "namnet" : "namnen"} ${changes.names.join(", ")} pekar dit`] : []),
    ].join("; ") +
    ". Bladet har lämnats kvar som ditt eget och skrivs inte om mer. Ta bort det själv när du inte behöver det.",
  resultTooLarge: (sheet: string, rows: number, columns: number, maxRows: number, maxColumns: number) =>
    `Resultatbladet ”${sheet}” skulle bli ${swedishNumber(rows)} rader × ${swedishNumber(columns)} kolumner, men högst ${swedishNumber(maxRows)} rader och ${swedishNumber(maxColumns)} kolumner skrivs. ` +
    "Minska antalet scenarier, år eller deltagande kommuner och beräkna igen. Inget har skrivits.",
  /** A result sheet could not take its name because the user has a sheet of their own by that name. */
  userSheetKept: (sheet: string, resultSheet: string) =>
    `Bladet ”${sheet}” är ditt eget och har lämnats som det är. Resultatet skrevs till bladet ”${resultSheet}” i stället.`,
  inputNameNarrow: (name: string, range: string) =>
    `Namnet ${name} pekar på ${range}, men det finns värden direkt intill området som inte läses. Markera hela tabellen och välj Använd markering igen om de ska räknas med.`,
  /** An input's workbook name could not be used; the template sheet (or nothing) was read instead. */
  inputNameUnusable: (name: string, reference: string, fallback: string | null) =>
    `Namnet ${name} pekar på ”${reference}”, som inte är ett område på ett blad i arbetsboken.` +
    (fallback === null ? " Namnet användes inte." : ` Bladet ${fallback} lästes i stället.`),
} as const;

/** A parameter row of the Scenarier sheet: its label (column A) and the note on the label cell. */
export interface ScenarioParameterText {
  readonly label: string;
  readonly note: string;
}

/**
 * The Scenarier sheet's parameters in sheet order, with their allowed values. The labels are the ones
 * the scenario parser reads (matching ignores case, diacritics and the unit in parentheses).
 */
export const SCENARIO_PARAMETERS: readonly ScenarioParameterText[] = [
  { label: "Antal tjänster", note: "Antal tjänster (årsarbetare), t.ex. 4. Anges tillsammans med Kostnad per tjänst." },
  {
    label: "Kostnad per tjänst (kr)",
    note: "Kostnaden per tjänst och år i basårets prisnivå, t.ex. 1 000 000. Årskostnaden blir antal tjänster × kostnad per tjänst. Lämna tom om Årskostnad anges.",
  },
  {
    label: "Årskostnad (kr)",
    note: "Hela årskostnaden i basårets prisnivå, t.ex. 2 451 070. Anges i stället för Antal tjänster och Kostnad per tjänst.",
  },
  { label: "Basår", note: "Året som kostnaden avser (prisnivå), t.ex. 2023. Uppräkningen börjar året efter basåret." },
  { label: "Första år", note: "Avtalsperiodens första år, t.ex. 2023." },
  { label: "Sista år", note: "Avtalsperiodens sista år, t.ex. 2026." },
  {
    label: "Förlängningsår",
    note: "Antal år som avtalet förlängs automatiskt, ett år i taget, efter sista år: 0 (ingen förlängning), 1, 2 …",
  },
  {
    label: "Indexserie",
    note: "Namnet på en kolumn på bladet Index, t.ex. LPI eller LPIK, eller ”Ingen” (ingen uppräkning).",
  },
  {
    label: "Indexeftersläpning (år)",
    note: "0: år Y räknas upp med indexförändringen för år Y. 1: med förändringen för år Y − 1 (föregående år), osv.",
  },
  {
    label: "Uppräkning",
    note: "”Från basår” (basårets kostnad × den oavrundade indexfaktorn sedan basåret) eller ”Kedjad” (föregående års avrundade belopp × årets förändring).",
  },
  {
    label: "Regionens andel (%)",
    note: "Regionens andel av årskostnaden, t.ex. 50 %. Kommunerna delar på resten (efter övriga parters andelar).",
  },
  {
    label: "Övriga parter",
    note: "Andra parter med fast andel, t.ex. ”Polisen 20 %; Högskolan 5 %”. Lämna tom om det inte finns några.",
  },
  {
    label: "Fördelningsnyckel",
    note: "Hur kommunernas del fördelas: ”Befolkning”, ”Lika delar”, ”Fast belopp + befolkning” (med Fast belopp per kommun), ”Kolumn: <rubrik på bladet Befolkning>” eller en viktning som ”Viktad: 70 % befolkning, 30 % lika delar”.",
  },
  {
    label: "Fast belopp per kommun (kr)",
    note: "Beloppet varje kommun betalar med nyckeln ”Fast belopp + befolkning”; resten fördelas efter befolkning. Lämna tom annars.",
  },
  {
    label: "Befolkning avser",
    note: "Vilken befolkningskolumn som används: ”Senaste före året” (standard när cellen är tom), ett datum som 2021-06-30, eller per år som ”2023: 2021-06-30; 2024: 2023-12-31” (år som inte anges följer standardregeln).",
  },
  {
    label: "Avrundning",
    note: "”Exakt summa” (största rest: delarna summerar exakt till helheten) eller ”Varje rad” (varje rad avrundas för sig; bara för att återskapa gamla tabeller – avrundningsdifferensen visas på egen rad).",
  },
  { label: "Avrundningsenhet (kr)", note: "1 (hela kronor) eller 1000 (tusental kronor)." },
  {
    label: "Deltagande kommuner",
    note: "”Alla”, en lista som ”Avesta, Borlänge, Falun” eller ”Alla utom Gagnef”.",
  },
  {
    label: "Jämförelseår",
    note: "Det år av scenariot som visas på bladet Jämförelse (standard: scenariots första år). De två första scenariokolumnerna jämförs.",
  },
];

/** The Instruktioner sheet: one paragraph per row; headings are shown bold. */
export interface InstructionLine {
  readonly text: string;
  readonly heading?: boolean;
}

export const instructionLines = (parameters: readonly ScenarioParameterText[]): InstructionLine[] => [
  { text: "Samfinansiering – fördelning av kostnaden för samfinansierade avtal", heading: true },
  {
    text: "Arbetsboken är underlaget för Excel-tillägget Samfinansiering. Tillägget fördelar kostnaden för ett avtal som regionen och länets kommuner finansierar tillsammans, till exempel avtalet om utvecklingsledare inom RSS Dalarna 2023–2026: regionen betalar sin andel och kommunerna delar resten efter befolkning. Belopp avrundas till hela kronor så att delarna summerar exakt till helheten.",
  },
  {
    text: "Allt som bestämmer resultatet står på bladen Befolkning, Index och Scenarier. Ändra där och kör beräkningen igen (i åtgärdsfönstret eller från kommandoraden); tillägget sparar inga dolda inställningar.",
  },
  { text: "" },
  { text: "Bladet Befolkning", heading: true },
  {
    text: "Kolumn A: kommunkod (fyra siffror, skriven som text så att en inledande nolla behålls). Kolumn B: kommunens namn. Det räcker med en av dem. Stavningen av namnet är förlåtande (versaler, å/ä/ö och ”kommun” spelar ingen roll).",
  },
  {
    text: "En kolumn per referensdatum. Rubriken är ett datum, t.ex. 2021-06-30, eller ett årtal, t.ex. 2023, som betyder 31 december det året.",
  },
  {
    text: "Fler kolumner med tal (t.ex. skattekraft eller befolkning 16–64 år) kan användas som fördelningsnyckel med ”Kolumn: <rubrik>”.",
  },
  {
    text: "En summarad (”Summa” eller ”Totalt”) kontrolleras: den hoppas över när den stämmer med summan av kommunernas rader och ger ett fel när den inte gör det.",
  },
  { text: "" },
  { text: "Bladet Index", heading: true },
  {
    text: "Kolumnen År och en kolumn per indexserie (LPI, LPIK, PKV …) med den årliga förändringen. Kolumnerna Status (Utfall eller Prognos) och Källa är frivilliga; de visas på bladet Underlag så att det syns vilka värden som är prognoser.",
  },
  {
    text: "En cell som är formaterad som procent innehåller en andel (0,031 visas som 3,1 %). Ett tal utan procentformat är procentenheter (3,1 betyder 3,1 %). Det som inte går att tolka säkert ger ett fel som säger hur det rättas.",
  },
  { text: "" },
  { text: "Bladet Scenarier", heading: true },
  {
    text: "Kolumn A: parametrarnas namn. En kolumn per scenario med scenariots namn i rad 1. En tom cell betyder att parametern inte är angiven. Cellerna i kolumn A har anteckningar med de tillåtna värdena:",
  },
  ...parameters.map((parameter) => ({ text: `${parameter.label}: ${parameter.note}` })),
  { text: "" },
  { text: "Resultatbladen", heading: true },
  {
    text: "Bladen Jämförelse (tabellen för tjänsteskrivelsen: kommun, befolkning, de två första scenarierna och skillnaden), Flerår – <scenario> (ett blad per scenario med en kolumn per år) och Underlag (alla indata, indexvärden med status och källa, metod och avrundningsdifferenser) skrivs av programmet och ersätts vid varje körning. Skriv inget eget på dem. Ett eget blad med samma namn lämnas orört; resultatet får då ett annat namn, t.ex. ”Jämförelse (2)”.",
  },
  { text: "" },
  { text: "Källor", heading: true },
  {
    text: "Befolkning 2021-06-30: tabellen i tjänsteskrivelse HSN 2022/1845, avsnitt 4.3.1 (”Befolkning juni 2021”), summa 288 382.",
  },
  {
    text: "Befolkning 2019-12-31, 2021-12-31, 2023-12-31 och 2024-12-31: SCB, Folkmängd i riket, län och kommuner 31 december (tabell BE0101N1 i SCB:s statistikdatabas), så som siffrorna återges på offentliga sidor; varje kolumn summerar exakt till den länssumma som anges där (287 966, 288 387, 287 253 och 286 546).",
  },
  {
    text: "Indexvärdena i exempelarbetsboken är exempelvärden, inte SKR:s siffror. Fyll i SKR:s aktuella värden för LPI och LPIK (utfall och prognos) innan resultatet används.",
  },
];

/** Texts of a new workbook's input sheets (the task pane's start view, `samfinansiering ny`). */
export const starterText = {
  indexSeries: "LPI",
  indexNote:
    "Fyll i indexvärdena under rubrikraden: SKR publicerar LPI, LPIK och PKV (utfall och prognos) i cirkuläret om budgetförutsättningar, skr.se › Ekonomi › Budget och planering. Skriv Utfall eller Prognos under Status och cirkulärets nummer under Källa.",
} as const;

/** Fixed texts of the example and template workbooks. */
export const templateText = {
  sheets: { instructions: "Instruktioner" },
  population: { code: "Kommunkod", name: "Kommun", total: "Summa" },
  index: { year: "År", status: "Status", source: "Källa" },
  scenarios: { parameter: "Parameter", emptyScenario: "Scenario 1" },
} as const;
