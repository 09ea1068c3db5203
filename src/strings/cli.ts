// Swedish texts of the command line.
export const cliText = {
  usage: () =>
    [
      "Användning: samfinansiering <arbetsbok.xlsx> [--out <fil.xlsx>] [--json]",
      "",
      "Läser bladen Befolkning, Index och Scenarier, räknar ut varje scenario och skriver en kopia av",
      "arbetsboken med resultatbladen Jämförelse, Flerår – <scenario> och Underlag.",
      "Arbetsboken du anger ändras aldrig.",
      "",
      "  --out <fil.xlsx>  var kopian skrivs (standard: <namn>-resultat.xlsx bredvid arbetsboken)",
      "  --json            skriv resultatet som JSON på standard ut i stället för tabellen",
      "  --help            visa den här hjälpen",
      "  --version         visa programversionen",
      "",
      "Slutkoder: 0 klart, 1 fel i indata (inget skrivs), 2 fel i anropet eller filen.",
    ].join("\n"),
  unknownOption: (option: string) => `Okänt val: ${option}.`,
  missingOutValue: () => "--out behöver ett filnamn, t.ex. --out resultat.xlsx.",
  missingInput: () => "Ange arbetsboken som ska läsas, t.ex. samfinansiering exempel.xlsx.",
  tooManyInputs: (extra: string) => `Bara en arbetsbok kan läsas åt gången (${extra} är en till).`,
  outIsInput: () => "Utfilen är samma fil som arbetsboken. Välj ett annat namn med --out; arbetsboken ändras aldrig.",
  outNotXlsx: (path: string) => `Utfilen ${path} ska sluta på .xlsx.`,
  inputErrors: (count: number) =>
    `${count === 1 ? "Ett fel" : `${count} fel`} i indata. Inget har skrivits. Rätta ${count === 1 ? "felet" : "felen"} och kör igen.`,
  warning: (text: string) => `Varning: ${text}`,
  written: (path: string, sheets: readonly string[]) => `Skrev ${path} med bladen ${sheets.join(", ")}.`,
  noComparison: () => "Ingen jämförelse (bara ett scenario).",
  unexpected: (message: string) => `Oväntat fel: ${message}`,
} as const;
