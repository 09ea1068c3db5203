// Swedish messages for reading the workbook: cell values, municipality names, addresses.
// Messages carry no address: the problem list adds "Befolkning!A7: " in front (formatProblem).

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
} as const;
