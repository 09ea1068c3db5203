import { Button, Text } from "@fluentui/react-components";
import type { CellEdit, ScenarioSheet } from "../excel/host.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import { ScenarioCard } from "./ScenarioCard.tsx";
import { fieldErrors, newScenarioEdits, type ChoiceContext } from "./scenarioFields.ts";
import type { Problem } from "../workbook/problems.ts";

const t = taskpaneText.scenarios;

interface Props {
  sheet: ScenarioSheet | null;
  context: ChoiceContext;
  disabled: boolean;
  /** The year a new, empty scenario starts in. */
  newScenarioYear: number;
  /** The problems shown in the Problem list: those at a scenario's cells are shown at its fields too. */
  problems: readonly Problem[];
  onEdit: (edits: CellEdit[]) => void;
  onRemoveColumn: (col: number) => void;
}

export function ScenarioCards({ sheet, context, disabled, newScenarioYear, problems, onEdit, onRemoveColumn }: Props) {
  const scenarios = sheet?.scenarios ?? [];
  const unusedName = (wanted: (n: number) => string) => {
    for (let n = scenarios.length + 1; ; n++) if (!scenarios.some((s) => s.name === wanted(n))) return wanted(n);
  };
  return (
    <div className="stack">
      {scenarios.length === 0 && <Text>{t.none}</Text>}
      {sheet !== null && scenarios.map((scenario) => (
        <ScenarioCard
          key={`${scenario.col}:${scenario.name}`}
          sheet={sheet}
          scenario={scenario}
          context={context}
          disabled={disabled}
          open={scenarios.length === 1}
          errors={fieldErrors(sheet, scenario.col, problems)}
          onEdit={onEdit}
          onDuplicate={() => onEdit(newScenarioEdits(sheet, unusedName((n) => (n === scenarios.length + 1 ? t.copyName(scenario.name) : `${t.copyName(scenario.name)} ${n}`)), scenario, newScenarioYear))}
          onRemove={() => onRemoveColumn(scenario.col)}
        />
      ))}
      <Button appearance="secondary" disabled={disabled} onClick={() => onEdit(newScenarioEdits(sheet, unusedName(t.newName), null, newScenarioYear))}>
        {t.add}
      </Button>
    </div>
  );
}
