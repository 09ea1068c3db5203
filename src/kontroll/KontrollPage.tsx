// kontroll.html: "Kontrollera Excel" on a page of its own, for whoever deploys or maintains the
// add-in: open it in a sideloaded pane without the rest of the task pane. The same bundle, check and
// panel as the task pane's footer (src/taskpane/index.tsx picks this page by its address); no
// requirement-set gate, since the report says what is missing.
import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { SelfCheckReport } from "../excel/selfCheck/model.ts";
import { selfCheckText } from "../strings/selfCheck.ts";
import { SelfCheckPanel } from "../taskpane/views.ts";
import { taskpaneCss } from "../taskpane/styles.ts";

export function KontrollPage({ theme, run }: { theme: Theme; run: () => Promise<SelfCheckReport> }) {
  return (
    <FluentProvider theme={theme} className="app">
      <style>{taskpaneCss}</style>
      <main>
        <h1 className="app-title">{selfCheckText.pageTitle}</h1>
        <SelfCheckPanel run={run} />
        <a className="footer-link" href="taskpane.html">{selfCheckText.backToPane}</a>
      </main>
    </FluentProvider>
  );
}
