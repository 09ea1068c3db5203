// The Underlag sheet: the audit trail of a run — when and with which version, the method, every
// scenario parameter, the population and index data read, rounding differences and warnings.
import type Decimal from "decimal.js";
import { baseAmountOf, sum, type FixedParty, type IndexSeries, type Municipality, type Scenario } from "../../engine/index.ts";
import { reportText } from "../../strings/report.ts";
import { formatProblem } from "../problems.ts";
import { swedishTime } from "../swedishTime.ts";
import type { RunResult } from "../inputs.ts";
import { AMOUNT_FORMAT, amount, decimalFormatFor, empty, header, indented, noteRows, num, numberHeader, padRows, percentFormatFor, plain, text, withStyle } from "./cells.ts";
import { sharesSection } from "./auditShares.ts";
import { capitalize, describeKey, describePopulationRule, municipalShare } from "./describe.ts";
import type { ReportCell, ReportSheet } from "./model.ts";

export interface ReportMeta {
  /** ISO timestamp of the run, passed in: the report reads no clock. */
  generatedAt: string;
  version: string;
}

type Rows = ReportCell[][];

export function auditSheet(run: RunResult, meta: ReportMeta, name: string): ReportSheet {
  const sections: Rows[] = [
    runSection(run, meta),
    methodSection(run.inputs.scenarios),
    scenariosSection(run.inputs.scenarios, run.inputs.data.municipalities),
    populationSection(run),
    indexSection(run),
    roundingSection(run),
    sharesSection(run),
    warningsSection(run),
  ];
  const rows: Rows = [[text(reportText.auditTitle, { bold: true })]];
  for (const section of sections) rows.push([], ...section);
  const padded = padRows(rows, 2);
  const columns = padded[0]!.length;
  return {
    role: "audit",
    name,
    scenario: null,
    rows: padded,
    columnWidths: Array.from({ length: columns }, (_, c) => (c === 0 ? 28 : c === 1 ? 24 : 20)),
    freezeRows: 1,
    chart: null,
    print: { orientation: "landscape", fitToPagesWide: 1 },
  };
}

/** Characters per note row: about the width of the sheet's first four columns. */
const NOTE_WIDTH = 90;

function title(value: string): ReportCell[] {
  return [text(value, { bold: true })];
}

function runSection(run: RunResult, meta: ReportMeta): Rows {
  const rows: Rows = [
    title(reportText.runSection),
    [text(reportText.generatedAt), text(swedishTime(meta.generatedAt))],
    [text(reportText.programVersion), text(meta.version)],
  ];
  if (run.inputs.region !== null) rows.push([text(reportText.regionLabel), text(run.inputs.region.name)]);
  const choice = run.comparison;
  rows.push([
    text(reportText.comparisonLabel),
    text(choice === null ? reportText.noComparison : reportText.comparisonChoice(choice.scenarioA, choice.yearA, choice.scenarioB, choice.yearB)),
  ]);
  return rows;
}

function methodSection(scenarios: readonly Scenario[]): Rows {
  const indexation = (s: Scenario) => (s.indexation.series === null ? "none" : s.indexation.method);
  const rows: Rows = [title(reportText.methodSection), ...noteRows(reportText.levelsExplanation, NOTE_WIDTH, {})];
  rows.push([header(reportText.scenario), header(reportText.rounding), header(reportText.indexation)]);
  for (const s of scenarios) {
    const none = s.indexation.series === null;
    rows.push([
      text(s.name),
      text(reportText.roundingMethod[s.rounding.method]),
      text(none ? reportText.noIndexSeries : reportText.indexationMethod[s.indexation.method]),
    ]);
  }
  // Each method used is explained once, whatever the number of scenarios using it.
  const explanations = new Set([
    ...scenarios.map((s) => reportText.roundingExplanation[s.rounding.method]),
    ...scenarios.map((s) => reportText.indexationExplanation[indexation(s)]),
  ]);
  for (const explanation of explanations) rows.push(...noteRows(explanation, NOTE_WIDTH));
  return rows;
}

/** Every parameter of every scenario: one column per scenario, as on the Scenarier sheet. */
function scenariosSection(scenarios: readonly Scenario[], municipalities: readonly Municipality[]): Rows {
  const wrap = { wrap: true };
  const line = (label: string, cell: (s: Scenario) => ReportCell): ReportCell[] => [text(label), ...scenarios.map(cell)];
  const none = () => text(reportText.none);
  const fixedParties = distinctFixedParties(scenarios);
  const names = new Map(municipalities.map((m) => [m.id, m.name]));
  return [
    title(reportText.scenariosSection),
    [header(reportText.parameter), ...scenarios.map((s) => header(s.name))],
    line(reportText.positions, (s) => (s.cost.positions === undefined ? none() : num(s.cost.positions, undefined))),
    line(reportText.costPerPosition, (s) => (s.cost.kind === "positions" ? amountOrDecimal(s.cost.costPerPosition) : none())),
    line(reportText.annualCost, (s) => amountOrDecimal(baseAmountOf(s.cost))),
    line(reportText.baseYear, (s) => plain(s.baseYear)),
    line(reportText.firstYear, (s) => plain(s.firstYear)),
    line(reportText.lastYear, (s) => plain(s.lastYear)),
    line(reportText.extensionYears, (s) => plain(s.extensionYears)),
    line(reportText.indexSeries, (s) => text(s.indexation.series ?? reportText.noIndexSeries)),
    line(reportText.indexLag, (s) => plain(s.indexation.lag)),
    line(reportText.indexationLabel, (s) => text(reportText.indexationMethod[s.indexation.method], wrap)),
    ...fixedParties.map((party) =>
      line(reportText.fixedShare(party.name), (s) => {
        const share = s.fixedParties.find((p) => p.id === party.id)?.share ?? null;
        return share === null ? none() : num(share, percentFormatFor(share, 0));
      }),
    ),
    line(reportText.municipalitiesShareLabel, (s) => {
      const share = municipalShare(s);
      return num(share, percentFormatFor(share, 0));
    }),
    line(reportText.allocationKeyLabel, (s) => text(capitalize(describeKey(s.municipalities.key)), wrap)),
    line(reportText.populationRefersLabel, (s) => text(capitalize(describePopulationRule(s.municipalities.populationDate)), wrap)),
    line(reportText.roundingLabel, (s) => text(reportText.roundingMethod[s.rounding.method], wrap)),
    line(reportText.roundingUnit, (s) => amountOrDecimal(s.rounding.unit)),
    line(reportText.participants, (s) => {
      const wanted = s.municipalities.participants;
      if (wanted === "all") return text(reportText.allParticipants(municipalities.length));
      // In the data's order, as the engine splits them, whatever order the list was typed in.
      const chosen = new Set(wanted);
      const known = municipalities.filter((m) => chosen.has(m.id)).map((m) => m.name);
      const unknown = wanted.filter((id) => !names.has(id));
      return text([...known, ...unknown].join(", "), wrap);
    }),
  ];
}

