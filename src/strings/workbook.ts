// Swedish messages for reading the workbook: cell values, municipality names, addresses.
// Every message that concerns a cell starts with its address ("Befolkning!A7: …").

/** "A", "A eller B", "A, B eller C". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} eller ${items[items.length - 1]}`;
}

/** "A", "A och B", "A, B och C". */
function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

export const workbookText = {
  unknownMunicipality: (address: string, name: string, suggestions: readonly string[]) =>
    `${address}: Okänd kommun ”${name}”.` + (suggestions.length > 0 ? ` Menade du ${orList(suggestions)}?` : ""),
  ambiguousMunicipality: (address: string, name: string, candidates: readonly string[]) =>
    `${address}: ”${name}” kan vara flera kommuner: ${orList(candidates)}. Skriv namnet exakt eller använd kommunkoden.`,
  unknownMunicipalityCode: (address: string, code: string) =>
    `${address}: ”${code}” är ingen kommunkod. En kommunkod har fyra siffror, t.ex. 2084 för Avesta.`,
  missingMunicipality: (address: string) => `${address}: Kommun saknas. Skriv kommunens namn eller kommunkod.`,
  notMunicipality: (address: string, value: string) =>
    `${address}: ”${value}” är ingen kommun. Skriv kommunens namn eller kommunkod.`,
  municipalitiesInSeveralCounties: (counties: readonly string[]) =>
    `Kommunerna hör till flera län: ${andList(counties)}. Kontrollera att det är avsikten.`,
  unknownCounty: (address: string, value: string) =>
    `${address}: Okänt län ”${value}”. Skriv länskoden (t.ex. 20) eller namnet (t.ex. Region Dalarna eller Dalarnas län).`,
  missingNumber: (address: string) => `${address}: Ett tal saknas.`,
  notNumber: (address: string, value: string) =>
    `${address}: ”${value}” är inget tal. Skriv t.ex. 22 986, 3,1 eller 1 225 535 kr.`,
  ambiguousSeparators: (address: string, value: string) =>
    `${address}: ”${value}” går inte att tolka säkert. Använd komma som decimaltecken och mellanslag (eller inget) mellan tusental, t.ex. 1 225 535,50.`,
  nonFiniteNumber: (address: string) => `${address}: Cellen innehåller inget giltigt tal.`,
  missingDate: (address: string) => `${address}: Ett datum saknas i rubriken.`,
  notDate: (address: string, value: string) =>
    `${address}: ”${value}” är inget datum. Skriv ett datum som 2021-06-30 eller ett år som 2021 (betyder 31 december).`,
  invalidRangeAddress: (value: string) =>
    `”${value}” är ingen giltig cellreferens. Ange ett område som Befolkning!A1:F17.`,
} as const;
