import { FluentProvider, MessageBar, MessageBarBody, Spinner, type Theme } from "@fluentui/react-components";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { CalculationOutcome, CellEdit, InputKind, WorkbookHost, WorkbookState } from "../excel/host.ts";
import type { SelfCheckReport } from "../excel/selfCheck/model.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import type { Problem } from "../workbook/problems.ts";
import { CalculateBar, CalculateSection } from "./CalculateSection.tsx";
import { InputsSection } from "./InputsSection.tsx";
import { ProblemList } from "./ProblemList.tsx";
import { ScenarioCards } from "./ScenarioCards.tsx";
import { PopulationFetch, SelfCheckPanel, StartView } from "./views.ts";
import { taskpaneCss } from "./styles.ts";

const t = taskpaneText;

/** An Excel situation (ExcelSituation, src/excel/situations.ts) says what to do itself; anything else is unexpected. */
function failureText(error: unknown): string {
  if (error instanceof Error && error.name === "ExcelSituation") return error.message;
  return t.unexpected(error instanceof Error ? error.message : String(error));
}

export interface AppProps {
  host: WorkbookHost;
  theme: Theme;
  /** The year a new, empty scenario starts in (the task pane's clock, passed in). */
  newScenarioYear: number;
  /** "Kontrollera Excel", at the foot of the pane. */
  selfCheck: () => Promise<SelfCheckReport>;
}

export function App({ host, theme, newScenarioYear, selfCheck }: AppProps) {
  const [state, setState] = useState<WorkbookState | null>(null);
  const [working, setWorking] = useState<"idle" | "editing" | "calculating">("idle");
  const [outcome, setOutcome] = useState<CalculationOutcome | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setState(await host.read());
    } catch (error) {
      setFailure(failureText(error));
    }
  }, [host]);

  useEffect(() => {
    void refresh();
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    host.onScenarioSheetChanged(() => void refresh()).then((off) => {
      if (cancelled) off();
      else unsubscribe = off;
    }, () => undefined);
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [host, refresh]);

  /**
   * Runs a workbook change, then reads the workbook again; errors are shown, not thrown. An edit
   * makes the last calculation's outcome stale, so it is cleared.
   */
  const act = async (kind: "editing" | "calculating", action: () => Promise<void>) => {
    setWorking(kind);
    setFailure(null);
    if (kind === "editing") setOutcome(null);
    try {
      await action();
      await refresh();
    } catch (error) {
      setFailure(failureText(error));
    } finally {
      setWorking("idle");
    }
  };

  const edit = (edits: CellEdit[]) => act("editing", () => host.editScenarioSheet(edits));
  const useSelection = (kind: InputKind) => act("editing", async () => {
    const address = await host.useSelection(kind);
    const label = { population: t.inputs.population, index: t.inputs.index, scenarios: t.inputs.scenarios }[kind];
    setNotice(t.inputs.stored(label, address));
  });
  const calculate = (options?: { invoiceYear: number }) => act("calculating", async () => setOutcome(await host.calculate(options)));
  const goTo = (sheet: string, cell: string) => void host.selectCell(sheet, cell).catch((error: unknown) => setFailure(failureText(error)));

  // The last calculation's problems replace the read state's: its warnings include the inputs' own,
  // so showing both would show each of those twice.
  const problems: Problem[] = outcome === null ? state?.problems ?? [] : outcome.ok ? outcome.warnings : outcome.problems;
  const busy = working !== "idle";
  const summary = state?.summary;
  const context = {
    series: summary?.index?.series.map((s) => s.name) ?? [],
    dates: summary?.population?.dates ?? [],
    keyColumns: summary?.population?.keyColumns ?? [],
  };

  const missing = summary === undefined ? [] : missingInputs(summary);
  const needsStart = summary !== undefined && summary.population === null && summary.scenarios === null;

  return (
    <FluentProvider theme={theme} className="app">
      <style>{taskpaneCss}</style>
      <main aria-busy={busy}>
        <h1 className="app-title">{t.title}</h1>
        {failure !== null && <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
        {notice !== null && <MessageBar intent="success"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
        {state === null ? (
          <Spinner label={t.loading} />
        ) : (
          <>
            {needsStart && (
              <Section title={t.startHeading}>
                <StartView
                  host={host}
                  disabled={busy}
                  onCreated={async (report) => {
                    setNotice(report.notice === "" ? null : report.notice);
                    setFailure(report.failure);
                    await refresh();
                  }}
                />
              </Section>
            )}
            <Section title={t.inputs.heading}>
              <InputsSection summary={state.summary} busy={busy} onUseSelection={useSelection} />
              {state.summary.population !== null && <PopulationFetch host={host} disabled={busy} onWritten={refresh} />}
            </Section>
            <hr className="divider" />
            <Section title={t.scenarios.heading}>
              <ScenarioCards
                sheet={state.scenarioSheet}
                context={context}
                disabled={busy}
                newScenarioYear={newScenarioYear}
                problems={problems}
                onEdit={edit}
                onRemoveColumn={(col) => act("editing", () => host.removeScenarioColumn(col))}
              />
            </Section>
            <hr className="divider" />
            <Section title={t.calculate.heading}>
              <CalculateSection
                running={working === "calculating"}
                disabled={busy || missing.length > 0}
                summary={outcome?.ok ? outcome.summary : null}
                failed={outcome !== null && !outcome.ok}
                onInvoice={(invoiceYear) => calculate({ invoiceYear })}
                onGoTo={(sheet) => goTo(sheet, "A1")}
              />
            </Section>
            <hr className="divider" />
            <Section title={t.problems.heading}>
              <ProblemList problems={problems} onGoTo={goTo} />
            </Section>
            <CalculateBar
              running={working === "calculating"}
              disabled={busy}
              reason={missing.length > 0 ? t.calculate.needs(missing) : null}
              onCalculate={() => calculate()}
            />
          </>
        )}
        <hr className="divider" />
        <footer aria-label={t.footer}>
          <SelfCheckPanel run={selfCheck} disabled={busy} />
          <a className="footer-link" href="kontroll.html">{t.checkPage}</a>
        </footer>
      </main>
    </FluentProvider>
  );
}

/** What Beräkna needs and the workbook lacks, as the reason shown beside the disabled button. */
function missingInputs(summary: WorkbookState["summary"]): string[] {
  const missing: string[] = [];
  if (summary.population === null) missing.push(t.calculate.needPopulation);
  else if (summary.population.dates.length === 0) missing.push(t.calculate.needPopulationFigures);
  if (summary.scenarios === null || summary.scenarios.count === 0) missing.push(t.calculate.needScenarios);
  return missing;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-zåäö]+/gu, "-")}`;
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id} className="section-title">{title}</h2>
      {children}
    </section>
  );
}
