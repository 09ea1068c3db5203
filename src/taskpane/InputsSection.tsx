import { Button, Text } from "@fluentui/react-components";
import type { InputKind, InputSummary } from "../excel/host.ts";
import { taskpaneText } from "../strings/taskpane.ts";

const t = taskpaneText.inputs;

function describe(kind: InputKind, summary: InputSummary): { range: string; text: string } | null {
  if (kind === "population" && summary.population !== null) {
    return { range: summary.population.range, text: t.populationSummary(summary.population.municipalities, summary.population.dates) };
  }
  if (kind === "index" && summary.index !== null) {
    return { range: summary.index.range, text: summary.index.series.map((s) => t.seriesSummary(s.name, s.firstYear, s.lastYear, s.forecasts)).join("; ") };
  }
  if (kind === "scenarios" && summary.scenarios !== null) return { range: summary.scenarios.range, text: t.scenarioSummary(summary.scenarios.count) };
  return null;
}

export function InputsSection({ summary, busy, onUseSelection }: { summary: InputSummary; busy: boolean; onUseSelection: (kind: InputKind) => void }) {
  const kinds: [InputKind, string][] = [["population", t.population], ["index", t.index], ["scenarios", t.scenarios]];
  return (
    <dl className="inputs">
      {kinds.map(([kind, label]) => {
        const found = describe(kind, summary);
        return (
          <div key={kind} className="input-row" data-input={kind}>
            <dt><Text weight="semibold">{label}</Text></dt>
            <dd>
              {found === null ? <Text>{t.notFound}</Text> : <Text><span className="range">{found.range}</span>: {found.text}</Text>}
              <Button size="small" disabled={busy} aria-label={t.useSelectionFor(label)} onClick={() => onUseSelection(kind)}>
                {t.useSelection}
              </Button>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
