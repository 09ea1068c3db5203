// The start view of a workbook without input sheets: choose the county, optionally fetch the
// population, and "Skapa indatablad" creates the sheets the workbook lacks (never touching one
// that exists) — from an empty workbook to a calculable one in one step.
import { Button, Checkbox, Field, Input, Select, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { PopulationHost } from "../excel/populationHost.ts";
import { scbPaneText } from "../strings/scb.ts";
import { swedishDate } from "../workbook/swedishTime.ts";
import { COUNTIES } from "../workbook/register.ts";
import { starterSheets } from "../workbook/starter.ts";
import { fetchIntoWorkbook, type FetchOutcome } from "./populationFetch.ts";
import { SCB_URL } from "./scbUrl.ts";

const t = scbPaneText;

interface Props {
  host: PopulationHost;
  disabled: boolean;
  /** Reads the workbook again and shows what was done (the start view then gives way to the inputs). */
  onCreated: (report: { notice: string; failure: string | null }) => Promise<void>;
}

export function StartView({ host, disabled, onCreated }: Props) {
  const [county, setCounty] = useState("20");
  const [fetchToo, setFetchToo] = useState(true);
  const [dates, setDates] = useState("");
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const create = async () => {
    setRunning(true);
    try {
      const chosen = COUNTIES.find((c) => c.code === county)!;
      const now = new Date();
      const sheets = await host.createSheets(starterSheets(chosen, swedishDate(now)));
      const fetch = fetchToo && dates.trim() !== "" ? await fetchIntoWorkbook(host, dates, SCB_URL, now) : null;
      const notice = [
        ...(sheets.created.length > 0 ? [t.created(sheets.created)] : []),
        ...(sheets.existing.length > 0 ? [t.existing(sheets.existing)] : []),
        ...(fetch?.kind === "written" ? [t.written(fetch.dates)] : []),
      ].join(" ");
      await onCreated({ notice, failure: fetch === null ? null : fetchFailure(fetch) });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="stack start-view">
      <Text>{t.startIntro}</Text>
      <Field label={t.countyLabel}>
        <Select value={county} onChange={(_, data) => setCounty(data.value)}>
          {COUNTIES.map((c) => <option key={c.code} value={c.code}>{`${c.name} (${c.region})`}</option>)}
        </Select>
      </Field>
      <Checkbox checked={fetchToo} label={t.fetchToo} onChange={(_, data) => setFetchToo(data.checked === true)} />
      {fetchToo && (
        <Field label={t.datesLabel} hint={t.datesHint}>
          <Input value={dates} onChange={(_, data) => setDates(data.value)} placeholder="2024-12-31" />
        </Field>
      )}
      <Button appearance="primary" disabled={disabled || running} onClick={() => void create()}>{t.createButton}</Button>
      <div role="status" aria-live="polite">
        {running && <Spinner size="tiny" label={t.creating} />}
        {!running && failure !== null && <Text>{failure}</Text>}
      </div>
    </div>
  );
}

/** A fetch in the start view writes into new, empty columns, so only a failure needs telling. */
function fetchFailure(outcome: FetchOutcome): string | null {
  return outcome.kind === "failed" ? outcome.message : null;
}
