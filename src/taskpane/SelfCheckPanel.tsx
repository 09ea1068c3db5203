// "Kontrollera Excel": the confirmation (a temporary sheet is made and removed, which empties Excel's
// undo history), the run, and the report with "Kopiera rapport". Shared by the task pane's footer and
// the page kontroll.html.
import { Button, MessageBar, MessageBarBody, Spinner, Text, Textarea } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { SelfCheckReport } from "../excel/selfCheck/model.ts";
import { selfCheckReportText, selfCheckSummary, selfCheckText } from "../strings/selfCheck.ts";

const t = selfCheckText;

type Phase =
  | { kind: "idle" }
  | { kind: "confirming" }
  | { kind: "running" }
  | { kind: "done"; report: SelfCheckReport; text: string }
  | { kind: "crashed"; message: string };

interface Props {
  run: () => Promise<SelfCheckReport>;
  /** Disabled while the task pane is busy with the workbook. */
  disabled?: boolean;
}

export function SelfCheckPanel({ run, disabled = false }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [copied, setCopied] = useState<boolean | null>(null);
  const reportBox = useRef<HTMLTextAreaElement>(null);

  const start = async () => {
    setPhase({ kind: "running" });
    setCopied(null);
    try {
      const report = await run();
      setPhase({ kind: "done", report, text: selfCheckReportText(report) });
    } catch (error) {
      setPhase({ kind: "crashed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Some Office hosts block the clipboard API in the add-in's frame: copy the selected text instead.
      reportBox.current?.select();
      setCopied(document.execCommand("copy"));
    }
  };

  return (
    <div className="stack self-check">
      <Text size={200}>{t.intro}</Text>
      {phase.kind === "confirming" ? (
        <div className="stack" role="group" aria-label={t.heading}>
          <Text>{t.confirm}</Text>
          <MessageBar intent="warning"><MessageBarBody>{t.undoWarning}</MessageBarBody></MessageBar>
          <div className="card-actions">
            <Button appearance="primary" onClick={() => void start()}>{t.start}</Button>
            <Button onClick={() => setPhase({ kind: "idle" })}>{t.cancel}</Button>
          </div>
        </div>
      ) : (
        <Button disabled={disabled || phase.kind === "running"} onClick={() => setPhase({ kind: "confirming" })}>{t.action}</Button>
      )}
      <div role="status" aria-live="polite">
        {phase.kind === "running" && <Spinner size="tiny" label={t.running} />}
        {phase.kind === "crashed" && <MessageBar intent="error"><MessageBarBody>{t.crashed(phase.message)}</MessageBarBody></MessageBar>}
        {phase.kind === "done" && (
          <Text weight="semibold" data-testid="self-check-summary">{selfCheckSummary(phase.report)}</Text>
        )}
      </div>
      {phase.kind === "done" && (
        <div className="stack" data-testid="self-check-report">
          <ul className="self-check-results" aria-label={t.reportLabel}>
            {phase.report.capabilities.map((result) => (
              <li key={result.id} data-status={result.outcome.status}>
                <span className="self-check-status">{t.status[result.outcome.status]}</span>
                <span>{t.capability(result.id)}</span>
              </li>
            ))}
          </ul>
          <Textarea ref={reportBox} readOnly value={phase.text} aria-label={t.reportLabel} rows={8} resize="vertical" className="self-check-text" />
          <Button appearance="primary" onClick={() => void copy(phase.text)}>{t.copy}</Button>
          {copied !== null && <Text role="status">{copied ? t.copied : t.copyFailed}</Text>}
        </div>
      )}
    </div>
  );
}
