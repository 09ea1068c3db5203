// Swedish texts of the command line.
import { swedishNumber } from "./number.ts";
export const cliText = {
  usage: () =>
    [
      "Användning: samfinansiering [--] <arbetsbok.xlsx> [--out <fil.xlsx>] [--skriv-över] [--faktura <år>] [--json]",
      "",
      "Läser bladen Befolkning, Index och Scenarier, räknar ut varje scenario och skriver en kopia av",
      "arbetsboken med resultatbladen Jämförelse (Fördelning när det bara finns ett scenario),",
      "Flerår – <scenario> och Underlag.",
      "Arbetsboken du anger ändras aldrig.",
      "",
      "  --out <fil.xlsx>  var kopian skrivs (standard: <namn>-resultat.xlsx bredvid arbetsboken)",
      "  --skriv-över      ersätt utfilen även om den inte är en Excel-arbetsbok (.xlsx)",
      "  --               allt som följer är filnamn, även det som börjar med -",
      "  --faktura <år>    skriv också bladet Fakturaunderlag <år> (kan anges flera gånger)",
      "  --json            skriv resultatet som JSON på standard ut i stället för tabellen",
      "  --help            visa den här hjälpen",
      "  --version         visa programversionen",
      "",
      "Slutkoder: 0 klart, 1 fel i indata (inget skrivs), 2 fel i anropet eller filen.",
      "",
      "Befolkning från SCB och nya arbetsböcker (se --help för varje kommando):",
      "  samfinansiering befolkning <arbetsbok.xlsx> --datum 2024-12-31[,…] [--län <kod|namn>] [--out <fil.xlsx>] [--json] [--ersätt]",
      "  samfinansiering ny <arbetsbok.xlsx> --län <kod|namn> [--datum …]",
    ].join("\n"),
  unknownOption: (option: string) => `Okänt val: ${option}.`,
  missingOutValue: () => "--out behöver ett filnamn, t.ex. --out resultat.xlsx.",
  missingInput: () => "Ange arbetsboken som ska läsas, t.ex. samfinansiering exempel.xlsx.",
  tooManyInputs: (extra: string) => `Bara en arbetsbok kan läsas åt gången (${extra} är en till).`,
  outNotWorkbook: (path: string) =>
    `”${path}” finns redan och är ingen Excel-arbetsbok. Den ersätts inte; välj ett annat namn med --out eller ange --skriv-över.`,
  outIsInput: () => "Utfilen är samma fil som arbetsboken. Välj ett annat namn med --out; arbetsboken ändras aldrig.",
  outNotXlsx: (path: string) => `Utfilen ${path} ska sluta på .xlsx.`,
  inputErrors: (count: number) =>
    `${count === 1 ? "Ett fel" : `${count} fel`} i indata. Inget har skrivits. Rätta ${count === 1 ? "felet" : "felen"} och kör igen.`,
  unlistedErrors: (count: number) => `… och ${swedishNumber(count)} fel till, som inte visas. Rätta felen ovan först; ofta har flera fel samma orsak.`,
  warning: (text: string) => `Varning: ${text}`,
  written: (path: string, sheets: readonly string[]) => `Skrev ${path} med bladen ${sheets.join(", ")}.`,
  badInvoiceYear: (value: string | null) =>
    value === null ? "--faktura behöver ett år, t.ex. --faktura 2024." : `--faktura ${value}: ange ett år med fyra siffror, t.ex. --faktura 2024.`,
  invoiceYearOutside: (year: number, years: readonly number[]) =>
    `--faktura ${year}: inget scenario räknar det året. Välj ett av åren ${years.join(", ")}. Inget har skrivits.`,
  unexpected: (message: string) => `Oväntat fel: ${message}`,
} as const;
