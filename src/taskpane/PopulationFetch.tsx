// "Hämta befolkning från SCB" under Indata: the dates, the fetch, and — when figures on the sheet
// differ from SCB's — the list of differences and a confirming press to replace them.
import { Button, Field, Input, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { PopulationHost } from "../excel/populationHost.ts";
import { scbPaneText } from "../strings/scb.ts";
import { swedishNumber } from "../strings/number.ts";
import { Dec } from "../engine/index.ts";
import { fetchIntoWorkbook, writeFetched, type FetchOutcome } from "./populationFetch.ts";
import { SCB_URL } from "./scbUrl.ts";

const t = scbPaneText;

interface Props {
  host: PopulationHost;
  disabled: boolean;
  /** Reads the workbook again after a write. */
  onWritten: () => Promise<void>;
}

export function PopulationFetch({ host, disabled, onWritten }: Props) {
  const [dates, setDates] = useState("");
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<FetchOutcome | null>(null);

  const run = async (step: () => Promise<FetchOutcome>) => {
    setRunning(true);
    try {
      const result = await step();
      setOutcome(result);
      if (result.kind === "written") await onWritten();
    } catch (error) {
      setOutcome({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="stack population-fetch" role="group" aria-labelledby="scb-heading">
      <Text id="scb-heading" weight="semibold">{t.fetchHeading}</Text>
      <Field label={t.datesLabel} hint={t.datesHint}>
        <Input value={dates} onChange={(_, data) => setDates(data.value)} placeholder="2024-12-31" />
      </Field>
      <Button disabled={disabled || running} onClick={() => void run(() => fetchIntoWorkbook(host, dates, SCB_URL, new Date()))}>
        {t.fetchButton}
      </Button>
      <div role="status" aria-live="polite">
        {running && <Spinner size="tiny" label={t.fetching} />}
        {!running && outcome !== null && <FetchResult outcome={outcome} disabled={disabled} onReplace={(fetched) => void run(() => writeFetched(host, fetched, true))} onKeep={() => setOutcome(null)} />}
      </div>
    </div>
  );
}

export function FetchResult({ outcome, disabled, onReplace, onKeep }: {
  outcome: FetchOutcome;
  disabled: boolean;
  onReplace: (fetched: Extract<FetchOutcome, { kind: "conflicts" }>["fetched"]) => void;
  onKeep: () => void;
}) {
  if (outcome.kind === "failed") return <Text className="scb-failed">{outcome.message}</Text>;
  if (outcome.kind === "nothing") return <Text>{t.nothingToDo}</Text>;
  if (outcome.kind === "written") return <Text>{t.written(outcome.dates)}</Text>;
  return (
    <div className="stack">
      <Text>{t.conflictsHeading(outcome.conflicts.length)}</Text>
      <ul className="conflicts">
        {outcome.conflicts.map((c) => <li key={`${c.cell}-${c.date}`}>{t.conflict(c.cell, c.municipality, c.date, c.old, swedishNumber(new Dec(c.fetched)))}</li>)}
      </ul>
      <Button appearance="primary" disabled={disabled} onClick={() => onReplace(outcome.fetched)}>{t.replaceButton(outcome.conflicts.length)}</Button>
      <Button disabled={disabled} onClick={onKeep}>{t.keepButton}</Button>
    </div>
  );
}
