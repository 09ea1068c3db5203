import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { taskpaneText } from "../strings/taskpane.ts";
import { listedProblems, type Problem } from "../workbook/problems.ts";

const t = taskpaneText.problems;

export function ProblemList({ problems, onGoTo }: { problems: readonly Problem[]; onGoTo: (sheet: string, cell: string) => void }) {
  if (problems.length === 0) return <Text>{t.none}</Text>;
  const errors = problems.filter((p) => p.severity === "error").length;
  // Rendering a million messages would freeze the task pane: the first ones are shown, the rest counted.
  const { listed, unlisted } = listedProblems(problems);
  return (
    <div className="stack">
      <Text weight="semibold" role="status">{t.count(errors, problems.length - errors)}</Text>
      <ul className="problems" aria-label={taskpaneText.problems.heading}>
        {listed.map((problem, i) => {
          const address = problem.sheet !== null && problem.cell !== null ? `${problem.sheet}!${problem.cell}` : problem.sheet;
          return (
            <li key={i}>
              <MessageBar intent={problem.severity === "error" ? "error" : "warning"} layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{problem.severity === "error" ? t.error : t.warning}{address === null ? "" : ` – ${address}`}</MessageBarTitle>
                  {problem.message}
                </MessageBarBody>
                {problem.sheet !== null && problem.cell !== null && (
                  <MessageBarActions>
                    <Button size="small" aria-label={t.goToCellLabel(address!)} onClick={() => onGoTo(problem.sheet!, problem.cell!)}>
                      {t.goToCell}
                    </Button>
                  </MessageBarActions>
                )}
              </MessageBar>
            </li>
          );
        })}
      </ul>
      {unlisted > 0 && <Text>{t.unlisted(unlisted)}</Text>}
    </div>
  );
}
