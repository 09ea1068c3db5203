// Swedish messages for reading the workbook: cell values, municipality names, addresses.
// Messages carry no address: the problem list adds "Befolkning!A7: " in front (formatProblem).
import { swedishNumber } from "./number.ts";
import { MAX_ROWS } from "../workbook/address.ts";
import { MAX_CELL_CHARS, MAX_NAME_CHARS, MAX_INPUT_COLUMNS, MAX_INPUT_ROWS, MAX_SIGNIFICANT_DIGITS } from "../workbook/limits.ts";

/** "A", "A eller B", "A, B eller C". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} eller ${items[items.length - 1]}`;
}

export const workbookText = {
  unknownMunicipality: (name: string, suggestions: readonly string[]) =>
    `Okänd kommun ”${name}”.` + (suggestions.length > 0 ? ` Menade du ${orList(suggestions)}?` : ""),
  ambiguousMunicipality: (name: string, candidates: readonly string[]) =>
    `”${name}” kan vara flera kommuner: ${orList(candidates)}. Skriv namnet exakt eller använd kommunkoden.`,
  unknownMunicipalityCode: (code: string) =>
    `”${code}” är ingen kommunkod. En kommunkod har fyra siffror, t.ex. 2084 för Avesta.`,
  missingMunicipality: () => `Kommun saknas. Skriv kommunens namn eller kommunkod.`,
  notMunicipality: (value: string) =>
    `”${value}” är ingen kommun. Skriv kommunens namn eller kommunkod.`,
  missingNumber: () => `Ett tal saknas.`,
  notNumber: (value: string) =>
    `”${value}” är inget tal. Skriv t.ex. 22 986, 3,1 eller 1 225 535 kr.`,
  ambiguousSeparators: (value: string) =>
    `”${value}” går inte att tolka säkert. Använd komma som decimaltecken och mellanslag (eller inget) mellan tusental, t.ex. 1 225 535,50.`,
  nonFiniteNumber: () => `Cellen innehåller inget giltigt tal.`,
  formulaWithoutValue: (formula: string) =>
    `Cellen har formeln ${formula} men inget sparat värde (filen är skriven av ett program och aldrig beräknad). Öppna arbetsboken i Excel, räkna om (F9) och spara.`,
  errorValue: (error: string) =>
    `Formeln i cellen ger felet ${error}. Rätta formeln (eller det den hänvisar till) så att den ger ett tal, eller skriv värdet direkt.`,
  numberTooLarge: (value: string) =>
    `${value} är för stort för att räknas exakt: högst 9 007 199 254 740 991 (2^53 − 1) går. Rätta talet.`,
  tooManyDigits: (value: string) =>
    `${value} har för många siffror. Högst ${MAX_SIGNIFICANT_DIGITS} siffror räknas exakt; avrunda talet.`,

  // Sizes (src/workbook/limits.ts)
  inputTooLarge: (rows: number, columns: number) =>
    `Tabellen är ${swedishNumber(rows)} rader × ${swedishNumber(columns)} kolumner stor räknat till den här cellen, men högst ${swedishNumber(MAX_INPUT_ROWS)} rader och ${swedishNumber(MAX_INPUT_COLUMNS)} kolumner läses. ` +
    `Ta bort värden som inte hör till tabellen (Ctrl+End visar bladets sista cell) eller markera tabellen och välj Använd markering.`,
  beyondExcel: (row: number) =>
    `Bladet har ett värde på rad ${swedishNumber(row)} eller i en kolumn bortom Excels sista cell XFD${swedishNumber(MAX_ROWS)}. Filen är inte skapad av Excel; öppna den i Excel och spara den igen.`,
  textTooLong: (length: number) =>
    `Texten har ${swedishNumber(length)} tecken, men en cell rymmer högst ${swedishNumber(MAX_CELL_CHARS)}. Korta texten.`,
  nameTooLong: (length: number) =>
    `Namnet har ${swedishNumber(length)} tecken, men ett namn får ha högst ${swedishNumber(MAX_NAME_CHARS)}. Skriv ett kortare namn.`,
  illegalCharacter: (codePoint: string) =>
    `Texten innehåller tecknet ${codePoint}, som inte kan sparas i en arbetsbok. Ta bort tecknet (det syns ofta inte; skriv om texten).`,
} as const;
