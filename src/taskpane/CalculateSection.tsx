import { Button, Field, Input, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { CalculationSummary } from "../excel/host.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import { Dec } from "../engine/index.ts";
import { swedishNumber } from "../strings/number.ts";

const t = taskpaneText.calculate;
const kronor = (value: number) => swedishNumber(new Dec(value));
const signed = (value: number) => `${value > 0 ? "+" : ""}${kronor(value)}`;

interface Props {
  running: boolean;
  disabled: boolean;
  summary: CalculationSummary | null;
  failed: boolean;
  /** Calculates and writes a Fakturaunderlag for the year as well. */
  onInvoice: (year: number) => void;
  /** Goes to a written sheet. */
  onGoTo: (sheet: string) => void;
}

export function CalculateSection({ running, disabled, summary, failed, onInvoice, onGoTo }: Props) {
  const [year, setYear] = useState("");
  const [yearError, setYearError] = useState(false);
  const writeInvoice = () => {
    const valid = /^\d{4}$/u.test(year.trim());
    setYearError(!valid);
    if (valid) onInvoice(Number(year.trim()));
  };
  return (
    <div className="stack">
      <div className="invoice" role="group" aria-labelledby="invoice-heading">
        <Text id="invoice-heading" weight="semibold">{t.invoiceHeading}</Text>
        <Field
          label={t.invoiceYear}
          hint={t.invoiceHint}
          validationState={yearError ? "error" : "none"}
          validationMessage={yearError ? t.invoiceYearMissing : undefined}
        >
          <Input
            value={year}
            inputMode="numeric"
            maxLength={4}
            onChange={(_, data) => setYear(data.value)}
            onKeyDown={(event) => { if (event.key === "Enter") writeInvoice(); }}
          />
        </Field>
        <Button disabled={running || disabled} onClick={writeInvoice}>{t.invoiceButton}</Button>
      </div>
      <div id="calculate-status" role="status" aria-live="polite">
        {running && <Spinner size="tiny" label={t.running} />}
        {!running && failed && <Text>{t.failed}</Text>}
        {!running && summary !== null && (
          <div className="summary" data-testid="summary">
            <Text weight="semibold">{t.done}</Text>
            <ul>
              {summary.scenarios.map((s) => <li key={s.name}>{t.firstYearTotal(s.name, s.firstYear, kronor(s.total))}</li>)}
            </ul>
            {summary.regionChange !== null && summary.municipalitiesChange !== null && (
              <>
                <Text>{t.changeHeading}</Text>
                <ul>
                  <li>{t.regionChange(summary.regionName, signed(summary.regionChange))}</li>
                  <li>{t.municipalitiesChange(signed(summary.municipalitiesChange))}</li>
                </ul>
              </>
            )}
            <Text size={200}>{t.writtenHeading}</Text>
            <ul className="written">
              {summary.written.map((sheet) => (
                <li key={sheet}>
                  <Button appearance="transparent" size="small" onClick={() => onGoTo(sheet)} aria-label={t.goToSheet(sheet)}>{sheet}</Button>
                </li>
              ))}
            </ul>
            {summary.removed.length > 0 && <Text size={200}>{t.removed(summary.removed)}</Text>}
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * The Beräkna button, in a bar that stays at the bottom of the pane: reachable without scrolling
 * past the scenario cards. Its outcome is announced in the Beräkna section's status.
 */
export function CalculateBar({ running, disabled, reason = null, onCalculate }: {
  running: boolean;
  disabled: boolean;
  /** Why Beräkna cannot run yet (inputs missing), shown beside the disabled button; null when it can. */
  reason?: string | null;
  onCalculate: () => void;
}) {
  return (
    <div className="calculate-bar">
      <Button appearance="primary" disabled={running || disabled || reason !== null} onClick={onCalculate} aria-describedby="calculate-status calculate-reason">
        {running ? t.running : t.button}
      </Button>
      {reason !== null && <Text id="calculate-reason" className="calculate-reason">{reason}</Text>}
    </div>
  );
}
