// Swedish texts of "Kontrollera Excel" (the self-check of the add-in's Excel calls) and its report.
import type { CapabilityId, CapabilityResult, SelfCheckReport } from "../excel/selfCheck/model.ts";

const capabilities: Record<CapabilityId, string> = {
  read: "Läsa arbetsboken (blad, namn, aktivt blad, skydd, indata)",
  newSheet: "Lägga till ett blad under ett tillfälligt namn och döpa om det i samma anrop",
  values: "Text som Excel kunde tolka om (skrivs med apostrof), tal och datum",
  numberFormats: "Talformat",
  fonts: "Teckensnitt, fetstil, kursiv, radbrytning, justering, indrag och linje över summan",
  sizes: "Kolumnbredder och radhöjder",
  freeze: "Låsta rubrikrader",
  print: "Utskrift: liggande A4, en sida bred, rubrikrader på varje sida, sidfot",
  chart: "Diagram med två serier",
  names: "Namn i arbetsboken (lägga till, läsa)",
  missingName: "Slå upp ett namn och ett blad som saknas (*OrNullObject)",
  multiAreaName: "Läsa ett namn med flera områden",
  ownerMarker: "Tilläggets märkning av sina resultatblad (namn på A1)",
  inPlace: "Skriva om ett resultatblad på plats (tömma, skriva, byta diagram)",
  record: "Tilläggets minne av vad det skrev: ett mycket dolt blad, och resultatbladets värden lästa tillbaka som de skrevs",
  undoGroup: "Omskrivningen som ett enda ångra-steg (mergeUndoGroup)",
  cleanup: "Städa bort de tillfälliga bladen och namnen",
};

const platforms: Record<string, string> = {
  PC: "Windows",
  Mac: "Mac",
  OfficeOnline: "Excel på webben",
  iOS: "iPad",
  Android: "Android",
  Universal: "Universal",
};

export const selfCheckText = {
  action: "Kontrollera Excel",
  heading: "Kontrollera Excel",
  pageTitle: "Samfinansiering – kontrollera Excel",
  backToPane: "Till Samfinansiering",
  intro:
    "Prövar att tilläggets anrop till Excel fungerar i din Excel. Tar cirka tio sekunder. Kör den efter installationen och när något inte fungerar.",
  confirm:
    "Kontrollen skriver, läser tillbaka och tar bort tillfälliga blad och namn (Samf_Kontroll_…) i den här arbetsboken. Dina egna blad, namn och värden ändras inte. Allt tillfälligt tas bort även om ett steg misslyckas.",
  undoWarning:
    "Ångra: när de tillfälliga bladen döps om och tas bort tömmer Excel ångra-historiken (sådant kan inte ångras). Det du gjort före kontrollen går sedan inte att ångra med Ctrl+Z.",
  start: "Kör kontrollen",
  cancel: "Avbryt",
  running: "Kontrollerar Excel …",
  copy: "Kopiera rapport",
  copied: "Rapporten är kopierad. Klistra in den i ett mejl eller ärende.",
  copyFailed: "Rapporten kunde inte kopieras automatiskt. Markera texten i rutan och kopiera den (Ctrl+C).",
  reportLabel: "Rapport",
  allPassed: (count: number) => `Alla ${count} kontroller gick igenom.`,
  passedWithUnsupported: (passed: number, unsupported: number) =>
    `${passed} kontroller gick igenom; ${unsupported} kunde inte köras eftersom den här Excel saknar kravuppsättningen.`,
  someFailed: (failed: number, count: number) => `${failed} av ${count} kontroller misslyckades. Kopiera rapporten och skicka den till den som förvaltar tillägget.`,
  crashed: (message: string) => `Kontrollen kunde inte köras: ${message}`,
  status: { passed: "OK", failed: "FEL", unsupported: "STÖDS INTE" } as const,
  capability: (id: CapabilityId) => capabilities[id],
  sample: {
    title: "Tillfälligt blad från Kontrollera Excel – tas bort automatiskt",
    textColumn: "Text",
    amountColumn: "Belopp (kr)",
    shareColumn: "Andel",
    dateColumn: "Datum",
    secondSeriesColumn: "Belopp B (kr)",
    sum: "Summa",
    note: "Den här raden bryts på flera rader och ska få sin höjd av tillägget, som på resultatbladen.",
    chartTitle: "Kontrolldiagram",
  },
  /** Read-back differences, one per cell or property (the first few). */
  mismatch: {
    cell: (address: string, expected: string, actual: string) => `${address}: väntade ${expected}, Excel gav ${actual}`,
    property: (what: string, expected: string, actual: string) => `${what}: väntade ${expected}, Excel gav ${actual}`,
    more: (count: number) => `… och ${count} till`,
    missingSheet: "det tillfälliga bladet finns inte efter anropet",
    /** A cell whose value, read back, does not match the record of what was written. */
    notAsRecorded: (address: string) => `${address}: värdet som Excel ger tillbaka stämmer inte med minnet av det som skrevs`,
    leftBehind: (what: string) => `finns kvar: ${what}`,
  },
  detail: {
    read: (sheets: number, names: number) => `${sheets} blad, ${names} namn`,
    multiArea: (type: string, formula: string) => `Excel anger typ ${type} och formeln ${formula}; tillägget läser då mallbladet och varnar för namnet`,
  },
} as const;

