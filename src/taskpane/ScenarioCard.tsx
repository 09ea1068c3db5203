import { Button, Field, Input, Select, SpinButton } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { CellEdit, ScenarioSheet } from "../excel/host.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import {
  FIELDS,
  cellValueFor,
  choiceLabel,
  choicesFor,
  fieldApplies,
  displayValue,
  editsFor,
  fieldLabel,
  scenarioSummary,
  spinNumber,
  spinPrecision,
  type ChoiceContext,
  type FieldSpec,
} from "./scenarioFields.ts";

const t = taskpaneText.scenarios;
type Scenario = ScenarioSheet["scenarios"][number];

interface CardProps {
  sheet: ScenarioSheet;
  scenario: Scenario;
  context: ChoiceContext;
  disabled: boolean;
  /** Open at first (a new scenario is shown open). */
  open: boolean;
  /** Input errors at this scenario's cells, by parameter ("name" for the header): shown at the field. */
  errors: Record<string, string>;
  onEdit: (edits: CellEdit[]) => void;
  onDuplicate: () => void;
  onRemove: () => void;
}

export function ScenarioCard({ sheet, scenario, context, disabled, open, errors, onEdit, onDuplicate, onRemove }: CardProps) {
  const summaryId = useId();
  const [confirming, setConfirming] = useState(false);
  const commit = (spec: FieldSpec, entry: string): string | null => {
    const result = cellValueFor(spec, entry);
    if (!result.ok) return result.message;
    onEdit(editsFor(sheet, spec.key, scenario.col, result));
    return null;
  };
  const entry = (spec: FieldSpec) => (
    <FieldEntry
      key={spec.key}
      spec={spec}
      value={displayValue(spec, scenario.values[spec.key] ?? null, scenario.formats[spec.key])}
      context={context}
      disabled={disabled}
      error={errors[spec.key]}
      onCommit={(text) => commit(spec, text)}
    />
  );
  const advanced = FIELDS.filter((spec) => spec.advanced === true && fieldApplies(spec.key, scenario.values));
  // A native <details> keeps the pane short at 320 px and is keyboard- and screen-reader-friendly.
  return (
    <details className="scenario-card" data-scenario={scenario.name} open={open || Object.keys(errors).length > 0 || undefined}>
      <summary aria-describedby={summaryId}>
        <span className="card-title">{scenario.name}</span>
        <span id={summaryId} className="card-summary">{scenarioSummary(scenario.values, scenario.formats)}</span>
      </summary>
      <div className="card-body" role="group" aria-label={t.cardLabel(scenario.name)}>
        <div className="card-actions">
          <Button size="small" disabled={disabled} aria-label={t.duplicateLabel(scenario.name)} onClick={onDuplicate}>{t.duplicate}</Button>
          {/* Removing deletes the sheet column, which Excel cannot undo for an add-in: a second press confirms. */}
          <Button
            size="small"
            appearance={confirming ? "primary" : "secondary"}
            disabled={disabled}
            aria-label={confirming ? t.confirmRemoveLabel(scenario.name) : t.removeLabel(scenario.name)}
            onClick={() => (confirming ? onRemove() : setConfirming(true))}
            onBlur={() => setConfirming(false)}
          >
            {confirming ? t.confirmRemove : t.remove}
          </Button>
        </div>
        <TextEntry
          label={t.name}
          value={scenario.name}
          disabled={disabled}
          error={errors.name}
          onCommit={(entry) => {
            if (entry.trim() === "" || entry.trim() === scenario.name) return null;
            onEdit([{ row: sheet.headerRow, col: scenario.col, value: entry.trim() }]);
            return null;
          }}
        />
        {FIELDS.filter((spec) => !spec.advanced && fieldApplies(spec.key, scenario.values)).map(entry)}
        {/* The rarely changed parameters, folded away so the open card stays short; open when one has an error. */}
        <details className="advanced" open={advanced.some((spec) => errors[spec.key] !== undefined) || undefined}>
          <summary>{t.advanced}</summary>
          <div className="card-body-inner">{advanced.map(entry)}</div>
        </details>
      </div>
    </details>
  );
}

interface EntryProps {
  spec: FieldSpec;
  value: string;
  context: ChoiceContext;
  disabled: boolean;
  /** An input error at the field's cell (from the last read or calculation). */
  error: string | undefined;
  /** Writes the entry; returns a validation message, or null when it was written. */
  onCommit: (entry: string) => string | null;
}

/** Fluent's validation props: a red outline and the message under the field. */
function validation(message: string | null | undefined) {
  return message === null || message === undefined
    ? { validationState: "none" as const }
    : { validationState: "error" as const, validationMessage: message };
}

function FieldEntry({ spec, value, context, disabled, error, onCommit }: EntryProps) {
  const label = fieldLabel(spec.key);
  if (spec.kind === "choice") {
    return (
      <Field label={label} {...validation(error)}>
        <Select value={value} disabled={disabled} onChange={(_, data) => onCommit(data.value)}>
          {choicesFor(spec.key, context, value).map((choice) => <option key={choice} value={choice}>{choiceLabel(spec.key, choice)}</option>)}
        </Select>
      </Field>
    );
  }
  if (spec.kind === "year" || spec.kind === "count") {
    const number = spinNumber(value);
    return (
      <Field label={label} {...validation(error)}>
        <SpinButton
          incrementButton={{ "aria-label": t.increment(label) }}
          decrementButton={{ "aria-label": t.decrement(label) }}
          value={number}
          precision={spinPrecision(number)}
          displayValue={value}
          min={spec.kind === "year" ? 1900 : 0}
          max={spec.kind === "year" ? 2200 : undefined}
          disabled={disabled}
          onChange={(_, data) => {
            const next = data.value ?? (data.displayValue === undefined ? null : data.displayValue);
            onCommit(next === null || next === undefined ? "" : String(next));
          }}
        />
      </Field>
    );
  }
  return <TextEntry label={label} value={value} hint={spec.hint} disabled={disabled} error={error} onCommit={onCommit} />;
}

/** A text input written to the sheet on Enter or when it loses focus; Escape restores the cell's value. */
interface TextEntryProps {
  label: string;
  value: string;
  hint?: string;
  disabled: boolean;
  error: string | undefined;
  onCommit: (entry: string) => string | null;
}

function TextEntry({ label, value, hint, disabled, error, onCommit }: TextEntryProps) {
  const [draft, setDraft] = useState(value);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    setDraft(value);
    setMessage(null);
  }, [value]);
  const commit = () => {
    if (draft === value) return;
    setMessage(onCommit(draft));
  };
  return (
    <Field label={label} hint={hint} {...validation(message ?? error)}>
      <Input
        value={draft}
        disabled={disabled}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") setDraft(value);
        }}
      />
    </Field>
  );
}