/** Kronor and key values: "#,##0", with as many decimals as a non-integer needs. */
function amountOrDecimal(value: Decimal | null): ReportCell {
  return value === null || value.isInteger() ? amount(value) : num(value, `#,##0.${"0".repeat(Math.min(6, value.decimalPlaces()))}`);
}

function distinctFixedParties(scenarios: readonly Scenario[]): FixedParty[] {
  const seen = new Map<string, FixedParty>();
  for (const s of scenarios) for (const party of s.fixedParties) if (!seen.has(party.id)) seen.set(party.id, party);
  return [...seen.values()];
}

/** The population (and further key columns) per municipality and reference date, as read. */
function populationSection(run: RunResult): Rows {
  const { population, data } = run.inputs;
  const dates = [...population.dates, ...[...data.populationDates].sort().filter((d) => !population.dates.includes(d))];
  const columns = population.keyColumns;
  const municipalities = data.municipalities;
  const rows: Rows = [
    title(reportText.populationSection(population.range)),
    ...(population.source === null ? [] : [[text(population.source)]]),
    [header(reportText.municipalityCode), header(reportText.municipality), ...dates.map(numberHeader), ...columns.map(numberHeader)],
  ];
  for (const m of municipalities) {
    rows.push([
      text(m.id),
      text(m.name),
      ...dates.map((date) => num(m.population.get(date) ?? null, AMOUNT_FORMAT)),
      ...columns.map((column) => amountOrDecimal(m.columns.get(column) ?? null)),
    ]);
  }
  const total = (values: (Decimal | undefined)[]): Decimal | null => {
    const present = values.filter((v): v is Decimal => v !== undefined);
    return present.length === 0 ? null : sum(present);
  };
  rows.push(withStyle([
    text(reportText.populationTotal),
    empty(),
    ...dates.map((date) => num(total(municipalities.map((m) => m.population.get(date))), AMOUNT_FORMAT)),
    ...columns.map((column) => amountOrDecimal(total(municipalities.map((m) => m.columns.get(column))))),
  ], { bold: true }));
  return rows;
}

/** Every index value read, per series and year, with its status and source. */
function indexSection(run: RunResult): Rows {
  const series: readonly IndexSeries[] = run.inputs.index?.series ?? run.inputs.data.indexSeries;
  const range = run.inputs.index?.range ?? null;
  const rows: Rows = [title(range === null ? reportText.indexSectionNoRange : reportText.indexSection(range))];
  if (series.length === 0) return [...rows, [text(reportText.noIndexSeriesRead)]];
  rows.push([header(reportText.series), numberHeader(reportText.year), numberHeader(reportText.value), indented(header(reportText.status)), header(reportText.source)]);
  for (const s of series) {
    const kind = s.kind === "change" ? reportText.changeSeries : reportText.levelSeries;
    for (const [year, value] of [...s.values.entries()].sort(([a], [b]) => a - b)) {
      rows.push([
        text(reportText.seriesKind(s.name, kind)),
        plain(year),
        num(value.value, s.kind === "change" ? percentFormatFor(value.value) : decimalFormatFor(value.value, 2)),
        // Indented, so that a status never runs into the right-aligned value before it.
        indented(text(reportText.statusLabel[value.status])),
        text(value.source ?? reportText.none),
      ]);
    }
  }
  return rows;
}

function roundingSection(run: RunResult): Rows {
  const rows: Rows = [title(reportText.roundingDifferencesSection)];
  const all = run.results.flatMap((r) => r.years.map((y) => ({ scenario: r.scenario.name, year: y.year, difference: y.roundingDifference })));
  if (all.every((entry) => entry.difference.isZero())) return [...rows, [text(reportText.allRoundingDifferencesZero)]];
  rows.push([header(reportText.scenario), numberHeader(reportText.year), numberHeader(reportText.difference)]);
  for (const entry of all) rows.push([text(entry.scenario), plain(entry.year), amount(entry.difference)]);
  return rows;
}

function warningsSection(run: RunResult): Rows {
  const rows: Rows = [title(reportText.warningsSection)];
  if (run.warnings.length === 0) return [...rows, [text(reportText.noWarnings)]];
  for (const warning of run.warnings) rows.push([text(formatProblem(warning))]);
  return rows;
}