const supportText = (supported: boolean | null) => (supported === null ? "okänt (utanför Office)" : supported ? "stöds" : "stöds inte");

/** The whole report as plain text: what "Kopiera rapport" copies. */
export function selfCheckReportText(report: SelfCheckReport): string {
  const lines = [
    "Samfinansiering – Kontrollera Excel",
    `Tillägg: version ${report.addinVersion}; manifestet kräver ${report.manifestRequirement}`,
    `Tid: ${report.checkedAt}`,
    report.platform === null
      ? "Excel: okänt (utanför Office)"
      : `Excel: ${report.host ?? "?"} på ${platforms[report.platform] ?? report.platform} (${report.platform}), version ${report.officeVersion ?? "?"}`,
    "Kravuppsättningar som tillägget använder:",
    ...report.requirementSets.map((set) => `  ${set.name}: ${supportText(set.supported)}`),
    selfCheckSummary(report),
    ...report.capabilities.flatMap(capabilityLines),
  ];
  return lines.join("\n");
}

export function selfCheckSummary(report: SelfCheckReport): string {
  const count = (status: string) => report.capabilities.filter((c) => c.outcome.status === status).length;
  const failed = count("failed");
  if (failed > 0) return selfCheckText.someFailed(failed, report.capabilities.length);
  const unsupported = count("unsupported");
  return unsupported === 0 ? selfCheckText.allPassed(report.capabilities.length) : selfCheckText.passedWithUnsupported(count("passed"), unsupported);
}

function capabilityLines(result: CapabilityResult): string[] {
  const { outcome } = result;
  const head = `${selfCheckText.status[outcome.status].padEnd(10)} ${capabilities[result.id]} (${result.requirement})`;
  if (outcome.status === "passed") return [outcome.detail === null ? head : `${head}: ${outcome.detail}`];
  if (outcome.status === "unsupported") return [head];
  const lines = [head];
  if (outcome.mismatch !== null) lines.push(`           Tillbakaläst: ${outcome.mismatch}`);
  const error = outcome.error;
  if (error !== null) {
    lines.push(`           Excel: ${error.code} – ${error.message}`);
    if (error.errorLocation !== null) lines.push(`           Plats (debugInfo.errorLocation): ${error.errorLocation}`);
    if (error.statement !== null) lines.push(`           Anrop (debugInfo.statement): ${error.statement}`);
    for (const statement of error.surroundingStatements) lines.push(`           Runt omkring: ${statement}`);
  }
  return lines;
}
